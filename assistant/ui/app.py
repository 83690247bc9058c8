"""The Gradio Blocks app over ``Services``: header, the four tabs, the "查看原文" dialog and the
bridges that turn clicks inside rendered HTML (sources, thumbs, exports, suggestions) into events.

``assistant.web.create_app`` mounts ``build_ui`` with ``CSS`` and ``theme()``.
"""

# No postponed annotations here: gradio reads handler hints (gr.Request) at run time.

import re
from typing import Any

import gradio as gr

from assistant.auth import UserStore
from assistant.services import ServiceError, Services
from assistant.tools.jd import JdRequest
from assistant.tools.kpi_design import KpiRequest
from assistant.ui import render
from assistant.ui.access import LOGIN_FIRST, ROLE_ZH, user_of
from assistant.ui.chat_tab import ChatTab
from assistant.ui.common import write_export
from assistant.ui.corpus_tab import CorpusTab
from assistant.ui.jd_tab import JdTab
from assistant.ui.kpi_tab import KpiTab
from assistant.ui.scripts import GLOBAL_JS, bridge_js

TITLE = "岗位助手 · gangwei"
VIEW_CONTEXT = 8  # lines shown around a cited span in "查看原文"
_TOOL_ID = re.compile(r"gw-tool-(export|open)-(\d{1,12})(?:-(docx|md|xlsx|csv))?")

