"""Run registered sets: a throwaway index per corpus, gangwei and the LangChain recipe on each set.

Each corpus is indexed once in a temporary home (the embedding cache is shared, so vectors are
reused between runs), and every set on that corpus is evaluated against it. The recipe is built
once per corpus as well.
"""

from __future__ import annotations

import gc
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from assistant.config import Settings
from assistant.eval.corpus import CorpusLines
from assistant.eval.gate import GateResult
from assistant.eval.gold import EvalItem, validate_gold
from assistant.eval.results import EvalReport
from assistant.eval.runner import Progress, run_eval, shown_path
from assistant.eval.sets import EvalSet, Registry, RegistryError
from assistant.eval.systems import ServicesSystem

Status = Callable[[str], None]
EmbedProgress = Callable[[int, int], None]


@dataclass
class SuiteEntry:
    """One set of a suite run: its report, or why it could not run; and its gate verdict."""

    eval_set: EvalSet
    report: EvalReport | None = None
    gate: GateResult | None = None
    error: str | None = None
    warnings: list[str] = field(default_factory=list)

    @property
    def name(self) -> str:
        return self.eval_set.name

    @property
    def column(self) -> str:
        return self.eval_set.column


def eval_settings(base: Settings, home: Path, corpus_dir: Path) -> Settings:
    """The user's settings on a throwaway home and corpus; the embedding cache is shared."""
    from assistant.index.embeddings import cache_path

    return base.model_copy(
        update={
            "home": home,
            "corpus_dir": corpus_dir,
            "chroma_url": None,  # never write eval collections into a shared server
            "collection": "gangwei-eval",
            "embed_cache_dir": cache_path(base).parent,
        }
    )


def build_index(settings: Settings, embed_progress: EmbedProgress | None = None) -> tuple[Any, list[str]]:
    """``Services`` over a fresh index of ``settings.corpus_dir``; (services, warnings)."""
    from assistant.services import Services

    services = Services(settings)
    result, _ = services.corpus.ingest(embed_progress=embed_progress)
    warnings = [r.message or r.file for r in result.reports if not r.ok]
    if result.failed and len(result.failed) == len(result.reports):
        raise RegistryError("语料导入失败: " + "; ".join(warnings))
    return services, warnings


def check_items(eval_set: EvalSet, lines_of: CorpusLines, limit: int | None = None) -> list[EvalItem]:
    """The set's items, quotes resolved and validated against the corpus (RegistryError if stale)."""
    items = eval_set.load(lines_of)
    problems = validate_gold(items, lines_of)
    if problems:
        shown = "\n  ".join(problems[:10])
        more = f"\n  …… 共 {len(problems)} 处" if len(problems) > 10 else ""
        raise RegistryError(f"题集 {eval_set.name} 与语料 {eval_set.corpus.path} 不符 (标注可能已过期):\n  {shown}{more}")
    return items[:limit] if limit else items


def run_suite(
    registry: Registry,
    sets: Sequence[EvalSet],
    base: Settings,
    workdir: Path,
    *,
    baseline: bool = True,
    limit: int | None = None,
    status: Status | None = None,
    progress: Progress | None = None,
    embed_progress: EmbedProgress | None = None,
) -> list[SuiteEntry]:
    """Evaluate ``sets`` (registry order kept), one index per corpus; errors are kept per set."""
    say = status or (lambda _msg: None)
    hidden = registry.hidden_questions()
    entries = [SuiteEntry(s) for s in sets]
    by_corpus: dict[str, list[SuiteEntry]] = {}
    for entry in entries:
        by_corpus.setdefault(entry.eval_set.corpus.name, []).append(entry)
    for corpus_name, group in by_corpus.items():
        spec = group[0].eval_set.corpus
        services = naive = None
        try:
            corpus_dir = spec.materialise(workdir)
            settings = eval_settings(base, workdir / f"home-{corpus_name}", corpus_dir)
            lines_of = CorpusLines(corpus_dir, settings)
            ready: list[tuple[SuiteEntry, list[EvalItem]]] = []
            for entry in group:
                try:
                    ready.append((entry, check_items(entry.eval_set, lines_of, limit)))
                except RegistryError as exc:
                    entry.error = str(exc)
            if not ready:
                continue
            say(f"建立评测索引: 语料 {corpus_name} ({shown_path(spec.path)})")
            services, warnings = build_index(settings, embed_progress)
            if baseline:
                from assistant.eval.baseline import NaiveRagBaseline

                naive = NaiveRagBaseline(settings)
                say(f"建立 LangChain 对照组索引: 语料 {corpus_name}")
                naive.build(progress=embed_progress)
            for entry, items in ready:
                entry.warnings = list(warnings)
                say(f"评测题集 {entry.name} ({len(items)} 条)")
                entry.report = run_eval(
                    settings,
                    items,
                    set_name=entry.name + (f"[:{limit}]" if limit else ""),
                    split=entry.eval_set.split,
                    corpus_label=shown_path(spec.path),
                    system=ServicesSystem(services),
                    baseline=naive if naive is not None else False,
                    progress=progress,
                    hidden_questions=hidden,
                    lines_of=lines_of,
                )
        except RegistryError as exc:
            for entry in group:
                entry.error = entry.error or str(exc)
        except Exception as exc:  # noqa: BLE001 - one corpus failing must not hide the others' figures
            for entry in group:
                entry.error = entry.error or f"评测失败: {type(exc).__name__}: {exc}"
        finally:
            if naive is not None:
                naive.close()
            del services
            gc.collect()
    return entries
