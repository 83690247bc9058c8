"""知识库 tab: counts (from ``services.corpus.stats()`` only), documents, a hit test, a per-document
view of the extracted profiles and KPI entries, and — for editors — upload with Chinese progress,
delete and rebuild with a confirmation step. Every write checks the user's role on the server.
"""

# No postponed annotations here: gradio reads handler hints (gr.Request) at run time.

import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import gradio as gr

from assistant.auth import UserStore
from assistant.services import ServiceError, Services
from assistant.ui import render
from assistant.ui.access import LOGIN_FIRST, editor_problem, user_of

DOC_HEADERS = ["标题", "文件", "文章", "岗位画像", "分块", "KPI 条目"]
SUFFIXES = [".txt", ".md", ".html", ".htm", ".docx", ".pdf", ".xlsx", ".csv"]
POLL = 0.4  # seconds between progress updates


def _supported() -> list[str]:
    try:
        from assistant.ingest.loaders import SUPPORTED_SUFFIXES

        return list(SUPPORTED_SUFFIXES)
    except ImportError:  # pragma: no cover - the loaders always exist
        return SUFFIXES


def upload_folder() -> Path:
    """Where Gradio stores the files a browser uploads (the only place upload paths may point to)."""
    from gradio.utils import get_upload_folder

    return Path(get_upload_folder()).resolve()


def uploaded_bytes(path: Any, limit_bytes: int) -> tuple[str, bytes]:
    """(original name, bytes) of a file the browser sent. A path anywhere but Gradio's upload
    folder (a server path smuggled into the request) is refused, and nothing is read."""
    raw = getattr(path, "path", None) or (path.get("path") if isinstance(path, dict) else path)
    p = Path(str(raw or ""))
    folder = upload_folder()
    try:
        resolved = p.resolve(strict=True)
    except (OSError, RuntimeError):
        raise ServiceError("上传的文件不存在，请重新选择文件") from None
    if p.is_symlink() or folder not in resolved.parents or not resolved.is_file():
        raise ServiceError("只接受通过浏览器上传的文件，不能指定服务器上的路径", status=403)
    size = resolved.stat().st_size
    if size > limit_bytes:
        raise ServiceError(f"{p.name}：文件过大（{size / 1048576:.1f} MB），上限为 {limit_bytes / 1048576:g} MB", status=413)
    return p.name, resolved.read_bytes()


