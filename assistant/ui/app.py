"""The Gradio Blocks app: header with the logged-in user, and the four tabs."""

# No postponed annotations here: gradio reads handler hints (gr.Request) at run time.

from typing import Any

from assistant.api.users import UserStore
from assistant.services import Services
from assistant.ui.access import ROLE_ZH, user_of
from assistant.ui.render import esc

TITLE = "岗位助手 · gangwei"

CSS = """
.gradio-container { width: 100% !important; max-width: 1320px !important; margin: 0 auto !important; }
#gw-header { display: flex; align-items: baseline; justify-content: space-between; gap: 12px;
  padding: 4px 2px 10px; border-bottom: 1px solid var(--border-color-primary); margin-bottom: 6px; }
#gw-header h1 { font-size: 1.45rem; margin: 0; font-weight: 650; }
#gw-header .gw-sub { color: var(--body-text-color-subdued); font-size: .9rem; margin-left: 10px; }
.gw-user { font-size: .9rem; color: var(--body-text-color-subdued); white-space: nowrap; }
.gw-user a { margin-left: 8px; }
.gw-placeholder { text-align: center; color: var(--body-text-color-subdued); line-height: 1.8; }
.gw-side-title h4 { margin: 8px 0 0; }
.gw-persona p { margin: 6px 0 0; font-size: .85rem; color: var(--body-text-color-subdued); }
.gw-example { text-align: left !important; justify-content: flex-start !important; white-space: normal !important;
  font-weight: 400 !important; line-height: 1.35 !important; }
.gw-hint { font-size: .85rem; color: var(--body-text-color-subdued); }
.gw-sources { margin-top: 10px; border-top: 1px dashed var(--border-color-primary); padding-top: 6px; }
.gw-sources-title { font-size: .8rem; color: var(--body-text-color-subdued); margin-bottom: 4px; }
details.gw-src { border: 1px solid var(--border-color-primary); border-radius: 8px; margin: 4px 0;
  background: var(--background-fill-secondary); }
details.gw-src summary { cursor: pointer; padding: 4px 10px; font-size: .85rem; list-style-position: inside; }
.gw-src-id { font-weight: 650; color: var(--color-accent); }
.gw-src-file { font-family: var(--font-mono); font-size: .8rem; }
.gw-src-lines { color: var(--body-text-color-subdued); font-size: .8rem; }
.gw-src-passage { padding: 6px 12px 10px; font-size: .85rem; line-height: 1.7; white-space: pre-wrap; }
.gw-src-passage mark { background: #fde68a; color: inherit; padding: 0 1px; border-radius: 2px; }
.gw-refusal { border-left: 4px solid #f59e0b; background: #fffbeb; color: #78350f; padding: 4px 12px;
  border-radius: 6px; }
.dark .gw-refusal { background: #422006; color: #fde68a; }
.gw-note, .gw-pending { font-size: .85rem; color: var(--body-text-color-subdued); }
.gw-error, .gw-bad { color: #b91c1c; }
.gw-good { color: #166534; }
.gw-result { margin: 4px 0; padding-left: 18px; }
.gw-stats { display: flex; flex-wrap: wrap; gap: 10px; margin: 4px 0 6px; }
.gw-stat { flex: 1 1 110px; border: 1px solid var(--border-color-primary); border-radius: 10px; padding: 10px 14px;
  background: var(--background-fill-secondary); }
.gw-stat-n { font-size: 1.5rem; font-weight: 650; }
.gw-stat-l, .gw-stat-sub { font-size: .85rem; color: var(--body-text-color-subdued); }
.gw-total-ok { color: #166534; font-weight: 600; }
.gw-total-bad { color: #b91c1c; font-weight: 600; }
.gw-smart-ok { color: #166534; } .gw-smart-bad { color: #b91c1c; }
#gw-jd-sources .gw-sources, #gw-kpi-sources .gw-sources { max-height: 560px; overflow-y: auto; }
footer { display: none !important; }
"""


def theme() -> Any:
    import gradio as gr

    # System fonts only: the app must work offline (no Google Fonts request).
    sans = [gr.themes.Font("PingFang SC"), gr.themes.Font("Microsoft YaHei"), gr.themes.Font("Noto Sans CJK SC"),
            gr.themes.Font("WenQuanYi Micro Hei"), "system-ui", "sans-serif"]
    mono = [gr.themes.Font("SFMono-Regular"), gr.themes.Font("Consolas"), "monospace"]
    return gr.themes.Soft(primary_hue="blue", neutral_hue="slate", font=sans, font_mono=mono)


def header_html(users: UserStore, request: Any) -> str:
    user = user_of(users, request)
    who = ""
    if users.enabled and user is not None:
        who = f'<span class="gw-user">{esc(user.name)} ({ROLE_ZH[user.role]}) <a href="logout">退出登录</a></span>'
    return (
        f'<div id="gw-header"><div><h1 style="display:inline">岗位助手</h1>'
        f'<span class="gw-sub">岗位职责 · 任职资格 · KPI 设计 — 回答均来自知识库并注明出处</span></div>{who}</div>'
    )


def build_ui(services: Services, users: UserStore | None = None) -> Any:
    import gradio as gr

    from assistant.ui.chat_tab import build_chat_tab
    from assistant.ui.corpus_tab import build_corpus_tab
    from assistant.ui.jd_tab import build_jd_tab
    from assistant.ui.kpi_tab import build_kpi_tab

    users = users or UserStore.from_setting(services.settings.auth)
    with gr.Blocks(title=TITLE, analytics_enabled=False, fill_width=True) as demo:
        header = gr.HTML(header_html(users, None))
        with gr.Tabs(elem_id="gw-tabs"):
            with gr.Tab("问答", id="chat", elem_id="gw-tab-chat"):
                build_chat_tab(services, users)
            with gr.Tab("岗位说明书", id="jd", elem_id="gw-tab-jd"):
                build_jd_tab(services, users)
            with gr.Tab("KPI 设计", id="kpi", elem_id="gw-tab-kpi"):
                build_kpi_tab(services, users)
            with gr.Tab("知识库", id="kb", elem_id="gw-tab-kb"):
                _, refreshed, corpus_load = build_corpus_tab(services, users)

        def on_load(request: gr.Request) -> tuple[Any, ...]:
            return (header_html(users, request), *corpus_load(request))

        demo.load(on_load, None, [header, *refreshed])
    return demo
