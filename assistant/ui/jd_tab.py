"""岗位说明书 tab: request -> the draft as a form (fields and item lists, each item with its
sources), notes applied or not, source cards, and .docx/.md export of the edited draft through the
one export path. Errors show next to the role box; the form keeps what the user entered.
"""

# No postponed annotations here: gradio reads handler hints (gr.Request) at run time.

from typing import Any

import gradio as gr

from assistant.auth import UserStore
from assistant.services import ServiceError, Services
from assistant.tools.errors import ToolError
from assistant.tools.jd import JdRequest
from assistant.ui import jd_form, render
from assistant.ui.access import LOGIN_FIRST, user_of
from assistant.ui.common import passage_fn, role_choices, write_export

LEVELS = ["", "专员", "主管", "经理", "总监"]


def _table(headers: list[str], label: str, elem_id: str, static: list[int], widths: list[str]) -> Any:
    return gr.Dataframe(
        value=None,
        headers=headers,
        datatype=["str"] * len(headers),
        column_count=len(headers),
        interactive=True,
        wrap=True,
        static_columns=static,
        column_widths=widths,
        label=label,
        elem_id=elem_id,
        max_height=480,
        type="array",
    )


class JdTab:
    def __init__(self, services: Services, users: UserStore) -> None:
        self.services = services
        self.users = users
        self.passage = passage_fn(services)
        with gr.Row(equal_height=False, elem_classes=["gw-tool-row"]):
            with gr.Column(scale=1, min_width=260, elem_classes=["gw-side-col", "gw-jd-request"]):
                self.role = gr.Dropdown(
                    choices=[], value=None, allow_custom_value=True, filterable=True, label="岗位名称",
                    info="可从列表选择，也可直接输入", elem_id="gw-jd-role",
                )  # fmt: skip
                self.status = gr.HTML("", elem_id="gw-jd-status")
                self.department = gr.Textbox(label="所属部门（可选）", placeholder="例如：零售银行部", elem_id="gw-jd-dept")
                self.reports_to = gr.Textbox(label="直属上级（可选）", placeholder="例如：支行行长", elem_id="gw-jd-boss")
                self.level = gr.Dropdown(LEVELS, value="", label="岗位级别（可选）", allow_custom_value=True, elem_id="gw-jd-level")
                self.notes = gr.Textbox(
                    label="补充要求（可选）", lines=3, elem_id="gw-jd-notes",
                    placeholder="例如：侧重财富管理；要求 CFA 优先；增加职责：负责客户回访",
                )  # fmt: skip
                self.draft_btn = gr.Button("生成岗位说明书", variant="primary", elem_id="gw-jd-draft")
                gr.Markdown("每一条都来自知识库并注明出处；草稿表格可直接修改、删除（清空内容）或新增行，导出使用修改后的内容。", elem_classes=["gw-hint"])
            with gr.Column(scale=3, min_width=300, elem_classes=["gw-main-col"]):
                self.notes_out = gr.HTML("", elem_id="gw-jd-notes-out")
                self.basics = _table(jd_form.BASIC_HEADERS, "基本信息", "gw-jd-basics", [0, 2], ["22%", "56%", "22%"])
                self.purpose = gr.Textbox(label="岗位目的", lines=2, max_lines=6, elem_id="gw-jd-purpose", interactive=True)
                self.duties = _table(jd_form.LIST_HEADERS, "主要职责", "gw-jd-duties", [0, 2], ["8%", "70%", "22%"])
                self.quals = _table(jd_form.GROUP_HEADERS, "任职资格（类别：学历、专业、经验、证书、技能、其他）", "gw-jd-quals", [1, 3],
                                    ["12%", "7%", "59%", "22%"])  # fmt: skip
                self.kpis = _table(jd_form.LIST_HEADERS, "关键绩效指标", "gw-jd-kpis", [0, 2], ["8%", "70%", "22%"])
                self.relations = _table(jd_form.GROUP_HEADERS, "工作关系", "gw-jd-relations", [1, 3], ["14%", "7%", "57%", "22%"])
                with gr.Row(elem_classes=["gw-export-row"]):
                    self.docx_btn = gr.Button("导出 Word (.docx)", elem_id="gw-jd-export", size="sm")
                    self.md_btn = gr.Button("导出 Markdown (.md)", elem_id="gw-jd-export-md", size="sm")
                self.export_status = gr.HTML("", elem_id="gw-jd-export-status")
                self.file = gr.File(label="下载", interactive=False, visible=False, elem_id="gw-jd-files")
                self.sources = gr.HTML("", elem_id="gw-jd-sources")
        self.draft = gr.State(None)

        self.form = [self.basics, self.purpose, self.duties, self.quals, self.kpis, self.relations]
        self.filled = [*self.form, self.notes_out, self.sources, self.draft, self.file, self.export_status]
        self.outputs = [self.status, *self.filled]
        self.request_inputs = [self.role, self.department, self.reports_to, self.level, self.notes]

        self.draft_btn.click(self.on_draft, self.request_inputs, self.outputs, concurrency_limit=2, show_progress="minimal")
        self.docx_btn.click(self.on_export_docx, [self.draft, *self.form], [self.file, self.export_status], show_progress="minimal")
        self.md_btn.click(self.on_export_md, [self.draft, *self.form], [self.file, self.export_status], show_progress="minimal")

    # --- results -----------------------------------------------------------------------------------

    def fill(self, draft: Any) -> tuple[Any, ...]:
        values = jd_form.form_values(draft)
        sources = render.sources_html(draft.citations, self.passage, "jd", title="出处")
        scope = f'<div class="gw-scope" id="gw-jd-scope">{sources}</div>' if sources else ""
        return (values["basics"], values["purpose"], values["duties"], values["qualifications"], values["kpis"],
                values["relations"], render.jd_notes_html(draft), scope, draft, gr.update(value=None, visible=False), "")  # fmt: skip

    def skip(self) -> tuple[Any, ...]:
        return tuple(gr.skip() for _ in self.filled)

    def run(self, role: str | None, department: str | None = None, reports_to: str | None = None, level: str | None = None,
            notes: str | None = None, request: Any = None) -> tuple[Any, ...]:  # fmt: skip
        if user_of(self.users, request) is None:
            return (render.status_html(LOGIN_FIRST), *self.skip())
        role = (role or "").strip()
        if not role:
            return (render.status_html("请先填写岗位名称。", suggestions=self._suggest(""), target="jd"), *self.skip())
        try:
            req = JdRequest(role=role, department=department, reports_to=reports_to, level=level or None, notes=notes)
            draft = self.services.tools.draft_jd(req)
        except ServiceError as exc:
            return (render.status_html(exc.message, suggestions=self._suggest(role), target="jd"), *self.skip())
        except (ValueError, TypeError) as exc:
            return (render.status_html(f"请求无效：{exc}"), *self.skip())
        if draft.match != "exact" or draft.matched_title != role:
            status = render.status_html(
                f"按知识库中的「{draft.matched_title}」起草（您输入的是「{role}」）。", "warn",
                suggestions=[s for s in self._suggest(role) if s != draft.matched_title], target="jd",
            )  # fmt: skip
        else:
            status = render.status_html(f"已起草「{draft.role}」的岗位说明书，共 {len(draft.duties)} 条职责。", "ok")
        return (status, *self.fill(draft))

    def _suggest(self, role: str) -> list[str]:
        try:
            return self.services.corpus.suggest_roles(role, limit=6)
        except ServiceError:
            return []

    # --- handlers ----------------------------------------------------------------------------------

    def on_draft(self, role: Any, department: str, reports_to: str, level: str, notes: str, request: gr.Request) -> tuple[Any, ...]:
        return self.run(role, department, reports_to, level, notes, request)

    def export(self, fmt: str, draft: Any, form: tuple[Any, ...], request: Any) -> tuple[Any, ...]:
        if user_of(self.users, request) is None:
            return gr.skip(), render.status_html(LOGIN_FIRST)
        if draft is None:
            return gr.skip(), render.status_html("请先生成岗位说明书，再导出。")
        try:
            edited = jd_form.edited_draft(draft, *form)
            name, data, _ = self.services.tools.export(edited, fmt)
        except (ToolError, ServiceError) as exc:
            return gr.skip(), render.status_html(exc.message)
        except (ValueError, TypeError) as exc:
            return gr.skip(), render.status_html(f"表格内容有误，无法导出：{exc}")
        return gr.update(value=write_export(name, data), visible=True), render.status_html(f"已导出 {name}（使用表格中修改后的内容）。", "ok")

    def on_export_docx(self, draft: Any, basics: Any, purpose: str, duties: Any, quals: Any, kpis: Any, relations: Any,
                       request: gr.Request) -> tuple[Any, ...]:  # fmt: skip
        return self.export("docx", draft, (basics, purpose, duties, quals, kpis, relations), request)

    def on_export_md(self, draft: Any, basics: Any, purpose: str, duties: Any, quals: Any, kpis: Any, relations: Any,
                     request: gr.Request) -> tuple[Any, ...]:  # fmt: skip
        return self.export("md", draft, (basics, purpose, duties, quals, kpis, relations), request)

    def choices(self) -> Any:
        return gr.update(choices=role_choices(self.services))
