"""Evidence about one post gathered from the records: duties, qualifications, purpose, reporting line.

Three kinds of evidence, each item a verbatim quote with its span:
- structured profiles (list items under 岗位职责 / 任职要求 for the post or a close relative);
- sections of those postings that are not lists of duties (职责总述, 所受监督, 所施监督);
- prose sentences that make the post (or its department) the subject of a duty or requirement
  ("对私客户经理主要开展面向个人的金融业务", "人力资源部应组织…").
"""

from __future__ import annotations

import re
from typing import Literal

from pydantic import BaseModel

from assistant.models import Article, BlockType, JobProfile, Section, SourceSpan
from assistant.tools.data import SourceQuote, ToolData, block_lines, quote_of
from assistant.tools.roles import SIBLING, head_noun, normalize_role, relatedness, role_variants
from assistant.tools.text import clean_item, sentences, strip_marker

Kind = Literal["duty", "qualification", "purpose", "relation", "reports_to", "department"]


class Candidate(BaseModel):
    """One piece of evidence for a drafted item."""

    kind: Kind
    text: str
    quote: SourceQuote
    weight: float
    source: str  # article id: items from one article count as one source
    role: str
    origin: Literal["profile", "section", "prose", "department"]
    inferred: bool = False  # applies evidence about another scope (the department) to the post


# Modifiers that narrow a title: 个人客户经理 -> 客户经理 is the family the post belongs to.
_MODIFIERS = (
    "个人", "对公", "对私", "零售", "公司", "网格", "高级", "初级", "中级", "资深", "首席", "支行", "分行", "证券", "驻点",
    "大", "银行",
)  # fmt: skip
_PURPOSE_HEADINGS = ("职责总述", "岗位目的", "职位概要", "岗位概述", "工作概述", "职位目的")
_RELATION_HEADINGS = ("所受监督", "所施监督", "工作关系", "汇报关系", "协作关系", "内部联系", "外部联系")
_LONG_ITEM = 200

_DUTY_CUE = re.compile(
    r"^(?:岗位)?(?:的)?(?:主要职责|工作职责|岗位职责|职责)(?:一般|基本)?(?:是|包括|有|由下[一二三四五六七八九十]个方面构成)[:,]?"
    r"|^(?:主要是|主要负责|,?(?=负责)|主要(?=开展|从事|承担))"
)
# Where a duty sentence stops being about the post ("…,我们就可以…").
_BODY_END = re.compile(r"[,;](?=我们|就|则|从而|以便|这样|因此|所以)")
_NOT_A_DUTY = re.compile(r"不得|无权|禁止|不能|^的|^负责的")
_PURPOSE_CUE = re.compile(r"^(?:主要是|是|作为)(?P<body>[^,。;]{2,40}?(?:桥梁|纽带|主力军|创造者))")
_QUAL_CUE = re.compile(r"^[^。所]{0,12}?(?:必须要具备|必须具备|应当具备|应具备|需要具备|需具备|要求具备|应具有)(?!的)")
_KSA = re.compile(r"(?:知识|技能|素质).*?主要包括(?:元素)?(?P<body>[^。;]{4,80})")
_DEPT_CUE = re.compile(r"^(?:门)?(?:应|需|需要|就可以|负责)(?P<body>[^。]{6,120})")
# A mention that is not the subject: "由客户经理负责发放", "对客户经理的审计".
_NOT_SUBJECT = re.compile(r"(?:由|让|使|对|与|和|给|向|帮助|要求|把|将|被)$")
_ENUM = re.compile(r"[一二三四五六七八九十]是")
# A heading glued to the end of an item: "…损坏等。快递业务员的工作内容:".
_GLUED_HEADING = re.compile(r"[。;]?[^。;,]{2,16}?(?:的)?(?:工作内容|岗位职责|工作职责|任职资格|任职要求|任职条件)[:]?$")
# Questions and remarks about job descriptions are page furniture, not duties or requirements.
_NOT_AN_ITEM = re.compile(r"[??]|一职|人才市场|小编")
_MIN_CLAUSE = 8  # characters: shorter comma-separated parts are facets of one duty, not duties
_PARTS_END = re.compile(r"(?:[一二三四五六七八九十两]|几)(?:部分|个方面|项指标|项工作|项)$")


def family_base(role: str) -> str:
    """个人客户经理 -> 客户经理; 人力资源专员 -> 人力资源专员."""
    base = normalize_role(role)
    changed = True
    while changed:
        changed = False
        for m in _MODIFIERS:
            rest = base[len(m) :]
            if base.startswith(m) and head_noun(rest) and len(rest) >= 3:
                base, changed = rest, True
    return base


