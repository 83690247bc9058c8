"""``gangwei eval``: gold sets against gangwei and the LangChain recipe, on any corpus; reports and gates.

Modes:
  gangwei eval [--set gold|dev|NAME|FILE] [--corpus DIR]   one set (default: gold.jsonl on the corpus)
  gangwei eval --suite [--split dev|test]                  every set registered in evals/sets.toml
  gangwei eval --export-feedback FILE                      thumbs-down feedback -> candidate gold items
"""

from __future__ import annotations

import json
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Optional

import typer

from assistant.cli import app
from assistant.cli.common import console, err_console, fail, settings

if TYPE_CHECKING:
    from assistant.eval.gate import BaselineFile, Tolerances
    from assistant.eval.sets import EvalSet, Registry

# the checkout's evals/ (as assistant.config.PROJECT_ROOT; not imported here: `gangwei --help` stays fast)
EVALS_DIR = Path(__file__).resolve().parents[2] / "evals"
SETS = {"gold": EVALS_DIR / "data" / "gold.jsonl", "dev": EVALS_DIR / "data" / "retrieval_dev.jsonl"}
DEFAULT_BASELINE = EVALS_DIR / "baseline.json"
DEFAULT_BASELINES_DIR = EVALS_DIR / "baselines"
DEFAULT_TOLERANCES = EVALS_DIR / "tolerances.toml"
DEFAULT_REGISTRY = EVALS_DIR / "sets.toml"


def _registry(path: Path) -> Registry:
    from assistant.eval.sets import RegistryError, load_registry

    try:
        return load_registry(path)
    except RegistryError as exc:
        fail(str(exc))


def _fail_lines(head: str, problems: list[str]) -> None:
    shown = "\n  ".join(problems[:10])
    more = f"\n  …… 共 {len(problems)} 处" if len(problems) > 10 else ""
    fail(f"{head}:\n  {shown}{more}")


def _tolerances(compare: Path | None, tolerances: Path) -> Tolerances | None:
    """Loaded up front when gating: a typo in a path should not cost a full eval run."""
    from assistant.eval.gate import GateError, load_tolerances

    if compare is None:
        return None
    try:
        return load_tolerances(tolerances)
    except GateError as exc:
        fail(str(exc))


def _baseline_path(compare: Path, set_name: str) -> Path:
    """A directory of per-set baselines, or one baseline file."""
    return compare / f"{set_name}.json" if compare.is_dir() else compare


def _load_baseline_or_fail(path: Path) -> BaselineFile:
    from assistant.eval.gate import GateError, load_baseline

    try:
        return load_baseline(path)
    except GateError as exc:
        fail(str(exc))


@app.command("eval")
def eval_command(
    set_name: Annotated[
        str, typer.Option("--set", help="题集: gold (问答全流程), dev (仅检索), evals/sets.toml 中登记的题集名, 或 .jsonl 文件路径")
    ] = "gold",
    corpus: Annotated[
        Optional[Path], typer.Option("--corpus", help="语料目录 (默认: 登记题集用其登记的语料, 否则 GANGWEI_CORPUS_DIR)")
    ] = None,
    suite: Annotated[bool, typer.Option("--suite", help="运行 evals/sets.toml 中登记的全部题集, 并排输出一张总表")] = False,
    split: Annotated[Optional[str], typer.Option("--split", help="配合 --suite: 只运行 dev 或 test 题集")] = None,
    registry_file: Annotated[Path, typer.Option("--registry", help="题集登记文件")] = DEFAULT_REGISTRY,
    json_output: Annotated[bool, typer.Option("--json", help="以 JSON 输出指标汇总 (不打印表格)")] = False,
    report_dir: Annotated[
        Optional[Path], typer.Option("--report", help="报告目录: eval.json、report.md、eval.png (默认 <数据目录>/eval/latest; --suite 另有 suite.md/suite.json, 默认 <数据目录>/eval/suite)")
    ] = None,
    compare: Annotated[
        Optional[Path],
        typer.Option(
            "--compare",
            help="与已提交的基线比较, 任一指标退步超过容差则以状态码 1 退出。单个题集: 基线文件; "
            "--suite: 基线目录 (如 evals/baselines, 每个题集一个 <题集名>.json)",
        ),
    ] = None,
    tolerances: Annotated[Path, typer.Option("--tolerances", help="容差配置文件")] = DEFAULT_TOLERANCES,
    update_baseline: Annotated[bool, typer.Option("--update-baseline", help="把本次结果写入基线 (有意更新时使用)")] = False,
    baseline_file: Annotated[
        Optional[Path],
        typer.Option("--baseline-file", help="--update-baseline 写入的位置 (--suite 时为目录; 默认 evals/baseline.json 或 evals/baselines/)"),
    ] = None,
    no_baseline: Annotated[bool, typer.Option("--no-baseline", help="不运行 LangChain 对照组 (更快)")] = False,
    use_index: Annotated[
        bool, typer.Option("--use-index", help="评测数据目录中现有的索引 (默认在临时目录按当前代码重建索引)")
    ] = False,
    limit: Annotated[Optional[int], typer.Option("--limit", min=1, help="只评测前 N 条 (调试用)")] = None,
    export_feedback: Annotated[
        Optional[Path], typer.Option("--export-feedback", help="把网页中“没用”的反馈导出为待审核的标注条目 (JSONL), 然后退出")
    ] = None,
) -> None:
    """评测: 用标注题集测检索、回答与起草工具的质量, 与 LangChain 常规做法并排对比, 并可作为回归门禁。"""
    if export_feedback is not None:
        _export_feedback(export_feedback)
        return
    if compare is not None and update_baseline:
        fail("--compare 与 --update-baseline 不能同时使用: 先比较, 确认无误后再单独更新基线")
    if split is not None and split not in ("dev", "test"):
        fail("--split 只能是 dev 或 test")
    if suite:
        if corpus is not None or use_index or set_name != "gold":
            fail("--suite 运行登记的全部题集, 不能与 --set、--corpus 或 --use-index 同时使用")
        if update_baseline and limit:
            fail("--limit 的结果不能写入基线")
        _suite(registry_file, split, json_output, report_dir, compare, tolerances, update_baseline, baseline_file,
               no_baseline, limit)  # fmt: skip
        return
    if split is not None:
        fail("--split 只用于 --suite")
    _single(set_name, corpus, registry_file, json_output, report_dir, compare, tolerances, update_baseline,
            baseline_file, no_baseline, use_index, limit)  # fmt: skip


