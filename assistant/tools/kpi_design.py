"""KPI designer: 4–7 indicators for a post, balanced over the scorecard, weights summing to 100.

The method is the corpus's own: indicators come from the KPI library when the corpus names them for
this post (or its close relatives, or in the same passage); where it does not, they are derived from
the post's duties by the 职责分析法 (duty -> output -> customer -> requirement -> measurable indicator),
and marked as derived.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from pydantic import BaseModel, Field

from assistant.config import Settings
from assistant.models import BscDimension
from assistant.tools.data import SourceQuote, ToolData, find_passage
from assistant.tools.kpi_library import LibraryIndicator, build_library, role_mentions
from assistant.tools.roles import SIBLING, normalize_role, relatedness
from assistant.tools.sources import Candidate, RoleEvidence
from assistant.tools.text import bigrams, similarity

MIN_KPIS, MAX_KPIS = 4, 7
COUNT_MESSAGE = f"指标个数应在 {MIN_KPIS} 到 {MAX_KPIS} 之间 (语料建议每个岗位 4-7 个关键绩效指标)"


def check_count(count: int | None) -> int | None:
    """An explicit indicator count must be 4–7: silently clamping it would ignore the user's request."""
    if count is not None and not MIN_KPIS <= count <= MAX_KPIS:
        raise ValueError(COUNT_MESSAGE)
    return count

_FRONT_LINE = re.compile(r"客户经理|销售|业务员|营销|理财|市场开发|大堂经理|业务经理")
# Dimension order for coverage and the relative weight of each dimension, by kind of post.
# Front-line posts face the market: the corpus says to weigh financial and customer indicators more.
_PLAN = {
    "front": (
        [BscDimension.financial, BscDimension.customer, BscDimension.process, BscDimension.learning],
        {BscDimension.financial: 1.5, BscDimension.customer: 1.3, BscDimension.process: 1.0, BscDimension.learning: 0.7},
        {BscDimension.financial: 2, BscDimension.customer: 2, BscDimension.process: 2, BscDimension.learning: 1},
    ),
    "support": (
        [BscDimension.process, BscDimension.learning, BscDimension.customer, BscDimension.financial],
        {BscDimension.process: 1.4, BscDimension.customer: 1.0, BscDimension.learning: 1.0, BscDimension.financial: 0.8},
        {BscDimension.process: 3, BscDimension.learning: 2, BscDimension.customer: 1, BscDimension.financial: 1},
    ),
}  # fmt: skip
_MIN_SCORE = 0.4
_NEAR = 12  # lines: indicators listed in the same passage as this post's indicators

# Method passages the design cites when it uses them.
METHOD_PHRASES = {
    "count": "岗位关键绩效指标以4-7个为宜",
    "smart": "必须符合SMART原则",
    "bsc": "财务、客户、内部流程、学习与成长四个方面",
    "weights": "分配权重要体现不同指标的重要程度",
    "front_weights": "加大财务指标和客户指标的权重",
    "duty_method": "职责分析法",
    "duty_output": "职责的产出是指",
    "duty_customer": "职责的客户是指",
    "requirement": "多、快、好、省",
    "relative_first": "先选择相对指标、再选择绝对指标",
    "support_dept": "内部客户至上",
}


class DesignedKpi(BaseModel):
    name: str
    dimension: BscDimension
    definition: str = Field(description="计算口径/衡量方法")
    weight: int = Field(ge=0, le=100)
    data_source: str
    citations: list[SourceQuote] = Field(default_factory=list)
    derived: bool = Field(default=False, description="由职责分析法推导, 语料未直接给出该指标")
    derivation: str | None = None
    reason: str
    target: str = "【待设定:目标值与考核周期】"


class KpiDesign(BaseModel):
    role: str
    role_type: str = Field(description="front (面向市场/客户) 或 support (支持保障)")
    matched_roles: list[str] = Field(default_factory=list)
    indicators: list[DesignedKpi]
    explanation: str
    method_citations: list[SourceQuote] = Field(default_factory=list)
    notes: list[str] = Field(default_factory=list)

    @property
    def found(self) -> bool:
        """Whether any indicator could be designed (else ``notes[0]`` says why)."""
        return bool(self.indicators)

    @property
    def total_weight(self) -> int:
        return sum(k.weight for k in self.indicators)

    @property
    def dimensions(self) -> list[BscDimension]:
        return list(dict.fromkeys(k.dimension for k in self.indicators))