def mention_pattern(role: str) -> re.Pattern[str]:
    """Titles of the post's family as written in running text (大客户经理, 对私客户经理, 客户关系经理 …)."""
    names = set(role_variants(role)) | set(role_variants(family_base(role)))
    mods = "|".join(sorted(_MODIFIERS, key=len, reverse=True))
    alts = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
    return re.compile(rf"(?:{mods})*(?:{alts})")


def split_body(body: str) -> list[str]:
    """An enumeration written in running text, as separate items.

    一是…;二是… -> items; "A、B(…)、C四部分" -> items; a short comma list of verb phrases -> items.
    """
    body = body.strip().rstrip("。;!")
    if len(_ENUM.findall(body)) >= 2:
        parts = [p.strip(" ;,") for p in _ENUM.split(body)]
        return [p for p in parts if len(p) >= 2]
    if _PARTS_END.search(body):
        trimmed = _PARTS_END.sub("", body)
        return [p for p in _split_outside_parens(trimmed, "、") if len(p) >= 2]
    parts = [p.strip() for p in re.split(r";", body) if p.strip()]
    if len(parts) == 1:
        commas = [p.strip() for p in body.split(",") if p.strip()]
        # Split a comma list of duties only when every part is a clause of its own: "维护客户关系,
        # 满足客户需求" are facets of one sentence and read as trivial items on their own.
        if len(commas) >= 3 and all(_MIN_CLAUSE <= len(p) <= 25 for p in commas):
            return commas
    return [p for p in parts if len(p) >= 2]


def _split_outside_parens(text: str, sep: str) -> list[str]:
    out, buf, depth = [], "", 0
    for ch in text:
        depth += ch == "("
        depth -= ch == ")"
        if ch == sep and depth == 0:
            out.append(buf)
            buf = ""
        else:
            buf += ch
    out.append(buf)
    return [p.strip() for p in out]


