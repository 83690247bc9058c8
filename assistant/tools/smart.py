"""SMART check of a user-written indicator: which of S/M/A/R/T is missing, and a concrete rewrite.

Rule-based. S: a specific indicator (not a vague aim); M: a target value; A: no absolute or
implausible target; R: tied to work results (not attitudes); T: a deadline or assessment period.
The corpus requires indicators to meet SMART (cited); the letter definitions are the usual ones.
"""

from __future__ import annotations

import re

from pydantic import BaseModel, Field

from assistant.config import Settings
from assistant.tools.data import NoRecordsError, SourceQuote, ToolData, find_passage

LETTERS = {
    "S": "具体 (Specific)",
    "M": "可衡量 (Measurable)",
    "A": "可实现 (Attainable)",
    "R": "相关 (Relevant)",
    "T": "有时限 (Time-bound)",
}

_NUMBER = re.compile(
    r"\d+(?:\.\d+)?\s*(?:%|%|‰|个百分点|个|次|笔|户|万元|亿元|元|天|日|小时|分钟|分|人|家|项|份|倍|件|篇|课时)?"
    r"|百分之[\d一二三四五六七八九十百]+|[一二三四五六七八九十两百千万]+\s*(?:个|次|笔|户|万元|元|天|人|家|项|份|倍|件|分)"
    r"|零(?=差错|投诉|事故|失误|不良|缺陷)"
)
_INDICATOR = re.compile(
    r"[\u4e00-\u9fffA-Za-z]{1,12}?(?:率|满意度|忠诚度|次数|账户数|客户数|数量|人数|户数|数|额|余额|收入|利润|成本|费用|"
    r"时间|周期|时长|得分|分数|占比|比例|销量|销售量|业务量|增加值|件数|笔数)"
)
_COUNTABLE = re.compile(r"投诉|差错|客户|账户|存款|贷款|销售|回款|货款|培训|招聘|档案|报表|合同|订单|拜访|回访|开户|项目|课时")
_VAGUE = re.compile(r"加强|做好|改善|改进|优化|完善|积极|努力|尽量|尽可能|适当|大力|进一步|不断|力争|争取|有关|相关工作|各项工作|本职工作")
_ABSTRACT = re.compile(r"质量|水平|能力|意识|效率|形象|管理|关系|素质|作风|氛围|积极性|主动性|工作")
_ATTITUDE = re.compile(r"态度|精神|热情|积极性|主动性|忠诚|品德|意识|作风|士气|心态")
_RESULT = re.compile(
    r"客户|存款|贷款|销售|营销|业务|投诉|差错|培训|招聘|档案|收入|利润|成本|费用|市场|账户|产品|项目|报表|合同|回款|货款|"
    r"风险|不良|订单|服务|满意度|率|数|额"
)
_TIME = re.compile(
    r"\d{4}\s*年(?:\d{1,2}\s*月(?:\d{1,2}\s*日)?)?(?:前|底|末|内)?|\d{1,2}\s*月(?:底|末|\d{1,2}日)?(?:前)?|"
    r"(?:本|今|明|下|次|当)(?:年度?|季度|月|周)(?:内|末|底)?|(?:年|季|月|周)(?:底|末)(?:前)?|"
    r"(?:年度|季度|月度)|全年度?|每(?:年|季度?|月|周|日|天)|截至|截止|之前|以前|"
    r"[\d一二三四五六七八九十两]+\s*(?:个月|天|周|年|个工作日|日|个季度)(?:内|之内)|上半年|下半年|第[一二三四]季度|Q[1-4]"
)
_EXTREME = re.compile(r"100\s*%|100\s*%|百分之百|零(?:差错|投诉|事故|失误|不良|缺陷)|全部|所有|绝对|杜绝|翻[一两]?番|翻倍|第一名|无差错|无投诉")
_GROWTH = re.compile(r"(?:增长|提高|提升|增加)(?:了)?\s*(?P<n>\d+(?:\.\d+)?)\s*(?:%|%)")
_NEGATIVE = re.compile(r"差错|流失|不良|投诉|时间|周期|成本|费用|空缺|违约|失误|事故")

# Vague aims mapped to indicators the corpus names (or the plain measurable form of the aim).
_SUGGEST = [
    (re.compile(r"满意"), "客户满意度"),
    (re.compile(r"投诉"), "客户投诉次数"),
    (re.compile(r"服务质量|服务水平|服务"), "服务差错率"),
    (re.compile(r"效率"), "单笔业务办理时间"),
    (re.compile(r"存款"), "日均存款新增额"),
    (re.compile(r"贷款质量|不良|风险"), "不良贷款率"),
    (re.compile(r"市场"), "市场占有率"),
    (re.compile(r"培训|学习|素质|能力|业务水平|技能"), "员工接受培训时间"),
    (re.compile(r"回款|货款"), "货款回收率"),
    (re.compile(r"招聘|人员需求"), "招聘周期"),
    (re.compile(r"档案"), "客户档案信息的完整性"),
    (re.compile(r"拜访|接触|走访"), "客户经理与潜在客户的接触次数"),
    (re.compile(r"客户关系|维护客户|客户维护"), "百万元以上对公客户流失数"),
    (re.compile(r"营销|销售|业绩|任务"), "销售量"),
    (re.compile(r"客户"), "新增个人VIP客户数"),
    (re.compile(r"积极性|主动性|士气|态度|精神|氛围"), "员工满意度"),
]  # no catch-all: an aim none of these names ("做好工作") gets a template from its own words