# --- derivation by duty analysis ----------------------------------------------------------------


@dataclass(frozen=True)
class _Rule:
    keywords: tuple[str, ...]
    output: str
    customer: str
    requirement: str
    name: str
    dimension: BscDimension
    definition: str
    source: str


_RULES = [
    _Rule(("招聘",), "到岗人员", "用人部门", "快、好(及时、合格)", "招聘计划完成率", BscDimension.process,
          "实际到岗人数 ÷ 计划招聘人数 × 100%", "招聘台账、人力资源系统"),
    _Rule(("培训",), "培训项目", "参训员工及其部门", "好(按计划、有实效)", "培训计划完成率", BscDimension.learning,
          "已实施培训项目数 ÷ 计划培训项目数 × 100%", "员工培训档案"),
    _Rule(("企业文化", "文化建设"), "文化建设活动", "全体员工", "好(认同、参与)", "员工满意度", BscDimension.learning,
          "员工满意度调查得分(百分制)", "员工满意度调查"),
    _Rule(("档案", "合同管理"), "档案与合同资料", "使用档案的部门和员工", "好(完整、准确)", "档案资料完整率",
          BscDimension.process, "要素齐全的档案份数 ÷ 抽查档案份数 × 100%", "档案抽查记录"),
    _Rule(("福利", "保险", "社保"), "保险与福利办理结果", "员工", "快、好(及时、无差错)", "福利保险办理差错次数",
          BscDimension.process, "统计期内保险、福利办理出现差错的次数", "社保与福利办理台账"),
    _Rule(("制度", "流程"), "制度与流程文件", "公司各部门", "快、好(按期、适用)", "制度流程按期完成率",
          BscDimension.process, "按期发布的制度流程数 ÷ 计划数 × 100%", "制度发布记录"),
    _Rule(("投诉",), "投诉处理结果", "投诉的客户", "快、好(及时、满意)", "客户投诉处理及时率", BscDimension.customer,
          "按时办结的投诉件数 ÷ 投诉总件数 × 100%", "投诉登记台账"),
    _Rule(("回访",), "回访记录", "客户", "多、好", "客户回访完成率", BscDimension.customer,
          "实际回访客户数 ÷ 计划回访客户数 × 100%", "回访记录表、CRM 系统"),
    _Rule(("开发", "开拓", "拓展", "发掘", "挖掘"), "新客户", "公司(营销部门)", "多", "新客户开发数",
          BscDimension.customer, "统计期内新开发并成交的客户数", "CRM 系统"),
    _Rule(("销售", "营销", "揽收", "业务发展"), "销售业绩", "公司", "多", "销售目标完成率", BscDimension.financial,
          "实际销售额 ÷ 目标销售额 × 100%", "销售报表、财务报表"),
    _Rule(("关系维护", "客户维护", "维护客户", "客户关系"), "稳定的客户关系", "客户", "好(稳定、持续)", "客户流失率",
          BscDimension.customer, "统计期内流失客户数 ÷ 期初客户数 × 100%", "CRM 系统"),
    _Rule(("报表", "报告", "统计", "汇总", "上报"), "报表与报告", "管理层及相关部门", "快、好(及时、准确)",
          "报表报送及时率", BscDimension.process, "按时报送的报表份数 ÷ 应报送份数 × 100%", "报表报送记录"),
    _Rule(("服务", "咨询"), "服务", "客户", "好(满意)", "客户满意度", BscDimension.customer,
          "客户满意度调查得分(百分制)", "客户满意度调查"),
    _Rule(("费用", "预算", "成本"), "费用控制结果", "公司", "省", "费用预算执行率", BscDimension.financial,
          "实际费用 ÷ 预算费用 × 100%", "财务报表"),
    _Rule(("风险", "合规", "审计", "安全"), "风险控制结果", "公司", "好(不出差错)", "违规差错次数",
          BscDimension.process, "统计期内检查发现的违规、差错次数", "稽核检查记录"),
    _Rule(("采购", "办公用品", "资产"), "采购的物品", "使用部门", "快、省(及时、节约)", "采购及时率",
          BscDimension.process, "按时到位的采购项数 ÷ 采购总项数 × 100%", "采购台账"),
    _Rule(("接待", "来访"), "接待服务", "来访人员", "好(热情、周到)", "来访接待满意度", BscDimension.customer,
          "来访人员满意度抽样调查得分(百分制)", "来访登记与满意度抽查"),
    _Rule(("文件", "文稿", "收发", "打印"), "文件与文稿", "公司各部门", "快、好(及时、无误)", "文件处理及时率",
          BscDimension.process, "按时处理的文件份数 ÷ 文件总份数 × 100%", "收发文登记"),
    _Rule(("考勤",), "考勤统计结果", "人力资源部门与员工", "好(准确)", "考勤统计准确率", BscDimension.process,
          "无差错的考勤记录数 ÷ 考勤记录总数 × 100%", "考勤系统"),
    _Rule(("教学", "备课", "上课"), "教学活动", "学生", "好(按计划、有质量)", "教学计划完成率", BscDimension.process,
          "已完成课时 ÷ 计划课时 × 100%", "教学记录"),
    _Rule(("学生",), "学生的学习与成长", "学生及家长", "好(满意)", "学生及家长满意度", BscDimension.customer,
          "学生及家长满意度调查得分(百分制)", "满意度调查"),
]  # fmt: skip