class RoleEvidence:
    """All candidates about one post, from the record set."""

    def __init__(self, data: ToolData, role: str) -> None:
        self.data = data
        self.role = role.strip()
        self.candidates: list[Candidate] = []
        self._mentions_post = mention_pattern(self.role)
        self.profiles: list[tuple[JobProfile, float]] = [
            (p, w) for p in data.profiles if (w := relatedness(self.role, p.title)) > 0
        ]
        self.profiles.sort(key=lambda pw: -pw[1])
        self._collect()

    # -- public views ------------------------------------------------------------------------

    def of_kind(self, kind: Kind, min_weight: float = 0.0) -> list[Candidate]:
        return [c for c in self.candidates if c.kind == kind and c.weight >= min_weight]

    @property
    def best_weight(self) -> float:
        return max((c.weight for c in self.candidates), default=0.0)

    def departments(self) -> list[str]:
        return [p.department for p, w in self.profiles if w >= 0.9 and p.department]

    # -- collection ---------------------------------------------------------------------------

    def _add(self, kind: Kind, text: str, span: SourceSpan, weight: float, article: Article, role: str,
             origin: str, quote_text: str | None = None, inferred: bool = False) -> None:  # fmt: skip
        text = _GLUED_HEADING.sub("", clean_item(text).replace("\n", ""))
        if len(text) < 2 or _NOT_AN_ITEM.search(text):
            return
        if kind in ("duty", "qualification") and len(text) > 30 and self._mentions_post.search(text):
            return  # an introduction about the post ("…都少不了客服专员一职"), not one of its duties
        quote = quote_of(quote_text or text, span, role=role, title=article.title)
        self.candidates.append(
            Candidate(kind=kind, text=text, quote=quote, weight=weight, source=article.id, role=role,
                      origin=origin, inferred=inferred)  # type: ignore[arg-type]
        )  # fmt: skip

    def _collect(self) -> None:
        articles = self.data.article_by_id
        for profile, weight in self.profiles:
            article = articles.get(profile.article_id)
            if article is None:
                continue
            self._from_profile(profile, weight, article)
        self._from_sections(articles)
        self._from_prose()
        unique: dict[tuple, Candidate] = {}
        for c in self.candidates:
            unique.setdefault((c.kind, c.quote.key, c.text), c)
        self.candidates = list(unique.values())

    def _from_profile(self, profile: JobProfile, weight: float, article: Article) -> None:
        for item in profile.duties:
            found = self.data.section_at(item.span)
            heading = (found[1].heading or "") if found else ""
            kind: Kind = "purpose" if any(h in heading for h in _PURPOSE_HEADINGS) else "duty"
            if len(item.text) > _LONG_ITEM or (kind == "duty" and _is_prose_paragraph(found, item.span)):
                self._from_paragraph(item.text, item.span, weight, article, profile.title)
                continue
            self._add(kind, item.text, item.span, weight, article, profile.title, "profile")
        for item in profile.qualifications:
            for clause in _qual_clauses(item.text):
                self._add("qualification", clause, item.span, weight, article, profile.title, "profile")

    def _from_paragraph(self, text: str, span: SourceSpan, weight: float, article: Article, role: str) -> None:
        """A duty written as a paragraph: take its enumeration, if it has one."""
        for sentence in sentences(strip_marker(text)):
            m = re.search(r"(?:构成|包括)[:]?(?P<body>.*[一二]是.*)$", sentence)
            if m:
                for part in split_body(m.group("body")):
                    self._add("duty", part, span, weight, article, role, "profile")

    def _from_sections(self, articles: dict[str, Article]) -> None:
        """职责总述 / 所受监督 / 所施监督 sections of postings for this post."""
        seen = {c.quote.key for c in self.candidates}
        for article in articles.values():
            for section in article.sections:
                weight = relatedness(self.role, section.role) if section.role else 0.0
                if weight < 0.9 or not section.heading:
                    continue
                if any(h in section.heading for h in _RELATION_HEADINGS):
                    kind: Kind = "relation"
                elif any(h in section.heading for h in _PURPOSE_HEADINGS):
                    kind = "purpose"
                else:
                    continue
                for block in section.blocks:
                    key = (block.span.file, block.span.line_start, block.span.line_end)
                    if block.type == BlockType.heading or key in seen:
                        continue
                    self._add(kind, block.text, block.span, weight, article, section.role or self.role, "section")
                    for boss in _bosses(block.text):
                        self._add("reports_to", boss, block.span, weight, article, section.role or self.role,
                                  "section", quote_text=block.text)  # fmt: skip

    def _from_prose(self) -> None:
        """Sentences whose subject is the post, a relative, or the post's department."""
        pattern = mention_pattern(self.role)
        depts = {d for d in self.departments()}
        dept_names = sorted({n for d in depts for n in (d, d.removesuffix("部") + "部门")}, key=len, reverse=True)
        dept_pattern = re.compile("|".join(re.escape(d) for d in dept_names)) if dept_names else None
        for article, section, block in self.data.blocks():
            if block.type == BlockType.heading:
                continue
            heading_mentions = pattern.search(section.heading or "") is not None
            for line_no, line in block_lines(block):
                span = SourceSpan(file=block.span.file, line_start=line_no, line_end=line_no)
                for sentence in sentences(line):
                    self._prose_sentence(sentence, span, article, section, pattern, heading_mentions)
                    if dept_pattern is not None:
                        self._dept_sentence(sentence, span, article, dept_pattern)

    def _prose_sentence(self, sentence: str, span: SourceSpan, article: Article, section: Section,
                        pattern: re.Pattern[str], heading_mentions: bool) -> None:  # fmt: skip
        for m in pattern.finditer(sentence):
            name = m.group(0)
            weight = relatedness(self.role, name)
            if weight < SIBLING or _NOT_SUBJECT.search(sentence[: m.start()]):
                continue
            rest = sentence[m.end() :]
            purpose = _PURPOSE_CUE.match(rest)
            if purpose:
                self._add("purpose", sentence[m.start() : m.end() + purpose.end()], span, weight, article, name, "prose")
                rest = rest[purpose.end() :].lstrip(",")
                if not _DUTY_CUE.match(rest):
                    continue
            cue = _DUTY_CUE.match(rest)
            if cue:
                body = re.split(r"[。!?]", rest[cue.end() :], maxsplit=1)[0]
                body = _BODY_END.split(body, maxsplit=1)[0]
                other = pattern.search(body)  # "…,对公客户经理主要开展…": another subject starts
                body = body[: other.start()].rstrip(",;") if other else body
                for part in split_body(body):
                    if not _NOT_A_DUTY.search(part) and len(part) <= 80:
                        self._add("duty", part, span, weight, article, name, "prose")
                continue
            if _QUAL_CUE.match(rest):
                body = re.split(r"[。!?]", rest, maxsplit=1)[0]
                for part in re.split(r",(?=必须|应|需)", body):
                    part = re.sub(r"^[^。]{0,12}?(?:必须要|必须|应当|应|需要|需|要求)", "", part)
                    self._add("qualification", part, span, weight, article, name, "prose")
        if heading_mentions or pattern.search(sentence):
            ksa = _KSA.search(sentence)
            if ksa:
                names = pattern.findall((section.heading or "") + sentence)
                name = max(names, key=lambda n: relatedness(self.role, n), default=self.role)
                weight = relatedness(self.role, name) if names else 0.0
                if weight >= SIBLING:
                    self._add("qualification", ksa.group("body"), span, weight, article, name, "prose")

    def _dept_sentence(self, sentence: str, span: SourceSpan, article: Article, dept_pattern: re.Pattern[str]) -> None:
        for m in dept_pattern.finditer(sentence):
            cue = _DEPT_CUE.match(sentence[m.end() :])
            if cue:
                body = re.split(r";|[,](?:以|从而|最终|以便)", cue.group("body"), maxsplit=1)[0]
                self._add("duty", body, span, 0.6, article, m.group(0), "department", inferred=True)


