"""List markers, section keywords and role names: the vocabulary the segmenter recognises."""

from __future__ import annotations

import re
from dataclasses import dataclass

from assistant.models import SectionKind

_CN_NUM = "一二三四五六七八九十百"


@dataclass(frozen=True)
class Marker:
    family: str  # arabic | paren_arabic | circled | cn | paren_cn | ordinal_cn | letter | dash | clause
    token: str  # the marker as written, e.g. "1、", "(一)", "①"
    rest: str  # the text after the marker


# Order matters: the more specific patterns first.
_MARKERS: list[tuple[str, re.Pattern[str]]] = [
    ("paren_arabic", re.compile(r"^(\(\d{1,2}\))\s*(.*)$")),
    ("paren_cn", re.compile(rf"^(\([{_CN_NUM}]+\s*\))\s*(.*)$")),
    ("circled", re.compile(r"^([\u2460-\u2473])\s*(.*)$")),
    ("ordinal_cn", re.compile(rf"^(第[{_CN_NUM}]+[、,:])\s*(.*)$")),
    ("clause", re.compile(rf"^(第[{_CN_NUM}\d]+[条步章节])\s*[:,]?\s*(.*)$")),
    ("cn", re.compile(rf"^([{_CN_NUM}]+[、,.:])\s*(.*)$")),
    # "1、" "1." (not "1.5") "1," "1:" "1)" and "5 负责" (digit, space, Chinese)
    ("arabic", re.compile(r"^(\d{1,2}(?:[、,:)]|\.(?!\d)|\s+(?=[\u4e00-\u9fff])))\s*(.*)$")),
    ("letter", re.compile(r"^([A-H][、.])\s*(.*)$")),
    ("dash", re.compile(r"^([-•·]|[*+](?=\s))\s*(.+)$")),
]

# Families whose items can sit inside an item of a "parent" family (1、 ... ① ② ...).
CHILD_FAMILIES = {"circled", "letter", "paren_arabic", "dash"}
PARENT_FAMILIES = {"arabic", "cn", "paren_cn", "ordinal_cn"}
# Heading-style markers: a short unpunctuated line with one of these is a heading, not an item.
HEADING_FAMILIES = {"cn", "paren_cn", "clause", "ordinal_cn"}


def parse_marker(text: str) -> Marker | None:
    for family, pattern in _MARKERS:
        m = pattern.match(text)
        if m and m.group(2).strip():
            return Marker(family=family, token=m.group(1), rest=m.group(2).strip())
    return None


# Section keywords. Qualifications are checked first ("岗位要求" would otherwise read as duties).
QUALIFICATION_KEYWORDS = (
    "任职要求", "任职资格", "任职条件", "岗位要求", "资格要求", "应聘条件", "职位要求",
    "招聘要求", "应聘要求", "任职标准",
)  # fmt: skip
DUTY_KEYWORDS = (
    "岗位职责", "工作职责", "主要职责", "职位描述", "岗位描述", "工作内容", "职责总述", "工作范围",
    "工作责任", "主要工作", "辅助工作", "工作任务", "职责",
)  # fmt: skip
KPI_KEYWORDS = ("考核", "绩效", "指标", "KPI", "kpi", "评分", "计分卡")


def _names(core: str, keywords: tuple[str, ...]) -> bool:
    """A heading names a section kind when it starts or ends with the keyword.

    Long essay headings that merely mention a keyword ("部分客户经理自身素质与岗位要求不相匹配")
    are not section headings of that kind.
    """
    tail = core.rstrip(":").removesuffix("如下").removesuffix("是").removesuffix("包括")
    return any(tail.endswith(k) or core.startswith(k) for k in keywords)


def section_kind_of(heading: str) -> SectionKind | None:
    """Kind named by a heading, or None when the heading names none."""
    core = heading.rstrip(":").strip()
    if core.startswith("第") and "步" in core[:5]:
        # Method steps ("第二步:分析岗位职责") describe how to do KPI work, not a role's duties.
        return SectionKind.kpi if any(k in core for k in KPI_KEYWORDS) else None
    if core.endswith("法") and any(k in core for k in DUTY_KEYWORDS + KPI_KEYWORDS):
        return SectionKind.kpi  # "岗位职责倒推法": a way to derive indicators
    if _names(core, QUALIFICATION_KEYWORDS):
        return SectionKind.qualifications
    if any(k in core for k in KPI_KEYWORDS):
        return SectionKind.kpi
    if _names(core, DUTY_KEYWORDS):
        return SectionKind.duties
    return None


