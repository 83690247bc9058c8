"""KPI 设计 tab: role -> editable table of the CLI's 10 columns, live weight total and chart,
the design's explanation with its sources, .xlsx/.csv export of the edited design, SMART check.

Errors are shown in a status line next to the role box; the table the user has edited stays.
"""

# No postponed annotations here: gradio reads handler hints (gr.Request) at run time.

from typing import Any

import gradio as gr

from assistant.auth import UserStore
from assistant.models import BscDimension
from assistant.services import ServiceError, Services
from assistant.tools.errors import ToolError
from assistant.tools.export import KPI_COLUMNS, kpi_rows
from assistant.tools.kpi_design import KpiRequest, apply_edits
from assistant.ui import render
from assistant.ui.access import LOGIN_FIRST, user_of
from assistant.ui.common import passage_fn, role_choices, write_export

DIMENSIONS = [d.value for d in BscDimension]
OTHER = "其他"
COL_INDEX, COL_DIMENSION, COL_NAME, COL_WEIGHT = 0, 1, 2, 4
STATIC_COLUMNS = [0, 1, 8, 9]  # 序号, 维度, 选取理由, 出处: not changed by apply_edits, so not editable
COLUMN_WIDTHS = ["64px", "120px", "170px", "220px", "76px", "170px", "120px", "96px", "280px", "240px"]
COUNT_CHOICES = [("自动", 0), ("4 个", 4), ("5 个", 5), ("6 个", 6), ("7 个", 7)]


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
    """The Dataframe value (pandas, dict or list of lists) as rows, without fully empty ones."""
    if value is None:
        return []
    if isinstance(value, dict):
        value = value.get("data") or []
    if hasattr(value, "values") and hasattr(value, "columns"):
        rows = value.values.tolist()
    else:
        rows = [list(r) for r in value]
    return [r for r in rows if any(str(c).strip() for c in r if c is not None and c == c)]


def weight_check(rows: list[list[Any]]) -> tuple[float, list[str]]:
    """The weight total and the problems to show (bad numbers, a total other than 100)."""
    total, problems = 0.0, []
    for i, row in enumerate(rows, 1):
        weight = parse_weight(row[COL_WEIGHT] if len(row) > COL_WEIGHT else None)
        name = str(row[COL_NAME]).strip() if len(row) > COL_NAME and row[COL_NAME] not in (None, "") else f"第 {i} 行"
        if weight is None:
            problems.append(f"「{name}」的权重不是数字")
        elif weight < 0 or weight > 100:
            problems.append(f"「{name}」的权重应在 0–100 之间")
        else:
            total += weight
    if abs(total - 100) > 1e-6:
        problems.append(f"权重合计应为 100，当前为 {total:g}")
    return total, problems


def total_html(rows: list[list[Any]]) -> str:
    total, problems = weight_check(rows)
    return render.total_html(total, problems, len(rows))


def dimension_of(label: Any) -> str:
    text = str(label or "").strip()
    return next((d for d in DIMENSIONS if text.startswith(d)), OTHER)


def chart_data(rows: list[list[Any]]) -> Any:
    import pandas as pd

    sums = {d: 0.0 for d in DIMENSIONS}
    for row in rows:
        dim = dimension_of(row[COL_DIMENSION] if len(row) > COL_DIMENSION else "")
        weight = parse_weight(row[COL_WEIGHT] if len(row) > COL_WEIGHT else None) or 0.0
        sums[dim] = sums.get(dim, 0.0) + weight
    return pd.DataFrame({"维度": list(sums), "权重": list(sums.values())})


def frame(rows: list[list[Any]]) -> Any:
    import pandas as pd

    return pd.DataFrame(rows, columns=list(KPI_COLUMNS))


def rows_as_dicts(rows: list[list[Any]]) -> list[dict[str, Any]]:
    return [{col: (row[i] if i < len(row) else None) for i, col in enumerate(KPI_COLUMNS)} for row in rows]