def _is_prose_paragraph(found: tuple[Article, Section] | None, span: SourceSpan) -> bool:
    """A profile 'duty' that is really an essay paragraph (no list items in its section)."""
    if found is None:
        return False
    section = found[1]
    return not section.items and any(b.type == BlockType.text and len(b.text) > 120 for b in section.blocks)


_BOSS = [
    re.compile(r"在(?P<boss>[\u4e00-\u9fff]{2,8}?)的(?:直接)?领导下"),
    re.compile(r"直接接受(?:本公司|公司)?(?P<boss>[\u4e00-\u9fff]{2,8}?)的(?:指令|领导)"),
    re.compile(r"(?:直属上司|直属上级|汇报对象)[:](?P<boss>[\u4e00-\u9fff]{2,10})"),
]


def _bosses(text: str) -> list[str]:
    out: list[str] = []
    for pattern in _BOSS:
        for m in pattern.finditer(text):
            if m.group("boss") not in out:
                out.append(m.group("boss"))
    return out


def bosses_in(text: str) -> list[str]:
    return _bosses(text)


def _qual_clauses(text: str) -> list[str]:
    """'本科及以上学历;人力资源相关专业毕业;' -> two requirements; '能力:A、B' stays one."""
    core = clean_item(text).replace("\n", "")
    parts = [p.strip() for p in re.split(r"[;。]", core) if p.strip()]
    out: list[str] = []
    for part in parts:
        pieces = [p.strip() for p in part.split(",") if p.strip()]
        # "30岁以下,计算机及相关专业毕业": comma-joined requirements of different kinds.
        if len(pieces) > 1 and all(len(p) <= 20 for p in pieces) and len({qual_category(p) for p in pieces}) > 1:
            out.extend(pieces)
        else:
            out.append(part)
    return out


# --- qualification categories -----------------------------------------------------------------

QUAL_CATEGORIES = ("学历", "专业", "经验", "证书", "能力", "其他")
# Requirements not copied into a JD (equal-opportunity law), by the kind of restriction they make:
# the kind is shown to the user, so "仪表端庄" must say 外貌, not 年龄/性别.
_RESTRICTIONS = (
    ("年龄", re.compile(r"(\d+|[一二三四五六七八九十]+)\s*(周)?岁")),
    ("性别", re.compile(r"女性|男性|性别")),
    ("户籍", re.compile(r"户口|户籍")),
    ("婚育", re.compile(r"婚")),
    ("身高", re.compile(r"身高")),
    ("外貌", re.compile(r"相貌|容貌|仪表端庄|五官端正")),
)


def restriction_kinds(text: str) -> list[str]:
    """The kinds of personal restriction (年龄, 性别, 户籍, 婚育, 身高, 外貌) a requirement makes."""
    return [kind for kind, pattern in _RESTRICTIONS if pattern.search(text)]


def is_restriction(text: str) -> bool:
    """Age, sex, household registration … requirements: not copied into a JD (equal-opportunity law)."""
    return bool(restriction_kinds(text))


def qual_category(text: str) -> str:
    if re.search(r"学历|本科|大专|专科|硕士|研究生|博士|中专|学士|MBA", text):
        return "学历"
    if re.search(r"证书|资格证|从业资格|资格|认证|持证|职称|CFA|CPA|AFP|FRM", text):
        return "证书"
    if re.search(r"经验|经历|年以上|工作年限|从业年限", text):
        return "经验"
    if re.search(r"专业(?!能力|知识|技能|素质|水平)|毕业", text):
        return "专业"
    if re.search(r"能力|熟悉|掌握|熟练|精通|了解|沟通|协调|意识|精神|责任心|知识|技能|素质|培训|认知|判断|决策|观察|热情|导向", text):
        return "能力"
    return "其他"

