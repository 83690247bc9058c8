"""问答 tab: streaming chat with source cards, persona examples, new conversation, copy answer."""

# No postponed annotations here: gradio reads handler hints (gr.Request) at run time.

import time
from typing import Any, Iterator

from assistant.api.chat import sources_footer
from assistant.api.users import UserStore
from assistant.models import Answer, Citation
from assistant.services import EXTRACTIVE, LLM, ServiceError, Services
from assistant.ui.access import user_of
from assistant.ui.render import answer_html, error_html, pending_html, strong

PERSONA_EXAMPLES: dict[str, list[str]] = {
    "新员工": [
        "期货公司客服中心的产品服务专员要做哪些工作?",
        "大客户经理主要干什么?",
        "想去银行当柜员,什么样的能力和证书比较吃香?",
    ],
    "HR": [
        "帮我列一下销售经理的岗位职责。",
        "顾问服务专员的任职要求有哪些?",
        "做岗位分析具体有哪些操作步骤?",
    ],
    "管理者": [
        "支行客户经理这类技术性岗位,KPI可以设哪些具体指标?",
        "给银行员工做平衡计分卡考核,一般分哪几个维度?",
        "汽车4S店客户服务部经理应承担哪些职责?",
    ],
}

STREAM_INTERVAL = 0.05  # seconds between UI updates while streaming (the browser need not see every delta)


def plain_answer(answer: Answer) -> str:
    """What the copy button puts on the clipboard: the answer and a plain sources list."""
    return answer.text.strip() + sources_footer(answer.citations)


def build_chat_tab(services: Services, users: UserStore) -> None:
    import gradio as gr

    def passage(c: Citation) -> str | None:
        return services.passage(c.file, c.line_start, c.line_end)

    model_choices = [("抽取式 (离线, 引用原文)", EXTRACTIVE)]
    if any(m.id == LLM and m.available for m in services.models()):
        model_choices.append(("大模型生成", LLM))

    conversation = gr.State(None)
    with gr.Row(equal_height=False):
        with gr.Column(scale=3, min_width=420):
            chatbot = gr.Chatbot(
                elem_id="gw-chat",
                label="对话",
                show_label=False,
                height=560,
                buttons=["copy"],
                feedback_options=None,
                placeholder=(
                    "<div class='gw-placeholder'><b>你好, 我是岗位助手。</b><br>"
                    "可以问我岗位职责、任职资格、KPI 设计方法; 所有回答都来自知识库并注明出处。</div>"
                ),
                layout="bubble",
                autoscroll=True,
            )
            with gr.Row(equal_height=True):
                question = gr.Textbox(
                    elem_id="gw-question",
                    show_label=False,
                    placeholder="输入问题, 回车发送 (例如: 制度专员的任职要求是什么?)",
                    lines=1,
                    max_lines=4,
                    scale=5,
                    autofocus=True,
                )
                send = gr.Button("发送", variant="primary", scale=1, min_width=80, elem_id="gw-send")
        with gr.Column(scale=1, min_width=240, elem_classes=["gw-side"]):
            with gr.Row():
                new_chat = gr.Button("新对话", size="sm", elem_id="gw-new-chat")
                copy = gr.Button("复制回答", size="sm", elem_id="gw-copy")
            model = gr.Radio(
                model_choices, value=EXTRACTIVE, label="回答方式", visible=len(model_choices) > 1, elem_id="gw-model"
            )
            gr.Markdown("#### 示例问题", elem_classes=["gw-side-title"])
            example_buttons: list[gr.Button] = []
            for persona, questions in PERSONA_EXAMPLES.items():
                gr.Markdown(f"**{persona}**", elem_classes=["gw-persona"])
                for q in questions:
                    example_buttons.append(gr.Button(q, size="sm", variant="secondary", elem_classes=["gw-example"]))
            copied = gr.HTML("", elem_id="gw-copied")
            # Visually hidden but in the page: the copy button's browser-side JS reads it.
            last_plain = gr.Textbox("", visible="hidden", elem_id="gw-last-answer")

    def respond(
        message: str, history: list[dict], conv: Any, backend: str, request: gr.Request
    ) -> Iterator[tuple[list[dict], str, Any, str]]:
        message = (message or "").strip()
        history = list(history or [])
        if not message:
            yield history, "", conv, gr.skip()
            return
        if user_of(users, request) is None:
            raise gr.Error("请先登录。")
        if conv is None:
            conv = services.new_conversation()
        history += [{"role": "user", "content": message}, {"role": "assistant", "content": pending_html()}]
        yield history, "", conv, gr.skip()
        text, answer, last = "", None, 0.0
        try:
            for part in services.stream(message, conversation=conv, model=backend):
                if isinstance(part, Answer):
                    answer = part
                    continue
                first = not text
                text += part
                now = time.monotonic()
                if first or now - last >= STREAM_INTERVAL:
                    last = now
                    history[-1] = {"role": "assistant", "content": strong(text) + " ▍"}
                    yield history, "", conv, gr.skip()
        except ServiceError as exc:
            history[-1] = {"role": "assistant", "content": error_html(exc.message)}
            yield history, "", conv, gr.skip()
            return
        if answer is None:
            history[-1] = {"role": "assistant", "content": error_html("没有得到回答, 请重试。")}
            yield history, "", conv, gr.skip()
            return
        history[-1] = {"role": "assistant", "content": answer_html(answer, passage)}
        yield history, "", conv, plain_answer(answer)

    outputs = [chatbot, question, conversation, last_plain]
    question.submit(respond, [question, chatbot, conversation, model], outputs, concurrency_limit=4)
    send.click(respond, [question, chatbot, conversation, model], outputs, concurrency_limit=4)
    for button in example_buttons:
        button.click(respond, [button, chatbot, conversation, model], outputs, concurrency_limit=4)
    new_chat.click(lambda: ([], "", None, "", ""), None, [chatbot, question, conversation, last_plain, copied])
    copy.click(
        None,
        [last_plain],
        [copied],
        js="""(text) => {
            if (!text) { return "<span class='gw-hint'>还没有可复制的回答</span>"; }
            const done = () => "<span class='gw-hint'>已复制到剪贴板</span>";
            if (navigator.clipboard && window.isSecureContext) {
                navigator.clipboard.writeText(text);
                return done();
            }
            const area = document.createElement("textarea");
            area.value = text; document.body.appendChild(area); area.select();
            document.execCommand("copy"); area.remove();
            return done();
        }""",
    )