def derive_from_duty(duty: str) -> _Rule | None:
    """The indicator a duty yields by the duty-analysis method, if a rule covers the duty."""
    return next((r for r in _RULES if any(k in duty for k in r.keywords)), None)


# --- definitions and data sources -----------------------------------------------------------------

_DEFINITIONS = {
    "市场占有率": "本岗位(本行)业务量 ÷ 同一市场总业务量 × 100%",
    "客户满意度": "客户满意度调查得分(百分制)",
    "大客户满意度": "大客户满意度调查得分(百分制)",
    "员工满意度": "员工满意度调查得分(百分制)",
    "不良贷款率": "不良贷款余额 ÷ 各项贷款余额 × 100%",
    "不良贷款降低率": "(期初不良贷款率 − 期末不良贷款率) ÷ 期初不良贷款率 × 100%",
    "服务差错率": "差错业务笔数 ÷ 业务总笔数 × 100%",
    "货款回收率": "实际回收货款 ÷ 应收货款 × 100%",
    "经济增加值": "税后净营业利润 − 资本成本(EVA)",
    "岗位空缺率": "空缺岗位数 ÷ 编制岗位数 × 100%",
    "招聘周期": "从提出用人需求到新员工到岗的平均天数",
}
_SOURCE_HINTS = [
    (("满意",), "满意度调查(问卷或电话回访)"),
    (("客户数", "账户数", "VIP", "流失", "占有率", "客户数量", "资产总量"), "CRM 系统与市场统计数据"),
    (("存款", "贷款", "收入", "余额", "增加值", "利润", "成本", "收益", "资本", "回报"), "核心业务系统与财务报表"),
    (("差错", "稽核"), "业务差错登记与稽核检查记录"),
    (("接触次数", "拜访", "回访", "访问"), "客户经理工作日志、CRM 拜访记录"),
    (("培训", "学习"), "员工培训档案"),
    (("招聘", "空缺"), "人力资源系统、招聘台账"),
    (("档案", "完整性"), "档案抽查记录"),
    (("时间", "周期"), "业务系统流程时间记录"),
    (("销售量", "回款", "货款", "销售额", "用邮量"), "销售台账与财务报表"),
]
_DEFAULT_SOURCE = {
    BscDimension.financial: "财务报表",
    BscDimension.customer: "CRM 系统、客户调查",
    BscDimension.process: "业务系统记录",
    BscDimension.learning: "人力资源系统",
}


