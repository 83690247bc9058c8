"""知识库 tab: stats, documents, and (editors only) upload, delete and rebuild."""

# No postponed annotations here: gradio reads handler hints (gr.Request) at run time.

from pathlib import Path
from typing import Any

from assistant.api.users import UserStore
from assistant.services import UPLOAD_SUFFIXES, ServiceError, Services
from assistant.ui.access import editor_or_error, user_of
from assistant.ui.render import esc

DOC_HEADERS = ["文档", "文章", "岗位画像", "分块", "KPI 指标"]
KIND_ZH = {"duties": "岗位职责", "qualifications": "任职资格", "kpi": "考核/绩效", "prose": "正文"}


def stats_html(services: Services) -> str:
    st = services.stats()
    tiles = [("文档", st.files), ("文章", st.articles), ("岗位画像", st.profiles), ("分块", st.chunks), ("KPI 指标", st.kpis)]
    cells = "".join(f'<div class="gw-stat"><div class="gw-stat-n">{n}</div><div class="gw-stat-l">{esc(label)}</div></div>' for label, n in tiles)
    kinds = " · ".join(f"{KIND_ZH.get(k, k)} {v}" for k, v in st.sections_by_kind.items())
    extra = f'<div class="gw-stat-sub">段落: {esc(kinds)} · 去除样板行 {st.removed_boilerplate_lines}</div>' if kinds else ""
    return f'<div class="gw-stats">{cells}</div>{extra}'


def documents_rows(services: Services) -> list[list[Any]]:
    return [[d.file, d.articles, d.profiles, d.chunks, d.kpis] for d in services.documents()]


def build_corpus_tab(services: Services, users: UserStore) -> tuple[Any, list[Any], Any]:
    """Returns (editor-only group, components refreshed on page load, load function)."""
    import gradio as gr

    stats = gr.HTML(elem_id="gw-stats")
    docs = gr.Dataframe(
        headers=DOC_HEADERS,
        datatype=["str", "number", "number", "number", "number"],
        interactive=False,
        label="文档列表",
        elem_id="gw-docs",
        max_height=320,
    )
    viewer_note = gr.Markdown(
        "当前账号为**只读**: 可以查看知识库, 上传、删除与重建需要编辑权限。", visible=False, elem_id="gw-viewer-note"
    )
    with gr.Column(visible=False, elem_id="gw-editor-tools") as editor_group:
        with gr.Row(equal_height=False):
            with gr.Column(scale=3, variant="panel"):
                upload = gr.File(
                    label=f"上传文档 ({' / '.join(s for s in UPLOAD_SUFFIXES if s != '.htm')}, 单个不超过 {services.settings.upload_max_mb} MB)",
                    file_types=list(UPLOAD_SUFFIXES),
                    file_count="multiple",
                    type="filepath",
                    elem_id="gw-upload",
                )
                upload_btn = gr.Button("上传并导入", variant="primary", elem_id="gw-upload-btn")
            with gr.Column(scale=2, variant="panel"):
                doc_choice = gr.Dropdown(label="删除文档", choices=[], elem_id="gw-delete-choice", allow_custom_value=True)
                delete_btn = gr.Button("从知识库删除", variant="stop", elem_id="gw-delete-btn")
                rebuild_btn = gr.Button("重建全部索引", elem_id="gw-rebuild-btn")
    status = gr.HTML(elem_id="gw-corpus-status")

    def refresh() -> tuple[Any, ...]:
        rows = documents_rows(services)
        return stats_html(services), rows, gr.update(choices=[r[0] for r in rows], value=None)

    def on_load(request: gr.Request) -> tuple[Any, ...]:
        user = user_of(users, request)
        can_edit = bool(user and user.can_edit)
        return (*refresh(), gr.update(visible=can_edit), gr.update(visible=not can_edit))

    def do_upload(files: list[str] | None, request: gr.Request, progress: gr.Progress = gr.Progress()) -> tuple[Any, ...]:
        editor_or_error(users, request)
        if not files:
            raise gr.Error("请先选择要上传的文件。")
        lines = []
        for i, path in enumerate(files):
            name = _original_name(path)
            progress((i, len(files)), desc=f"导入 {name}")

            def embed(done: int, total: int, i: int = i, name: str = name) -> None:
                progress((i + done / max(total, 1), len(files)), desc=f"嵌入 {name}: {done}/{total} 段")

            try:
                result = services.upload(name, Path(path).read_bytes(), embed_progress=embed)
            except ServiceError as exc:
                lines.append(f'<li class="gw-bad">{esc(exc.message)}</li>')
                continue
            verb = {"added": "已导入", "updated": "已更新", "unchanged": "内容未变化"}[result.status]
            r = result.report
            lines.append(
                f'<li class="gw-good">{verb} <b>{esc(result.file)}</b>: 文章 {r.articles} · 岗位画像 {r.profiles} · '
                f"分块 {r.chunks} ({result.seconds:.1f} 秒)</li>"
            )
        return (*refresh(), f'<ul class="gw-result">{"".join(lines)}</ul>', None)

    def do_delete(name: str | None, request: gr.Request) -> tuple[Any, ...]:
        editor_or_error(users, request)
        if not name:
            raise gr.Error("请先选择要删除的文档。")
        try:
            services.delete(name)
        except ServiceError as exc:
            raise gr.Error(exc.message) from exc
        return (*refresh(), f'<div class="gw-good">已从所有索引中删除 <b>{esc(name)}</b>; 源文件已移到回收目录。</div>')

    def do_rebuild(request: gr.Request, progress: gr.Progress = gr.Progress()) -> tuple[Any, ...]:
        editor_or_error(users, request)
        progress(0, desc="重新读取语料")

        def embed(done: int, total: int) -> None:
            progress((done, max(total, 1)), desc=f"嵌入 {done}/{total} 段")

        try:
            result = services.rebuild(progress=lambda name: progress(None, desc=f"读取 {name}"), embed_progress=embed)
        except ServiceError as exc:
            raise gr.Error(exc.message) from exc
        return (*refresh(), f'<div class="gw-good">索引已重建: {len(result.reports)} 个文档, 用时 {result.seconds:.1f} 秒。</div>')

    listing = [stats, docs, doc_choice]
    # Named endpoints: the role check inside each handler is what protects them, not the hidden buttons.
    write = dict(concurrency_limit=1, concurrency_id="kb-write")
    upload_btn.click(do_upload, [upload], [*listing, status, upload], api_name="kb_upload", **write)
    delete_btn.click(do_delete, [doc_choice], [*listing, status], api_name="kb_delete", **write)
    rebuild_btn.click(do_rebuild, None, [*listing, status], api_name="kb_rebuild", **write)
    return editor_group, [*listing, editor_group, viewer_note], on_load


def _original_name(path: str) -> str:
    # gradio keeps the uploaded file's own name as the last path component of its temp copy
    return Path(path).name
