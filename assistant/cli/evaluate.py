"""``gangwei eval``: run the gold set against gangwei and the LangChain baseline, report, gate."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated, Optional

import typer

from assistant.cli import app
from assistant.cli.common import console, err_console, fail, settings
from assistant.config import PROJECT_ROOT

EVALS_DIR = PROJECT_ROOT / "evals"
SETS = {"gold": EVALS_DIR / "data" / "gold.jsonl", "dev": EVALS_DIR / "data" / "retrieval_dev.jsonl"}
DEFAULT_BASELINE = EVALS_DIR / "baseline.json"
DEFAULT_TOLERANCES = EVALS_DIR / "tolerances.toml"


def load_set(name: str):  # type: ignore[no-untyped-def]
    """A named set (gold | dev) or a .jsonl path; gold items when they parse as such."""
    from assistant.eval.gold import load_gold, load_retrieval_dev

    path = SETS.get(name, Path(name))
    if not path.is_file():
        fail(f"找不到题集 '{name}': 可用 {', '.join(SETS)} 或一个 .jsonl 文件路径")
    label = name if name in SETS else path.stem
    try:
        return label, load_gold(path)
    except ValueError as gold_error:
        try:
            return label, load_retrieval_dev(path)
        except ValueError:
            fail(f"题集文件格式错误: {gold_error}")


def _fresh_settings(cfg, home: Path):  # type: ignore[no-untyped-def]
    """The user's settings on a throwaway home; the embedding cache is shared so vectors are reused."""
    from assistant.index.embeddings import cache_path

    return cfg.model_copy(
        update={
            "home": home,
            "chroma_url": None,  # never write eval collections into a shared server
            "collection": "gangwei-eval",
            "embed_cache_dir": cache_path(cfg).parent,
        }
    )


@app.command("eval")
def eval_command(
    set_name: Annotated[str, typer.Option("--set", help="题集: gold (问答全流程), dev (仅检索), 或 .jsonl 文件路径")] = "gold",
    json_output: Annotated[bool, typer.Option("--json", help="以 JSON 输出指标汇总 (不打印表格)")] = False,
    report_dir: Annotated[
        Optional[Path], typer.Option("--report", help="报告目录: eval.json、report.md、eval.png (默认 <数据目录>/eval/latest)")
    ] = None,
    compare: Annotated[
        Optional[Path], typer.Option("--compare", help="与已提交的基线文件比较; 任一指标退步超过容差则以状态码 1 退出")
    ] = None,
    tolerances: Annotated[Path, typer.Option("--tolerances", help="容差配置文件")] = DEFAULT_TOLERANCES,
    update_baseline: Annotated[bool, typer.Option("--update-baseline", help="把本次结果写入基线文件 (有意更新时使用)")] = False,
    baseline_file: Annotated[Path, typer.Option("--baseline-file", help="--update-baseline 写入的位置")] = DEFAULT_BASELINE,
    no_baseline: Annotated[bool, typer.Option("--no-baseline", help="不运行 LangChain 对照组 (更快)")] = False,
    use_index: Annotated[
        bool, typer.Option("--use-index", help="评测数据目录中现有的索引 (默认在临时目录按当前代码重建索引)")
    ] = False,
    limit: Annotated[Optional[int], typer.Option("--limit", min=1, help="只评测前 N 条 (调试用)")] = None,
) -> None:
    """评测: 用标注题集测检索与回答质量, 与 LangChain 常规做法并排对比, 并可作为回归门禁。"""
    import tempfile

    from assistant.eval.gate import GateError, compare as run_compare, load_baseline, load_tolerances, write_baseline
    from assistant.eval.gold import validate_gold
    from assistant.eval.report import console_table, gate_lines, summary_dict, write_report

    if compare is not None and update_baseline:
        fail("--compare 与 --update-baseline 不能同时使用: 先比较, 确认无误后再单独更新基线")
    cfg = settings()
    label, items = load_set(set_name)
    if limit:
        items = items[:limit]
        label = f"{label}[:{limit}]"
    if update_baseline and baseline_file.resolve() == DEFAULT_BASELINE.resolve() and label != "gold":
        fail("已提交的基线 evals/baseline.json 只能由完整的 gold 题集生成; 其他题集请用 --baseline-file 指定位置")
    problems = validate_gold(items, cfg.corpus_dir)
    if problems:
        shown = "\n  ".join(problems[:10])
        more = f"\n  …… 共 {len(problems)} 处" if len(problems) > 10 else ""
        fail(f"题集与语料目录 {cfg.corpus_dir} 不符 (标注可能已过期):\n  {shown}{more}")
    # Load the gate inputs first: a typo in a path should not cost a full eval run.
    try:
        tol = load_tolerances(tolerances) if compare is not None else None
        committed = load_baseline(compare) if compare is not None else None
    except GateError as exc:
        fail(str(exc))

    with tempfile.TemporaryDirectory(prefix="gangwei-eval-") as tmp:
        run_cfg = cfg if use_index else _fresh_settings(cfg, Path(tmp))
        report = _run(run_cfg, items, label, fresh=not use_index, baseline=not no_baseline, quiet=json_output)

    gate = run_compare(report, committed, tol) if committed is not None and tol is not None else None
    out_dir = report_dir or (cfg.home / "eval" / "latest")
    try:
        paths = write_report(report, out_dir, gate)
    except OSError as exc:
        fail(f"无法写入报告目录 {out_dir}: {exc}")

    if json_output:
        typer.echo(json.dumps(summary_dict(report, gate), ensure_ascii=False, indent=1))
    else:
        console.print(console_table(report))
        console.print(f"报告: {paths['markdown']} · {paths['json']} · {paths['chart']}  (用时 {report.duration_s:.0f} 秒)")
        if gate is not None:
            for line in gate_lines(gate):
                console.print(line, markup=False)
    if update_baseline:
        write_baseline(report, baseline_file)
        err_console.print(f"已更新基线: {baseline_file}")
    if gate is not None and not gate.passed:
        err_console.print("[bold red]回归门禁未通过[/]")
        raise typer.Exit(code=1)


def _run(cfg, items, label: str, fresh: bool, baseline: bool, quiet: bool):  # type: ignore[no-untyped-def]
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    from assistant.eval.runner import run_eval
    from assistant.index.embeddings import EmbeddingError
    from assistant.index.lifecycle import IndexManager
    from assistant.retrieve.retriever import HybridSearcher, IndexNotReady

    with Progress(
        TextColumn("{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        console=err_console,
        disable=quiet,
    ) as progress:
        try:
            manager = IndexManager(cfg)
            if not fresh and manager.is_empty():
                fail("索引为空: 请先运行 gangwei ingest, 或去掉 --use-index 让评测临时建立索引")
            if fresh:
                task = progress.add_task("建立评测索引", total=None)
                result = manager.sync(embed_progress=lambda done, total: progress.update(task, completed=done, total=total))
                if result.failed:
                    fail("语料导入失败: " + "; ".join(r.message for r in result.reports if not r.ok))
                progress.remove_task(task)
            searcher = HybridSearcher(cfg)
            tasks: dict[str, int] = {}

            def report_progress(system: str, done: int, total: int) -> None:
                if system not in tasks:
                    names = {"gangwei": "评测 gangwei", "baseline": "评测 LangChain 基线"}
                    tasks[system] = progress.add_task(names.get(system, "LangChain 基线: 嵌入向量"), total=total)
                progress.update(tasks[system], completed=done)

            return run_eval(cfg, items, set_name=label, searcher=searcher, baseline=baseline, progress=report_progress)
        except (IndexNotReady, EmbeddingError) as exc:
            fail(str(exc))