def definition_for(name: str) -> str:
    if name in _DEFINITIONS:
        return _DEFINITIONS[name]
    if name.endswith("率"):
        return f"统计期内{name[:-1]}的比率: 达成(发生)数 ÷ 应达成(总)数 × 100%"
    if name.endswith(("满意度", "忠诚度")):
        return f"{name}调查得分(百分制), 按季度调查"
    if name.endswith("次数"):
        return f"统计期内{name}累计值(次)"
    if name.endswith("数") or name.endswith("数量"):
        return f"统计期末(或期内新增)的{name}(个)"
    if name.endswith(("额", "收入", "利润", "成本", "费用", "收益", "增加值", "总量", "回收")):
        return f"统计期内的{name}(万元)"
    if name.endswith(("时间", "周期")):
        return f"统计期内{name}的平均值(天或小时)"
    if name.endswith("完整性"):
        return "要素齐全的档案份数 ÷ 抽查档案份数 × 100%"
    return f"按统计期核定的{name}"


def source_for(name: str, dimension: BscDimension) -> str:
    for words, hint in _SOURCE_HINTS:
        if any(w in name for w in words):
            return hint
    return _DEFAULT_SOURCE[dimension]


def _corpus_definition(ind: LibraryIndicator) -> tuple[str, SourceQuote] | None:
    """'利息收入指组合内各客户的贷款组合为本行带来的利息收入': the corpus defines some indicators."""
    for m in ind.mentions:
        found = re.search(rf"{re.escape(ind.name)}指(?!标)(?P<d>[^;。]{{4,80}})", m.sentence)
        if found:
            q = SourceQuote(file=m.span.file, line_start=m.span.line_start, line_end=m.span.line_end,
                            quote=found.group(0), title=None)  # fmt: skip
            return found.group("d"), q
    return None


# --- scoring ---------------------------------------------------------------------------------------


def role_type(role: str) -> str:
    return "front" if _FRONT_LINE.search(normalize_role(role)) else "support"


def _role_match(role: str, mention_role: str) -> float:
    if mention_role.endswith("部"):  # a department: 人力资源部 is where a 人力资源专员 works
        stem = mention_role.removesuffix("部")
        return 0.7 if normalize_role(role).startswith(stem) else 0.0
    return relatedness(role, mention_role)


@dataclass
class _Scored:
    indicator: LibraryIndicator
    score: float
    role_score: float
    why: str
    duty: Candidate | None = None


def _core(name: str) -> str:
    return re.sub(r"(率|满意度|次数|数量|数|额|量|时间|周期|完整性)$", "", name)


def _mention_match(role: str, mention) -> float:  # noqa: ANN001 - KpiEntry
    return max((_role_match(role, r) for r in mention.roles), default=0.0)


def score_library(role: str, library: list[LibraryIndicator], duties: list[Candidate]) -> list[_Scored]:
    """How well each library indicator fits the post: named with it, near it, or in its duties."""
    # Lines where the corpus names indicators for this post: neighbours share the passage, and a
    # line that lists several of them is a KPI design for the post (000:91 for 客户经理).
    matched_lines: dict[tuple[str, int], int] = {}
    for ind in library:
        for m in ind.mentions:
            if _mention_match(role, m) >= 0.7:
                key = (m.span.file, m.span.line_start)
                matched_lines[key] = matched_lines.get(key, 0) + 1
    norm = normalize_role(role)
    scored = []
    for ind in library:
        role_score = max((_mention_match(role, m) for m in ind.mentions), default=0.0)
        why = "语料将其列为本岗位(或相近岗位)的考核指标" if role_score >= 0.7 else ""
        near = any(
            f == m.span.file and abs(line - m.span.line_start) <= _NEAR for (f, line) in matched_lines for m in ind.mentions
        )
        base = max(role_score, 0.45 if near else 0.0)
        if not why and near:
            why = "与本岗位指标出自同一段指标体系论述"
        cohesion = 0.1 if any(matched_lines.get((m.span.file, m.span.line_start), 0) >= 3 for m in ind.mentions) else 0.0
        best_duty, overlap = None, 0.0
        core = bigrams(_core(ind.name)) if len(_core(ind.name)) >= 3 else set()  # "客户" alone matches anything
        for duty in duties:
            shared = len(core & bigrams(duty.text)) / max(len(core), 1)
            if shared > overlap:
                best_duty, overlap = duty, shared
        bonus = 0.3 * overlap if overlap >= 0.6 else 0.0
        if bonus and not why:
            why = "与本岗位职责直接对应"
        focus = 0.0
        if "对公" in norm:
            focus = 0.15 if "对公" in ind.name else (-0.3 if ("个人" in ind.name or "VIP" in ind.name) else 0.0)
        elif "个人" in norm:
            focus = 0.15 if ("个人" in ind.name or "VIP" in ind.name) else (-0.3 if "对公" in ind.name else 0.0)
        # "将经济增加值指标分解为…": the corpus itself says a composite is too coarse for a post.
        composite = any(re.search(rf"{re.escape(ind.name)}(?:指标)?分解为", m.sentence) for m in ind.mentions)
        # "客户经理接受培训的时间" is about another post when the target is 销售人员.
        foreign = any(relatedness(role, r) < SIBLING for r in role_mentions(ind.name))
        score = (base + bonus + focus + cohesion + 0.03 * min(len(ind.mentions) - 1, 3)
                 - (0.2 if composite else 0.0) - (0.3 if foreign else 0.0))  # fmt: skip
        if ind.dimension is not None and score >= _MIN_SCORE:
            scored.append(_Scored(ind, round(score, 6), role_score, why, best_duty if bonus else None))
    # Ties: the indicator the corpus lists first (in file order, then position in its sentence).
    scored.sort(key=lambda s: (-s.score, s.indicator.first.span.file, s.indicator.first.span.line_start,
                               s.indicator.first.sentence.find(s.indicator.name)))  # fmt: skip
    return scored