class SmartFlag(BaseModel):
    letter: str
    name: str
    ok: bool
    reason: str
    suggestion: str | None = None


class SmartReport(BaseModel):
    text: str
    indicator: str | None = Field(default=None, description="识别出的指标名称")
    flags: list[SmartFlag]
    rewrite: str = Field(description="改写建议 (示例目标值需按实际调整)")
    citations: list[SourceQuote] = Field(default_factory=list)
    note: str | None = None

    @property
    def missing(self) -> list[str]:
        return [f.letter for f in self.flags if not f.ok]

    @property
    def passed(self) -> bool:
        return not self.missing


def _indicator_in(text: str) -> str | None:
    m = _INDICATOR.search(text)
    if not m:
        return None
    name = re.sub(r"^(?:提高|提升|降低|减少|增加|控制|保持|确保|实现|完成|将|使|把|的)+", "", m.group(0))
    return name or m.group(0)


def _suggested_indicator(text: str) -> str | None:
    """The corpus indicator the aim is about, or None: then suggestions stay in the user's words."""
    return next((name for pattern, name in _SUGGEST if pattern.search(text)), None)


def _aim(body: str) -> str:
    """The aim without its deadline: "2024年内做好工作" -> "做好工作"."""
    return _TIME.sub("", body).strip(" ,,;;") or body


def _result_of(aim: str) -> str:
    """Placeholder for the measurable result behind a vague aim, in the user's own words."""
    return f"【「{aim}」所指的可衡量结果】"


def _target_phrase(indicator: str) -> str:
    negative = bool(_NEGATIVE.search(indicator)) and not re.search(r"培训|学习", indicator)
    if re.search(r"(培训|学习)(的)?时间", indicator):
        return "不少于【N】小时"
    if indicator.endswith(("满意度", "忠诚度", "得分", "分数")):
        return "达到90分以上"
    if indicator.endswith("率"):
        return "控制在1%以内" if negative else "达到95%以上"
    if indicator.endswith(("时间", "周期", "时长")):
        return "缩短至【N】天(或分钟)以内"
    if indicator.endswith(("额", "收入", "利润", "余额", "增加值")):
        return "不低于【N】万元"
    if indicator.endswith(("成本", "费用")):
        return "控制在预算的【N】%以内"
    return "不超过【N】" if negative else "不少于【N】(个/次)"


