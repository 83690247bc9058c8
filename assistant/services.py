"""One warm object the CLI, the web UI and the HTTP API all go through.

``Services`` builds the expensive parts (embedding model, index manager, hybrid searcher, answerers)
lazily and once, and serialises every write to the knowledge base: uploads, deletions and rebuilds
hold a lock, and the searcher is reloaded before the lock is released, so the next question sees
the change.
"""

from __future__ import annotations

import re
import shutil
import threading
import time
from collections import OrderedDict
from pathlib import Path
from typing import TYPE_CHECKING, Any, Callable, Iterator

from pydantic import BaseModel, Field

from assistant.config import Settings
from assistant.ingest.load import SUPPORTED_SUFFIXES
from assistant.models import Answer, Chunk, CorpusStats, FileReport, Hit

if TYPE_CHECKING:  # heavy modules are imported lazily below
    from assistant.answer.chain import Assistant
    from assistant.answer.conversation import Conversation
    from assistant.index.lifecycle import IndexManager
    from assistant.ingest.pipeline import IngestResult
    from assistant.ingest.records import FileRecords
    from assistant.retrieve.retriever import HybridSearcher

ProgressFn = Callable[[str], None]  # file being processed
EmbedProgressFn = Callable[[int, int], None]  # (passages embedded, total)

UPLOAD_SUFFIXES = SUPPORTED_SUFFIXES  # uploads accept exactly what ingestion can read
MAX_REPLAY = 6  # earlier questions of an API chat that still shape a follow-up
CONVERSATION_CACHE = 256
EXTRACTIVE = "gangwei-extractive"
LLM = "gangwei-llm"


class ServiceError(Exception):
    """An expected failure with a Chinese, user-facing message; ``status`` is the HTTP code to use."""

    def __init__(self, message: str, status: int = 400) -> None:
        super().__init__(message)
        self.message = message
        self.status = status


class DocumentInfo(BaseModel):
    """One source document of the knowledge base."""

    file: str
    articles: int
    profiles: int
    chunks: int
    kpis: int
    sections: int
    content_hash: str
    encoding: str = "utf-8"
    warnings: list[str] = Field(default_factory=list)


class UploadResult(BaseModel):
    file: str
    status: str = Field(description="added | updated | unchanged")
    report: FileReport
    seconds: float


class ModelInfo(BaseModel):
    id: str
    description: str
    available: bool


def safe_document_name(name: str) -> str:
    """The bare file name of an upload, refusing anything that could escape the corpus directory."""
    base = (name or "").replace("\\", "/").rsplit("/", 1)[-1].strip()
    if not base or base in {".", ".."} or base.startswith("."):
        raise ServiceError("文件名无效: 不能为空, 也不能以 “.” 开头")
    if len(base) > 120:
        raise ServiceError("文件名太长 (最多 120 个字符)")
    if re.search(r"[\x00-\x1f<>:\"|?*]", base):
        raise ServiceError(f"文件名 “{base}” 含有不允许的字符")
    return base


def check_upload(name: str, data: bytes, max_mb: int) -> str:
    """Validate name, size and type (by suffix and by content). Returns the safe name."""
    safe = safe_document_name(name)
    suffix = Path(safe).suffix.lower()
    if suffix not in UPLOAD_SUFFIXES:
        raise ServiceError(
            f"不支持的文件类型 “{suffix or '无扩展名'}”; 只能上传 .txt / .md / .html / .docx / .pdf", status=415
        )
    if not data.strip():
        raise ServiceError(f"{safe}: 文件为空")
    if len(data) > max_mb * 1024 * 1024:
        raise ServiceError(f"{safe}: 文件过大 ({len(data) / 1048576:.1f} MB), 上限为 {max_mb} MB", status=413)
    # The suffix alone proves nothing: check the content looks like what it claims to be.
    if suffix == ".docx" and not data.startswith(b"PK\x03\x04"):
        raise ServiceError(f"{safe}: 不是有效的 .docx 文件 (内容不是 Word 文档格式)", status=415)
    if suffix == ".pdf" and not data.lstrip()[:5] == b"%PDF-":
        raise ServiceError(f"{safe}: 不是有效的 PDF 文件", status=415)
    if suffix in (".txt", ".md", ".html", ".htm") and b"\x00" in data[:8192]:
        raise ServiceError(f"{safe}: 看起来是二进制文件, 不是文本", status=415)
    return safe