CSS = """
.gradio-container { width: 100% !important; max-width: 1360px !important; margin: 0 auto !important; }
#gw-header { display: flex; flex-wrap: wrap; align-items: baseline; justify-content: space-between; gap: 4px 12px;
  padding: 4px 2px 10px; border-bottom: 1px solid var(--border-color-primary); margin-bottom: 6px; }
#gw-header h1 { font-size: 1.45rem; margin: 0; font-weight: 650; display: inline; }
#gw-header .gw-sub { color: var(--body-text-color-subdued); font-size: .9rem; margin-left: 10px; }
.gw-user { font-size: .9rem; color: var(--body-text-color-subdued); white-space: nowrap; }
.gw-user a { margin-left: 8px; }
.gw-bridge { display: none !important; }
#gw-viewer-box { min-height: 0 !important; height: 0; overflow: visible; margin: 0 !important; padding: 0 !important; }
.gw-placeholder { text-align: center; color: var(--body-text-color-subdued); line-height: 1.8; }
.gw-side-title h4 { margin: 8px 0 0; }
.gw-persona p { margin: 6px 0 0; font-size: .85rem; color: var(--body-text-color-subdued); }
.gw-example { text-align: left !important; justify-content: flex-start !important; white-space: normal !important;
  font-weight: 400 !important; line-height: 1.35 !important; }
.gw-hint { font-size: .85rem; color: var(--body-text-color-subdued); }
.gw-nowrap { white-space: nowrap; }
/* status lines next to controls */
.gw-status { margin: 4px 0; padding: 6px 10px; border-radius: 8px; font-size: .9rem; line-height: 1.5; }
.gw-status-error { background: #fef2f2; color: #991b1b; border: 1px solid #fecaca; }
.gw-status-warn { background: #fffbeb; color: #92400e; border: 1px solid #fde68a; }
.gw-status-ok { background: #f0fdf4; color: #166534; border: 1px solid #bbf7d0; }
.gw-status-info { background: var(--background-fill-secondary); color: var(--body-text-color); border: 1px solid var(--border-color-primary); }
.dark .gw-status-error { background: #450a0a; color: #fecaca; } .dark .gw-status-warn { background: #422006; color: #fde68a; }
.dark .gw-status-ok { background: #052e16; color: #bbf7d0; }
.gw-suggestions { margin-top: 4px; display: flex; flex-wrap: wrap; gap: 6px; align-items: center; }
.gw-suggest { border: 1px solid var(--color-accent); color: var(--color-accent); background: transparent; border-radius: 999px;
  padding: 1px 10px; cursor: pointer; font-size: .85rem; }
.gw-suggest:hover { background: var(--color-accent-soft); }
/* answers and sources */
.gw-msg table { display: block; overflow-x: auto; max-width: 100%; font-size: .85rem; }
.gw-msg td, .gw-msg th { min-width: 3.5em; }
.gw-cite { color: var(--color-accent); cursor: pointer; font-weight: 600; border-radius: 3px; padding: 0 1px;
  text-decoration: underline dotted; text-underline-offset: 2px; }
.gw-cite:hover, .gw-cite:focus { background: var(--color-accent-soft); outline: none; }
.gw-sources { margin-top: 10px; border-top: 1px dashed var(--border-color-primary); padding-top: 6px; }
.gw-sources-title { font-size: .8rem; color: var(--body-text-color-subdued); margin-bottom: 4px; }
details.gw-src { border: 1px solid var(--border-color-primary); border-radius: 8px; margin: 4px 0;
  background: var(--background-fill-secondary); scroll-margin: 80px; }
details.gw-src summary { cursor: pointer; padding: 4px 10px; font-size: .85rem; list-style-position: inside; }
details.gw-src.gw-flash { animation: gw-flash 1.6s ease-out; }
@keyframes gw-flash { 0% { box-shadow: 0 0 0 3px var(--color-accent); } 100% { box-shadow: 0 0 0 0 transparent; } }
.gw-src-id { font-weight: 650; color: var(--color-accent); }
.gw-src-title { font-weight: 600; }
.gw-src-loc { color: var(--body-text-color-subdued); font-size: .8rem; }
.gw-src-file { font-family: var(--font-mono); font-size: .72rem; color: var(--body-text-color-subdued); margin-left: 8px;
  overflow-wrap: anywhere; }
.gw-src-passage { padding: 6px 12px 4px; font-size: .85rem; line-height: 1.7; white-space: pre-wrap; }
.gw-src-passage mark, .gw-viewer mark { background: #fde68a; color: inherit; padding: 0 1px; border-radius: 2px; }
.gw-src-foot { padding: 0 12px 8px; display: flex; flex-wrap: wrap; align-items: center; gap: 6px; }
.gw-view, .gw-actions button { border: 1px solid var(--border-color-primary); background: var(--background-fill-primary);
  border-radius: 6px; padding: 2px 10px; font-size: .8rem; cursor: pointer; color: var(--body-text-color); }
.gw-view:hover, .gw-actions button:hover { border-color: var(--color-accent); color: var(--color-accent); }
.gw-actions { display: flex; flex-wrap: wrap; gap: 6px; margin-top: 8px; }
.gw-actions .gw-fb.gw-on { background: var(--color-accent-soft); border-color: var(--color-accent); }
.gw-refusal { border-left: 4px solid #f59e0b; background: #fffbeb; color: #78350f; padding: 4px 12px; border-radius: 6px; }
.dark .gw-refusal { background: #422006; color: #fde68a; }
.gw-pending { font-size: .85rem; color: var(--body-text-color-subdued); }
.gw-error, .gw-bad { color: #b91c1c; }
.gw-good { color: #166534; }
#gw-tip { position: fixed; z-index: 1100; background: var(--background-fill-primary); color: var(--body-text-color);
  border: 1px solid var(--border-color-primary); border-radius: 8px; box-shadow: 0 8px 24px rgba(0,0,0,.18);
  padding: 8px 10px; font-size: .82rem; line-height: 1.6; pointer-events: none; display: none; }
#gw-tip .gw-tip-head { font-weight: 600; margin-bottom: 4px; }
#gw-tip .gw-tip-body { white-space: pre-wrap; }
/* "查看原文" dialog */
.gw-viewer { position: fixed; inset: 0; z-index: 1000; background: rgba(15, 23, 42, .45); display: flex;
  align-items: center; justify-content: center; padding: 12px; }
.gw-viewer.gw-closed { display: none; }
.gw-viewer-panel { background: var(--background-fill-primary); color: var(--body-text-color); border-radius: 12px;
  width: min(900px, 96vw); max-height: 88vh; display: flex; flex-direction: column; box-shadow: 0 16px 48px rgba(0,0,0,.3); }
.gw-viewer-head { display: flex; justify-content: space-between; align-items: flex-start; gap: 10px; padding: 12px 14px;
  border-bottom: 1px solid var(--border-color-primary); }
.gw-viewer-title { font-weight: 650; }
.gw-viewer-loc { font-size: .82rem; color: var(--body-text-color-subdued); }
.gw-viewer-close { border: 1px solid var(--border-color-primary); background: transparent; border-radius: 6px; padding: 2px 10px;
  cursor: pointer; white-space: nowrap; color: var(--body-text-color); }
.gw-viewer-body { overflow: auto; padding: 6px 0; }
.gw-viewer-lines { border-collapse: collapse; width: 100%; font-size: .86rem; line-height: 1.65; }
.gw-viewer-lines, .gw-viewer-lines tr, .gw-viewer-lines td { border: none !important; background: transparent; }
.gw-viewer-lines td { padding: 1px 10px !important; vertical-align: top; }
.gw-viewer-lines .gw-ln { color: var(--body-text-color-subdued); text-align: right; width: 3.5em; user-select: none;
  font-family: var(--font-mono); font-size: .75rem; }
.gw-viewer-lines .gw-lt { white-space: pre-wrap; overflow-wrap: anywhere; }
.gw-viewer-lines tr.gw-line-cited td { background: #fef3c7 !important; }
.dark .gw-viewer-lines tr.gw-line-cited td { background: #422006 !important; }
.gw-viewer-foot { padding: 8px 14px; border-top: 1px solid var(--border-color-primary); }
/* tools */
.gw-explain { margin-top: 8px; font-size: .9rem; line-height: 1.7; }
.gw-explain-title { font-weight: 650; margin-top: 6px; }
.gw-explain-sub { font-weight: 600; margin: 8px 0 2px; font-size: .9rem; }
.gw-notes { margin: 2px 0 6px; padding-left: 4px; list-style: none; }
.gw-total-ok { color: #166534; font-weight: 600; }
.gw-total-bad { color: #b91c1c; font-weight: 600; }
.gw-smart { list-style: none; padding-left: 0; margin: 6px 0; } .gw-smart-ok { color: #166534; } .gw-smart-bad { color: #b91c1c; }
#gw-jd-sources .gw-sources, #gw-kpi-explain .gw-sources { max-height: 560px; overflow-y: auto; }
#gw-kpi-table [data-col="0"], #gw-kpi-table [data-col="0"] *, #gw-kpi-table [data-col="4"], #gw-kpi-table [data-col="4"] * {
  white-space: nowrap !important; word-break: keep-all !important; overflow-wrap: normal !important; }
.gw-export-row { gap: 8px; }
/* knowledge base */
.gw-result { margin: 4px 0; padding-left: 18px; }
.gw-stats { display: flex; flex-wrap: wrap; gap: 10px; margin: 4px 0 6px; }
.gw-stat { flex: 1 1 110px; border: 1px solid var(--border-color-primary); border-radius: 10px; padding: 8px 12px;
  background: var(--background-fill-secondary); }
.gw-stat-n { font-size: 1.45rem; font-weight: 650; }
.gw-stat-l, .gw-stat-sub { font-size: .85rem; color: var(--body-text-color-subdued); }
.gw-hit { border: 1px solid var(--border-color-primary); border-radius: 10px; margin: 8px 0; background: var(--background-fill-secondary); }
.gw-hit-head { padding: 6px 12px 0; font-size: .9rem; }
.gw-hit-rank { font-weight: 700; color: var(--color-accent); }
.gw-hit-title { font-weight: 600; }
.gw-hit-kind { font-size: .75rem; border: 1px solid var(--border-color-primary); border-radius: 999px; padding: 0 6px; }
.gw-hit-meta { padding: 0 12px; font-size: .8rem; color: var(--body-text-color-subdued); }
.gw-hit-scores { padding: 4px 12px; display: flex; flex-wrap: wrap; gap: 4px 14px; font-size: .8rem; }
.gw-hit-text { padding: 4px 12px 6px; font-size: .85rem; line-height: 1.65; white-space: pre-wrap; max-height: 220px;
  overflow-y: auto !important; display: block; }
.gw-hit .gw-src-foot { padding-top: 4px; }
.gw-doc-head { margin: 6px 0; }
details.gw-doc-profile { border: 1px solid var(--border-color-primary); border-radius: 8px; margin: 4px 0; padding: 4px 10px; }
details.gw-doc-profile summary { cursor: pointer; }
.gw-doc-list ol { margin: 2px 0 6px; padding-left: 22px; font-size: .85rem; }
.gw-table-wrap { overflow-x: auto; }
.gw-table { border-collapse: collapse; font-size: .82rem; width: 100%; }
.gw-table th, .gw-table td { border: 1px solid var(--border-color-primary); padding: 3px 6px; vertical-align: top; }
footer { display: none !important; }
@media (max-width: 640px) {
  .gradio-container { padding: 6px !important; }
  #gw-header .gw-sub { display: block; margin-left: 0; font-size: .8rem; }
  #gw-chat { height: 62vh !important; max-height: 62vh !important; }
  .gw-viewer { padding: 0; align-items: stretch; }
  .gw-viewer-panel { width: 100vw; max-height: 100vh; border-radius: 0; }
  .gw-stat { flex: 1 1 28%; padding: 6px 8px; }
  .gw-stat-n { font-size: 1.15rem; }
  .gw-hit-scores { gap: 2px 10px; }
}
"""


