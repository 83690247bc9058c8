"""KPI library: indicators named in the corpus, with their BSC dimension, sentence and roles.

Runs at ingest time (``extract_kpis`` per file). Precision matters more than recall: a phrase only
becomes an indicator when a specific textual pattern says so (an enumerated indicator list, a quoted
indicator, an "X指标", a scoring basis "根据X评分", a target "X达到…", an object of 提高/降低),
and the phrase itself looks like a measurable noun phrase.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field

from pydantic import BaseModel, Field

from assistant.ingest.chunk import short_hash
from assistant.models import Article, BlockType, BscDimension, KpiEntry, SourceSpan

# --- what an indicator name looks like ------------------------------------------------------

# Names that measure by themselves (a rate, a count, a satisfaction score, a duration ...).
_STRICT_SUFFIXES = (
    "率", "满意度", "忠诚度", "次数", "数", "额", "量", "时间", "周期", "增加值", "完整性", "比例", "占比",
)  # fmt: skip
# Money/stock nouns accepted only inside an explicit indicator list ("…等指标").
_LIST_SUFFIXES = _STRICT_SUFFIXES + ("收入", "收益", "利润", "成本", "费用", "余额", "总量", "数量", "回收", "效率")
# Phrases ending like an indicator that are not one.
_BAD_TAILS = (
    "效率", "概率", "利率", "汇率", "费率", "频率", "胜率", "税率", "系数", "分数", "多数", "少数", "无数",
    "质量", "力量", "海量", "大量", "少量", "考量", "衡量", "计量", "定量", "数额", "金额", "人数", "级数",
    "函数", "岁数",
)  # fmt: skip
_BAD_TAILS_STRICT_ONLY = ("效率",)  # allowed in an explicit list ("工作效率等指标"), never elsewhere
_BAD_PARTS = (
    "就是", "通过", "采取", "能够", "可能", "决定", "记录", "逐步", "尽可能", "一定的", "不能", "应该", "必须",
    "如何", "为了", "这", "那", "哪", "我们", "他们", "进行", "以及", "或者", "还是", "什么", "作为", "考核",
    "主要", "力争", "做到", "增设", "同时", "绩效", "等",
)  # fmt: skip
_BAD_START = re.compile(r"^(以|而|将|把|使|从|在|为|与|和|及|等|或|但|并|且|也|还|都|就|则|即|所以|因此|是|有|无|不(?!良)|其|该|此)")
_NAME_CHARS = re.compile(r"^[\u4e00-\u9fffA-Za-z0-9]+$")

# --- where indicators are named -------------------------------------------------------------

_CUE = re.compile(r"指标|考核|考评|维度|绩效|衡量|评分|KPI|计分卡")
_SEPARATORS = re.compile(r"[、;,]|以及|及(?!时)|和")
# "…可以包括 A、B 等": the last of these in a list fragment marks where the name starts.
_TRIGGER = re.compile(
    r".*(?:可以选择|可以包括|可包括|主要包括|包括|主要考核|考评|分解为(?:便于计量的)?|主要指|主要有|选择|即)[:]?"
)
# A list explicitly closed as indicators/data ("…等指标", "…等数据进行汇总").
_LIST_END = re.compile(r"等(?:业务量)?(?:指标|数据)")
_DIMENSION_LEAD = re.compile(
    r"^(?:首先|其次|再次|最后|同时)?[,]?(?P<dim>财务|客户|内部流程|学习与成长)(?:维度|方面的指标|方面|指标)"
)
_QUOTED = re.compile(r"“(?P<name>[^“”]{2,16})”")
_NAMED_INDICATOR = re.compile(r"(?P<name>[\u4e00-\u9fffA-Za-z]{2,14})指标")
_SCORE_BASIS = re.compile(r"根据(?P<list>[^。;]{2,40}?)(?:的增减情况)?(?:评分|考核)")
_ASSESS_OBJECT = re.compile(r"对(?P<list>[^。;]{2,60}?)进行考核")
_TARGET = re.compile(r"(?P<name>[\u4e00-\u9fff]{2,10}?(?:时间|率|满意度|次数))(?:累计)?(?:达到|保持在|不低于|不少于)")
_VERB_OBJECT = re.compile(
    r"(?:提高|提升|降低|扩大|增加|保证|控制)(?:[\u4e00-\u9fff]{0,6}的)?(?P<name>[\u4e00-\u9fff]{1,8}?(?:率|满意度))"
)
_RATE_CHANGE = re.compile(r"(?:^|的|使|\))(?P<name>[\u4e00-\u9fff]{2,8}率)(?:下降|上升|升高)")
# Where a phrase found by a non-list rule really starts ("…增设电子银行业务替代率指标").
_LEAD_CUT = re.compile(r".*(?:将|把|是|为|在|使|对(?![公私])|增设|设定|设置|实现|完成|取得|做到|力争|包括)")

_CLEAN_LEAD = [
    re.compile(r"^(?:一定时间内|全年|每月|每年)"),
    re.compile(r"^(?:其)?所(?:负责|服务|管理|开发)[\u4e00-\u9fff]{0,4}?的(?=[\u4e00-\u9fff]{2})"),
    re.compile(r"^[\u4e00-\u9fff]{2,6}所(?:负责|服务|管理)的(?:[\u4e00-\u9fff]{1,4}的)?"),
    re.compile(r"^(?:提高|提升|降低|扩大|增加|保证|控制)"),
    re.compile(r"^对(?![公私])"),
]
_CLEAN_TAIL = re.compile(r"(?:等(?:业务量)?(?:指标|数据).*|的完成情况|的增减情况|进行考核|评分|等)$")
_SHORT_OF = re.compile(r"^(?P<a>[\u4e00-\u9fff]{1,3})的(?P<b>[\u4e00-\u9fff]{2,6})$")


def canonical_name(name: str) -> str:
    """客户的满意度 -> 客户满意度; 访问的成功率 -> 访问成功率 (short "X的Y" only)."""
    m = _SHORT_OF.match(name)
    return m.group("a") + m.group("b") if m else name


def _clean(fragment: str) -> str:
    text = fragment.strip().strip("“”\"'()[]【】《》 ")
    text = _TRIGGER.sub("", text)
    for _ in range(2):
        text = _CLEAN_TAIL.sub("", text).strip()
        for pattern in _CLEAN_LEAD:
            text = pattern.sub("", text)
    return text.strip("“”\"' ")


def is_indicator_name(name: str, list_mode: bool = False) -> bool:
    """Whether a cleaned phrase reads as an indicator name (a qualifier plus a measurable noun)."""
    if not (2 <= len(name) <= 16) or not _NAME_CHARS.match(name):
        return False
    suffixes = _LIST_SUFFIXES if list_mode else _STRICT_SUFFIXES
    matched = [s for s in suffixes if name.endswith(s)]
    if not matched or len(name) - max(len(s) for s in matched) < 2:
        return False  # "余额", "定量": the measurable noun alone says nothing
    bad_tails = tuple(t for t in _BAD_TAILS if not (list_mode and t in _BAD_TAILS_STRICT_ONLY))
    if name.endswith(bad_tails):
        return False
    return not (any(p in name for p in _BAD_PARTS) or _BAD_START.match(name))


def _cut_lead(phrase: str) -> str:
    """Drop the clause in front of a name found by a non-list rule; cut at 的 unless too little is left."""
    phrase = _LEAD_CUT.sub("", phrase)
    head, sep, tail = phrase.rpartition("的")
    return tail if sep and len(tail) >= 4 else phrase


# --- dimensions --------------------------------------------------------------------------------

_DIM_WORDS = {"财务": BscDimension.financial, "客户": BscDimension.customer,
              "内部流程": BscDimension.process, "学习与成长": BscDimension.learning}  # fmt: skip
# Money amounts are financial whatever they are about ("每天销售访问的平均收入").
_FINANCIAL_ENDINGS = ("收入", "利润", "成本", "费用", "余额", "新增额", "增加值", "回报率", "收益", "销售量", "销售额",
                      "回款额", "利润额", "用邮量", "总量", "回收")  # fmt: skip
# Keyword rules, checked in order; the first match wins. Learning first: 员工收入水平增长率 is growth.
_DIM_RULES: list[tuple[BscDimension, tuple[str, ...]]] = [
    (BscDimension.learning, ("培训", "学习", "员工满意", "员工收入", "员工流失", "晋升", "空缺")),
    (BscDimension.process, ("差错", "办理时间", "接触次数", "拜访", "访问", "交易比例", "稽核", "完整性", "及时",
                            "正确率", "完成率", "履约", "违约", "替代率", "周期", "招聘", "使用率", "生产力", "档案",
                            "效率")),
    (BscDimension.customer, ("满意", "忠诚", "占有率", "客户数", "客户流失", "VIP", "账户数", "开户数", "新客户",
                             "老客户", "回访", "签单率", "客户数量")),
    (BscDimension.financial, ("存款", "贷款", "不良", "收入", "收益", "利润", "成本", "费用", "回款", "货款", "回收",
                              "增加值", "资本", "销售量", "销售额", "余额", "新增额", "资产", "业务量")),
]  # fmt: skip


def dimension_for(name: str) -> BscDimension | None:
    """A sensible BSC dimension for an indicator the text does not place in one."""
    if name.endswith(_FINANCIAL_ENDINGS) and not name.startswith("员工"):
        return BscDimension.financial
    for dim, words in _DIM_RULES:
        if any(w in name for w in words):
            return dim
    return None


# --- roles mentioned with an indicator -----------------------------------------------------------

_ROLE_MENTION = re.compile(
    r"(?:个人业务|公司业务|个人|对公|对私|零售|高级|网格|支行|大)?(?:客户关系经理|客户经理)"
    r"|大堂经理|理财经理|风险经理|产品经理|市场经理|销售经理|销售人员|销售员|业务员|综合柜员|柜员|电工|客服专员"
    r"|HR部门|人力资源部门?|客服岗位|行长"
)
_ROLE_ALIASES = {"HR部门": "人力资源部", "人力资源部门": "人力资源部", "客服岗位": "客服专员"}


def role_mentions(text: str) -> list[str]:
    out: list[str] = []
    for m in _ROLE_MENTION.finditer(text):
        role = _ROLE_ALIASES.get(m.group(0), m.group(0))
        if role not in out:
            out.append(role)
    return out


# --- extraction ------------------------------------------------------------------------------


@dataclass
class _Found:
    name: str
    dimension: BscDimension | None
    rule: str


@dataclass
class _Sentence:
    text: str
    line_no: int
    roles: list[str] = field(default_factory=list)  # the posts the sentence is about


def _split_list(body: str) -> list[str]:
    """Split an enumeration; parenthesised alternatives become items too: 合同履约率(违约率)."""
    items: list[str] = []
    for part in _SEPARATORS.split(body):
        m = re.match(r"^(?P<main>[^()]+)\((?P<alt>[^()]+)\)$", _CLEAN_TAIL.sub("", part.strip()))
        items.extend([m.group("main"), m.group("alt")] if m else [part])
    return items


def _list_items(fragment: str, list_mode: bool) -> list[str]:
    """Names in one list fragment; "销售费用与费用率" is two indicators, "客户经理与…的接触次数" one."""
    name = canonical_name(_clean(fragment))
    left, sep, right = name.partition("与")
    if sep and is_indicator_name(left, list_mode) and is_indicator_name(right, list_mode):
        return [left, right]
    return [name] if is_indicator_name(name, list_mode) else []


def candidates_in(sentence: str) -> list[_Found]:
    """All indicator names one sentence yields, list items first, then the other rules."""
    found: list[_Found] = []
    lead = _DIMENSION_LEAD.match(sentence)
    lead_dim = _DIM_WORDS[lead.group("dim")] if lead else None
    has_cue = bool(_CUE.search(sentence))
    explicit_list = bool(_LIST_END.search(sentence))
    # "…主要包括 A、B、C" in a sentence about assessment is an indicator list even without "等指标".
    list_mode = explicit_list or lead is not None or (has_cue and _TRIGGER.match(sentence) is not None)

    if has_cue or explicit_list:
        body = re.sub(r"[。!?]$", "", sentence)
        for fragment in _split_list(body):
            found.extend(_Found(name, lead_dim, "list") for name in _list_items(fragment, list_mode))
    for m in _QUOTED.finditer(sentence):
        name = canonical_name(_clean(m.group("name")))
        if is_indicator_name(name, list_mode=has_cue):
            found.append(_Found(name, None, "quoted"))
    for m in _NAMED_INDICATOR.finditer(sentence):
        name = canonical_name(_clean(_cut_lead(m.group("name"))))
        if is_indicator_name(name):
            found.append(_Found(name, None, "named"))
    for pattern in (_SCORE_BASIS, _ASSESS_OBJECT):
        for m in pattern.finditer(sentence):
            for fragment in _split_list(m.group("list")):
                found.extend(_Found(name, None, "basis") for name in _list_items(fragment, True))
    for pattern in (_TARGET, _VERB_OBJECT, _RATE_CHANGE):
        for m in pattern.finditer(sentence):
            name = canonical_name(_clean(_cut_lead(m.group("name"))))
            if is_indicator_name(name):
                found.append(_Found(name, None, "target"))
    out: list[_Found] = []
    seen: set[str] = set()
    for f in found:
        if f.name not in seen:
            seen.add(f.name)
            out.append(f)
    # In the order the sentence names them (canonical names not found verbatim go last).
    return sorted(out, key=lambda f: (sentence.find(f.name) if f.name in sentence else len(sentence)))


_SENTENCE = re.compile(r"[^。!?]+[。!?]?")


def sentences_of(text: str) -> list[str]:
    """Sentences at 。!? only: a list written "A;B;C等指标" must stay one sentence."""
    return [m.group(0).strip() for m in _SENTENCE.finditer(text) if m.group(0).strip()]


def _sentences(article: Article) -> Iterable[_Sentence]:
    """Sentences with the posts they are about: named in the sentence, else in its paragraph,
    else in the section's role or the nearest heading above that names a post."""
    heading_roles: list[str] = []
    for section in article.sections:
        for block in section.blocks:
            if block.type == BlockType.heading:
                named = role_mentions(block.text)
                if named:
                    heading_roles = named
                continue
            paragraph_roles = role_mentions(block.text)
            for line in block.lines:
                for sentence in sentences_of(line.text):
                    roles = role_mentions(sentence) or paragraph_roles or heading_roles
                    if section.role:
                        roles = [section.role] + [r for r in roles if r != section.role]
                    yield _Sentence(sentence, line.line_no, roles)