class CorpusTab:
    def __init__(self, services: Services, users: UserStore) -> None:
        self.services = services
        self.users = users
        self.stats = gr.HTML("", elem_id="gw-stats")
        with gr.Tabs(elem_id="gw-kb-tabs"):
            with gr.Tab("文档", id="kb-docs"):
                self.docs = gr.Dataframe(
                    headers=DOC_HEADERS, datatype=["str", "str", "number", "number", "number", "number"], interactive=False,
                    label="文档列表", elem_id="gw-docs", max_height=360, wrap=True, type="array",
                    column_widths=["34%", "30%", "9%", "9%", "9%", "9%"],
                )  # fmt: skip
                self.viewer_note = gr.HTML("", elem_id="gw-viewer-note")
                with gr.Column(visible=False, elem_id="gw-editor-tools") as self.editor_group:
                    with gr.Row(equal_height=False):
                        with gr.Column(scale=3, variant="panel", min_width=260):
                            limit = min(services.settings.upload_max_mb, services.settings.max_file_mb)
                            kinds = " / ".join(s for s in _supported() if s != ".htm")
                            self.upload = gr.File(
                                label=f"上传文档（{kinds}，单个不超过 {limit:g} MB）", file_types=_supported(),
                                file_count="multiple", type="filepath", elem_id="gw-upload",
                            )  # fmt: skip
                            self.upload_btn = gr.Button("上传并导入", variant="primary", elem_id="gw-upload-btn")
                            self.upload_status = gr.HTML("", elem_id="gw-upload-status")
                        with gr.Column(scale=2, variant="panel", min_width=240):
                            self.delete_choice = gr.Dropdown(label="删除文档", choices=[], value=None, elem_id="gw-delete-choice")
                            self.delete_btn = gr.Button("删除…", variant="stop", elem_id="gw-delete-btn")
                            with gr.Column(visible=False, elem_id="gw-delete-confirm") as self.delete_confirm:
                                self.delete_question = gr.HTML("")
                                with gr.Row():
                                    self.delete_yes = gr.Button("确认删除", variant="stop", size="sm", elem_id="gw-delete-yes")
                                    self.delete_no = gr.Button("取消", size="sm", elem_id="gw-delete-no")
                            self.rebuild_btn = gr.Button("重建全部索引…", elem_id="gw-rebuild-btn")
                            with gr.Column(visible=False, elem_id="gw-rebuild-confirm") as self.rebuild_confirm:
                                gr.HTML(render.status_html("重建会重新读取语料目录中的全部文档并重新计算索引，期间问答可能变慢。确定要重建吗？", "warn"))
                                with gr.Row():
                                    self.rebuild_yes = gr.Button("确认重建", variant="primary", size="sm", elem_id="gw-rebuild-yes")
                                    self.rebuild_no = gr.Button("取消", size="sm", elem_id="gw-rebuild-no")
                            self.corpus_status = gr.HTML("", elem_id="gw-corpus-status")
            with gr.Tab("命中测试", id="kb-hits"):
                with gr.Row(equal_height=True):
                    self.hit_query = gr.Textbox(label="测试问题", placeholder="例如：送快件的业务员要负责哪些事情?", scale=4, elem_id="gw-hit-query")
                    self.hit_k = gr.Slider(1, 20, value=5, step=1, label="返回段落数", scale=1, min_width=140, elem_id="gw-hit-k")
                self.hit_btn = gr.Button("测试检索", variant="primary", elem_id="gw-hit-btn")
                gr.Markdown("显示检索到的段落、综合得分（加权倒数排名融合）以及向量、二元组、分词三路检索各自的名次与得分。", elem_classes=["gw-hint"])
                self.hits = gr.HTML("", elem_id="gw-hits")
            with gr.Tab("文档内容", id="kb-doc"):
                self.doc_choice = gr.Dropdown(label="选择文档", choices=[], value=None, elem_id="gw-doc-choice")
                self.doc_view = gr.HTML("", elem_id="gw-doc-view")

        self.listing = [self.stats, self.docs, self.delete_choice, self.doc_choice]
        write = dict(concurrency_limit=1, concurrency_id="kb-write", show_progress="hidden")
        uploaded = self.upload_btn.click(self.do_upload, [self.upload], [*self.listing, self.upload_status, self.upload], **write)
        self.delete_btn.click(self.ask_delete, [self.delete_choice], [self.delete_confirm, self.delete_question, self.corpus_status],
                              show_progress="hidden")  # fmt: skip
        self.delete_no.click(lambda: (gr.update(visible=False), render.status_html("已取消删除。", "info")), None,
                             [self.delete_confirm, self.corpus_status], show_progress="hidden")  # fmt: skip
        deleted = self.delete_yes.click(self.do_delete, [self.delete_choice], [*self.listing, self.corpus_status, self.delete_confirm], **write)
        self.rebuild_btn.click(self.ask_rebuild, None, [self.rebuild_confirm, self.corpus_status], show_progress="hidden")
        self.rebuild_no.click(lambda: (gr.update(visible=False), render.status_html("已取消重建。", "info")), None,
                              [self.rebuild_confirm, self.corpus_status], show_progress="hidden")  # fmt: skip
        rebuilt = self.rebuild_yes.click(self.do_rebuild, None, [*self.listing, self.corpus_status, self.rebuild_confirm], **write)
        self.writes = [uploaded, deleted, rebuilt]  # the app refreshes the role lists after these
        self.hit_btn.click(self.on_hits, [self.hit_query, self.hit_k], [self.hits], concurrency_limit=2, show_progress="minimal")
        self.hit_query.submit(self.on_hits, [self.hit_query, self.hit_k], [self.hits], concurrency_limit=2, show_progress="minimal")
        self.doc_choice.change(self.on_doc, [self.doc_choice], [self.doc_view], show_progress="minimal")

    # --- listing -----------------------------------------------------------------------------------

    def refresh(self) -> tuple[Any, ...]:
        """Values for ``self.listing`` (stats, documents, delete choices, document choices)."""
        try:
            stats = render.stats_html(self.services.corpus.stats())
            docs = self.services.corpus.documents()
        except ServiceError as exc:
            return render.status_html(exc.message), [], gr.update(choices=[], value=None), gr.update(choices=[], value=None)
        rows = [[d.title, d.file, d.articles, d.profiles, d.chunks, d.kpis] for d in docs]
        choices = [(f"{d.title}（{d.file}）" if d.title != Path(d.file).stem else d.file, d.file) for d in docs]
        return stats, rows, gr.update(choices=choices, value=None), gr.update(choices=choices, value=None)

    def on_load(self, request: Any) -> tuple[Any, ...]:
        """Values for ``self.loaded``."""
        user = user_of(self.users, request)
        can_edit = bool(user and user.can_edit)
        note = "" if can_edit else render.status_html("当前账号为只读：可以查看知识库和做命中测试；上传、删除与重建需要编辑权限。", "info")
        return (*self.refresh(), gr.update(visible=can_edit), note)

    @property
    def loaded(self) -> list[Any]:
        return [*self.listing, self.editor_group, self.viewer_note]

    # --- writes ------------------------------------------------------------------------------------

    def _run_with_progress(self, work: Any, progress: dict[str, str]) -> Iterator[str]:
        """Run ``work`` in a thread, yielding the Chinese progress text while it runs."""
        done = threading.Event()
        errors: list[BaseException] = []

        def target() -> None:
            try:
                work()
            except BaseException as exc:  # noqa: BLE001 - reported to the user below
                errors.append(exc)
            finally:
                done.set()

        threading.Thread(target=target, name="gangwei-kb-write", daemon=True).start()
        while not done.wait(POLL):
            yield progress.get("text", "")
        if errors:
            raise errors[0]

    def do_upload(self, files: list[Any] | None, request: gr.Request) -> Iterator[tuple[Any, ...]]:
        skip = tuple(gr.skip() for _ in self.listing)
        problem = editor_problem(self.users, request)
        if problem:
            yield (*skip, render.status_html(problem), gr.skip())
            return
        files = [f for f in (files or []) if f]
        if not files:
            yield (*skip, render.status_html("请先选择要上传的文件。"), gr.skip())
            return
        limit = int(min(self.services.settings.upload_max_mb, self.services.settings.max_file_mb) * 1024 * 1024)
        results: list[str] = []
        progress = {"text": f"准备导入 {len(files)} 个文件…"}

        def work() -> None:
            for i, path in enumerate(files, 1):
                head = f"正在导入第 {i}/{len(files)} 个文件"
                try:
                    name, data = uploaded_bytes(path, limit)
                    progress["text"] = f"{head}「{name}」：读取与解析…"

                    def on_file(_: str, head: str = head, name: str = name) -> None:
                        progress["text"] = f"{head}「{name}」：抽取岗位与指标…"

                    def on_embed(n: int, total: int, head: str = head, name: str = name) -> None:
                        progress["text"] = f"{head}「{name}」：计算向量 {n}/{total} 段…"

                    result = self.services.corpus.upload(name, data, progress=on_file, embed_progress=on_embed)
                except ServiceError as exc:
                    results.append(f'<li class="gw-bad">✗ {render.esc(exc.message)}</li>')
                    continue
                verb = {"added": "已导入", "updated": "已更新", "unchanged": "内容未变化"}.get(result.status, "已导入")
                r = result.report
                warn = "".join(f'<div class="gw-hint">⚠ {render.esc(w)}</div>' for w in r.warnings)
                results.append(
                    f'<li class="gw-good">✓ {verb}「{render.esc(result.file)}」：文章 {r.articles} · 岗位画像 {r.profiles} · '
                    f"KPI 条目 {r.kpis} · 分块 {r.chunks}（{result.seconds:.1f} 秒）{warn}</li>"
                )

        yield (*skip, render.status_html(progress["text"], "info"), gr.skip())
        try:
            for text in self._run_with_progress(work, progress):
                done = f'<ul class="gw-result">{"".join(results)}</ul>' if results else ""
                yield (*skip, render.status_html(text, "info") + done, gr.skip())
        except Exception as exc:  # noqa: BLE001 - shown inline, never a traceback
            results.append(f'<li class="gw-bad">✗ 导入中断：{render.esc(exc)}</li>')
        yield (*self.refresh(), f'<ul class="gw-result" id="gw-upload-result">{"".join(results)}</ul>', None)

    def _title(self, name: str) -> str:
        try:
            return next((d.title for d in self.services.corpus.documents() if d.file == name), name)
        except ServiceError:
            return name

    def ask_delete(self, name: str | None, request: gr.Request) -> tuple[Any, ...]:
        problem = editor_problem(self.users, request)
        if problem:
            return gr.update(visible=False), "", render.status_html(problem)
        if not name:
            return gr.update(visible=False), "", render.status_html("请先选择要删除的文档。")
        question = render.status_html(
            f"确定要从知识库删除《{self._title(name)}》（{name}）吗？它会从所有索引中移除，源文件移到 GANGWEI_HOME/deleted。", "warn"
        )
        return gr.update(visible=True), question, ""

    def do_delete(self, name: str | None, request: gr.Request) -> tuple[Any, ...]:
        skip = tuple(gr.skip() for _ in self.listing)
        problem = editor_problem(self.users, request)
        if problem:
            return (*skip, render.status_html(problem), gr.update(visible=False))
        if not name:
            return (*skip, render.status_html("请先选择要删除的文档。"), gr.update(visible=False))
        title = self._title(name)
        try:
            self.services.corpus.delete(name)
        except ServiceError as exc:
            return (*skip, render.status_html(exc.message), gr.update(visible=False))
        message = f"已从所有索引中删除《{title}》（{name}）；源文件已移到回收目录。"
        return (*self.refresh(), render.status_html(message, "ok"), gr.update(visible=False))

    def ask_rebuild(self, request: gr.Request) -> tuple[Any, ...]:
        problem = editor_problem(self.users, request)
        if problem:
            return gr.update(visible=False), render.status_html(problem)
        return gr.update(visible=True), ""

    def do_rebuild(self, request: gr.Request) -> Iterator[tuple[Any, ...]]:
        skip = tuple(gr.skip() for _ in self.listing)
        problem = editor_problem(self.users, request)
        if problem:
            yield (*skip, render.status_html(problem), gr.update(visible=False))
            return
        progress = {"text": "正在重建索引：重新读取语料…"}
        outcome: dict[str, Any] = {}

        def work() -> None:
            def on_file(name: str) -> None:
                progress["text"] = f"正在重建索引：读取「{name}」…"

            def on_embed(n: int, total: int) -> None:
                progress["text"] = f"正在重建索引：计算向量 {n}/{total} 段…"

            outcome["result"] = self.services.corpus.rebuild(progress=on_file, embed_progress=on_embed)

        yield (*skip, render.status_html(progress["text"], "info"), gr.update(visible=False))
        try:
            for text in self._run_with_progress(work, progress):
                yield (*skip, render.status_html(text, "info"), gr.update(visible=False))
        except ServiceError as exc:
            yield (*skip, render.status_html(exc.message), gr.update(visible=False))
            return
        except Exception as exc:  # noqa: BLE001 - shown inline, never a traceback
            yield (*skip, render.status_html(f"重建失败：{exc}"), gr.update(visible=False))
            return
        result = outcome["result"]
        failed = [r for r in result.reports if not r.ok]
        message = f"索引已重建：{len(result.reports)} 个文档，用时 {result.seconds:.1f} 秒。"
        if failed:
            message += f" {len(failed)} 个文档未能导入：" + "；".join(r.message for r in failed[:5])
        yield (*self.refresh(), render.status_html(message, "warn" if failed else "ok"), gr.update(visible=False))

    # --- reading -----------------------------------------------------------------------------------

    def on_hits(self, query: str, k: float, request: gr.Request) -> str:
        if user_of(self.users, request) is None:
            return render.status_html(LOGIN_FIRST)
        try:
            hits = self.services.search.search(query, k=int(k or 5))
            titles = {d.file: d.title for d in self.services.corpus.documents()}
        except ServiceError as exc:
            return render.status_html(exc.message)
        return render.hits_html(hits, titles)

    def on_doc(self, name: str | None, request: gr.Request) -> str:
        if user_of(self.users, request) is None:
            return render.status_html(LOGIN_FIRST)
        if not name:
            return ""
        try:
            info = next((d for d in self.services.corpus.documents() if d.file == name), None)
            if info is None:
                return render.status_html(f"知识库中没有文档「{name}」。")
            profiles = self.services.corpus.profiles(file=name)
            kpis = [e for ind in self.services.corpus.kpi_library() for e in ind.entries if e.span.file == name]
        except ServiceError as exc:
            return render.status_html(exc.message)
        kpis.sort(key=lambda e: e.span.line_start)
        return render.document_html(info, profiles, kpis)