# --- one set -----------------------------------------------------------------------------------


def _resolve_set(name: str, registry: Registry) -> tuple[str, list[Path], EvalSet | None]:
    """(label, item files, registered set or None) for --set."""
    if name in SETS:
        return name, [SETS[name]], registry.set_for_file(SETS[name])
    if name in registry.sets:
        s = registry.sets[name]
        return name, list(s.files), s
    path = Path(name)
    if not path.is_file():
        fail(f"找不到题集 '{name}': 可用 {', '.join([*SETS, *registry.sets])} 或一个 .jsonl 文件路径")
    return path.stem, [path], registry.set_for_file(path)


def _single(
    set_name: str,
    corpus: Path | None,
    registry_file: Path,
    json_output: bool,
    report_dir: Path | None,
    compare: Path | None,
    tolerances: Path,
    update_baseline: bool,
    baseline_file: Path | None,
    no_baseline: bool,
    use_index: bool,
    limit: int | None,
) -> None:
    from assistant.eval.corpus import CorpusLines
    from assistant.eval.gate import compare as run_compare, write_baseline
    from assistant.eval.gold import load_items, validate_gold
    from assistant.eval.report import console_table, failure_lines, gate_lines, summary_dict, write_report
    from assistant.eval.sets import RegistryError

    cfg = settings()
    registry = _registry(registry_file)
    label, files, registered = _resolve_set(set_name, registry)
    split = registered.split if registered is not None else "dev"
    if limit:
        label = f"{label}[:{limit}]"
    target = baseline_file
    if update_baseline:
        if limit:
            fail("已提交的基线只能由完整的题集生成: --limit 的结果不能写入基线")
        if target is None:
            if label == "gold":
                target = DEFAULT_BASELINE
            elif registered is not None and set_name == registered.name:
                target = registered.baseline_path(DEFAULT_BASELINES_DIR)
            else:
                fail("已提交的基线 evals/baseline.json 只能由完整的 gold 题集生成; 其他题集请用 --baseline-file 指定位置")
        elif target.resolve() == DEFAULT_BASELINE.resolve() and label != "gold":
            fail("已提交的基线 evals/baseline.json 只能由完整的 gold 题集生成; 其他题集请用 --baseline-file 指定位置")
    if use_index and corpus is not None:
        fail("--use-index 评测数据目录中现有的索引, 不能再指定 --corpus")
    tol = _tolerances(compare, tolerances)
    committed = _load_baseline_or_fail(_baseline_path(compare, registered.name if registered else label)) if compare else None

    with tempfile.TemporaryDirectory(prefix="gangwei-eval-") as tmp:
        workdir = Path(tmp)
        if corpus is not None:
            corpus_dir = corpus
        elif registered is not None and set_name == registered.name:
            try:
                corpus_dir = registered.corpus.materialise(workdir)
            except RegistryError as exc:
                fail(str(exc))
        else:
            corpus_dir = Path(cfg.corpus_dir)
        if not corpus_dir.is_dir():
            fail(f"语料目录不存在: {corpus_dir}")
        lines_of = CorpusLines(corpus_dir, cfg)
        items: list = []
        try:
            for path in files:
                items.extend(load_items(path, lines_of))
        except ValueError as exc:
            fail(f"题集文件格式错误: {exc}")
        if limit:
            items = items[:limit]
        problems = validate_gold(items, lines_of)
        if problems:
            _fail_lines(f"题集与语料目录 {corpus_dir} 不符 (标注可能已过期)", problems)
        if use_index:
            run_cfg = cfg
        else:
            from assistant.eval.suite import eval_settings

            run_cfg = eval_settings(cfg, workdir / "home", corpus_dir)
        report = _run_one(run_cfg, items, label, split, registry, fresh=not use_index, baseline=not no_baseline,
                          quiet=json_output)  # fmt: skip

    gate = run_compare(report, committed, tol) if committed is not None and tol is not None else None
    out_dir = report_dir or (cfg.home / "eval" / "latest")
    try:
        paths = write_report(report, out_dir, gate)
    except OSError as exc:
        fail(f"无法写入报告目录 {out_dir}: {exc}")

    if json_output:
        typer.echo(json.dumps(summary_dict(report, gate), ensure_ascii=False, indent=1))
    else:
        from assistant.eval.report import breakdown_table

        console.print(console_table(report))
        console.print(breakdown_table(report))
        for line in failure_lines(report):
            console.print(line, markup=False)
        _print_llm_usage(report.gangwei.counts)
        console.print(f"报告: {paths['markdown']} · {paths['json']} · {paths['chart']}  (用时 {report.duration_s:.0f} 秒)")
        if gate is not None:
            for line in gate_lines(gate):
                console.print(line, markup=False)
    if update_baseline and target is not None:
        write_baseline(report, target)
        err_console.print(f"已更新基线: {target}")
    if gate is not None and not gate.passed:
        err_console.print("[bold red]回归门禁未通过[/]")
        raise typer.Exit(code=1)