# --- the design ------------------------------------------------------------------------------------


@dataclass
class _Pick:
    name: str
    dimension: BscDimension
    score: float
    kpi: DesignedKpi


def design_kpis(
    role: str,
    settings: Settings | None = None,
    *,
    data: ToolData | None = None,
    count: int | None = None,
    evidence: RoleEvidence | None = None,
) -> KpiDesign:
    """Design 4–7 indicators for ``role`` from the records under ``settings.records_dir``."""
    role = role.strip()
    if not role:
        raise ValueError("岗位名称不能为空")
    check_count(count)
    if data is None:
        data = ToolData.load(settings or Settings())
    evidence = evidence or RoleEvidence(data, role)
    kind = role_type(role)
    order, factors, caps = _PLAN[kind]
    target = max(MIN_KPIS, min(MAX_KPIS, count or (6 if kind == "front" else 5)))
    duties = [c for c in evidence.of_kind("duty") if c.weight >= 0.6]
    library = build_library(data.kpis)
    scored = score_library(role, library, duties)
    picks: list[_Pick] = []

    def taken(name: str) -> bool:
        return any(similarity(name, p.name) >= 0.5 for p in picks)

    def per_dim(dim: BscDimension) -> int:
        return sum(p.dimension == dim for p in picks)

    for dim in order:  # one per dimension first: the scorecard stays balanced
        best = next((s for s in scored if s.indicator.dimension == dim and not taken(s.indicator.name)), None)
        if best is not None and len(picks) < target:
            picks.append(_library_pick(best, factors))
    # Fill by score; on near ties the dimension the plan weighs more comes first.
    for s in sorted(scored, key=lambda s: -(s.score + 0.05 * (factors[s.indicator.dimension] - 1))):
        if len(picks) >= target:
            break
        dim = s.indicator.dimension
        if dim is not None and not taken(s.indicator.name) and per_dim(dim) < caps[dim]:
            picks.append(_library_pick(s, factors))

    # Duty analysis fills what the library leaves open: missing dimensions first, then the count.
    derived = _derived_candidates(duties, library, data)
    missing = [d for d in order if per_dim(d) == 0]
    if kind == "support" and BscDimension.customer in missing and (picks or duties):
        internal = _internal_customer_pick(data)
        if internal is not None:
            derived.insert(0, internal)
    for cand in derived:
        if missing and cand.dimension in missing and not taken(cand.name) and len(picks) < MAX_KPIS:
            picks.append(cand)
            missing.remove(cand.dimension)
    for respect_caps, want in ((True, target), (False, MIN_KPIS)):
        for cand in derived:
            if len(picks) >= want:
                break
            if not taken(cand.name) and (not respect_caps or per_dim(cand.dimension) < caps[cand.dimension]):
                picks.append(cand)

    _assign_weights(picks, factors)
    picks.sort(key=lambda p: (order.index(p.dimension), -p.kpi.weight))
    methods = {k: find_passage(data, phrase) for k, phrase in METHOD_PHRASES.items()}
    indicators = [p.kpi for p in picks]
    notes = []
    if not indicators:
        notes.append(f"语料中没有找到与「{role}」相关的职责或指标, 无法设计; 请确认岗位名称或先导入相关语料。")
    elif len(indicators) < MIN_KPIS:
        notes.append(f"语料依据不足, 仅设计出 {len(indicators)} 个指标, 少于建议的 {MIN_KPIS} 个, 请补充岗位职责后重试。")
    dims = list(dict.fromkeys(k.dimension for k in indicators))
    if indicators and len(dims) < 3:
        notes.append("语料中可用的指标与职责只覆盖了 " + "、".join(d.value for d in dims) + " 维度。")
    matched = sorted({p.title for p, w in evidence.profiles if w >= 0.5}, key=lambda t: -relatedness(role, t))
    return KpiDesign(
        role=role,
        role_type=kind,
        matched_roles=matched,
        indicators=indicators,
        explanation=_explain(role, kind, indicators, methods),
        method_citations=[q for q in _used_methods(kind, indicators, methods) if q is not None],
        notes=notes,
    )