class KpiTab:
    def __init__(self, services: Services, users: UserStore) -> None:
        self.services = services
        self.users = users
        self.passage = passage_fn(services)
        with gr.Row(equal_height=False, elem_classes=["gw-tool-row"]):
            with gr.Column(scale=3, min_width=300, elem_classes=["gw-main-col"]):
                with gr.Row(equal_height=True, elem_classes=["gw-form-row"]):
                    self.role = gr.Dropdown(
                        choices=[], value=None, allow_custom_value=True, filterable=True, label="岗位或部门",
                        info="可从列表选择，也可直接输入", elem_id="gw-kpi-role", scale=3, min_width=180,
                    )  # fmt: skip
                    self.count = gr.Dropdown(COUNT_CHOICES, value=0, label="指标个数", elem_id="gw-kpi-count", scale=1, min_width=100)
                    self.design_btn = gr.Button("设计 KPI", variant="primary", elem_id="gw-kpi-design", scale=1, min_width=100)
                self.status = gr.HTML("", elem_id="gw-kpi-status")
                self.table = gr.Dataframe(
                    value=frame([]),
                    headers=list(KPI_COLUMNS),
                    datatype=["number", "str", "str", "str", "number", "str", "str", "str", "str", "str"],
                    column_count=len(KPI_COLUMNS),
                    interactive=True,
                    wrap=True,
                    static_columns=STATIC_COLUMNS,
                    column_widths=COLUMN_WIDTHS,
                    label="KPI 指标（可编辑：指标名称、计算口径、权重、数据来源、目标值、考核周期；与命令行导出的列相同）",
                    elem_id="gw-kpi-table",
                    max_height=560,
                )
                self.total = gr.HTML("", elem_id="gw-kpi-total-box")
                with gr.Row(elem_classes=["gw-export-row"]):
                    self.xlsx_btn = gr.Button("导出 Excel (.xlsx)", elem_id="gw-kpi-export", size="sm")
                    self.csv_btn = gr.Button("导出 CSV", elem_id="gw-kpi-export-csv", size="sm")
                self.export_status = gr.HTML("", elem_id="gw-kpi-export-status")
                self.file = gr.File(label="下载", interactive=False, visible=False, elem_id="gw-kpi-file")
            # Beside the table on a wide screen, right after it on a phone.
            with gr.Column(scale=1, min_width=260, elem_classes=["gw-side-col"]):
                self.chart = gr.BarPlot(
                    chart_data([]), x="维度", y="权重", title="各维度权重（平衡计分卡）", y_lim=[0, 100],
                    height=260, elem_id="gw-kpi-chart", sort=list(DIMENSIONS), x_label_angle=-30,
                )  # fmt: skip
                gr.Markdown("#### SMART 检查", elem_classes=["gw-side-title"])
                self.smart_text = gr.Textbox(label="指标或目标", placeholder="例如：季度新增有效客户数不少于 30 户", lines=2, elem_id="gw-smart-text")
                self.smart_btn = gr.Button("检查是否符合 SMART 原则", elem_id="gw-smart-btn", size="sm")
                self.smart_out = gr.HTML("", elem_id="gw-smart-out")
        self.explain = gr.HTML("", elem_id="gw-kpi-explain")
        self.design = gr.State(None)

        self.filled = [self.table, self.total, self.chart, self.explain, self.design, self.file, self.export_status]
        self.outputs = [self.status, *self.filled]

        self.design_btn.click(self.on_design, [self.role, self.count], self.outputs, concurrency_limit=2,
                              show_progress="minimal")  # fmt: skip
        self.table.change(self.on_edit, [self.table], [self.total, self.chart], show_progress="hidden", trigger_mode="always_last")
        self.xlsx_btn.click(self.on_export_xlsx, [self.table, self.design], [self.file, self.export_status], show_progress="minimal")
        self.csv_btn.click(self.on_export_csv, [self.table, self.design], [self.file, self.export_status], show_progress="minimal")
        self.smart_btn.click(self.on_smart, [self.smart_text, self.role], [self.smart_out], show_progress="minimal")
        self.smart_text.submit(self.on_smart, [self.smart_text, self.role], [self.smart_out], show_progress="minimal")

    # --- results -----------------------------------------------------------------------------------

    def fill(self, design: Any) -> tuple[Any, ...]:
        """Values for ``self.filled`` showing a fresh design."""
        rows = kpi_rows(design)
        return (frame(rows), total_html(rows), chart_data(rows), render.kpi_explain_html(design, self.passage), design,
                gr.update(value=None, visible=False), "")  # fmt: skip

    def skip(self) -> tuple[Any, ...]:
        return tuple(gr.skip() for _ in self.filled)

    def run(self, role: str | None, count: Any = 0, request: Any = None) -> tuple[Any, ...]:
        """(status, *filled) for a design request; on any problem only the status changes."""
        if user_of(self.users, request) is None:
            return (render.status_html(LOGIN_FIRST), *self.skip())
        role = (role or "").strip()
        if not role:
            return (render.status_html("请先填写岗位或部门名称。", suggestions=self._suggest(""), target="kpi"), *self.skip())
        try:
            n = int(count or 0) or None
            design = self.services.tools.design_kpis(KpiRequest(role=role, count=n))
        except ServiceError as exc:
            return (render.status_html(exc.message, suggestions=self._suggest(role), target="kpi"), *self.skip())
        except (ValueError, TypeError) as exc:
            return (render.status_html(f"请求无效：{exc}"), *self.skip())
        if design.match != "exact" or design.title != role:
            status = render.status_html(
                f"按知识库中的「{design.title}」设计（您输入的是「{role}」）。", "warn",
                suggestions=[s for s in self._suggest(role) if s != design.title], target="kpi",
            )  # fmt: skip
        else:
            status = render.status_html(f"已为「{design.title}」设计 {len(design.indicators)} 个指标，权重合计 {design.total_weight}。", "ok")
        return (status, *self.fill(design))

    def _suggest(self, role: str) -> list[str]:
        try:
            return self.services.corpus.suggest_roles(role, limit=6)
        except ServiceError:
            return []

    # --- handlers ----------------------------------------------------------------------------------

    def on_design(self, role: str | None, count: Any, request: gr.Request) -> tuple[Any, ...]:
        return self.run(role, count, request)

    def on_edit(self, value: Any) -> tuple[Any, ...]:
        rows = table_rows(value)
        return total_html(rows), chart_data(rows)

    def on_export_xlsx(self, value: Any, design: Any, request: gr.Request) -> tuple[Any, ...]:
        return self.export(value, design, "xlsx", request)

    def on_export_csv(self, value: Any, design: Any, request: gr.Request) -> tuple[Any, ...]:
        return self.export(value, design, "csv", request)

    def export(self, value: Any, design: Any, fmt: str, request: Any) -> tuple[Any, ...]:
        if user_of(self.users, request) is None:
            return gr.skip(), render.status_html(LOGIN_FIRST)
        if design is None:
            return gr.skip(), render.status_html("请先设计 KPI，再导出。")
        rows = table_rows(value)
        try:
            edited = apply_edits(design, rows_as_dicts(rows))
            name, data, _ = self.services.tools.export(edited, fmt)
        except ToolError as exc:
            return gr.skip(), render.status_html(exc.message)
        except ServiceError as exc:
            return gr.skip(), render.status_html(exc.message)
        total, problems = weight_check(rows)
        extra = ""
        if len(rows) > len(design.indicators):
            extra = f"表格中新增的 {len(rows) - len(design.indicators)} 行不属于设计，未导出。"
        if problems:
            message = f"已导出 {name}；注意：{'；'.join(problems)}。{extra}"
            status = render.status_html(message, "warn")
        else:
            status = render.status_html(f"已导出 {name}（与命令行导出的列相同）。{extra}", "ok")
        return gr.update(value=write_export(name, data), visible=True), status

    def on_smart(self, text: str, role: str | None, request: gr.Request) -> str:
        if user_of(self.users, request) is None:
            return render.status_html(LOGIN_FIRST)
        try:
            report = self.services.tools.smart_check(text, role)
        except ServiceError as exc:
            return render.status_html(exc.message)
        return render.smart_html(report, self.passage)

    def choices(self) -> Any:
        return gr.update(choices=role_choices(self.services, departments=True))
