"""问答 tab: streamed answers with clickable [n] and source cards, plain-text copy, thumbs up/down
with an optional comment, conversations kept per user (a reload keeps the conversation), and, for
JD/KPI answers, export and "open in its tab".

Conversations and feedback are stored by ``services.history`` (SQLite under GANGWEI_HOME); the
browser only remembers which conversation it is showing.
"""

# No postponed annotations here: gradio reads handler hints (gr.Request) at run time.

import hashlib
import re
import time
from collections.abc import Iterator
from datetime import datetime
from typing import Any

import gradio as gr

from assistant.auth import UserStore
from assistant.models import Answer, Citation, Intent
from assistant.services import EXTRACTIVE, LLM, ServiceError, Services
from assistant.ui import render
from assistant.ui.access import LOGIN_FIRST, user_of
from assistant.ui.common import passage_fn

PERSONA_EXAMPLES: dict[str, list[str]] = {
    "新员工": [
        "期货公司客服中心的产品服务专员要做哪些工作?",
        "大客户经理主要干什么?",
        "想去银行当柜员,什么样的能力和证书比较吃香?",
    ],
    "HR": [
        "帮我列一下销售经理的岗位职责。",
        "顾问服务专员的任职要求有哪些?",
        "帮我写一份车辆调度员的岗位说明书",
    ],
    "管理者": [
        "支行客户经理这类技术性岗位,KPI可以设哪些具体指标?",
        "给人事行政部经理设计KPI",
        "给银行员工做平衡计分卡考核,一般分哪几个维度?",
    ],
}

STREAM_INTERVAL = 0.08  # seconds between UI updates while streaming (the browser need not see every delta)
_FEEDBACK_ID = re.compile(r"gw-fb-(up|down)-(\d{1,12})")
PLACEHOLDER = (
    "<div class='gw-placeholder'><b>你好，我是岗位助手。</b><br>"
    "可以问我岗位职责、任职资格、KPI 设计方法；所有回答都来自知识库并注明出处。<br>"
    "点击回答中的 [1] 可以查看出处原文。</div>"
)


def _when(stamp: str) -> str:
    try:
        return datetime.fromisoformat(stamp).astimezone().strftime("%m-%d %H:%M")
    except ValueError:
        return ""


def turn_answer(turn: Any) -> Answer:
    """A stored turn as the Answer it was (enough to render it again)."""
    meta = turn.meta or {}
    try:
        intent = Intent(meta.get("intent") or "duty")
    except ValueError:
        intent = Intent.duty
    citations = []
    for c in turn.citations:
        try:
            citations.append(Citation.model_validate(c))
        except ValueError:
            continue
    return Answer(question=turn.question, intent=intent, text=turn.answer, citations=citations,
                  refused=bool(meta.get("refused")), tool=meta.get("tool"), role=meta.get("role"))  # fmt: skip


def answer_meta(answer: Answer) -> dict[str, Any]:
    return {
        "intent": answer.intent.value,
        "refused": answer.refused,
        "tool": answer.tool,
        "role": answer.role,
        "count": len(answer.items) if answer.tool == "kpi_design" else None,
        "backend": answer.backend,
    }