def _library_pick(s: _Scored, factors: dict[BscDimension, float]) -> _Pick:
    ind = s.indicator
    dim = ind.dimension
    assert dim is not None
    cites = []
    for m in ind.mentions[:3]:
        cites.append(SourceQuote(file=m.span.file, line_start=m.span.line_start, line_end=m.span.line_end,
                                 quote=_quote_around(m.sentence, ind.name), role=(m.roles or [None])[0]))  # fmt: skip
    definition = definition_for(ind.name)
    corpus_def = _corpus_definition(ind)
    if corpus_def:
        definition = corpus_def[0]
        cites.insert(0, corpus_def[1])
    reason = s.why or "语料指标库中的相关指标"
    if s.duty is not None:
        reason += f"; 对应职责「{s.duty.text[:40]}」"
        cites.append(s.duty.quote)
    kpi = DesignedKpi(name=ind.name, dimension=dim, definition=definition, weight=0,
                      data_source=source_for(ind.name, dim), citations=_unique(cites), reason=reason)  # fmt: skip
    return _Pick(ind.name, dim, s.score, kpi)


def _derived_candidates(duties: list[Candidate], library: list[LibraryIndicator], data: ToolData) -> list[_Pick]:
    by_name = {ind.name: ind for ind in library}
    method = find_passage(data, METHOD_PHRASES["duty_method"])
    out: list[_Pick] = []
    seen: set[str] = set()
    for duty in sorted(duties, key=lambda c: -c.weight):
        rule = derive_from_duty(duty.text)
        if rule is None or rule.name in seen:
            continue
        seen.add(rule.name)
        chain = (f"职责「{duty.text[:40]}」→ 产出: {rule.output} → 客户: {rule.customer} → "
                 f"客户要求: {rule.requirement} → 指标: {rule.name}")  # fmt: skip
        cites = [duty.quote] + ([method] if method else [])
        known = by_name.get(rule.name)
        if known is not None:  # the duty leads to an indicator the corpus names: cite it, not derived
            m = known.mentions[0]
            cites.insert(0, SourceQuote(file=m.span.file, line_start=m.span.line_start, line_end=m.span.line_end,
                                        quote=_quote_around(m.sentence, known.name)))  # fmt: skip
        kpi = DesignedKpi(
            name=rule.name, dimension=rule.dimension, definition=definition_for(rule.name)
            if rule.name in _DEFINITIONS else rule.definition, weight=0, data_source=rule.source,
            citations=_unique(cites), derived=known is None, derivation=chain,
            reason=("由岗位职责按职责分析法推导(语料未直接给出该指标)" if known is None
                    else "由岗位职责按职责分析法得出, 语料指标库中亦有此指标"),
        )  # fmt: skip
        out.append(_Pick(rule.name, rule.dimension, duty.weight * 0.8, kpi))
    return out