def extract_kpis(articles: list[Article]) -> list[KpiEntry]:
    """Indicators named in the articles; one entry per (indicator, line)."""
    entries: list[KpiEntry] = []
    seen: set[tuple[str, int]] = set()
    for article in articles:
        for sentence in _sentences(article):
            for f in candidates_in(sentence.text):
                key = (f.name, sentence.line_no)
                if key in seen:
                    continue
                seen.add(key)
                entries.append(
                    KpiEntry(
                        id=short_hash(f"{article.file}|{sentence.line_no}|{f.name}", 16),
                        name=f.name,
                        dimension=f.dimension or dimension_for(f.name),
                        sentence=sentence.text,
                        span=SourceSpan(file=article.file, line_start=sentence.line_no, line_end=sentence.line_no),
                        roles=sentence.roles,
                    )
                )
    return entries


# --- the library view: one indicator, all its mentions -----------------------------------------


class LibraryIndicator(BaseModel):
    """A distinct indicator with every sentence that names it."""

    name: str
    dimension: BscDimension | None = None
    mentions: list[KpiEntry]
    roles: list[str] = Field(default_factory=list)

    @property
    def first(self) -> KpiEntry:
        return self.mentions[0]

    @property
    def files(self) -> list[str]:
        return sorted({m.span.file for m in self.mentions})


def build_library(entries: list[KpiEntry]) -> list[LibraryIndicator]:
    """Group entries by name; the dimension is the one the text gives, else the rule's."""
    groups: dict[str, list[KpiEntry]] = {}
    for entry in sorted(entries, key=lambda e: (e.span.file, e.span.line_start)):
        groups.setdefault(entry.name, []).append(entry)
    library = []
    for name, mentions in groups.items():
        dims = Counter(m.dimension for m in mentions if m.dimension is not None)
        roles = list(dict.fromkeys(r for m in mentions for r in m.roles))
        library.append(
            LibraryIndicator(
                name=name,
                dimension=dims.most_common(1)[0][0] if dims else dimension_for(name),
                mentions=mentions,
                roles=roles,
            )
        )
    order = {d: i for i, d in enumerate(BscDimension)}
    library.sort(key=lambda ind: (order.get(ind.dimension, 9) if ind.dimension else 9, -len(ind.mentions), ind.name))
    return library