class ChatTab:
    def __init__(self, services: Services, users: UserStore) -> None:
        self.services = services
        self.users = users
        self.passage = passage_fn(services)
        model_choices = [("抽取式（离线，引用原文）", EXTRACTIVE)]
        if services.components.llm_available():
            model_choices.append(("大模型改写（经校验）", LLM))

        self.conv_id = gr.State(None)  # id of the stored conversation shown
        self.conversation = gr.State(None)  # its follow-up state
        self.feedback_id = gr.State(None)  # the rating a comment goes with
        self.rated = gr.State({})  # turn id -> feedback id: a second click changes the rating, no new row
        # Which conversation this browser shows (checked against the user on every load). A key
        # stable across restarts, so a reload after a restart still finds it.
        key = hashlib.sha256(f"gangwei-ui:{services.settings.home}".encode()).hexdigest()[:32]
        self.browser = gr.BrowserState(None, storage_key="gangwei-conversation", secret=key)
        with gr.Row(equal_height=False, elem_classes=["gw-chat-row"]):
            with gr.Column(scale=3, min_width=300, elem_classes=["gw-main-col"]):
                self.chatbot = gr.Chatbot(
                    elem_id="gw-chat",
                    label="对话",
                    show_label=False,
                    height=600,
                    buttons=[],
                    feedback_options=None,
                    latex_delimiters=[],
                    placeholder=PLACEHOLDER,
                    layout="bubble",
                    autoscroll=True,
                    sanitize_html=True,
                )
                with gr.Row(equal_height=True, elem_classes=["gw-ask-row"]):
                    self.question = gr.Textbox(
                        elem_id="gw-question", show_label=False, lines=1, max_lines=4, scale=5, min_width=160,
                        placeholder="输入问题，回车发送（例如：制度专员的任职要求是什么?）", autofocus=True,
                    )  # fmt: skip
                    self.send = gr.Button("发送", variant="primary", scale=1, min_width=72, elem_id="gw-send")
                self.status = gr.HTML("", elem_id="gw-chat-status")
                with gr.Row(visible=False, elem_id="gw-fb-row") as self.fb_row:
                    self.fb_comment = gr.Textbox(label="补充说明（可选）", placeholder="哪里不对？应该怎样回答？", lines=2, scale=4, elem_id="gw-fb-comment")
                    self.fb_send = gr.Button("提交说明", scale=1, min_width=90, elem_id="gw-fb-send")
                self.file = gr.File(label="导出的文件", interactive=False, visible=False, elem_id="gw-chat-file")
            with gr.Column(scale=1, min_width=240, elem_classes=["gw-side-col"]):
                with gr.Row():
                    self.new_chat = gr.Button("新对话", size="sm", elem_id="gw-new-chat")
                self.model = gr.Radio(model_choices, value=EXTRACTIVE, label="回答方式", visible=len(model_choices) > 1, elem_id="gw-model")
                with gr.Accordion("历史对话", open=True, elem_id="gw-history-box"):
                    self.history = gr.Radio(choices=[], value=None, show_label=False, elem_id="gw-history", container=False)
                with gr.Accordion("示例问题", open=True, elem_id="gw-examples"):
                    self.examples: list[gr.Button] = []
                    for persona, questions in PERSONA_EXAMPLES.items():
                        gr.Markdown(f"**{persona}**", elem_classes=["gw-persona"])
                        for q in questions:
                            self.examples.append(gr.Button(q, size="sm", variant="secondary", elem_classes=["gw-example"]))

        self.shown = [self.chatbot, self.conv_id, self.conversation, self.browser, self.history]
        outputs = [self.chatbot, self.question, *self.shown[1:], self.status, self.fb_row]
        inputs = [self.question, self.chatbot, self.conv_id, self.conversation, self.model]
        self.question.submit(self.respond, inputs, outputs, concurrency_limit=4, show_progress="hidden")
        self.send.click(self.respond, inputs, outputs, concurrency_limit=4, show_progress="hidden")
        for button in self.examples:
            button.click(self.respond, [button, *inputs[1:]], outputs, concurrency_limit=4, show_progress="hidden")
        cleared = [*self.shown, self.status, self.fb_row, self.file, self.question]
        self.new_chat.click(self.on_new, None, cleared, show_progress="hidden")
        self.chatbot.clear(self.on_new, None, cleared, show_progress="hidden")
        self.history.input(self.on_pick, [self.history], [*self.shown, self.status, self.fb_row], show_progress="hidden")
        self.fb_send.click(self.on_comment, [self.feedback_id, self.fb_comment], [self.status, self.fb_row, self.fb_comment],
                           show_progress="hidden")  # fmt: skip

    # --- history ---------------------------------------------------------------------------------

    def history_update(self, user: str | None, current: str | None) -> Any:
        if not user:
            return gr.update(choices=[], value=None)
        try:
            items = self.services.history.conversations(user)
        except ServiceError:
            return gr.update(choices=[], value=None)
        choices = [(f"{c.title} · {_when(c.updated)}", c.id) for c in items]
        return gr.update(choices=choices, value=current if any(c.id == current for c in items) else None)

    def messages(self, user: str, conversation: str) -> list[dict[str, str]]:
        out: list[dict[str, str]] = []
        for turn in self.services.history.turns(user, conversation):
            out.append({"role": "user", "content": render.esc(turn.question)})
            out.append({"role": "assistant", "content": render.answer_html(turn_answer(turn), turn.id, self.passage)})
        return out

    def follow_state(self, user: str, conversation: str) -> Any:
        """The follow-up state of a stored conversation (rebuilt from its questions if need be)."""
        raw = self.services.history.state(user, conversation)
        if raw:
            try:
                return type(self.services.chat.new_conversation()).model_validate_json(raw)
            except ValueError:
                pass
        questions = [t.question for t in self.services.history.turns(user, conversation)]
        try:
            return self.services.chat.conversation_for(questions)
        except ServiceError:
            return self.services.chat.new_conversation()

    def restore(self, conversation: str | None, request: Any) -> tuple[Any, ...]:
        """Values for ``self.shown``: the conversation the browser was showing (if it is the user's)."""
        user = user_of(self.users, request)
        name = user.name if user else None
        try:
            if name and conversation and self.services.history.owns(name, conversation):
                return (self.messages(name, conversation), conversation, self.follow_state(name, conversation), conversation,
                        self.history_update(name, conversation))  # fmt: skip
        except ServiceError:
            pass
        return [], None, None, None, self.history_update(name, None)

    def on_pick(self, conversation: str | None, request: gr.Request) -> tuple[Any, ...]:
        return (*self.restore(conversation, request), "", gr.update(visible=False))

    def on_new(self, request: gr.Request) -> tuple[Any, ...]:
        user = user_of(self.users, request)
        return ([], None, None, None, self.history_update(user.name if user else None, None), "", gr.update(visible=False),
                gr.update(value=None, visible=False), "")  # fmt: skip

    # --- answering -------------------------------------------------------------------------------

    def respond(
        self, message: str, history: list[dict], conv_id: str | None, conv: Any, backend: str, request: gr.Request
    ) -> Iterator[tuple[Any, ...]]:
        """Outputs: chatbot, question, conv_id, conversation, browser, history, status, feedback row."""
        skip = gr.skip()
        message = (message or "").strip()
        history = list(history or [])
        user = user_of(self.users, request)
        if user is None:
            yield history, skip, skip, skip, skip, skip, render.status_html(LOGIN_FIRST), skip
            return
        if not message:
            yield history, skip, skip, skip, skip, skip, render.status_html("请输入问题。", "info"), skip
            return
        if conv is None:
            conv = self.services.chat.new_conversation()
        history += [{"role": "user", "content": render.esc(message)}, {"role": "assistant", "content": render.pending_html()}]
        yield history, "", skip, skip, skip, skip, "", gr.update(visible=False)
        text, answer, last = "", None, 0.0
        try:
            for part in self.services.chat.stream(message, conversation=conv, model=backend):
                if isinstance(part, Answer):
                    answer = part
                    continue
                first = not text
                text += part
                now = time.monotonic()
                if first or now - last >= STREAM_INTERVAL:
                    last = now
                    history[-1] = {"role": "assistant", "content": render.streaming_html(text)}
                    yield history, skip, skip, skip, skip, skip, skip, skip
        except ServiceError as exc:
            # The question goes back into the box: nothing the user typed is lost.
            yield history[:-2], message, skip, skip, skip, skip, render.status_html(exc.message), skip
            return
        if answer is None:
            yield history[:-2], message, skip, skip, skip, skip, render.status_html("没有得到回答，请重试。"), skip
            return
        turn_id = None
        status = ""
        try:
            conv_id, turn_id = self.services.history.add_turn(
                user.name, conv_id, message, answer.text, answer.citations, answer_meta(answer), state=conv.model_dump_json()
            )
        except ServiceError as exc:
            status = render.status_html(f"回答未能保存到历史对话：{exc.message}", "warn")
        history[-1] = {"role": "assistant", "content": render.answer_html(answer, turn_id, self.passage)}
        yield history, skip, conv_id, conv, conv_id, self.history_update(user.name, conv_id), status, skip

    # --- feedback --------------------------------------------------------------------------------

    def on_feedback(self, rated: dict | None, evt: gr.EventData, request: gr.Request) -> tuple[Any, ...]:
        """A thumb clicked in an answer (through the bridge).

        Outputs: status, comment row, feedback id, comment, rated turns."""
        skip = gr.skip()
        user = user_of(self.users, request)
        data = getattr(evt, "_data", None) or {}
        m = _FEEDBACK_ID.fullmatch(str(data.get("id", "")))
        if user is None:
            return render.status_html(LOGIN_FIRST), skip, skip, skip, skip
        if not m:
            return render.status_html("无法识别这条评价。"), skip, skip, skip, skip
        rating, turn_id = (1 if m.group(1) == "up" else -1), int(m.group(2))
        rated = dict(rated or {})
        try:
            previous = rated.get(turn_id)
            if previous and self.services.history.rerate_feedback(user.name, previous, rating):
                fid = previous
            else:
                turn = self.services.history.turn(user.name, turn_id)
                if turn is None:
                    return render.status_html("找不到这条回答（可能属于其他用户或已被删除）。"), skip, skip, skip, skip
                earlier = [t.question for t in self.services.history.turns(user.name, turn.conversation) if t.position < turn.position]
                answer = turn_answer(turn)
                fid = self.services.history.add_feedback(
                    user.name, rating, turn.question, render.plain_answer(answer.text, answer.citations), turn.citations, earlier
                )
                rated[turn_id] = fid
        except ServiceError as exc:
            return render.status_html(f"评价未能保存：{exc.message}"), skip, skip, skip, skip
        if rating > 0:
            return render.status_html("感谢反馈：已记为 “有用”。", "ok"), gr.update(visible=True), fid, "", rated
        message = "已记为 “没用”。可以在下面补充说明哪里不对（可选），帮助我们改进。"
        return render.status_html(message, "ok"), gr.update(visible=True), fid, "", rated

    def on_comment(self, feedback_id: int | None, comment: str, request: gr.Request) -> tuple[Any, ...]:
        user = user_of(self.users, request)
        if user is None:
            return render.status_html(LOGIN_FIRST), gr.skip(), gr.skip()
        if not (comment or "").strip():
            return render.status_html("请先填写说明，或直接忽略。", "info"), gr.skip(), gr.skip()
        if not feedback_id:
            return render.status_html("请先点击回答下方的 👍 或 👎。", "info"), gr.skip(), gr.skip()
        try:
            saved = self.services.history.comment_feedback(user.name, int(feedback_id), comment)
        except ServiceError as exc:
            return render.status_html(f"说明未能保存：{exc.message}"), gr.skip(), gr.skip()
        if not saved:
            return render.status_html("说明未能保存：找不到对应的评价。"), gr.skip(), gr.skip()
        return render.status_html("感谢，说明已保存。", "ok"), gr.update(visible=False), ""