ROLE_SUFFIXES = (
    "经理", "专员", "业务员", "员", "师", "助理", "主管", "总监", "店长", "管理员", "人员", "岗",
    "代表", "顾问", "秘书", "会计", "出纳", "文员", "柜员", "行长", "主任", "经纪人", "客服",
    "组长", "教师", "老师", "销售",
)  # fmt: skip
# Verbs and fillers that precede a role in essay headings ("梳理客户经理岗位职责").
_ROLE_PREFIX_NOISE = re.compile(
    r"^(梳理|分析|阅读|检查|明确|制定|规范|完善|履行|建立|提炼|确定|关于|浅谈|论|对|谈|如何做好|做好)+"
)
_ROLE_SUFFIX_NOISE = re.compile(r"(相关|的|之|岗位|职位|工作|类)+$")
_ARTICLE_PREFIX = re.compile(r"^(第\d+篇[:]|\d+)")


def clean_role(raw: str) -> tuple[str | None, str | None]:
    """Normalise a role phrase; returns (role, organisation) or (None, None) if it is not a role.

    "某金融行业公司的客服专员" -> ("客服专员", "某金融行业公司").
    """
    text = raw.strip(" :[]【】()")
    org = None
    if "的" in text:
        head, _, tail = text.rpartition("的")
        if tail:
            org, text = head or None, tail
    text = re.sub(r"^\d+", "", _ROLE_SUFFIX_NOISE.sub("", text)).strip()
    # Drop a leading verb only when a role remains ("梳理客户经理" yes, "分析师" no).
    for candidate in (_ROLE_PREFIX_NOISE.sub("", text), text):
        if _is_role(candidate):
            return candidate, org
    return None, None


def _is_role(text: str) -> bool:
    return (
        2 <= len(text) <= 14
        and text.endswith(ROLE_SUFFIXES)
        and not re.search(r"[,。;!?、:\s*与和及]", text)
    )


_ROLE_SECTION = re.compile(
    r"^(?P<role>.{2,24}?)(?:岗位职责|工作职责|职责|岗位说明书)(?:范文[一二三四五六七八九十\d]+)?:?$"
)
_ROLE_QUAL = re.compile(r"^(?P<role>.{2,24}?)(?:任职资格|任职要求|任职条件):?$")
_BRACKET_DEPT_ROLE = re.compile(r"^(?P<dept>[^【】]{0,14})【(?P<role>[^【】]{2,16})】$")
_BRACKET_ROLE_AFTER = re.compile(r"^【(?P<dept>[^【】]{2,14})】(?P<role>[^【】]{2,16})$")
_TITLE_ROLE = re.compile(r"^(?P<role>.{2,16}?)(?:岗位职责|职责)")


@dataclass(frozen=True)
class RoleHeading:
    role: str
    department: str | None
    kind: SectionKind | None  # the section kind the heading opens, if any


def parse_role_heading(text: str) -> RoleHeading | None:
    """Recognise headings that name a role: 研究院【分析师】, 【行政部】行政助理, 教师岗位职责:."""
    core = text.strip()
    m = _BRACKET_DEPT_ROLE.match(core)
    if m:
        role, _ = clean_role(m.group("role"))
        if role:
            return RoleHeading(role, m.group("dept").strip() or None, None)
    m = _BRACKET_ROLE_AFTER.match(core)
    if m:
        role, _ = clean_role(m.group("role"))
        if role:
            return RoleHeading(role, m.group("dept").strip(), None)
    for pattern, kind in ((_ROLE_QUAL, SectionKind.qualifications), (_ROLE_SECTION, SectionKind.duties)):
        m = pattern.match(core)
        if m:
            role, org = clean_role(m.group("role"))
            if role:
                return RoleHeading(role, org, kind)
    return None


def bare_role_heading(core: str) -> RoleHeading | None:
    """A numbered heading that is nothing but a role name ("一、柜员", "一、银行柜员类")."""
    name = core.rstrip(":").strip()
    if len(name) > 8:
        return None
    role, _ = clean_role(name)
    return RoleHeading(role, None, None) if role else None


def role_from_title(title: str) -> str | None:
    """The role an article title is about ("大客户经理岗位职责 篇8" -> 大客户经理)."""
    core = _ARTICLE_PREFIX.sub("", title.strip())
    m = _TITLE_ROLE.match(core)
    if not m:
        return None
    role, _ = clean_role(m.group("role"))
    return role


# "家装业务员工作职责1" glued to its first item "1.负责家装装修业务;"
GLUED_ROLE_ITEM = re.compile(r"^(?P<role>[\u4e00-\u9fff]{2,12}?)(?P<label>工作职责|岗位职责)(?P<n>\d)(?P<item>\d[、.,:].+)$")
FIELD_LINE = re.compile(r"^(?P<key>岗位名称|职位名称|所属部门|直属上司|直属上级|汇报对象):\s*(?P<value>.+)$")
TERMINAL_PUNCT = "。;!?,"