class Services:
    """The warm components behind every front end. Safe to share between threads."""

    def __init__(self, settings: Settings, embeddings: Any = None) -> None:
        self.settings = settings
        self._embeddings = embeddings
        self._init_lock = threading.RLock()  # lazy construction happens once
        self.write_lock = threading.Lock()  # one knowledge-base write at a time
        self._index: IndexManager | None = None
        self._searcher: HybridSearcher | None = None
        self._assistants: dict[str, tuple[tuple[int, int] | None, Assistant]] = {}
        self._records_cache: tuple[tuple[int, int] | None, dict[str, FileRecords]] | None = None
        self._chunk_cache: tuple[dict[str, FileRecords], dict[str, list[Chunk]]] | None = None
        self._conv_lock = threading.Lock()
        self._conversations: OrderedDict[tuple[Any, ...], Conversation] = OrderedDict()

    # --- lazy components ---------------------------------------------------------------------

    @property
    def embeddings(self) -> Any:
        with self._init_lock:
            if self._embeddings is None:
                from assistant.index.embeddings import make_embeddings

                self._embeddings = make_embeddings(self.settings, show_progress=False)
            return self._embeddings

    @property
    def index(self) -> IndexManager:
        with self._init_lock:
            if self._index is None:
                from assistant.index.lifecycle import IndexManager

                self._index = IndexManager(self.settings, embeddings=self.embeddings)
            return self._index

    @property
    def searcher(self) -> HybridSearcher:
        with self._init_lock:
            if self._searcher is None:
                from assistant.retrieve.retriever import HybridSearcher

                self._searcher = HybridSearcher(self.settings, embeddings=self.embeddings)
            return self._searcher

    def models(self) -> list[ModelInfo]:
        llm_ready = bool(self.settings.llm_base_url and self.settings.llm_model)
        return [
            ModelInfo(id=EXTRACTIVE, description="抽取式回答: 直接引用语料原文, 离线可用", available=True),
            ModelInfo(
                id=LLM,
                description=f"大模型生成回答 ({self.settings.llm_model})" if llm_ready else "大模型生成回答 (未配置 GANGWEI_LLM_*)",
                available=llm_ready,
            ),
        ]

    def resolve_model(self, name: str | None) -> str:
        """The answerer a model name selects; unknown names are a 4xx, not a silent default."""
        name = (name or EXTRACTIVE).strip()
        aliases = {"gangwei": EXTRACTIVE, "extractive": EXTRACTIVE, EXTRACTIVE: EXTRACTIVE, "llm": LLM, LLM: LLM}
        if name not in aliases:
            known = ", ".join(m.id for m in self.models())
            raise ServiceError(f"未知的模型 “{name}”; 可用: {known}", status=404)
        backend = aliases[name]
        if backend == LLM and not next(m for m in self.models() if m.id == LLM).available:
            raise ServiceError("模型 gangwei-llm 不可用: 服务端未配置大模型 (GANGWEI_LLM_BASE_URL / GANGWEI_LLM_MODEL)", 400)
        return backend

    def assistant(self, model: str | None = None) -> Assistant:
        """The answerer for a model name, rebuilt when the committed records changed.

        The Assistant reads the records once when built; after an upload, a delete or an
        ingest by another process it must be rebuilt to see the new knowledge base.
        """
        backend = self.resolve_model(model)
        marker = self._records_marker()
        with self._init_lock:
            found = self._assistants.get(backend)
            if found is None or found[0] != marker:
                from assistant.answer.chain import Assistant

                settings = self.settings
                if backend == EXTRACTIVE:
                    # The extractive answerer is what you get when no LLM is configured.
                    settings = settings.model_copy(update={"llm_base_url": None, "llm_model": None})
                found = (marker, Assistant(settings, searcher=self.searcher))
                self._assistants[backend] = found
            return found[1]

    def _records_marker(self) -> tuple[int, int] | None:
        try:
            st = (Path(self.settings.records_dir) / "files.jsonl").stat()
        except OSError:
            return None
        return (st.st_mtime_ns, st.st_size)

    def warm_up(self) -> None:
        """Load the models now rather than on the first question."""
        self.searcher.search("岗位职责", k=1)
        self.assistant(EXTRACTIVE)

    # --- questions -----------------------------------------------------------------------------

    def search(self, query: str, k: int = 10) -> list[Hit]:
        query = (query or "").strip()
        if not query:
            raise ServiceError("查询内容不能为空")
        return self.searcher.search(query, k=k)

    def new_conversation(self) -> Conversation:
        from assistant.answer.conversation import Conversation

        return Conversation()

    def conversation_for(self, questions: list[str], model: str | None = None) -> Conversation:
        """Follow-up state for a stateless client (the API) that sends its earlier questions.

        Answers are replayed from the questions (the assistant is deterministic over the same
        index); the state after each request is remembered, so a chat costs one answer per turn.
        """
        questions = [q.strip() for q in questions if q and q.strip()][-MAX_REPLAY:]
        key = (self.resolve_model(model), self._records_marker(), tuple(questions))
        with self._conv_lock:
            cached = self._conversations.get(key)
            if cached is not None:
                self._conversations.move_to_end(key)
                return cached.model_copy(deep=True)
        conversation = self.new_conversation()
        for question in questions:
            self.assistant(model).ask(question, conversation=conversation)
        return conversation

    def remember_conversation(self, questions: list[str], conversation: Conversation, model: str | None = None) -> None:
        questions = [q.strip() for q in questions if q and q.strip()][-MAX_REPLAY:]
        key = (self.resolve_model(model), self._records_marker(), tuple(questions))
        with self._conv_lock:
            self._conversations[key] = conversation.model_copy(deep=True)
            while len(self._conversations) > CONVERSATION_CACHE:
                self._conversations.popitem(last=False)

    def ask(self, question: str, conversation: Conversation | None = None, model: str | None = None) -> Answer:
        question = check_question(question)
        return self.assistant(model).ask(question, conversation=conversation)

    def stream(
        self, question: str, conversation: Conversation | None = None, model: str | None = None
    ) -> Iterator[str | Answer]:
        """Text deltas, then the final ``Answer`` as the last item."""
        question = check_question(question)
        assistant = self.assistant(model)
        return assistant.stream(question, conversation=conversation)

    # --- tools ---------------------------------------------------------------------------------

    def draft_jd(self, request: Any) -> Any:
        """A JD draft; 404 when the corpus describes neither the post nor a relative (as the CLI)."""
        from assistant.tools.jd import draft_jd, unmatched_message

        draft = _tool_call(draft_jd, request, self.settings, searcher=self.searcher)
        if not draft.matched:
            raise ServiceError(unmatched_message(draft.request.role), status=404)
        return draft

    def design_kpis(self, role: str, **kwargs: Any) -> Any:
        """A KPI design; 404 when nothing in the corpus supports one (the CLI exits 1 there)."""
        from assistant.tools.kpi_design import design_kpis

        role = (role or "").strip()
        if not role:
            raise ServiceError("请填写岗位名称")
        design = _tool_call(design_kpis, role, self.settings, **kwargs)
        if not design.found:
            raise ServiceError(design.notes[0] if design.notes else f"无法为「{role}」设计指标。", status=404)
        return design

    def smart_check(self, text: str, role: str | None = None) -> Any:
        from assistant.tools.smart import smart_check

        text = (text or "").strip()
        if not text:
            raise ServiceError("请填写要检查的指标")
        return _tool_call(smart_check, text, role=(role or "").strip() or None, settings=self.settings)

    # --- knowledge base ------------------------------------------------------------------------

    def _records(self) -> dict[str, FileRecords]:
        from assistant.ingest.records import RecordStore

        marker = self._records_marker()
        cached = self._records_cache
        if cached is None or cached[0] != marker:
            cached = (marker, RecordStore(self.settings.records_dir).load_all())
            self._records_cache = cached
        return cached[1]

    def stats(self) -> CorpusStats:
        from assistant.ingest.pipeline import corpus_stats

        return corpus_stats(self._records())

    def documents(self) -> list[DocumentInfo]:
        records = self._records()
        return [
            DocumentInfo(
                file=r.file,
                articles=len(r.articles),
                profiles=len(r.profiles),
                chunks=len(r.chunks),
                kpis=len(r.kpis),
                sections=sum(len(a.sections) for a in r.articles),
                content_hash=r.content_hash,
                encoding=r.encoding,
                warnings=r.warnings,
            )
            for r in (records[k] for k in sorted(records))
        ]

    def passage(self, file: str, line_start: int, line_end: int) -> str | None:
        """The stored text around a cited span (the chunks overlapping it), for source cards."""
        chunks = self._chunks_by_file().get(file, [])
        hit = [c for c in chunks if c.line_start <= line_end and line_start <= c.line_end]
        if not hit:
            return None
        return "\n".join(c.text for c in hit[:3])

    def _chunks_by_file(self) -> dict[str, list[Chunk]]:
        records = self._records()
        cached = self._chunk_cache
        if cached is None or cached[0] is not records:
            by_file = {name: sorted(r.chunks, key=lambda c: c.line_start) for name, r in records.items()}
            cached = (records, by_file)
            self._chunk_cache = cached
        return cached[1]

    def is_empty(self) -> bool:
        return self.index.is_empty()

    def _after_write(self) -> None:
        self._records_cache = None
        if self._searcher is not None:
            self._searcher.reload()

    def ensure_index(
        self, progress: ProgressFn | None = None, embed_progress: EmbedProgressFn | None = None
    ) -> IngestResult | None:
        """Ingest the configured corpus when the index is empty (first start). None if nothing to do."""
        with self.write_lock:
            if not self.index.is_empty():
                return None
            corpus = Path(self.settings.corpus_dir)
            if not corpus.is_dir():
                raise ServiceError(f"语料目录不存在: {corpus} (请设置 GANGWEI_CORPUS_DIR)", status=503)
            result = self.index.sync([corpus], progress=progress, embed_progress=embed_progress)
            self._after_write()
            return result

    def upload(
        self,
        name: str,
        data: bytes,
        progress: ProgressFn | None = None,
        embed_progress: EmbedProgressFn | None = None,
    ) -> UploadResult:
        """Save a document into the corpus directory and ingest just that file (incrementally).

        Uploads live in the corpus directory itself so that ``gangwei ingest``, rebuilds and the
        server all agree on what the knowledge base holds.
        """
        safe = check_upload(name, data, self.settings.upload_max_mb)
        corpus = Path(self.settings.corpus_dir)
        target = corpus / safe
        started = time.perf_counter()
        with self.write_lock:
            previous = target.read_bytes() if target.is_file() else None
            try:
                corpus.mkdir(parents=True, exist_ok=True)
                tmp = corpus / f".{safe}.upload"
                tmp.write_bytes(data)
                tmp.replace(target)
            except OSError as exc:
                raise ServiceError(f"无法保存到语料目录 {corpus}: {exc.strerror or exc}", status=500) from exc
            try:
                result = self.index.sync([target], progress=progress, embed_progress=embed_progress)
            except Exception:
                _restore(target, previous)
                raise
            report = next((r for r in result.reports if r.file == safe), None)
            if safe in result.failed or report is None or not report.ok:
                _restore(target, previous)
                message = report.message.removeprefix(f"{safe}: ") if report is not None else "导入失败"
                raise ServiceError(f"无法导入 {safe}: {message}", status=422)
            self._after_write()
        status = "added" if safe in result.added else "updated" if safe in result.updated else "unchanged"
        return UploadResult(file=safe, status=status, report=report, seconds=time.perf_counter() - started)

    def delete(self, name: str) -> None:
        """Remove a document from every index at once; its file moves to ``<home>/deleted``.

        The file has to leave the corpus directory, or the next sync would ingest it again; it is
        kept (with a timestamp) so an accidental delete can be undone by hand.
        """
        name = (name or "").strip().replace("\\", "/")
        if not name or name.startswith("/") or ".." in name.split("/"):
            raise ServiceError(f"文档名无效: “{name}”")
        with self.write_lock:
            if name not in self._records():
                raise ServiceError(f"知识库中没有文档 “{name}”", status=404)
            self.index.remove(name)
            source = Path(self.settings.corpus_dir) / name
            if source.is_file():
                trash = self.settings.home / "deleted"
                trash.mkdir(parents=True, exist_ok=True)
                shutil.move(str(source), trash / f"{time.strftime('%Y%m%d-%H%M%S')}_{name.replace('/', '_')}")
            self._after_write()

    def rebuild(
        self, progress: ProgressFn | None = None, embed_progress: EmbedProgressFn | None = None
    ) -> IngestResult:
        with self.write_lock:
            result = self.index.rebuild(progress=progress, embed_progress=embed_progress)
            self._after_write()
            return result


def _tool_call(fn: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:
    """Run a tool; its input errors (ValueError) and a missing knowledge base become ServiceErrors."""
    from assistant.tools.data import NoRecordsError

    try:
        return fn(*args, **kwargs)
    except NoRecordsError as exc:
        raise ServiceError(str(exc), status=503) from exc
    except ValueError as exc:
        raise ServiceError(str(exc)) from exc


def check_question(question: str) -> str:
    question = (question or "").strip()
    if not question:
        raise ServiceError("问题不能为空")
    if len(question) > 2000:
        raise ServiceError("问题太长 (最多 2000 个字符)")
    return question


def _restore(target: Path, previous: bytes | None) -> None:
    """Put back what was there before a failed upload."""
    try:
        if previous is None:
            target.unlink(missing_ok=True)
        else:
            target.write_bytes(previous)
    except OSError:
        pass