def _print_llm_usage(counts: dict[str, int], label: str = "") -> None:
    """LLM mode: how many answers asked the model, and why the fallbacks fell back."""
    from assistant.answer.llm import FALLBACK_LABELS

    asked = counts.get("llm_fallback_rate", 0)
    if not asked:
        return
    reasons = {k.split(":", 1)[1]: n for k, n in counts.items() if k.startswith("llm_fallback:")}
    shown = "、".join(f"{FALLBACK_LABELS.get(r, r)} {n}" for r, n in reasons.items()) or "无"
    prefix = f"{label}: " if label else ""
    console.print(f"{prefix}大模型改写: 请求 {asked} 次, 回退 {sum(reasons.values())} 次 (原因: {shown})", markup=False)


def _progress(quiet: bool):  # noqa: ANN202 - rich Progress
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    return Progress(
        TextColumn("{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        console=err_console,
        disable=quiet,
    )


def _system_progress(progress):  # noqa: ANN001, ANN202
    tasks: dict[str, int] = {}

    def report_progress(system: str, done: int, total: int) -> None:
        if system not in tasks:
            names = {"gangwei": "评测 gangwei", "baseline": "评测 LangChain 基线"}
            tasks[system] = progress.add_task(names.get(system, "LangChain 基线: 嵌入向量"), total=total)
        progress.update(tasks[system], completed=done, total=total)
        if done >= total:
            progress.remove_task(tasks.pop(system))

    return report_progress


def _embed_progress(progress):  # noqa: ANN001, ANN202
    state: dict[str, int] = {}

    def update(done: int, total: int) -> None:
        if "task" not in state:
            state["task"] = progress.add_task("嵌入向量", total=total)
        progress.update(state["task"], completed=done, total=total)
        if done >= total:
            progress.remove_task(state.pop("task"))

    return update


def _run_one(cfg, items, label: str, split: str, registry: Registry, fresh: bool, baseline: bool, quiet: bool):  # type: ignore[no-untyped-def]
    from assistant.eval.runner import run_eval
    from assistant.eval.suite import build_index
    from assistant.eval.systems import ServicesSystem
    from assistant.index.embeddings import EmbeddingError
    from assistant.services import ServiceError, Services

    with _progress(quiet) as progress:
        try:
            if fresh:
                services, warnings = build_index(cfg, _embed_progress(progress))
                for w in warnings:
                    err_console.print(f"[yellow]导入警告:[/] {w}", markup=True)
            else:
                services = Services(cfg)
                if services.corpus.is_empty():
                    fail("索引为空: 请先运行 gangwei ingest, 或去掉 --use-index 让评测临时建立索引")
            return run_eval(
                cfg,
                items,
                set_name=label,
                split=split,
                system=ServicesSystem(services),
                baseline=baseline,
                progress=_system_progress(progress),
                hidden_questions=registry.hidden_questions(),
            )
        except (EmbeddingError, ServiceError, ValueError) as exc:
            fail(str(exc))


# --- the suite ---------------------------------------------------------------------------------


def _suite(
    registry_file: Path,
    split: str | None,
    json_output: bool,
    report_dir: Path | None,
    compare: Path | None,
    tolerances: Path,
    update_baseline: bool,
    baseline_dir: Path | None,
    no_baseline: bool,
    limit: int | None,
) -> None:
    from assistant.eval.gate import GateError, compare as run_compare, load_baseline, write_baseline
    from assistant.eval.report import failure_lines, gate_lines, suite_breakdown_table, suite_summary, suite_table, write_suite
    from assistant.eval.sets import RegistryError
    from assistant.eval.suite import run_suite

    cfg = settings()
    registry = _registry(registry_file)
    try:
        chosen = registry.select(split=split)
    except RegistryError as exc:
        fail(str(exc))
    if not chosen:
        fail(f"没有 split={split} 的登记题集")
    tol = _tolerances(compare, tolerances)
    if compare is not None and not compare.is_dir():
        fail(f"--suite --compare 需要一个基线目录 (每个题集一个 <题集名>.json), 例如 evals/baselines; {compare} 不是目录")

    with tempfile.TemporaryDirectory(prefix="gangwei-eval-suite-") as tmp, _progress(json_output) as progress:
        entries = run_suite(
            registry,
            chosen,
            cfg,
            Path(tmp),
            baseline=not no_baseline,
            limit=limit,
            status=None if json_output else (lambda msg: progress.console.print(msg, markup=False)),
            progress=_system_progress(progress),
            embed_progress=_embed_progress(progress),
        )

    for entry in entries:
        if compare is not None and tol is not None and entry.report is not None:
            try:
                committed = load_baseline(entry.eval_set.baseline_path(compare))
            except GateError as exc:
                entry.error = str(exc)
                continue
            entry.gate = run_compare(entry.report, committed, tol)

    out_dir = report_dir or (cfg.home / "eval" / "suite")
    try:
        paths = write_suite(entries, out_dir)
    except OSError as exc:
        fail(f"无法写入报告目录 {out_dir}: {exc}")

    if json_output:
        typer.echo(json.dumps(suite_summary(entries), ensure_ascii=False, indent=1))
    else:
        console.print(suite_table(entries))
        console.print(suite_breakdown_table(entries))
        for entry in entries:
            if entry.error:
                console.print(f"[red]{entry.name}: 未能完成 — {entry.error}[/]")
                continue
            for w in entry.warnings:
                console.print(f"[yellow]{entry.name}: 导入警告 — {w}[/]")
            assert entry.report is not None
            _print_llm_usage(entry.report.gangwei.counts, entry.name)
            if not entry.report.is_test:
                for line in failure_lines(entry.report):
                    console.print(line, markup=False)
            if entry.gate is not None:
                console.print(f"— 门禁 {entry.name}:", markup=False)
                for line in gate_lines(entry.gate):
                    console.print("  " + line, markup=False)
        console.print(f"报告: {paths['markdown']} · {paths['json']} (各题集详见子目录)")
    if update_baseline:
        target_dir = baseline_dir or DEFAULT_BASELINES_DIR
        for entry in entries:
            if entry.report is not None:
                path = entry.eval_set.baseline_path(target_dir)
                write_baseline(entry.report, path)
                err_console.print(f"已更新基线: {path}")
    failed = [e.name for e in entries if e.error]
    gated = [e.name for e in entries if e.gate is not None and not e.gate.passed]
    if failed:
        err_console.print(f"[bold red]未能完成的题集: {', '.join(failed)}[/]")
    if gated:
        err_console.print(f"[bold red]回归门禁未通过: {', '.join(gated)}[/]")
    if failed or gated:
        raise typer.Exit(code=1)


# --- feedback ----------------------------------------------------------------------------------


def _export_feedback(out: Path) -> None:
    from assistant.eval.feedback import FeedbackError, db_path, export_feedback

    cfg = settings()
    try:
        count = export_feedback(cfg.home, out)
    except (FeedbackError, OSError) as exc:
        fail(f"导出反馈失败: {exc}")
    source = db_path(cfg.home)
    if count == 0:
        console.print(f"没有“没用”的反馈可导出 ({source}); 已写入空文件 {out}")
    else:
        console.print(
            f"已导出 {count} 条待审核的标注条目到 {out} (来自 {source})。"
            "逐条核对证据、填写要点、删除 needs_review 后, 再移入题集文件。"
        )
