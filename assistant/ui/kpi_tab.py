"""KPI 设计 tab: role -> editable indicator table (weight total checked live), BSC chart, SMART check, .xlsx."""

# No postponed annotations here: gradio reads handler hints (gr.Request) at run time.

import tempfile
from pathlib import Path
from typing import Any

from assistant.api import tools_bridge
from assistant.api.users import UserStore
from assistant.models import BscDimension
from assistant.services import ServiceError, Services
from assistant.ui.access import user_of
from assistant.ui.jd_tab import export_dir, safe_stem
from assistant.ui.render import esc, sources_html

HEADERS = tools_bridge.KPI_HEADERS
DIMENSIONS = [d.value for d in BscDimension]


def parse_weight(value: Any) -> float | None:
    """A weight cell as a number (accepts "20", "20%", 20.0); None when empty or not a number."""
    if value is None:
        return None
    if isinstance(value, (int, float)):
        return float(value) if value == value else None  # NaN from an emptied cell
    text = str(value).strip().rstrip("%％").strip()
    if not text:
        return None
    try:
        return float(text)
    except ValueError:
        return None


def table_rows(value: Any) -> list[list[Any]]:
    """The Dataframe value (pandas or list of lists) as rows without fully empty ones."""
    if value is None:
        return []
    if hasattr(value, "values") and hasattr(value, "columns"):
        rows = value.values.tolist()
    else:
        rows = [list(r) for r in value]
    return [r for r in rows if any(str(c).strip() for c in r if c is not None and c == c)]


def weight_check(rows: list[list[Any]]) -> tuple[float, list[str]]:
    """The weight total and the problems to show (bad numbers, a total other than 100)."""
    total, problems = 0.0, []
    for i, row in enumerate(rows, 1):
        weight = parse_weight(row[2] if len(row) > 2 else None)
        name = str(row[0]).strip() if row and row[0] is not None else f"第 {i} 行"
        if weight is None:
            problems.append(f"“{name}” 的权重不是数字")
        elif weight < 0 or weight > 100:
            problems.append(f"“{name}” 的权重应在 0–100 之间")
        else:
            total += weight
    if abs(total - 100) > 1e-6:
        problems.append(f"权重合计应为 100, 当前为 {total:g}")
    return total, problems


def total_html(rows: list[list[Any]]) -> str:
    if not rows:
        return ""
    total, problems = weight_check(rows)
    if not problems:
        return f'<div id="gw-kpi-total" class="gw-total-ok" data-total="{total:g}">权重合计 {total:g} ✓</div>'
    return (
        f'<div id="gw-kpi-total" class="gw-total-bad" data-total="{total:g}">权重合计 {total:g} ✗ — '
        + esc("; ".join(problems))
        + "</div>"
    )


def chart_data(rows: list[list[Any]]) -> Any:
    import pandas as pd

    sums = {d: 0.0 for d in DIMENSIONS}
    for row in rows:
        dim = str(row[1]).strip() if len(row) > 1 and row[1] is not None else ""
        weight = parse_weight(row[2] if len(row) > 2 else None) or 0.0
        sums[dim if dim in sums else "其他"] = sums.get(dim if dim in sums else "其他", 0.0) + weight
    return pd.DataFrame({"维度": list(sums), "权重": list(sums.values())})


def build_kpi_tab(services: Services, users: UserStore) -> None:
    import gradio as gr

    with gr.Row(equal_height=False):
        with gr.Column(scale=1, min_width=240):
            role = gr.Textbox(label="岗位名称", placeholder="例如: 支行客户经理", elem_id="gw-kpi-role")
            design_btn = gr.Button("设计 KPI", variant="primary", elem_id="gw-kpi-design")
            chart = gr.BarPlot(
                chart_data([]), x="维度", y="权重", title="各维度权重 (平衡计分卡)", y_lim=[0, 100],
                height=260, elem_id="gw-kpi-chart", sort=list(DIMENSIONS),
            )
            gr.Markdown("#### SMART 检查", elem_classes=["gw-side-title"])
            smart_text = gr.Textbox(label="自定义指标", placeholder="例如: 季度新增有效客户数不少于 30 户", lines=2, elem_id="gw-smart-text")
            smart_btn = gr.Button("检查是否符合 SMART 原则", elem_id="gw-smart-btn")
            smart_out = gr.HTML(elem_id="gw-smart-out")
        with gr.Column(scale=3, min_width=480):
            table = gr.Dataframe(
                headers=HEADERS,
                datatype=["str", "str", "number", "str", "str"],
                column_count=len(HEADERS),
                interactive=True,
                wrap=True,
                label="KPI 指标 (可编辑; 修改权重后合计自动重算; 出处编号见下方来源)",
                elem_id="gw-kpi-table",
                column_widths=["22%", "12%", "10%", "44%", "12%"],
                max_height=520,
            )
            total = gr.HTML(elem_id="gw-kpi-total-box")
            with gr.Row():
                export_btn = gr.Button("导出 Excel (.xlsx)", elem_id="gw-kpi-export")
            file = gr.File(label="下载", interactive=False, visible=False, elem_id="gw-kpi-file")
            citations = gr.State([])
            sources = gr.HTML(elem_id="gw-kpi-sources")

    def on_design(role_: str, request: gr.Request) -> tuple[Any, ...]:
        if user_of(users, request) is None:
            raise gr.Error("请先登录。")
        try:
            design = services.design_kpis(role_)
        except (ServiceError, ValueError) as exc:
            raise gr.Error(getattr(exc, "message", str(exc))) from exc
        rows = tools_bridge.kpi_rows(design)
        cites = tools_bridge.kpi_citations(design)
        cards = sources_html(cites, lambda c: services.passage(c.file, c.line_start, c.line_end))
        return rows, total_html(rows), chart_data(rows), cards, gr.update(value=None, visible=False), cites

    def on_edit(value: Any) -> tuple[Any, ...]:
        rows = table_rows(value)
        return total_html(rows), chart_data(rows)

    def on_export(value: Any, role_: str, cites: list, request: gr.Request) -> Any:
        if user_of(users, request) is None:
            raise gr.Error("请先登录。")
        rows = table_rows(value)
        if not rows:
            raise gr.Error("请先设计 KPI。")
        # Edited cells come back as text: store weights as numbers so the sheet's SUM works.
        for row in rows:
            weight = parse_weight(row[2]) if len(row) > 2 else None
            if weight is not None:
                row[2] = int(weight) if weight.is_integer() else weight
        folder = Path(tempfile.mkdtemp(prefix="kpi-", dir=export_dir()))
        path = folder / f"{safe_stem(role_)}_KPI.xlsx"
        path.write_bytes(tools_bridge.rows_xlsx(role_ or "岗位", HEADERS, rows, cites))
        return gr.update(value=str(path), visible=True)

    def on_smart(text: str, role_: str, request: gr.Request) -> str:
        if user_of(users, request) is None:
            raise gr.Error("请先登录。")
        try:
            report = services.smart_check(text, role_)
        except (ServiceError, ValueError) as exc:
            raise gr.Error(getattr(exc, "message", str(exc))) from exc
        return tools_bridge.smart_html(report)

    designed = [table, total, chart, sources, file, citations]
    design_btn.click(on_design, [role], designed, concurrency_limit=2)
    role.submit(on_design, [role], designed, concurrency_limit=2)
    table.change(on_edit, [table], [total, chart], show_progress="hidden", trigger_mode="always_last")
    export_btn.click(on_export, [table, role, citations], [file])
    smart_btn.click(on_smart, [smart_text, role], [smart_out])
    smart_text.submit(on_smart, [smart_text, role], [smart_out])