def _internal_customer_pick(data: ToolData) -> _Pick | None:
    """Support posts serve internal customers (the corpus: 内部客户至上): their satisfaction is the customer view."""
    passage = find_passage(data, METHOD_PHRASES["support_dept"])
    if passage is None:
        return None
    kpi = DesignedKpi(
        name="内部客户满意度", dimension=BscDimension.customer,
        definition="服务对象部门(前台经营部门、分支机构)满意度调查得分(百分制)", weight=0,
        data_source="内部客户满意度调查", citations=[passage], derived=True,
        derivation="支持保障岗位以前台部门和分支机构为内部客户 → 产出: 内部服务 → 客户: 内部客户 → "
                   "客户要求: 好(满意) → 指标: 内部客户满意度",
        reason="支持保障类岗位不直接面对市场, 按语料“内部客户至上”的思路以内部客户满意度作为客户维度指标(推导)",
    )  # fmt: skip
    return _Pick(kpi.name, kpi.dimension, 0.5, kpi)


def _assign_weights(picks: list[_Pick], factors: dict[BscDimension, float]) -> None:
    """Integer weights in steps of 5 that sum to exactly 100 (largest remainder)."""
    if not picks:
        return
    raw = [factors[p.dimension] * (0.8 + 0.4 * min(p.score, 1.0)) * (0.85 if p.kpi.derived else 1.0) for p in picks]
    units = 100 // 5
    shares = [r / sum(raw) * units for r in raw]
    alloc = [max(1, int(s)) for s in shares]
    while sum(alloc) > units:  # only when many tiny shares were lifted to the minimum
        i = max(range(len(alloc)), key=lambda j: (alloc[j] - shares[j], alloc[j]))
        alloc[i] -= 1
    order = sorted(range(len(picks)), key=lambda j: -(shares[j] - int(shares[j])))
    k = 0
    while sum(alloc) < units:
        alloc[order[k % len(order)]] += 1
        k += 1
    for p, a in zip(picks, alloc):
        p.kpi.weight = a * 5


def _quote_around(sentence: str, name: str, limit: int = 160) -> str:
    if len(sentence) <= limit or name not in sentence:
        return sentence[:limit] if name not in sentence else sentence
    start = sentence.index(name)
    left = max(0, start - limit // 2)
    return sentence[left : left + limit]


def _unique(quotes: list[SourceQuote]) -> list[SourceQuote]:
    seen: set[tuple[str, int, int]] = set()
    out = []
    for q in quotes:
        if q.key not in seen:
            seen.add(q.key)
            out.append(q)
    return out


def _used_methods(kind: str, indicators: list[DesignedKpi], methods: dict[str, SourceQuote | None]) -> list:
    keys = ["count", "bsc", "weights", "smart"]
    if kind == "front":
        keys.append("front_weights")
    else:
        keys.append("support_dept")
    if any(k.derived or k.derivation for k in indicators):
        keys += ["duty_method", "duty_output", "requirement", "relative_first"]
    return [methods.get(k) for k in keys]


def _explain(role: str, kind: str, indicators: list[DesignedKpi], methods: dict[str, SourceQuote | None]) -> str:
    if not indicators:
        return f"语料中没有可用于「{role}」的指标或职责。"
    n = len(indicators)
    dims = "、".join(dict.fromkeys(k.dimension.value for k in indicators))
    derived = sum(k.derived for k in indicators)
    parts = [
        f"为「{role}」设计 {n} 个关键绩效指标(语料建议每个岗位 4-7 个), 覆盖平衡计分卡的 {dims} 维度。",
    ]
    if kind == "front":
        parts.append("该岗位直接面对市场和客户, 按语料的做法加大财务指标和客户指标的权重。")
    else:
        parts.append("该岗位属支持保障类, 按语料的做法从服务内部客户的角度选取流程与学习成长类指标。")
    if derived:
        parts.append(f"其中 {derived} 个指标语料未直接给出, 按职责分析法由岗位职责推导(职责→产出→客户→要求→可衡量指标), 已标注为推导。")
    parts.append("权重为 5 的整数倍, 合计 100; 目标值需结合本单位情况设定, 并按 SMART 原则检验。")
    return "".join(parts)
