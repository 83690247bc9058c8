"""岗位说明书 tab: form -> editable draft with its sources -> download .docx / .md."""

# No postponed annotations here: gradio reads handler hints (gr.Request) at run time.

import shutil
import tempfile
import time
from pathlib import Path
from typing import Any

from assistant.api import tools_bridge
from assistant.api.users import UserStore
from assistant.services import ServiceError, Services
from assistant.ui.access import user_of
from assistant.ui.render import sources_html

LEVELS = ["", "初级", "中级", "高级", "主管", "经理", "总监"]


EXPORT_KEEP_SECONDS = 6 * 3600


def export_dir() -> Path:
    """Where generated downloads go; exports older than a few hours are removed on the way."""
    path = Path(tempfile.gettempdir()) / "gangwei-exports"
    path.mkdir(parents=True, exist_ok=True)
    cutoff = time.time() - EXPORT_KEEP_SECONDS
    for old in path.iterdir():
        try:
            if old.is_dir() and old.stat().st_mtime < cutoff:
                shutil.rmtree(old, ignore_errors=True)
        except OSError:
            pass
    return path


def safe_stem(text: str) -> str:
    keep = "".join(ch for ch in text if ch.isalnum() or ch in "-_")
    return keep[:40] or "岗位"


def build_jd_tab(services: Services, users: UserStore) -> None:
    import gradio as gr

    with gr.Row(equal_height=False):
        with gr.Column(scale=1, min_width=260):
            role = gr.Textbox(label="岗位名称", placeholder="例如: 客户经理", elem_id="gw-jd-role")
            department = gr.Textbox(label="所属部门 (可选)", placeholder="例如: 零售银行部", elem_id="gw-jd-dept")
            level = gr.Dropdown(LEVELS, value="", label="职级 (可选)", allow_custom_value=True, elem_id="gw-jd-level")
            notes = gr.Textbox(label="补充说明 (可选)", lines=3, placeholder="例如: 侧重对公业务, 需要驻点", elem_id="gw-jd-notes")
            draft_btn = gr.Button("生成岗位说明书", variant="primary", elem_id="gw-jd-draft")
            gr.Markdown("草稿中的每一条都来自知识库, 右侧可直接修改; 导出的文件使用修改后的内容。", elem_classes=["gw-hint"])
        with gr.Column(scale=3, min_width=420):
            draft = gr.Textbox(
                label="岗位说明书草稿 (可编辑, Markdown)",
                lines=18,
                max_lines=40,
                interactive=True,
                elem_id="gw-jd-text",
                buttons=["copy"],
            )
            with gr.Row():
                export_btn = gr.Button("导出 Word 与 Markdown", elem_id="gw-jd-export")
            files = gr.File(label="下载", file_count="multiple", interactive=False, visible=False, elem_id="gw-jd-files")
            sources = gr.HTML(elem_id="gw-jd-sources")
    # The tool's own draft and its Markdown: unedited drafts export with the tool's Word layout.
    original = gr.State(None)

    def on_draft(role_: str, dept: str, level_: str, notes_: str, request: gr.Request) -> tuple[Any, ...]:
        if user_of(users, request) is None:
            raise gr.Error("请先登录。")
        try:
            result = services.draft_jd(tools_bridge.jd_request_from(role_, dept, level_, notes_))
        except (ServiceError, ValueError) as exc:
            raise gr.Error(getattr(exc, "message", str(exc))) from exc
        text, cites = tools_bridge.jd_rendered(result)
        cards = sources_html(cites, lambda c: services.passage(c.file, c.line_start, c.line_end))
        return (
            text,
            cards or "<div class='gw-hint'>没有引用来源</div>",
            gr.update(value=None, visible=False),
            (result, text),
        )

    def on_export(text: str, role_: str, orig: Any, request: gr.Request) -> Any:
        if user_of(users, request) is None:
            raise gr.Error("请先登录。")
        if not (text or "").strip():
            raise gr.Error("请先生成岗位说明书。")
        stem = f"{safe_stem(role_)}_岗位说明书"
        folder = Path(tempfile.mkdtemp(prefix="jd-", dir=export_dir()))
        docx_path = folder / f"{stem}.docx"
        md_path = folder / f"{stem}.md"
        if orig is not None and orig[1].strip() == text.strip():
            docx_path.write_bytes(tools_bridge.jd_docx(orig[0]))
        else:  # edited: the document follows the user's text
            docx_path.write_bytes(tools_bridge.markdown_docx(text))
        md_path.write_text(text.rstrip() + "\n", encoding="utf-8")
        return gr.update(value=[str(docx_path), str(md_path)], visible=True)

    inputs = [role, department, level, notes]
    drafted = [draft, sources, files, original]
    draft_btn.click(on_draft, inputs, drafted, concurrency_limit=2)
    role.submit(on_draft, inputs, drafted, concurrency_limit=2)
    export_btn.click(on_export, [draft, role, original], [files])