def theme() -> Any:
    # System fonts only: the app must work offline (no Google Fonts request).
    sans = [gr.themes.Font("PingFang SC"), gr.themes.Font("Microsoft YaHei"), gr.themes.Font("Noto Sans CJK SC"),
            gr.themes.Font("WenQuanYi Micro Hei"), "system-ui", "sans-serif"]  # fmt: skip
    mono = [gr.themes.Font("SFMono-Regular"), gr.themes.Font("Consolas"), "monospace"]
    return gr.themes.Soft(primary_hue="blue", neutral_hue="slate", font=sans, font_mono=mono)


def header_html(users: UserStore, request: Any) -> str:
    user = user_of(users, request)
    who = ""
    if users.enabled and user is not None:
        who = f'<span class="gw-user">{render.esc(user.name)}（{ROLE_ZH[user.role]}）<a href="logout">退出登录</a></span>'
    return (
        f'<div id="gw-header"><div><h1>岗位助手</h1>'
        f'<span class="gw-sub">岗位职责 · 任职资格 · KPI 设计 — 回答均来自知识库并注明出处</span></div>{who}</div>'
    )


def build_ui(services: Services, users: UserStore | None = None) -> Any:
    users = users or UserStore.for_settings(services.settings)
    with gr.Blocks(title=TITLE, analytics_enabled=False, fill_width=True) as demo:
        header = gr.HTML(header_html(users, None), elem_id="gw-header-box")
        with gr.Tabs(elem_id="gw-tabs", overflow_behavior="wrap") as tabs:
            with gr.Tab("问答", id="chat", elem_id="gw-tab-chat"):
                chat = ChatTab(services, users)
            with gr.Tab("岗位说明书", id="jd", elem_id="gw-tab-jd"):
                jd = JdTab(services, users)
            with gr.Tab("KPI 设计", id="kpi", elem_id="gw-tab-kpi"):
                kpi = KpiTab(services, users)
            with gr.Tab("知识库", id="kb", elem_id="gw-tab-kb"):
                kb = CorpusTab(services, users)
        # Behaviour for the rendered HTML, and the "查看原文" dialog (fixed position: placed last).
        gr.HTML("", js_on_load=GLOBAL_JS, elem_classes=["gw-bridge"], elem_id="gw-script")
        view_bridge = gr.HTML("", js_on_load=bridge_js("gw-view", "view"), elem_classes=["gw-bridge"], elem_id="gw-bridge-view")
        fb_bridge = gr.HTML("", js_on_load=bridge_js("gw-fb", "fb"), elem_classes=["gw-bridge"], elem_id="gw-bridge-fb")
        tool_bridge = gr.HTML("", js_on_load=bridge_js("gw-tool", "tool"), elem_classes=["gw-bridge"], elem_id="gw-bridge-tool")
        suggest_bridge = gr.HTML("", js_on_load=bridge_js("gw-suggest", "suggest"), elem_classes=["gw-bridge"],
                                 elem_id="gw-bridge-suggest")  # fmt: skip
        viewer = gr.HTML("", elem_id="gw-viewer-box")
        nonce = gr.State(0)

        # --- "查看原文" --------------------------------------------------------------------------------

        def on_view(n: int, evt: gr.EventData, request: gr.Request) -> tuple[str, int]:
            n = int(n or 0) + 1
            if user_of(users, request) is None:
                return render.viewer_error_html(LOGIN_FIRST, n), n
            parsed = render.parse_view_id(str((getattr(evt, "_data", None) or {}).get("id", "")))
            if parsed is None:
                return render.viewer_error_html("无法识别要查看的原文位置。", n), n
            file, a, b, context = parsed
            context = max(1, min(context or VIEW_CONTEXT, 60))
            try:
                view = services.corpus.view(file, a, max(a, b), context=context)
            except ServiceError as exc:
                return render.viewer_error_html(exc.message, n), n
            return render.viewer_html(view, n, context), n

        view_bridge.click(on_view, [nonce], [viewer, nonce], show_progress="hidden", concurrency_limit=4)

        # --- thumbs ------------------------------------------------------------------------------------

        fb_bridge.click(chat.on_feedback, [chat.rated], [chat.status, chat.fb_row, chat.feedback_id, chat.fb_comment, chat.rated],
                        show_progress="hidden")  # fmt: skip

        # --- "您是不是要找…" ------------------------------------------------------------------------------

        jd_skip = tuple(gr.skip() for _ in range(1 + len(jd.outputs)))
        kpi_skip = tuple(gr.skip() for _ in range(1 + len(kpi.outputs)))

        def on_suggest(dept: str, boss: str, level: str, notes: str, count: Any, evt: gr.EventData, request: gr.Request) -> tuple[Any, ...]:
            parsed = render.parse_suggest_id(str((getattr(evt, "_data", None) or {}).get("id", "")))
            if parsed is None:
                return (*jd_skip, *kpi_skip)
            target, role = parsed
            if target == "kpi":
                return (*jd_skip, gr.update(value=role), *kpi.run(role, count, request))
            return (gr.update(value=role), *jd.run(role, dept, boss, level, notes, request), *kpi_skip)

        suggest_bridge.click(on_suggest, [*jd.request_inputs[1:], kpi.count], [jd.role, *jd.outputs, kpi.role, *kpi.outputs],
                             show_progress="hidden", concurrency_limit=2)  # fmt: skip

        # --- JD/KPI answers in the chat: export, open in the tab --------------------------------------------

        def on_tool(evt: gr.EventData, request: gr.Request) -> tuple[Any, ...]:
            """Outputs: chat file, chat status, tabs, JD role + outputs, KPI role + outputs."""

            def reply(file: Any = None, status: Any = None, tab: Any = None, jd_part: tuple = jd_skip, kpi_part: tuple = kpi_skip) -> tuple[Any, ...]:
                skip = gr.skip()
                return (skip if file is None else file, skip if status is None else status, skip if tab is None else tab, *jd_part, *kpi_part)

            user = user_of(users, request)
            if user is None:
                return reply(status=render.status_html(LOGIN_FIRST))
            m = _TOOL_ID.fullmatch(str((getattr(evt, "_data", None) or {}).get("id", "")))
            if not m:
                return reply(status=render.status_html("无法识别这个操作。"))
            action, turn_id, fmt = m.group(1), int(m.group(2)), m.group(3)
            try:
                turn = services.history.turn(user.name, turn_id)
            except ServiceError as exc:
                return reply(status=render.status_html(exc.message))
            meta = (turn.meta if turn else None) or {}
            tool, role = meta.get("tool"), meta.get("role")
            if turn is None or tool not in ("jd", "kpi_design") or not role:
                return reply(status=render.status_html("找不到这条回答对应的岗位说明书或 KPI 设计。"))
            try:
                if tool == "kpi_design":
                    count = meta.get("count")
                    result = services.tools.design_kpis(KpiRequest(role=role, count=count if isinstance(count, int) and 4 <= count <= 7 else None))
                else:
                    result = services.tools.draft_jd(JdRequest(role=role))
                if action == "export":
                    name, data, _ = services.tools.export(result, fmt or ("xlsx" if tool == "kpi_design" else "docx"))
                    return reply(file=gr.update(value=write_export(name, data), visible=True),
                                 status=render.status_html(f"已导出 {name}（与{render.TOOL_NAMES[tool]}页、命令行导出的文件相同）。", "ok"))  # fmt: skip
            except ServiceError as exc:
                return reply(status=render.status_html(exc.message))
            opened = render.status_html(f"已从问答打开「{role}」，可以在这里修改并导出。", "ok")
            if tool == "kpi_design":
                return reply(status="", tab=gr.Tabs(selected="kpi"), kpi_part=(gr.update(value=role), opened, *kpi.fill(result)))
            return reply(status="", tab=gr.Tabs(selected="jd"), jd_part=(gr.update(value=role), opened, *jd.fill(result)))

        tool_bridge.click(on_tool, None, [chat.file, chat.status, tabs, jd.role, *jd.outputs, kpi.role, *kpi.outputs],
                          show_progress="hidden", concurrency_limit=2)  # fmt: skip

        # --- page load and knowledge-base changes ------------------------------------------------------------

        def on_load(conversation: str | None, request: gr.Request) -> tuple[Any, ...]:
            return (header_html(users, request), *chat.restore(conversation, request), *kb.on_load(request), jd.choices(), kpi.choices())

        demo.load(on_load, [chat.browser], [header, *chat.shown, *kb.loaded, jd.role, kpi.role], show_progress="hidden")
        for event in kb.writes:
            event.then(lambda: (jd.choices(), kpi.choices()), None, [jd.role, kpi.role], show_progress="hidden")
    return demo