def smart_check(
    text: str,
    *,
    role: str | None = None,
    duties: list[str] | None = None,
    settings: Settings | None = None,
    data: ToolData | None = None,
) -> SmartReport:
    """Check one indicator text against SMART; ``duties`` (of ``role``) sharpen the relevance check."""
    raw = text.strip()
    if not raw:
        raise ValueError("请输入要检查的指标, 例如: 本年度客户满意度调查得分达到90分以上")
    body = raw.rstrip("。.;;")
    time_match = _TIME.search(body)
    has_time = time_match is not None
    untimed = _TIME.sub(",", body)  # "2024年" is a deadline, not a target value
    indicator = _indicator_in(untimed)
    has_number = bool(_NUMBER.search(untimed))
    flags: list[SmartFlag] = []

    # S: a named indicator or a countable object, not a vague aim about an abstract quality.
    vague = bool(_VAGUE.search(body)) and not indicator
    abstract_only = bool(_ABSTRACT.search(body)) and not indicator and not _COUNTABLE.search(body)
    specific = len(body) >= 4 and not (vague or abstract_only) and bool(indicator or _COUNTABLE.search(body))
    suggested = indicator or _suggested_indicator(body)
    if suggested:
        s_tip = f"把目标落到一个具体指标上, 例如「{suggested}」"
        m_tip = f"给出目标值和计量口径, 例如「{suggested}{_target_phrase(suggested)}」"
        r_tip = f"改为与岗位职责产出直接相关的结果指标, 例如「{suggested}」"
    else:  # nothing to map the aim to: ask for its measurable result rather than swap the topic
        aim = _aim(body)
        s_tip = f"写明「{aim}」具体指哪一项结果, 如完成数量、差错率、办理时间或满意度得分"
        m_tip = f"为这项结果给出目标值和计量口径, 例如「将{_result_of(aim)}提升/达到【目标值】」"
        r_tip = f"说明「{aim}」对应岗位职责的哪项产出, 以该产出的结果作为指标"
    flags.append(SmartFlag(
        letter="S", name=LETTERS["S"], ok=specific,
        reason="指明了具体的衡量对象" if specific else "表述笼统, 没有指明具体衡量什么",
        suggestion=None if specific else s_tip,
    ))  # fmt: skip

    # M: a target value for a measurable quantity.
    measurable = has_number and bool(indicator or _COUNTABLE.search(body))
    flags.append(SmartFlag(
        letter="M", name=LETTERS["M"], ok=measurable,
        reason="给出了可量化的目标值" if measurable else ("缺少目标值" if indicator else "没有可量化的指标和目标值"),
        suggestion=None if measurable else m_tip,
    ))  # fmt: skip

    # A: nothing absolute or implausible.
    growth = _GROWTH.search(body)
    extreme = _EXTREME.search(body)
    too_high = growth is not None and float(growth.group("n")) >= 100
    attainable = not (extreme or too_high)
    if extreme:
        a_reason = f"「{extreme.group(0)}」是绝对化目标, 通常难以实现, 也不利于激励"
    elif too_high:
        a_reason = f"增幅 {growth.group('n')}% 过高, 可能无法实现"  # type: ignore[union-attr]
    else:
        a_reason = "未发现绝对化或明显过高的目标; 目标值仍需与员工沟通确认"
    flags.append(SmartFlag(
        letter="A", name=LETTERS["A"], ok=attainable, reason=a_reason,
        suggestion=None if attainable else "以上年实际值或同业水平为基准, 设定经努力可以达到的目标(如提高 5-10 个百分点)",
    ))  # fmt: skip

    # R: about work results (and, when known, the post's duties), not attitudes.
    attitude_only = bool(_ATTITUDE.search(body)) and not indicator
    relevant = bool(indicator or _RESULT.search(body)) and not attitude_only
    r_reason = "与工作成果相关" if relevant else "针对态度或泛泛的工作要求, 与岗位产出关联不直接"
    if relevant and duties:
        from assistant.tools.text import bigrams

        # The indicator without its measurable tail: 招聘周期 -> 招聘, found in "组织…人员招聘工作".
        core = re.sub(r"(率|满意度|次数|数量|数|额|量|时间|周期|得分)$", "", indicator or body) or body
        key = bigrams(core)
        relevant = any(len(key & bigrams(d)) >= max(1, len(key) // 2) for d in duties)
        r_reason = f"与「{role or '该岗位'}」的职责相关" if relevant else f"与「{role or '该岗位'}」的主要职责关联不明显"
    flags.append(SmartFlag(
        letter="R", name=LETTERS["R"], ok=relevant, reason=r_reason,
        suggestion=None if relevant else r_tip,
    ))  # fmt: skip

    # T: a deadline or an assessment period.
    flags.append(SmartFlag(
        letter="T", name=LETTERS["T"], ok=has_time,
        reason="规定了完成时限或考核周期" if has_time else "没有完成时限或考核周期",
        suggestion=None if has_time else "加上时限和考核周期, 例如「本年度内(12月31日前), 按季度考核」",
    ))  # fmt: skip

    when = time_match.group(0) if time_match else None
    if suggested:
        rewrite = _rewrite(body, flags, suggested, when, growth)
    else:
        rewrite = _template(body, flags, when)
    report = SmartReport(text=raw, indicator=indicator, flags=flags, rewrite=rewrite)
    _cite(report, settings, data)
    return report


def _rewrite(body: str, flags: list[SmartFlag], indicator: str, when: str | None, growth: re.Match | None) -> str:
    """The indicator rewritten so that it passes every check; the user's own parts are kept."""
    missing = {f.letter for f in flags if not f.ok}
    if not missing:
        return body + "。"
    if missing <= {"T"}:
        core = body
    elif "A" in missing and growth is not None:
        core = f"{indicator}较上年增长【N】%(以上年实际值为基准)"
    else:
        core = f"{indicator}{_target_phrase(indicator)}"
    if when and "T" not in missing and core != body:
        core = f"{when}, {core}"
    if "T" in missing:
        core = f"本年度内(12月31日前), {core}, 按季度考核"
    return core + "。(示例目标值, 请按实际情况调整)"


def _template(body: str, flags: list[SmartFlag], when: str | None) -> str:
    """A rewrite for an aim no indicator matches: a fill-in template built from the user's words."""
    missing = {f.letter for f in flags if not f.ok}
    if not missing:
        return body + "。"
    period = f"在{when}" if when and "T" not in missing else "在本年度内(12月31日前)"
    tail = ", 按季度考核" if "T" in missing else ""
    return f"{period}, 将{_result_of(_aim(body))}提升/达到【目标值】{tail}。(模板: 请把【】换成本岗位的具体指标和数值)"


def _cite(report: SmartReport, settings: Settings | None, data: ToolData | None) -> None:
    if data is None:
        try:
            data = ToolData.load(settings or Settings())
        except NoRecordsError:
            report.note = "尚未导入语料, 无法引用 SMART 原则的出处; 请先运行 `gangwei ingest`。"
            return
    smart = find_passage(data, "必须符合SMART原则") or find_passage(data, "SMART")
    if smart:
        report.citations.append(smart)
    if "A" in report.missing:
        confirm = find_passage(data, "再与员工确认")
        if confirm:
            report.citations.append(confirm)
