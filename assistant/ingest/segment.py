"""Structure a cleaned flow into articles and sections: which role, which kind, which label.

Text blocks are grouped by headings (section words from sections.toml, role headings, bare
titles that a duties/requirements section follows); tables contribute labelled blocks through
their reading (``tables.py``): a title field opens a role, a role column opens one role per
row, a KPI table becomes a KPI section, form labels route their values to the right kind.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field, replace
from datetime import date

from assistant.ingest import markers as mk
from assistant.ingest.blocks import INLINE_LABEL, LABELLED, build_blocks, field_value, label_fields, make_block
from assistant.ingest.layout import Cell, Table, Unit
from assistant.ingest.roles import (
    AMOUNT,
    CONTINUED,
    DOC_NUMBER,
    EVERYONE,
    HEADCOUNT_NOTE,
    RoleName,
    chinese_name,
    compose_title,
    department_of,
    fact_box,
    has_role_suffix,
    is_unit_name,
    looks_like_title,
    names_its_post,
    POST_SUBJECT,
    normalize_title,
    organisation_of,
    parse_title,
    role_heading,
    same_role,
    strip_title_noise,
    without_trailing_fact,
)
from assistant.ingest.tables import (BLOCK_TITLE, KEY_COLUMNS, SUB_LABEL_MAX, Column, PostKpis, RowEvent, Slot, TableReading, chinese_column, document_cells, flatten_group_header, grade_of, MARKS, join_split_header, kpi_matrix, left_heads, posts_by_rows, relation_grid, repeated_groups, side_by_side, spread_group_row, swimlane, tree_column,
                                     numbered_pairs, labelled_standards, marked_columns, post_mark_matrix, paired_label_rows, stacked_labels, transpose_labelled_rows, current_columns, column_lists, parallel_lists,
                                     post_columns, read_table)
from assistant.ingest.textables import NONE_STATED, PLACEHOLDERS, SPACED_FACT, is_rule
from assistant.ingest.vocab import KIND_OF_KEY, PROFILE_FACTS, QUALIFICATION_KEYS, Vocab
from assistant.models import Article, Block, BlockType, LoadedDocument, Section, SectionKind, SourceSpan
from assistant.text import CONTACT, cn_number, squash

# Article headings of collection pages: 客户经理岗位职责范文3 / 第2篇:… / …第5篇 / … 篇8
_ARTICLE_HEADINGS = [
    re.compile(r"^(?P<title>.{2,30}?)范文(?P<n>\d{1,2})$"),
    re.compile(r"^第(?P<n>\d{1,2})篇[:：](?P<title>.{2,40})$"),
    re.compile(r"^(?P<title>.{2,30}?)\s*第(?P<n>\d{1,2})篇$"),
    re.compile(r"^(?P<title>.{2,30}?)\s*篇(?P<n>\d{1,2})$"),
]
_LIST_KINDS = (SectionKind.duties, SectionKind.qualifications)


_NUMBERED_LABEL = re.compile(r"(?P<base>\D{2,8}?)[\s_\-－—]*(?:\d{1,2}|[(（]\d{1,2}[)）])")


@dataclass
class TableRow:
    """A table row with the context it was read in (for the KPI library)."""

    event: RowEvent
    reading: TableReading
    article_id: str
    role: str | None
    department: str | None
    heading: str | None  # the latest heading or caption above the row
    block: Block | None = None


@dataclass
class Structure:
    articles: list[Article]
    rows: list[TableRow]
    doc_title: str | None
    organisation: str | None


# a short heading-like line under a title that is no title itself: a tag, a label's value
_TAG_CHARS = 16
_TAG_WORD = 10
_CELL_ENTRY_MAX = 80
_DUTY_NAME = 16  # characters of a duty's short name beside its description ("生产计划执行")
_DUTY_HEAD = 40  # characters of a duty's name over the lines that describe it
_PROSE_POSTING_MIN = 30  # characters of a paragraph that can describe a post  # a tag without a figure: a unit, a place, a degree


_ITEM_LABEL = re.compile(r"^(?P<label>[\u4e00-\u9fff]{2,6})\s*[:：]")
_NOTE_VERSION = re.compile(r"^(?:[Vv]\d+(?:\.\d+)*|\d{4}(?:年版|版|年)?)\s*")
_LISTED = re.compile(r"[、，,/；;]")  # separators of several posts named in one cell
LIST_ENTRY_MIN = 8  # characters of an unpunctuated line that reads as a list entry, not a heading
LIST_ENTRY_MAX = 80  # an entry of such a list is one line of about this length at most


def article_heading(text: str) -> bool:
    return any(p.match(text) for p in _ARTICLE_HEADINGS)


def title_stem(title: str) -> str:
    return re.sub(r"(第?\d+篇[:：]?|篇\d+|范文\d+|\d+)", "", title).strip()


def stem(file: str) -> str:
    return file.rsplit("/", 1)[-1].rsplit(".", 1)[0]


# --- sections ----------------------------------------------------------------------------------


_CARD_FACTS = PROFILE_FACTS | {"level", "code", "title"}
_CARD_LABEL = re.compile(r"^[\u4e00-\u9fff]{2,8}\s*[:：]\s*\S")
_NOTE_LINE = re.compile(r"^\s*(?:注|备注|附注)\s*[:：]")
_BARE_VALUE = 8  # characters of a form value that reads as a requirement only beside its label ("60分及以上")


def _numbering(marker: mk.Marker | None) -> str | None:
    """The numbering level of a heading: its family, and its depth for "4.2"-style numbers."""
    if marker is None:
        return None
    if marker.family == "clause":
        return f"clause{marker.token[-1]}"  # 第三章 / 第五节 / 第十二条: the unit is the level
    return f"dotted{marker.depth}" if marker.family == "dotted" else marker.family


_CLAUSE_RANK = {"clause章": 3, "clause节": 2, "clause条": 1}
_BELOW_CN = ("paren_cn", "arabic", "paren_arabic", "circled", "letter")  # numberings under "一、" in Chinese documents


_PART_FAMILY = "part:"  # the posts of a numbered part named without numbers: its next sibling ends them


def _cn_value(marker: mk.Marker) -> int | None:
    """"三、" -> 3."""
    return cn_number(marker.token.rstrip("、．.:： "))


# "（本告示不属于岗位说明书正文）", "（此提示不作为岗位职责内容）": the text before it is set aside
_NOT_CONTENT = re.compile(r"^[(（]\s*(?:本|此|以上|上述)(?P<thing>[\u4e00-\u9fff]{0,4}?)(?:不属于|不作为|不计入|非)[\u4e00-\u9fff]{0,12}(?:正文|内容)\s*[)）]$")


def _leaves(marker: mk.Marker | None, role_family: str | None) -> bool:
    """A numbered heading at the level of the one that opened a post, or above it ("第四章 附则"
    after "第十六条 仓库保管员的安全职责"), ends that post."""
    if marker is not None and role_family is not None and role_family.startswith(_PART_FAMILY):
        return marker.family == role_family[len(_PART_FAMILY):]  # "5 关键工艺参数" after the posts of "4 职责分工"
    if marker is None or marker.family not in ("cn", "dotted", "clause", "arabic") or role_family is None:
        return False
    level = _numbering(marker)
    if level == "cn" and role_family in _BELOW_CN:
        return True  # "三、危险化学品管理" after "（三）实验员": 一、 ranks above （一） and 1.
    if level == "clause章":
        return True  # "第三章 工作制度" after "2.3 文创开发专员": a chapter ranks above every other numbering
    if level.startswith("dotted") and role_family.startswith("dotted") and level[6:].isdigit() and role_family[6:].isdigit():
        return int(level[6:]) <= int(role_family[6:])  # "5.4 管理制度" after "5.3.2 安全员": a part above the post's
    return level == role_family or _CLAUSE_RANK.get(level or "", 0) > _CLAUSE_RANK.get(role_family, 9)


@dataclass
class _Builder:
    kind: SectionKind
    heading: str | None
    role: str | None
    department: str | None = None
    organisation: str | None = None
    opens_role: bool = False
    label: str | None = None
    blocks: list[Block] = field(default_factory=list)


_NEW_POST = re.compile(r'(?:新设|新增|增设|设立|新开)了?(?:一个|一名|一类)?新?(?:岗位|职位|岗)\s*[:：，,]?\s*[“"「]?'
                       r'(?P<post>[\u4e00-\u9fffA-Za-z]{2,14}?)(?=[”"」，,。；;（(\s]|$)')
_ASKED_TITLE_MAX = 8
_GREETING_MAX = 4  # characters of the name a mail greets its reader by ("刘经理：", "陈园长：")
_PRONOUNS = ("我", "你", "他", "她", "咱")
_ASKED_POST = re.compile(r"(?:这个|那个|招的|要招|招聘|招一个|招个|新设的?)(?P<rest>[\u4e00-\u9fffA-Za-z]{2,14})")

class _Sections:
    """Sections of one article, built block by block with the role and kind in force."""

    def __init__(self, file: str, article_id: str, vocab: Vocab, title_role: str | None,
                 organisation: str | None, department: str | None) -> None:
        self.file = file
        self.article_id = article_id
        self.vocab = vocab
        self.title_role = title_role
        self.organisation = organisation
        self.base_organisation = organisation  # the document's own, for posts whose name gives none
        self.sections: list[Section] = []
        self.role: str | None = title_role
        self.department = department
        self.base_department = department  # the document's own unit, for roles that name none
        self.unit_row: tuple[int, str] | None = None  # (table reading's id, unit) of an org tree's last unit row
        self.export_facts: dict[tuple[int, str | None, str], Block] = {}  # (table, post, label) -> its field block
        self.role_kind: SectionKind | None = None  # the list kind the current role's heading opened
        self.role_family: str | None = None  # numbering of the heading that opened the role
        self.role_level = 0  # the format's level of the heading that opened the role (Markdown #, Org *); 0: none
        # a part of the page the format ranks above its posts ("<h2>任职要求</h2>" over "<h3>抄表员</h3>"): its
        # level and kind, the kind of every post's lines under it
        self.page_part: tuple[int, SectionKind] | None = None
        self.letter = False  # an e-mail: a short "name：" line greets its reader
        self.top_kind: SectionKind | None = None
        self.top_level = 0  # the format's level of the heading that set top_kind (0: none)
        self.nested_kind: SectionKind | None = None  # a list's own outline ("四、任职资格" > "一、知识")
        self.heading_text: str | None = None
        # the unit a part of the document is about ("第四章 学生工作处" over its posts' sections)
        self.part_department: str | None = None
        self.current = _Builder(SectionKind.prose, None, self.role, department, organisation)
        self.rows: list[TableRow] = []
        # the posts by the codes the document gave them ("YT-01 | 营业厅店长"): a heading or a row of only
        # the code ("3.1　YT-01", "YT-01 | 大专及以上") is that post's
        self.post_codes: dict[str, RoleName] = {}
        self.role_name: RoleName | None = None
        self.document_parts = frozenset(squash(w) for w in vocab.lexicon.sections.document_parts)
        self.aside = False  # under a part about the document itself ("修订记录"): its rows are text

    # -- basic operations ----------------------------------------------------------------------

    def flush(self) -> None:
        cur = self.current
        if not cur.blocks:
            return
        kind = cur.kind
        items = sum(b.type == BlockType.item for b in cur.blocks)
        if cur.heading is None and not self.sections and self.title_role and items * 2 >= len(cur.blocks):
            kind = SectionKind.duties  # a bare list right under "大客户经理岗位职责 篇11"
        elif kind == SectionKind.prose and cur.opens_role and cur.heading:
            runs = self._two_lists(cur.blocks)
            if runs is not None:
                # "① 接待进店…" then "a. 大专及以上学历…" under a card's title: its duties, then its
                # requirements, each list told by its own bullets
                for blocks, part in runs:
                    self.current = _Builder(part, cur.heading, cur.role, cur.department, cur.organisation,
                                            opens_role=cur.opens_role and blocks is runs[0][0], label=cur.label, blocks=blocks)
                    self.flush()
                self.current = cur
                return
            kind = self._untitled_list(cur.blocks)
        elif (kind == SectionKind.prose and cur.heading and re.fullmatch(r"[\u4e00-\u9fff]{2,4}", cur.heading.strip()) and cur.role
              and self.sections and self.sections[-1].opens_role and self.sections[-1].role == cur.role
              and len(self.sections[-1].blocks) == 1):  # fmt: skip
            # "资料员" / "孙晓雯" / "监督电话：…" / "• 负责…": a signboard's card, the holder's name between the
            # post and its list
            kind = self._untitled_list(cur.blocks)
        self.sections.append(
            Section(
                kind=kind,
                heading=cur.heading,
                role=cur.role,
                department=cur.department,
                organisation=cur.organisation,
                opens_role=cur.opens_role,
                span=SourceSpan(
                    file=self.file,
                    line_start=min(b.span.line_start for b in cur.blocks),
                    line_end=max(b.span.line_end for b in cur.blocks),
                ),
                blocks=cur.blocks,
            )
        )

    def open(self, kind: SectionKind, heading: str | None, first: list[Block] | None = None,
             opens_role: bool = False, label: str | None = None) -> None:
        self.flush()
        self.current = _Builder(kind, heading, self.role, self.department, self.organisation,
                                opens_role=opens_role, label=label, blocks=list(first or []))

    def add(self, block: Block) -> None:
        self.current.blocks.append(block)
        if block.type == BlockType.field and block.key == "code" and self.role_name is not None and self.role == self.role_name.title:
            code = squash(re.sub(rf"^\s*{re.escape(block.label or '')}\s*[:：]?", "", block.text) if block.label else block.text)
            if _POST_CODE.fullmatch(code):
                self.post_codes.setdefault(code, self.role_name)

    def coded_post(self, text: str) -> RoleName | None:
        """The post a code alone names ("YT-01"), when the document coded it earlier."""
        return self.post_codes.get(squash(mk.strip_marker(text))) if self.post_codes else None

    def _kept_family(self, title: str) -> str | None:
        """The numbering the current post was opened in, when ``title`` is that post again."""
        return self.role_family if self.role is not None and same_role(self.role, title) else None

    def _two_lists(self, blocks: list[Block]) -> list[tuple[list[Block], SectionKind]] | None:
        """A post's head over two unlabelled lists one after the other, each with its own bullets,
        one of duties and one of requirements; None for anything else."""
        def family(b: Block) -> str:
            m = mk.parse_marker(b.text) or (mk.parse_marker(b.marker + " x") if b.marker else None)
            return m.family if m is not None else "none"

        items = [n for n, b in enumerate(blocks) if b.type == BlockType.item and b.key is None]
        if len(items) < 3 or items != list(range(items[0], items[0] + len(items))) or items[-1] != len(blocks) - 1:
            return None
        cut = next((n for n in items[1:] if family(blocks[n]) != family(blocks[n - 1])), None)
        if cut is None or cut - items[0] < 1 or len(blocks) - cut < 2 or any(family(blocks[n]) != family(blocks[cut]) for n in items if n >= cut):
            return None

        def kind(part: list[Block]) -> SectionKind:
            asked = sum(self._asks_requirement(b.text) for b in part)
            return SectionKind.qualifications if asked * 2 > len(part) else SectionKind.duties

        head, first, second = blocks[: items[0]], blocks[items[0] : cut], blocks[cut:]
        kinds = kind(first), kind(second)
        if kinds[0] == kinds[1]:
            return None
        # (the title and its tags stay the post's head: a card's meta line is read there)
        return ([(head, SectionKind.prose)] if head else []) + [(first, kinds[0]), (second, kinds[1])]

    def _untitled_list(self, blocks: list[Block]) -> SectionKind:
        """"私教主管｜岗位定位" over the post's facts and a list without a heading of its own: the list
        is the post's duties, or its requirements when most items name one (学历, 经验, 证书 …)."""
        # (a job card's tags, "苏州一厂" / "本科" / "8-12K", and labelled items are its facts, no list)
        listed = [b for b in blocks if b.type == BlockType.item and b.key is None and not self._tags(b.text) and not self._labelled(b.text)]
        rest = [b for b in blocks if b.type not in (BlockType.heading, BlockType.field, BlockType.item)]
        if len(listed) < 3 or len(rest) * 2 >= len(listed):
            return SectionKind.prose
        asked = sum(self._asks_requirement(b.text) for b in listed)
        return SectionKind.qualifications if asked * 2 > len(listed) else SectionKind.duties

    def _asks_requirement(self, text: str) -> bool:
        """An entry naming a requirement (学历, 经验, 证书 …) that no duty's verb opens."""
        core = mk.strip_marker(text).lstrip("-*•·▪ ").strip()
        return self.vocab.qualification_category(core) is not None and not core.startswith(tuple(self.vocab.lexicon.sections.duty_leads))

    def open_role(self, name: RoleName, first: list[Block], kind: SectionKind | None = None,
                  heading: str | None = None, department: str | None = None) -> None:
        # the same post again ("【应急救援员　岗位要点】" under "第三章 应急救援员"): still in its numbered part
        self.role_family = self._kept_family(name.title)
        self.role_level = next((b.level for b in first if b.type == BlockType.heading and b.level), 0)
        self.role = name.title
        self.role_name = name
        self.role_kind = kind
        self.nested_kind = None
        self.department = department or self.base_department
        # ("监控中心值班员" names its unit; the next row's "清障救援队长" is not that unit's)
        self.organisation = name.organisation or self.base_organisation
        self.top_kind = kind
        self.open(kind or SectionKind.prose, heading, first, opens_role=True)

    def route(self, block: Block, key: str | None, label: str | None) -> None:
        """Put a labelled block into a section of the kind its key names (opened when needed)."""
        kind = KIND_OF_KEY.get(key or "")
        if kind in (SectionKind.duties, SectionKind.qualifications) and self.current.kind != kind:
            self._title_above()
        if kind is not None and (self.current.kind != kind or (label and self.current.label not in (None, label)
                                                               and kind not in (SectionKind.qualifications,))):
            self.open(kind, label, label=label)
        elif kind is not None and self.current.label is None:
            self.current.label = label
        elif kind is None and block.key in self.vocab.lexicon.fields.fields and block.type == BlockType.field \
                and self.current.kind in (*_LIST_KINDS, SectionKind.kpi) and any(b.type == BlockType.item for b in self.current.blocks) \
                and self.role is not None:  # fmt: skip
            # "业绩标准 | 1.… 4.…" then "工作难点 | 人员车辆及时到位", "职业发展 | 高级业务员": a fact of the
            # post after its list, no entry of it
            self.open(SectionKind.prose, None)
        self.add(block)

    # -- text ------------------------------------------------------------------------------------

    def feed(self, blocks: list[Block], allow_roles: bool = True, upcoming: list[Block] | None = None) -> None:
        """Group text blocks by their headings."""
        for i, block in enumerate(blocks):
            if (block.type == BlockType.item and self.current.kind in _LIST_KINDS and (m := mk.parse_marker(block.text.replace("\n", ""))) is not None
                    and m.family == "clause" and (head := mk.parse_marker(self.current.heading or "")) is not None
                    and head.family == "clause" and head.token != m.token and squash(self.role or "-") in squash(m.rest)
                    and not re.match(r"^[^:：。]{2,16}[:：]", m.rest)):  # fmt: skip
                # ("第四条 食品安全专员的任职条件：…" heads a part of its own, read as such below)
                # "第六条 调度员应具备大专及以上学历…" after "第五条 调度员的职责：" and its (一)…(五): the rule's
                # next article, said of the post in a sentence, no entry of that list
                block = block.model_copy(update={"type": BlockType.text})
            if block.type in (BlockType.text, BlockType.item, BlockType.heading) and (aside := _NOT_CONTENT.match(block.text.strip())) is not None:
                # "车间告示：举升机每日…" then "（本告示不属于岗位说明书正文）": the box says it is none of the
                # post's text; it and the box are set aside from the list they stand in
                last = self.current.blocks[-1] if self.current.blocks else None
                boxed = last is not None and aside["thing"] and re.match(rf"^[^：:]{{0,10}}{re.escape(aside['thing'])}\s*[：:]", last.text)
                if boxed:
                    self.current.blocks.pop()
                self.open(SectionKind.prose, None, [last, block] if boxed else [block])  # type: ignore[list-item]
                continue
            if block.type != BlockType.field and self._sign_off(block):
                # "违反上述职责…按…处理。", "告知人：成分科科长 | 被告知人签字：": a letter's closing and its
                # signatures, none of the post's list above them
                self.open(SectionKind.prose, None, [block.model_copy(update={"type": BlockType.text})])
                continue
            if block.type in (BlockType.text, BlockType.item) and self._editor_note(block.text):
                # "【修订批注】2025-03-02 周敏：…现划入场馆运营部；…由3年调整为5年。" under 任职要求: set aside
                self.open(SectionKind.prose, None, [block.model_copy(update={"type": BlockType.text})])
                continue
            if (block.type == BlockType.item and self.role is not None and self.current.kind == SectionKind.duties and self.current.opens_role
                    and not any(b.type == BlockType.item for b in self.current.blocks)
                    and (lab := _ITEM_LABEL.match(mk.strip_marker(block.text).strip())) and self.vocab.label_key(lab["label"]) in QUALIFICATION_KEYS):  # fmt: skip
                # "§1 临床研究协调员 / ◆ 汇报对象：… / ◆ 学历专业：…" before "◆ 工作职责：": the post's requirements,
                # each by its label, ahead of its duties (in a document titled 岗位职责): no duty
                self.open(SectionKind.qualifications, None)
                self.add(block)
                continue
            if (allow_roles and block.type == BlockType.text and self.role is not None
                    and (lab := _ITEM_LABEL.match(block.text.strip())) and squash(lab["label"]) in self.document_parts):  # fmt: skip
                # "修订记录：V2.0（2023-03-01）首次汇编；…" after the last post: about the document, none of the post's
                self.role, self.top_kind = None, None
                self.open(SectionKind.prose, None, [block])
                continue
            if block.type == BlockType.field:
                if block.key == "title" and allow_roles:
                    self._title_field(block)
                else:
                    self.route(block, block.key if block.key in KIND_OF_KEY else None, block.label)
                continue
            if block.type == BlockType.item and allow_roles and self._bullet_title(block, blocks[i + 1:] + (upcoming or [])):
                continue
            if block.type == BlockType.item and (part := self._sibling_part(block)) is not None:
                # "（三）汇报关系：直接上级为…" after "（二）任职要求": a part headed by its label
                head = re.split(r"[:：。]", block.text, maxsplit=1)[0]
                self.open(part, head, [_after_label(block, len(head) + 1, part.value) if part in _LIST_KINDS else block])
                continue
            void = any(m in block.text for m in self.vocab.lexicon.sections.void_markers)
            if (allow_roles and (block.type in (BlockType.text, BlockType.item) or block.type == BlockType.heading and void) and self.role is not None
                    and (annex := _APPENDIX.match(block.text)) and (self.role != self.title_role or self._notice(block.text[annex.end():]))
                    and (void or squash(self.role) not in squash(block.text) and not self.vocab.section_kind(block.text[annex.end():]))):
                # "附：清障救援收费标准公示（摘要）" under a post's last part: the document's appendix, none
                # of the post's (nor of the one the title names); "附件：2021版责任护士岗位说明书（已废止）":
                # the post's old description, no part of the current one; "附：关于…班次调整的通知" in the
                # post's own description: a notice filed with it, of no post's duties ("附：救生员岗位作业指导书V2
                # （…已废止）" after 水质管理员: an old description, whatever part it holds)
                self.role = None
                self.top_kind = None
                self.open(SectionKind.prose, None, [block])
                continue
            if (block.type == BlockType.text and self.role is not None and self.current.kind not in _LIST_KINDS
                    and i + 1 < len(blocks) and blocks[i + 1].type == BlockType.item and (told := self._told_list(block.text)) is not None):  # fmt: skip
                # "本岗位设在成分科…现将成分制备技师岗位职责告知如下：" over "（一）…": a letter's sentence
                # announcing the post's list; the numbered lines after it are that list
                self.add(block)
                self.open(told, None)
                continue
            if block.type == BlockType.text and allow_roles and (announced := self._announced_post(block)) is not None:
                # "下个月起事业部新设一个岗位：直播数据分析专员": what follows is that post's
                self.open_role(announced, [block])
                continue
            if block.type in (BlockType.text, BlockType.item) and allow_roles and (run_in := self._run_in_post(block)) is not None:
                self.open_role(run_in[0], [run_in[1]], heading=run_in[1].text)
                self.add(run_in[2])
                # the part it sits in ("一、岗位说明") ends it: "二、福利待遇" is no longer its own
                self.role_family = _numbering(mk.parse_marker(self.heading_text)) if self.heading_text else None
                continue
            if (block.type == BlockType.item and allow_roles and self.role is not None and self.role != self.title_role
                    and self.role_family is not None and (m := mk.parse_marker(block.text)) is not None
                    and _numbering(m) == self.role_family and (re.match(r"^[^:：，,。]{2,8}[:：]", m.rest) and not self._post_label(m.rest)
                                                               or m.family == "clause" and squash(self.role) not in squash(m.rest))):  # fmt: skip
                # "5.5 附则：本章由…负责解释。" after "5.4 仓储管理员": the document's next part, no item of the post
                # ("第五条 药房管理员的职责见…" after "第四条 检验技师的主要职责：", whose items are （一）…: the next
                # clause; "第五条 食品安全专员的任职条件：…" names the post and goes on with it)
                self.role = self.title_role
                self.top_kind = None
                self.open(SectionKind.prose, None, [block])
                continue
            if (block.type in (BlockType.item, BlockType.text) and block.key is None and self.current.kind == SectionKind.kpi
                    and any(b.key in ("indicator", "criterion") for b in self.current.blocks)
                    and (m := mk.parse_marker(block.text)) is not None and m.family == "clause" and m.token.endswith("条")):  # fmt: skip
                # "第十条 安装组长负责…" after the table "第八条 售后专员月度考核指标如下表": the rule's next
                # article, no row of that table
                self.open(SectionKind.prose, None)
            if block.type == BlockType.text and self.current.kind in _LIST_KINDS and _NOTE_LINE.match(block.text):
                # "注：2025年2月修订，值班长学历要求由中专调整为大专" under a post's duty table: the form's
                # note, no duty of the list
                self.open(SectionKind.prose, None)
            if block.type != BlockType.heading:
                cur = self.current
                if (block.type == BlockType.item and block.key is None and self.role is not None and cur.label is not None
                        and cur.kind not in _LIST_KINDS and cur.blocks and all(b.type == BlockType.field for b in cur.blocks)
                        and (part := self._part_kind()) is not None):
                    # "岗位：暖通工程师｜…｜班制：常白班" under "2.1 暖通工程师" of 第二章 岗位职责, then "■ 制冷系统
                    # 运行": the list the part is about, not more of the last fact
                    self.open(part, None)
                if block.key in KIND_OF_KEY and self.current.kind != KIND_OF_KEY[block.key]:
                    self.route(block, block.key, block.label)
                else:
                    if block.type == BlockType.item and block.key is None and (back := self._announced_list()) is not None:
                        # "主要职责如下：" > a text box of 学历要求/专业要求… > "（1）根据排片表…": the list announced
                        self.open(back, None)
                    elif block.type == BlockType.item and block.key is None and (back := self._resumed_list(block)) is not None:
                        # "▶ 婚礼前…" / "直接下属 摄影助理" / "班次 婚礼日班" / "▶ 婚礼当天…": a PDF's fact cells
                        # read into the middle of the list; the list goes on after them
                        self.open(back, None)
                    self.add(block)
                continue
            following = blocks[i + 1:] + (upcoming or [])
            self.heading(block, following, allow_roles)

    def _part_kind(self) -> SectionKind | None:
        """The list kind of the document's part the current post stands in ("第二章 岗位职责"): the
        nearest part above that belongs to no post."""
        part = next((sec for sec in reversed(self.sections) if sec.role is None and sec.heading), None)
        return part.kind if part is not None and part.kind in _LIST_KINDS else None

    def _resumed_list(self, block: Block) -> SectionKind | None:
        """The kind of the post's list that a bulleted item goes on with: the item bears the list's own
        bullet, and only facts of the post have come between them (no heading of another part)."""
        # (a PDF's reading order only: its fact cells drawn beside the list come out among its lines)
        if not self.file.lower().endswith(".pdf") or not block.marker or self.current.kind in _LIST_KINDS:
            return None
        if (m := mk.parse_marker(block.marker + " x")) is None or m.family not in ("dash", "box"):
            return None  # ("（三）…": a numbered line goes by its number, not by the list above)
        for section in [self.current, *reversed(self.sections)]:
            if section.role != self.role:
                return None
            if section.kind in _LIST_KINDS:
                # its last item bore the same bullet, or the list has only facts read into it so far
                items = [b for b in section.blocks if b.type == BlockType.item and not _fact_heading(b.text, self.vocab)]
                facts = [b for b in section.blocks if b.type == BlockType.field or _fact_heading(b.text, self.vocab)]
                return section.kind if items and items[-1].marker == block.marker or not items and facts else None
            texts = [b for b in section.blocks if b.type not in (BlockType.field, BlockType.heading) and not _fact_heading(b.text, self.vocab)]
            heads = [b for b in section.blocks if b.type == BlockType.heading]
            # (a heading of its own, "福利" over its perks, is another part; a part a fact was routed
            # to is named by that fact's label only, "班次")
            if texts or any(not _fact_heading(b.text, self.vocab, spaced=True) for b in heads) or (
                    section.heading and not heads and not _fact_heading(section.heading, self.vocab)):  # fmt: skip
                return None
        return None

    def _announced_list(self) -> SectionKind | None:
        """The kind of the post's list announced by a heading ending in a colon ("主要职责如下：") that
        is still empty, when only labelled requirements (a box of facts) have come since."""
        cur = self.current
        if cur.label is None or cur.kind not in _LIST_KINDS or not cur.blocks or any(b.type != BlockType.field for b in cur.blocks):
            return None
        for section in reversed(self.sections):
            if section.role != self.role:
                return None
            if section.kind not in _LIST_KINDS:
                continue
            announced = (section.heading or "").rstrip().endswith((":", "：")) and not section.items
            return section.kind if announced and section.kind != cur.kind else None
        return None

    def _run_in_post(self, block: Block) -> tuple[RoleName, Block, Block] | None:
        """"营养师：隶属膳食部，向膳食部主管汇报。负责每周编制老人食谱…": a paragraph that opens with
        a post's name and a colon and then says what the post does: the post's own description
        (its name a heading, the rest its prose), not a paragraph of whatever came before."""
        # "■ 水质检测员" on the paragraph's first line, the prose about it on the next (a soft line break)
        m = _RUN_IN.match(block.text) if block.type == BlockType.text else None
        m = m or _RUN_IN_LINE.match(block.text)
        if m is None and (named := _RUN_IN_NAMED.match(block.text)) is not None:
            # "（一）前台接待。前台接待隶属客服部…": the post's name as a sentence, then the paragraph
            # about it, its subject the same post ("（二）宠物美容师。美容师隶属…": its title's ending)
            if names_its_post(named.group("title"), block.text[named.end():], self.vocab):
                m = named
        if m is None or len(block.text) - m.end() < _RUN_IN_MIN or not _RUN_IN_BODY.search(block.text[m.end():]):
            return None
        # (a name the paragraph repeats as its subject is vouched for: "前台接待。前台接待隶属…")
        name = parse_title(m.group("title"), self.vocab, strong=m.re is _RUN_IN_NAMED)
        if name is None and any(sec.role and squash(sec.role) == squash(m.group("title")) for sec in self.sections):
            name = parse_title(m.group("title"), self.vocab, strong=True)  # a post the document has named
        if name is None or self.vocab.label_key(m.group("title")) is not None or self.vocab.section_kind(m.group("title")):
            return None
        first = block.lines[0] if block.lines else None
        head = block.model_copy(update={"type": BlockType.heading, "text": m.group(0).strip(), "line_nos": block.line_nos[:1],
                                        "span": SourceSpan(file=block.span.file, line_start=block.span.line_start,
                                                           line_end=block.span.line_start),
                                        "lines": [first.model_copy(update={"text": m.group(0).strip()})] if first else []})
        rest = block.text[m.end():]
        if "\n" in m.group(0) and len(block.lines) >= 2:
            # the title is the whole first line: the body is the lines after it
            after = block.lines[1:]
            body = block.model_copy(update={"text": rest, "lines": after, "line_nos": [x.line_no for x in after],
                                            "span": SourceSpan(file=block.span.file, line_start=after[0].line_no,
                                                               line_end=block.span.line_end)})  # fmt: skip
            return name, head, body
        body = block.model_copy(update={"text": rest, "lines": ([first.model_copy(update={"text": rest.split("\n")[0]})]
                                                                 + block.lines[1:]) if first else []})
        if m.re is _RUN_IN_NAMED:
            body = body.model_copy(update={"type": BlockType.text, "marker": None})  # the paragraph, not a list item
        return name, head, body

    def _sibling_part(self, block: Block) -> SectionKind | None:
        """An item numbered like the heading of its section ("（三）" after "（二）任职要求") that is a
        label and its value of another part of the post ("汇报关系：直接上级为…"): that part, inline."""
        marker = mk.parse_marker(block.text.split("\n")[0])  # a wrapped item: its first line holds the label
        head = mk.parse_marker(self.current.heading) if self.current.heading else None
        # "第四章 商圈经理岗位说明" over "4.1 岗位概述：…": the first numbered part under a heading
        first = head is not None and marker is not None and marker.family in ("dotted", "cn") and not any(
            b.type != BlockType.heading for b in self.current.blocks)  # fmt: skip
        if marker is None or head is None or (marker.family != head.family and not first) or marker.family == "dash":
            return None
        # ("三、任职要求。公司对本岗位的要求是：…": a letter's part, its label closed by a full stop)
        label, sep, value = (re.split(r"([:：。])", marker.rest, maxsplit=1) + ["", ""])[:3]
        label = label.strip()
        if self.role and squash(label).startswith(squash(self.role) + "的"):
            label = label[label.index("的") + 1 :]  # "第五条 食品安全专员的任职条件：…" of the post just described
        # ("第三条 乙方任职条件：…": a party's label, "乙方" in front, is the post's)
        kind = next((k for x in (label, *self.vocab.lexicon.fields.label_bases(label)) if (k := self.vocab.kind_of_label(x))), None) \
            if sep and value.strip() else None
        if kind is None and sep and value.strip() and 2 <= len(label) <= 8 and not re.search(r"[，,、;；]", label) \
                and re.search(r"[\u4e00-\u9fff]", label) \
                and self.current.kind in _LIST_KINDS and head.family == marker.family and not first:  # (not "4. 16:00 确认…")
            # "四、薪酬与考核。岗位月薪为…" after "三、任职要求。…": the letter's next part, not a requirement
            return SectionKind.prose
        return kind if kind is not None and kind != self.current.kind else None

    def _bullet_title(self, block: Block, following: list[Block]) -> bool:
        """"■ 口腔全科医生（岗位编码YL-01）" over the post's facts and sections: a bullet in front of
        a post's name is its heading. Only a name that ends like a title, with the post's facts
        or its duties/requirements following, opens the post."""
        marker = mk.parse_marker(block.text)
        if marker is None and block.marker and not block.marker[:1].isdigit() and mk.parse_marker(block.marker + " x") is not None:
            # a Word bullet the format draws (its "•" is no character of the text)
            marker = mk.Marker(family="dash", token=block.marker, rest=block.text.strip())
        if marker is None or "\n" in block.text:
            return False
        rest = chinese_name(marker.rest)
        if marker.family != "dash":
            # "1.审计助理（审计部）" over "招聘人数：80人 / 工作地点：…": a numbered post of a brochure's
            # list, its facts right under it (a numbered line of any other list is an entry)
            nxt = next((b for b in following if b.text.strip()), None)
            if (nxt is None or nxt.type != BlockType.field or nxt.key not in PROFILE_FACTS
                    or len(rest) > 24 or rest[-1:] in mk.TERMINAL_PUNCT):  # fmt: skip
                return False
        if not looks_like_title(strip_title_noise(rest, self.vocab), self.vocab):
            return False
        found = self._bare_title(rest, None, following)
        if found is None:
            return False
        name = found[0]
        if self.role is not None and squash(self.role) == squash(name.title) and not any(
                sec.role == self.role and sec.kind in _LIST_KINDS for sec in [*self.sections, self.current]):  # fmt: skip
            # "◉ 舞台监督 …" then "● 舞台监督" in its chart of relations (● 本岗位): the post named again, no new one
            self.add(block.model_copy(update={"type": BlockType.text}))
            return True
        dept = department_of(name.title, self.vocab) if name.department is None else name.department
        self.open_role(name, [block], heading=block.text, department=dept)
        if marker.family != "dash":
            # the part the numbered posts sit in ("二、招聘岗位"): its next sibling ("三、应聘条件") ends them
            part = next((m for sec in reversed(self.sections) if sec.heading and (m := mk.parse_marker(sec.heading))
                         and m.family in ("cn", "clause")), None)  # fmt: skip
            self.role_family = _numbering(part)
        return True

    def _editor_note(self, text: str) -> bool:
        """Whether a line opens with an editor's note in brackets (sections.toml ``editor_notes``)."""
        notes = self.vocab.lexicon.sections.editor_notes
        core = re.sub(r"^\s*[【〔\[(（]\s*", "", text, count=1)
        # ("【V3.0修订：…】": the version the note belongs to, before its word)
        core = _NOTE_VERSION.sub("", core, count=1) if core != text else core
        return core != text and any(core.startswith(n) and re.match(r"\s*[】〕\])）:：]", core[len(n):]) for n in notes)

    def _title_field(self, block: Block) -> None:
        from assistant.ingest.blocks import field_value

        value = field_value(block).replace("\n", "")
        name, rest = _titled_post(value, self.vocab), ""
        if name is None and (clause := re.match(r"([^。；;]{2,24})[。；;](.+)$", value)) is not None:
            # "乙方岗位：场站管理员。乙方隶属第二车场综合办公室，直接向车场主任负责…": the post, then
            # sentences stating its facts (read as the post's text)
            name, rest = _titled_post(clause.group(1), self.vocab), clause.group(2).strip()
            if name is not None and clause.group(1) in block.text:
                block = block.model_copy(update={"text": block.text[: block.text.index(clause.group(1)) + len(clause.group(1))]})
        if name is None:
            self.add(block)
            return
        # "岗位编码：YY-08  岗位名称：区域运营经理": a fact left of the title on its line is the new post's
        line = block.span.line_start
        same_line = [b for b in self.current.blocks if b.type == BlockType.field and b.span.line_start == line]
        if same_line:
            self.current.blocks = [b for b in self.current.blocks if b not in same_line]
        cur = self.current
        if (cur.blocks and all(b.type == BlockType.heading for b in cur.blocks) and cur.blocks[-1].level
                and squash(name.title) in squash(cur.blocks[-1].text)):
            # "## 附：v2.0 仓库管理员（已废止）" right over "岗位：仓库管理员": the heading the format gives
            # the post's fields is the post's own (and says whether that post is still in force)
            head = cur.blocks.pop()
            self.open_role(name, [head, block, *same_line], heading=head.text)
            return
        self.open_role(name, [block, *same_line])  # the body has sections of its own ("3. 岗位职责")
        if rest:
            self.add(block.model_copy(update={"type": BlockType.text, "text": rest, "key": None, "label": None}))

    def _list_part(self, core: str) -> bool:
        """"每周", "每月及不定期", "异常工况": when or in which case the items below apply (sections.toml
        ``list_parts``), each word of the heading one of those."""
        words = [w for w in re.split(r"[及和与、/或]", squash(core).rstrip(":：")) if w]
        parts = self.vocab.lexicon.sections.list_parts
        return bool(words) and all(w in parts for w in words)

    def heading(self, block: Block, following: list[Block], allow_roles: bool = True) -> None:
        text = block.text
        cur = self.current
        if self.role is not None and CONTINUED.search(text) and same_role(self.role, strip_title_noise(text, self.vocab)):
            # "机务维修工（续）" at the top of the next page: the post's part goes on, no post anew (its list,
            # if a box set aside from it came in between)
            kind = next((sec.kind for sec in reversed([*self.sections, cur]) if sec.role == self.role and sec.kind in _LIST_KINDS), None)
            if kind is not None and cur.kind != kind:
                self.open(kind, None, [block])
            else:
                self.add(block)
            return
        if (cur.opens_role and len(cur.blocks) == 1 and cur.blocks[0].type == BlockType.heading and not block.level
                and len(text) <= _CARD_LINE_MAX and AMOUNT.search(text) and len(re.split(r"[·|｜丨]", text)) > 2):  # fmt: skip
            # "成都 · 造型部 · 底薪3600元 · 婚礼日班" right under a card's title: its line of tags, no part of its own
            self.add(block.model_copy(update={"type": BlockType.text}))
            return
        self.heading_text = text
        marker = mk.parse_marker(text)
        # "第十二条 班长的安全职责" is a clause of a rule, read whole; "第1节 教务秘书" is a part of a
        # document headed by what it is about
        core = marker.rest if marker is not None and (marker.family != "clause" or _PART.search(marker.token)) else text
        if allow_roles and self.role is not None and self.role != self.title_role and self._notice(core) and not self._announced_post(block):
            # "补充通知（2025年9月1日）：" after the last post's card: a notice filed with the rule, none of that post's
            self.role, self.top_kind = None, None
            self.open(SectionKind.prose, text, [block])
            return
        if allow_roles:
            self.aside = squash(core).rstrip(":：") in self.document_parts
            if self.aside:
                self.open(SectionKind.prose, text, [block])  # "修订记录": about the document, no post's part
                return
        elif self.aside:
            self.add(block.model_copy(update={"type": BlockType.text}))  # a cell of the revision table
            return
        kind = self.vocab.kind_of_label(core) or (KIND_OF_KEY.get(block.key or "") if block.key else None)
        if (self.letter and marker is None and kind is None and self.vocab.section_kind(core) is None
                and text.rstrip().endswith((":", "：")) and len(squash(core.rstrip(" :："))) <= _GREETING_MAX):  # fmt: skip
            self.add(block.model_copy(update={"type": BlockType.text}))  # "刘经理：" at the top of a mail
            return
        if allow_roles and (kind or self.vocab.section_kind(core)) in (SectionKind.duties, SectionKind.qualifications):
            self._title_above()
        if kind is not None or self.vocab.section_kind(core) is not None:
            self.nested_kind = None
        elif marker is not None and marker.family == "cn" and not looks_like_title(without_trailing_fact(core, self.vocab), self.vocab):
            if self.nested_kind is None and marker.token.startswith("一") and self._opens_outline():
                self.nested_kind = self.current.kind
            if self.nested_kind is not None:
                # "一、知识 … 二、技能 …" under "四、任职资格": the numbering starts again, so these are
                # parts of that list, not the document's next parts nor posts
                self.open(self.nested_kind, text, [block])
                return
        if kind is None and self.vocab.section_kind(core) is None and self.current.kind in _LIST_KINDS and self._list_part(core):
            # "每周" / "每月及不定期" under "岗位职责" (a duty table's columns of how often): a part of that list
            self.open(self.current.kind, text, [block])
            return
        # (a heading the format marks, "## 附：v2.0 仓库管理员（已废止）" under a plain "岗位职责：" line, is
        # no entry of that list: the format ranks it at or above the list's own heading)
        list_level = next((b.level for b in self.current.blocks if b.type == BlockType.heading), 0)
        ranked = bool(block.level and (not list_level or block.level <= list_level))
        if kind is None and marker is None and not ranked and self._list_entry(core, following):
            # a careers card's <div> entries under "你将负责": unpunctuated lines, each an entry
            for pos, b in enumerate(self.current.blocks):
                if b.type == BlockType.text and len(b.line_nos) <= 1:
                    self.current.blocks[pos] = b.model_copy(update={"type": BlockType.item})
            self.add(block.model_copy(update={"type": BlockType.item}))
            return
        sibling = False
        rh = role_heading(core, self.vocab) if allow_roles and kind is None else None
        found = (rh.role, rh.kind) if rh is not None else None
        if found is None and allow_roles and kind is None and (coded := self.coded_post(core)) is not None:
            found = (coded, None)  # "3.1　YT-01" after "YT-01 | 营业厅店长": that post
        if (found is not None and found[1] in _LIST_KINDS and self.role is not None and squash(self.role) != squash(found[0].title)
                and squash(self.role).endswith(squash(found[0].title))):  # fmt: skip
            # "巡检员的主要工作是：" under "3.1 管网巡检员": the post by its shorter name, the heading of its list
            found, kind = None, found[1]
        if (found is not None and found[1] in _LIST_KINDS and self.role is not None and same_role(self.role, found[0].title)
                and re.search(r"(?:详?见下表|见附表|如下表)\s*[:：]?\s*$", core) and self._announces_list(core)):  # fmt: skip
            # "服务顾问一日工作流程及职责见下表：" under "2.1 服务顾问": the post's own list announced, not the post anew
            found, kind = None, found[1]
        if found is None and allow_roles and core.rstrip().endswith(("？", "?")) and (asked := self._asked_post(core)) is not None:
            # "您这边要招的这个新房渠道专员，具体是做什么的？": a conversation about a post names it
            # in its first question; the reply is that post's
            self.open_role(asked, [block], kind=self.vocab.section_kind(core), heading=text)
            return
        # "* 常见问题" after "** 测试技术员": a heading the format ranks above the post's own ends the post
        above = bool(block.level and self.role is not None and 0 < block.level < self.role_level)
        if found is None and allow_roles and kind is None and self.vocab.section_kind(core) is None and not above:
            if marker is None and self._in_post_head(core):
                cur = self.current
                if (len(cur.blocks) >= 2 and cur.blocks[-1].type in (BlockType.field, BlockType.text)
                        and not cur.blocks[-1].text.rstrip().endswith(("。", "！", "？", "!", "?"))):  # fmt: skip
                    # the wrapped end of the fact above (a PDF column's "工作班次：白班…，夜间轮流" /
                    # "备勤（每周不少于1次）"; a sentence that ended, "略。", wraps onto nothing)
                    self.add(block.model_copy(update={"type": BlockType.text}))
                    return
                # else a tag of the post's card ("杭州", "P6"): a heading of the post, not a post
            else:
                found = self._bare_title(core, marker, following, block.level if marker is None else 0)
        if (found is None and allow_roles and kind is None and marker is not None
                and SectionKind.duties in (self.current.kind, self.role_kind)):  # fmt: skip
            found = self._listed_post(core, following)
        unnumbered = False
        # (under a part the format ranks above the posts, "<h2>任职要求</h2>" > "<h3>抄表员</h3>", the posts'
        # lists are of the part's kind)
        if self.page_part is not None and block.level and block.level <= self.page_part[0]:
            self.page_part = None  # the page's next part
        part_kind = self.page_part[1] if self.page_part is not None else SectionKind.duties
        if (found is None and allow_roles and kind is None and marker is None and block.depth == 0
                and part_kind in (self.current.kind, self.role_kind)
                and has_role_suffix(core, self.vocab) and parse_title(core, self.vocab, strong=True) is not None):  # fmt: skip
            # "4 职责分工" > "质检员（化验员）" > "原奶接收：逐车取样…" (a swimlane's posts): a post named
            # alone under a part of duties, its list right under it, in that part's numbering
            found = self._listed_post(core, following, part_kind)
            unnumbered = found is not None
        if found is None and allow_roles and kind is None and self.role and (tagged := self._tagline_title(core)) is not None:
            found = (tagged, None)  # "服务督导·您的品质管家" after another post's card: the next post's card
        # ("== 工程部考核指标 ==" after "== 强电技工 ==": a heading the format ranks with the post's own,
        # naming no part of a post, is the page's next part; one that is a title alone is the next post)
        beside = bool(block.level and self.role is not None and block.level == self.role_level
                      and (self.vocab.section_kind(core) is None or department_of(core, self.vocab) is not None))
        # ("### 2. 客户顾问" after "### 1. 门店店长": the format's rank says it, whatever its number)
        if (found is None and beside and allow_roles and kind is None and (marker is None or marker.family in ("arabic", "dotted", "cn"))
                and (sibling_post := parse_title(core, self.vocab, strong=True)) is not None
                and squash(sibling_post.title) == squash(normalize_title(core)) and has_role_suffix(sibling_post.title, self.vocab)
                and not same_role(sibling_post.title, self.role or "")):  # fmt: skip
            found = (sibling_post, None)  # (the same post again, "【应急救援员 岗位要点】" under it, is its fact box)
        if found is not None:
            name, role_kind = found
            if (role_kind is None and self.top_kind in _LIST_KINDS and marker is not None
                    and marker.family not in ("cn", "clause", "ordinal_cn")):  # fmt: skip
                # "第二章 岗位职责" > "2.1 门店店长" > "▪ 制定…": a post's unlabelled list in a chapter of that kind
                role_kind = self.top_kind
            elif (role_kind is None and self.top_kind in _LIST_KINDS and marker is None and block.level
                    and block.level == self.role_level and 0 < self.top_level < block.level and self.current.kind == self.top_kind):  # fmt: skip
                role_kind = self.top_kind  # "<h2>岗位职责</h2>" > "<h3>快递员</h3>" … "<h3>网点客服</h3>": the next post's list
            dept = department_of(name.title, self.vocab) if name.department is None else name.department
            part = self.heading_part() if unnumbered else None
            again = marker is None and self._kept_family(name.title) is not None
            self.open_role(name, [block], kind=role_kind, heading=text, department=dept or name.department or self.part_department)
            if not again:
                # (the same post again, unnumbered — "第二章 安全巡查员" > "安全巡查员的主要职责如下：" — stays
                # in its chapter: "第三章 应急救援员" ends it)
                self.role_family = (_PART_FAMILY + part.family if part else None) if unnumbered else _numbering(marker)
            return
        # ("<h2>任职要求</h2>" after "<h3>泵站运行工</h3>"'s list: a part of the page over all its posts)
        ranked_part = above and marker is None and (kind or self.vocab.section_kind(core)) not in (None, SectionKind.prose)
        if ranked_part:
            self.page_part = (block.level, kind or self.vocab.section_kind(core))  # type: ignore[assignment]
        # ("附录　2022版营销员基本要求（已废止）" after the last post's chapter: the document's appendix, none of that post's)
        # (or its own old version, "附录　2019版化验员职责（已废止）": no duty of the post now)
        annexed = marker is not None and marker.family == "annex" and self.role is not None and (
            squash(self.role) not in squash(core) or any(m in core for m in self.vocab.lexicon.sections.void_markers))
        if allow_roles and ((above or beside) and kind is None or ranked_part or annexed or self._next_chapter(marker)
                            or _leaves(marker, self.role_family) and not self._own_part(core)
                            and not self._restarts_inside(marker)):  # fmt: skip
            # A new numbered part ("二、客户营销类", "4.4 班次与考勤" after "4.2 防损员") leaves a role
            # opened by a sibling part behind.
            self.role = self.title_role
            self.top_kind = None
            sibling = True
        if kind is None and self.top_kind in _LIST_KINDS and self.current.kind == self.top_kind and self._continues_list(following):
            kind = self.current.kind  # "㈣人员考核" > "⒍ 每月对…评分" after "⒌" of "二、工作职责": a part of that list
        kind = kind or self.vocab.section_kind(core)
        dept = department_of(core, self.vocab)
        if dept and (kind == SectionKind.kpi or kind is None) and not looks_like_title(strip_title_noise(core, self.vocab), self.vocab):
            self.department = dept
        if marker is not None and (marker.family == "cn" or marker.family == "clause" and marker.token.endswith("章")):
            self.part_department = dept if dept and kind is None and squash(dept) == squash(core) else None
        # (an appendix, "附录　历史版本", stands beside the document's chapters, never inside the last one)
        is_top = marker is None or marker.family in ("cn", "clause", "ordinal_cn", "annex")
        if kind is None:
            if sibling:
                kind = SectionKind.prose
            elif marker is None and text.endswith((":", "：")) and self.current.kind in _LIST_KINDS:
                kind = self.current.kind  # "辅助工作:" style sub-heading inside a duty list
            elif not is_top and self.top_kind is not None:
                kind = self.top_kind
            elif marker is not None and marker.family in ("dotted", "letter") and self.current.kind != SectionKind.prose:
                kind = self.current.kind
            elif self.role_kind in _LIST_KINDS and self.role is not None and (marker is None or marker.family != "cn"):
                kind = self.role_kind  # "1人力资源招聘" under "…招聘专员行为标准": a part of that list
            else:
                kind = SectionKind.prose
        if is_top and marker is None and self.role is not None and self.role_family is not None:
            is_top = False  # "任职要求：" inside "2.2 放映员" of "第二章 岗位职责": the post's part, not the chapter's
        if is_top:
            # "三、岗位职责与任职要求" over "3.1 品质主管", "3.2 品检员": a part holding both lists, whose
            # posts' paragraphs are of neither kind by inheritance
            self.top_kind = kind if kind != SectionKind.prose and not self.vocab.joins_kinds(core) else None
            self.top_level = block.level
        self.open(kind, text, [block])

    def _post_label(self, text: str) -> bool:
        """"任职要求：身体健康…", "薪资标准：…": a line led by a label of a post's own part or fact."""
        label = re.split(r"[:：]", text, maxsplit=1)[0].strip()
        return bool(self.vocab.kind_of_label(label) or self.vocab.label_key(label))

    def _continues_list(self, following: list[Block]) -> bool:
        """The items under a sub-heading go on numbering the list above it ("⒍" after "⒌")."""
        nxt = next((b for b in following if b.text.strip()), None)
        last = next((b for b in reversed(self.current.blocks) if b.type == BlockType.item), None)
        if nxt is None or last is None or nxt.type != BlockType.item:
            return False
        before, after = mk.parse_marker(last.text), mk.parse_marker(nxt.text)
        if before is None or after is None or before.family != after.family:
            return False
        a, b = re.match(r"\d+", before.token), re.match(r"\d+", after.token)
        return a is not None and b is not None and int(b.group()) == int(a.group()) + 1

    def _next_chapter(self, marker: mk.Marker | None) -> bool:
        """"4 质量红线" after the post "3.7 皮具护理师": the number after the chapter its post's dotted
        number belongs to, a part of the document past that post."""
        if self.role is None or not (self.role_family or "").startswith("dotted"):
            return False
        opened = next((sec for sec in reversed([*self.sections, self.current]) if sec.opens_role and sec.role == self.role), None)
        return mk.next_chapter(marker, mk.parse_marker(opened.heading) if opened is not None and opened.heading else None)

    def _own_part(self, core: str) -> bool:
        """"二、招生顾问" then "三、岗位任务清单", "四、任职要求": in a document of that one post, a
        numbered part of a list kind the post has no section of yet is its own, though numbered
        as its sibling."""
        kind = self.vocab.section_kind(core)
        if kind not in _LIST_KINDS or self.role is None or self.role == self.title_role:
            return False
        sections = [*self.sections, self.current]
        posts = {sec.role for sec in sections if sec.role}
        return posts == {self.role} and not any(sec.kind == kind for sec in sections if sec.role == self.role)

    def _restarts_inside(self, marker: mk.Marker | None) -> bool:
        """"1．景区讲解员" > "一、岗位职责", "二、任职资格", then "2．索道操作员" > "一、…": a 一、 numbering
        that starts again under each post is that post's parts, though 一、 usually ranks above 1."""
        if marker is None or marker.family != "cn" or self.role_family not in (*_BELOW_CN, "cn") or self.role is None:
            return False
        number = _cn_value(marker)
        own = [sec for sec in [*self.sections, self.current] if sec.role == self.role]
        opened = max((i for i, sec in enumerate(own) if sec.opens_role), default=0)
        # (not the post's own heading: "二、福利待遇" after "一、客户经理" is the next part, not its second)
        before = [m for sec in own[opened + 1:] if sec.heading and (m := mk.parse_marker(sec.heading)) and m.family == "cn"]
        last = _cn_value(before[-1]) if before else 0
        return number is not None and last is not None and number == last + 1

    def heading_part(self) -> mk.Marker | None:
        """The numbering of the part the current text sits in ("4 职责分工" of the posts under it)."""
        return next((m for sec in reversed(self.sections) if sec.heading and (m := mk.parse_marker(sec.heading))
                     and m.family in ("cn", "clause", "dotted", "arabic")), None)  # fmt: skip

    def _listed_post(self, core: str, following: list[Block], kind: SectionKind = SectionKind.duties) -> tuple[RoleName, SectionKind] | None:
        """"4.2.3 岗位职责" > "4.2.3.1 实验室主任" > "a) 全面负责…": a numbered post under a part of
        duties, its list right under it, is a post whose list is its duties (``kind``: the part's)."""
        nxt = next((b for b in following if b.text.strip()), None)
        # (a part of facts, "薪酬福利" > "抄表员" > "月薪4200—5500元", holds a line of text under each post)
        if nxt is None or nxt.type != BlockType.item and (kind in _LIST_KINDS or nxt.type == BlockType.heading):
            return None
        name = parse_title(core, self.vocab)
        return (name, kind) if name is not None else None

    def _tagline_title(self, core: str) -> RoleName | None:
        """"服务督导·您的品质管家", "验光师 — 看清每一天": a brochure card's heading of a post and its
        slogan (words that are no title: a "的" phrase, or no title ending), when it is another post."""
        parts = [p.strip() for p in re.split(r"\s*(?:·|•|｜|\||—{1,2}|–)\s*", core) if p.strip()]
        if len(parts) != 2:
            return None
        for title, slogan in (parts, parts[::-1]):
            if "的" not in slogan and has_role_suffix(slogan, self.vocab):
                continue
            name = parse_title(title, self.vocab)
            if name is not None and has_role_suffix(name.title, self.vocab) and squash(name.title) != squash(self.role or ""):
                return name
        return None

    def _notice(self, text: str) -> bool:
        """"关于滨江店放映员班次调整的通知": the text is the title of a notice."""
        return squash(re.sub(r"[（(][^（）()]*[)）]\s*$", "", text.strip().rstrip(":："))).endswith(tuple(self.vocab.doc_kinds.get("notice", ())))

    def _announced_post(self, block: Block) -> RoleName | None:
        """The post a notice sets up ("新设一个岗位：X", "增设X岗位"), not the one already open."""
        m = _NEW_POST.search(block.text)
        name = parse_title(m["post"], self.vocab) if m else None
        if name is None or not has_role_suffix(name.title, self.vocab) or self.role and squash(self.role) == squash(name.title):
            return None
        return name

    def _asked_post(self, question: str) -> RoleName | None:
        """The post a question is about, named after "这个/那个/招的…" ("要招的这个新房渠道专员"),
        when no post is open yet or it is another one."""
        # "工厂厂长主要管什么？" with no post open yet: the question begins with the post (a title
        # ending in a word of its own, "厂长", not "工" of "工资")
        starts = re.match(r"(?P<rest>[\u4e00-\u9fffA-Za-z]{2,14})", question) if not question.startswith(_PRONOUNS) else None
        # "我是抄表员，月底考核看什么？", "我在营业厅当客服，…": a new hire's question names the post the
        # asker holds
        intros = "|".join(re.escape(w) for w in sorted(self.vocab.lexicon.roles.self_intro, key=len, reverse=True))
        introduced = re.finditer(rf"(?:{intros}|我在[\u4e00-\u9fff]{{1,8}}?(?:当|做|干))(?P<rest>[\u4e00-\u9fffA-Za-z]{{2,14}})",
                                 question) if intros else iter(())
        for m in [*_ASKED_POST.finditer(question), *introduced, *([starts] if starts else [])]:
            tail = re.sub(r"^(?:的|这个|那个|一个|个|位|名)+", "", m["rest"])
            for end in range(len(tail), 1, -1):
                name = parse_title(tail[:end], self.vocab) if has_role_suffix(tail[:end], self.vocab) else None
                if name is not None and m is starts and (len(name.title) > _ASKED_TITLE_MAX or not any(
                        name.title.endswith(x) for x in [*self.vocab.role_suffixes, *self.vocab.lexicon.roles.head_titles] if len(x) >= 2)
                        or any(w in name.title for w in self.vocab.lexicon.roles.prefix_noise if len(w) >= 2)):  # fmt: skip
                    continue  # "应届生可以应聘配班老师吗": a sentence, not a post
                if name is not None and (self.role is None or squash(self.role) != squash(name.title)):
                    return name
        return None

    def _list_entry(self, core: str, following: list[Block]) -> bool:
        """A heading-like line inside a duties/requirements list that is one of its entries: it
        reads as a clause ("抽检门店锅底、鲜切菜品和冷链原料，跟踪不合格项整改"), has nothing under it,
        and names no section, post or label."""
        if self.current.kind not in (SectionKind.duties, SectionKind.qualifications) or not self.current.heading:
            return False
        if self.vocab.section_kind(mk.strip_marker(self.current.heading).strip()) is None:
            return False  # the list must be opened by its label ("你将负责"), not by a title or a topic
        if any(b.type != BlockType.heading and ("\n" in b.text or len(b.text) > LIST_ENTRY_MAX) for b in self.current.blocks):
            return False  # paragraphs under the heading: an essay's section, whose next heading is one
        nxt = next((b for b in following if b.text.strip()), None)
        if nxt is not None and nxt.type not in (BlockType.heading, BlockType.field):
            return False  # a sub-heading over its own entries
        if len(squash(core)) < LIST_ENTRY_MIN and not re.search(r"[,，、;；]", core):
            return False
        if self.vocab.section_kind(core) or self.vocab.kind_of_label(core) or self.vocab.label_key(core):
            return False
        if DOC_NUMBER.search(core):
            return False  # "洁途人聘〔2025〕04号": the next letter's number
        if re.search(r"[(（]\s*[\d一二三四五六七八九十]+\s*个[^()（）]{0,4}[)）]$", core):
            return False  # "内容中心（1个职位）": a group counted, the next part of a careers page
        return role_heading(core, self.vocab) is None and parse_title(core, self.vocab) is None and _card_title(core, self.vocab) is None

    def _opens_outline(self) -> bool:
        """The current section is a duties/requirements list opened by a "四、…" style heading, or
        a list heading with nothing under it yet ("主要职责" over "一、环境品质管理（占比 40%）")."""
        if self.current.kind not in _LIST_KINDS or not self.current.heading:
            return False
        if all(b.type == BlockType.heading for b in self.current.blocks):
            return True
        parent = mk.parse_marker(self.current.heading)
        return parent is not None and parent.family == "cn"

    def _title_above(self) -> None:
        """A job card whose title heading was followed by its tags in a table row ("工程管理部 |
        临江·高新区 | 本科 | 3-5年"): the title could not see the card's 岗位职责 past the table, so
        when that list heading comes, the run of heading-only sections above it is the card's head
        and its first title-like heading opens the post."""
        run: list[Section | _Builder] = []
        opened = False
        for section in reversed([*self.sections, self.current] if self.current.blocks else self.sections):
            facts = self._facts_only(section)
            if section.opens_role or section.kind != SectionKind.prose or (len(section.blocks) != 1 and not facts) or not section.heading:
                opened = section.opens_role
                break  # text under a heading, or a post already open: no card's head
            run.append(section)
            if facts:
                break  # "运维工程师（SRE）" over a callout row of its facts: the card's head starts here
        if opened and all(self._tags(x.heading or "") for x in run):
            return  # "【快递员】急招10名" > "武汉各站点" > "底薪3000": the card's head is the post opened above
        if len(run) < 2 and not (run and self._facts_only(run[0])):
            return
        run.reverse()
        for pos, section in enumerate(run):
            core = mk.strip_marker(section.heading or "").strip()
            name = parse_title(core, self.vocab, strong=True) if len(squash(core)) > 2 and not AMOUNT.search(core) else None
            if name is None or self.role and grade_of(core, self.role, self.vocab) or self.vocab.note_column(core):
                continue  # ("初级工 | 中级工" over 电焊工's requirements: its grades, no post; "修订备注": a column of notes)
            if not all(self._tags(x.heading or "") for x in run[pos + 1:]) or (pos + 1 >= len(run) and not self._facts_only(section)):
                return
            section.opens_role = True
            for later in run[pos:]:
                later.role = name.title
            self.role, self.role_kind, self.role_family, self.top_kind = name.title, None, self._kept_family(name.title), None
            # (the level of the heading that names it, which may head a section of its own above the table)
            self.role_level = next((b.level for sec in [*self.sections, self.current] for b in sec.blocks
                                    if b.type == BlockType.heading and b.level and squash(mk.strip_marker(b.text)) == squash(core)), 0)
            self.current.role = name.title
            return

    @staticmethod
    def _facts_only(section: Section | _Builder) -> bool:
        """A heading followed only by the post's own facts (所属部门, 汇报给, 工作地点 …)."""
        rest = section.blocks[1:]
        return bool(rest) and all(b.type == BlockType.field and b.key in _CARD_FACTS for b in rest)

    def _in_post_head(self, core: str) -> bool:
        """A short line under a post's heading and facts, before any list of that post, that does
        not end like a title: one of the post's facts or tags, not a post of its own."""
        if self.role is None or self.current.role != self.role:
            return False
        for section in reversed([*self.sections, self.current]):
            if section.role != self.role or section.kind in _LIST_KINDS or section.kind == SectionKind.kpi:
                return False  # the post already has a list: a new heading may be the next post
            if section.opens_role:
                break
        else:
            return False
        return not has_role_suffix(strip_title_noise(core, self.vocab), self.vocab)

    def _bare_title(self, core: str, marker: mk.Marker | None, following: list[Block], level: int = 0) -> tuple[RoleName, None] | None:
        """A heading that is only a title, followed by a duties/requirements section or requirement fields."""
        if marker is not None and marker.family == "clause" and not _PART.search(marker.token):
            return None
        if (marker is not None and self.role is not None and self.role != self.title_role
                and self.role_family == _numbering(marker) and (name := parse_title(core, self.vocab, strong=True))
                and has_role_suffix(name.title, self.vocab)):  # fmt: skip
            return name, None  # "第三章 应急救援员" after the posts of "第二章 安全巡查员": the next post, numbered alike
        if (marker is not None and self.role is not None and self.role != self.title_role
                and self.role_family == _numbering(marker) and re.fullmatch(r"[\u4e00-\u9fff]{2,8}", squash(core))
                and (first := next((b for b in following if b.text.strip()), None)) is not None
                and first.type == BlockType.text and names_its_post(core, first.text, self.vocab)):  # fmt: skip
            # "1.2 前台接待" > "前台接待隶属前厅部，直接上级为前厅经理": numbered like the posts around it, and
            # the paragraph under it places the post (a title of no usual ending)
            return parse_title(core, self.vocab) or RoleName(title=squash(core), raw=core), None
        opens_list = False
        prose = 0
        titled = has_role_suffix(strip_title_noise(core, self.vocab), self.vocab)
        last = next((b for b in reversed(self.current.blocks) if b.type != BlockType.heading), None)
        if self.role is not None and not titled and last is not None and last.type == BlockType.text and self._announces_list(last.text):
            return None  # "【吊车作业红线】" between "其职责按工况划分如下：" and that list: a box in the post's text, no post
        carded = False  # a card's tag (the holder's name) under the title was passed
        # the profile's facts may come first ("- 所属部门：品质部", "直接上级: 厂长"): look past them
        ahead = [b for b in following if b.text.strip()][:8]
        first = ahead[0] if ahead else None
        for nxt in ahead:
            if nxt.type == BlockType.heading:
                ncore = mk.strip_marker(nxt.text)
                if (named := role_heading(ncore, self.vocab)) is not None:
                    if (mine := parse_title(core, self.vocab)) is not None and same_role(named.role.title, mine.title):
                        # "第三章 应急救援员" > "【应急救援员 岗位要点】" / "应急救援员的工作职责：": the same
                        # post's fact box, or its list
                        # (or "服务顾问一日工作流程及职责见下表：" over its table: the same post's list announced)
                        opens_list = named.kind is not None or fact_box(ncore, self.vocab) is not None
                        if opens_list:
                            break
                        continue
                    break  # "一、驾驶员通用职责" names its post itself: the line above is a document's title
                # ("一、基本信息" under "岗位一 验光师": the post's block of facts opens it too)
                opens_list = (self.vocab.section_kind(ncore) is not None or self.vocab.kind_of_label(ncore) is not None
                              or squash(ncore.rstrip(":：")) in self.vocab.fact_headings)  # fmt: skip
                if opens_list:
                    break
                spaced = SPACED_FACT.match(ncore)
                if spaced is not None and self.vocab.label_key(spaced["label"]) in _CARD_FACTS:
                    continue  # "岗位编号　SL-HX-01": a fact of the post on a line of its own, its label spaced off
                key = self.vocab.label_key(ncore)
                if key is not None:
                    # a card's label on a line of its own (<dt>用人单位</dt>): a fact of the post
                    opens_list = key in QUALIFICATION_KEYS or key in KIND_OF_KEY or key in PROFILE_FACTS
                    if opens_list:
                        break
                    continue
                if AMOUNT.search(ncore):
                    continue  # a job card's unlabelled place and pay ("平湖仓 6500-8500元/月")
                if self._announces_list(ncore):
                    opens_list = True  # "服务顾问一日工作流程及职责见下表：" over the post's table
                    break
                if len(squash(ncore)) <= _TAG_CHARS and (parse_title(ncore, self.vocab, strong=True) is None or titled
                                                        and not has_role_suffix(ncore, self.vocab)):  # fmt: skip
                    # a tag or a label's value next to the title ("社会招聘", "供水分公司管网管理所"; under a
                    # title that ends like one, a word that does not is a tag: "杭州")
                    carded = carded or nxt is first  # (the holder's name right under the post's title)
                    continue
                break
            if nxt.type == BlockType.field:
                # requirement fields open the profile; so do the post's own facts (汇报对象, 工作地点,
                # 薪资待遇 …) right under a title-like heading: a careers page's job card
                opens_list = nxt.key in QUALIFICATION_KEYS or nxt.key in KIND_OF_KEY or nxt.key in PROFILE_FACTS
                if opens_list:
                    break
                continue
            if nxt.type == BlockType.item and (self._labelled(nxt.text) or self._tags(nxt.text)):
                continue
            if nxt.type == BlockType.text and len(nxt.text) <= _CARD_LINE_MAX and AMOUNT.search(nxt.text) and titled:
                continue  # "南京 · 门店销售部 · 底薪4500元＋签单提成 · 门店班": a card's line of tags under its title
            if (nxt.type == BlockType.item and titled and level and self.current.kind not in _LIST_KINDS
                    and parse_title(core, self.vocab, strong=True) is not None
                    and sum(b.type == BlockType.item for b in following[:8]) >= 2):  # fmt: skip
                # "<figcaption>客户顾问（南京新街口店）" over "① 接待进店…", "② …": a card's title, as the format
                # marks it, over its unlabelled lists
                opens_list = True
                break
            if nxt.type == BlockType.text and titled and carded and len(nxt.text) <= _CARD_LINE_MAX and _CARD_LABEL.match(nxt.text):
                continue  # "监督电话：0571-…" on a signboard's card under the post and the holder's name
            if nxt.type == BlockType.item and titled and carded:
                opens_list = True  # "项目经理" / "周建国" / "监督电话：…" / "• 主持项目全面工作…": the card's duties
                break
            if nxt.type == BlockType.text and self._announces_list(nxt.text):
                opens_list = True  # "直接上级为放映主管。…职责如下（▲为关键职责）：" over the list
                break
            if nxt.type in (BlockType.text, BlockType.item) and prose < 2 and parse_title(core, self.vocab) is not None:
                # "4.2 防损员" / "岗位归属：门店防损部，直接上级为防损主管。" / "主要职责：": a line or two
                # about the post between a heading that ends like a title and its list
                prose += 1
                continue
            break
        # "3.1 设备维修工" over "设备维修工隶属设备动力部，直接上级为设备主管…" (its list a table or lines
        # after): a title-like heading whose first paragraph has the post as its subject
        about = next((b for b in following if b.text.strip() and b.type != BlockType.heading), None)
        own = parse_title(core, self.vocab, strong=True) if titled and about is not None and about.type == BlockType.text else None
        subject = own is not None and squash(about.text).startswith(squash(own.title)) and bool(
            POST_SUBJECT.match(squash(about.text)[len(squash(own.title)):]))
        if not opens_list and not subject and not self._posting_prose(core, following):
            return None
        if (self.role and core.rstrip().endswith((":", "：")) and self.current.kind in (SectionKind.duties, SectionKind.qualifications)
                and not has_role_suffix(core.rstrip(":： "), self.vocab)):  # fmt: skip
            return None  # "作业中：" over a checklist's next group: a label inside the post's list, no post
        name = parse_title(core, self.vocab, strong=True) or _card_title(core, self.vocab)
        sections = self.vocab.lexicon.sections
        if (name is None and opens_list and level and self.role is not None and level == self.role_level
                and re.fullmatch(r"[\u4e00-\u9fff]{2,8}", core.strip()) and self.vocab.section_kind(core) is None
                and not any(m in core for m in (*sections.closed_markers, *sections.void_markers))
                and self.vocab.label_key(core) is None and squash(core) not in self.vocab.fact_headings):  # fmt: skip
            # "<h3>前台接待</h3>" over its facts, a card like the post cards before it at that level (a
            # title of no usual ending)
            name = RoleName(title=squash(core), raw=core)
        return (name, None) if name else None

    def _announces_list(self, text: str) -> bool:
        """A paragraph whose last clause announces a duties or requirements list ("职责如下（▲为关键职责）：")."""
        if not text.rstrip().endswith((":", "：")):
            return False
        last = re.split(r"[，,。；;]", text.rstrip().rstrip(":："))[-1]
        last = re.sub(r"[(（][^()（）]{0,20}[)）]$", "", last).strip()
        last = re.sub(r"(?:详?见下表|见附表|如下表)$", "", last)  # "…一日工作流程及职责见下表：" over its table
        return self.vocab.section_kind(last) in _LIST_KINDS

    def _sign_off(self, block: Block) -> bool:
        """A letter's closing sentence (sections.toml ``closing_leads``) or a signature's label
        (fields.toml ``signature_labels``, or a label ending in one of ``signature_endings``)."""
        text = squash(block.text)
        if block.marker is None and mk.parse_marker(block.text) is None and text.startswith(tuple(self.vocab.lexicon.sections.closing_leads)):
            return self.current.kind in _LIST_KINDS
        fields = self.vocab.lexicon.fields
        label = re.split(r"[:：]", text, maxsplit=1)[0] if re.search(r"[:：]", text) else None
        return label is not None and (label in fields.signature_labels or label.endswith(tuple(fields.signature_endings)))

    def _told_list(self, text: str) -> SectionKind | None:
        """The list kind a paragraph's last clause announces by telling it ("现将…岗位职责告知如下：",
        sections.toml ``telling_verbs`` between the list's name and 如下)."""
        if not text.rstrip().endswith((":", "：")):
            return None
        last = squash(re.split(r"[，,。；;]", text.rstrip().rstrip(":："))[-1])
        if not last.endswith("如下"):
            return None
        last = last[:-2]
        verb = next((v for v in sorted(self.vocab.lexicon.sections.telling_verbs, key=len, reverse=True) if last.endswith(v)), None)
        kind = self.vocab.section_kind(last[: -len(verb)]) if verb else None
        return kind if kind in _LIST_KINDS else None

    def _posting_prose(self, core: str, following: list[Block]) -> bool:
        """"二、抄表收费员（6名）" over paragraphs that say what the post does and whom it wants, with
        no labels: a posting written as prose. The heading names the post with how many are wanted
        (or the first paragraph starts with the post it names), and a paragraph under it states
        requirements (学历, 经验, 证书 …)."""
        body: list[Block] = []
        for nxt in following:
            if nxt.type == BlockType.heading:
                break
            body.append(nxt)
        paragraphs = [b for b in body if b.type == BlockType.text and len(b.text) >= _PROSE_POSTING_MIN]
        if not HEADCOUNT_NOTE.search(core) and not (paragraphs and names_its_post(core, paragraphs[0].text, self.vocab)):
            return False  # ("一、销售经理" over "销售经理隶属于营销中心…": the paragraph is about the post it names)
        return bool(paragraphs) and any(self.vocab.qualification_category(b.text) in QUALIFICATION_KEYS for b in paragraphs)

    def _tags(self, text: str) -> bool:
        """A job card's tag list item ("市场营销部", "杭州·总部", "本科", "7-10K·13薪"): a short value
        or a figure, no sentence (tags such as 大专 or 应届生 read like titles, so that is not asked)."""
        lines = [mk.strip_marker(x).strip() for x in text.split("\n") if x.strip()]
        return bool(lines) and all(AMOUNT.search(x) or len(squash(x)) <= (_TAG_CHARS if re.search(r"\d", x) else _TAG_WORD)
                                   and x[-1] not in mk.TERMINAL_PUNCT for x in lines)  # fmt: skip

    def _labelled(self, text: str) -> bool:
        """An item that is a labelled fact ("- 所属部门：品质部"), not a duty or a requirement."""
        label, sep, value = mk.strip_marker(text).partition("：" if "：" in text else ":")
        return bool(sep and value.strip() and self.vocab.label_key(label.strip()) is not None)

    # -- tables ----------------------------------------------------------------------------------

    def table(self, reading: TableReading, line_text) -> None:  # type: ignore[no-untyped-def]
        """Feed one table's rows (see ``tables.py`` for what each row kind means)."""
        if self.aside:
            # "版本 | 日期 | 修订内容" under "修订记录": the document's history, text of that part
            for event in reading.events:
                for slot in event.slots:
                    # ("编制：人力资源部" under "签批": who drew the document up, no fact of a post)
                    self.current.blocks.extend(b.model_copy(update={"type": BlockType.text, "key": None})
                                               for b in build_blocks(self.file, slot.cell.units, self.vocab))
            return
        grid = _plain_grid(reading)
        if grid is not None:
            # "代码 | 名称 | 时间 | 适用说明" over "N2 | 宿管夜班 | 19:00—次日7:00 | 每月不超过12个": a table no column of
            # which the lexicon knows; each row is one statement, quoted whole under the table's header
            head, rows = grid
            self.open(SectionKind.prose, " | ".join(s.text.strip() for s in head.slots), [_row_block(self.file, head.slots, line_text, BlockType.heading)])
            for event in rows:
                self.add(_row_block(self.file, event.slots, line_text, BlockType.text))
            return
        start_section = len(self.sections)
        at_start = len(self.current.blocks) if self.sections else 0
        start_row = len(self.rows)
        role_before = self.role
        role_opened = False
        rows_posted = False  # the last header named a post column: a row per post
        last_row: TableRow | None = None
        for at, event in enumerate(reading.events):
            if event.kind == "title":
                slot = event.slots[0]
                facts = label_fields(slot.cell.units[0], self.file, self.vocab) if len(slot.cell.units) == 1 else None
                if facts and any(b.key == "title" or b.type == BlockType.heading for b in facts):
                    # a full-width row "岗位：护士长  直接上级：门诊主任" or "任职要求：…": its labels, not a heading
                    self.feed(facts)
                    continue
                blocks = build_blocks(self.file, slot.cell.units, self.vocab)
                heading = [b for b in blocks if b.type == BlockType.heading]
                post = parse_title(slot.text, self.vocab, strong=True) if event.index == reading.table.post_row else None
                if post is None and _form_follows(reading.events[at + 1:]) and (
                        not heading or self.vocab.section_kind(mk.strip_marker(slot.text)) is None):  # fmt: skip
                    # "一、影院经理　岗位编号：XM-YY-01" across a post's form (所属部门 | 影院运营部 …): the post
                    # (also a heading row, "岗位一：QA专员（现场QA）" over each of several posts' forms in one table)
                    named = parse_title(slot.text, self.vocab, strong=True)
                    post = named if named is not None and has_role_suffix(named.title, self.vocab) else None
                # (a title of labelled parts: "岗位｜考核周期：…｜考核人：…", not a sheet's caption)
                below = post is None and BLOCK_TITLE.search(slot.text) is not None and _kpi_header_below(reading.events[at + 1:])
                if post is None and (below or not heading and _kpi_header_above(reading.events[:at])):
                    # "▼ 电焊工　考核周期：月度　考核人：焊接班长" across a KPI sheet, its post column left
                    # blank below; "■ 生产班长｜考核周期：月度｜考核人：车间主任" over each block's own
                    # header of indicators: the post whose indicators the rows under it are
                    first = re.split(r"[｜|]", mk.strip_marker(slot.text))[0].strip()
                    named = parse_title(slot.text, self.vocab, strong=True) or parse_title(first, self.vocab, strong=True)
                    unit = department_of(first, self.vocab) if below and named is None else None
                    if named is not None and not is_unit_name(named.title, self.vocab) or unit is not None:
                        # ("■ 质量部（部门KPI）｜…": a unit's own block, no post's: the post above ends)
                        self.role = named.title if named is not None else self.title_role
                        if unit is not None:
                            self.department = unit
                        if below:
                            self.heading_text = slot.text  # the block's rows are under this title
                        self.open(SectionKind.kpi, slot.text, [make_block(BlockType.heading, self.file, slot.cell.units)])
                        continue
                if post is not None:
                    # one column of a grid of posts ("初级技师" over its 学历要求, 工作年限 …): its form
                    # (the facts written after the post in its title row, "岗位编码：YW-01 所属部门：园务办公室", are its own)
                    at = slot.text.find(post.title)
                    rest = slot.text[at + len(post.title):].strip() if at >= 0 and len(slot.cell.units) == 1 else ""
                    after = label_fields(replace(slot.cell.units[0], text=rest), self.file, self.vocab) if rest else None
                    own = [b for b in after or [] if b.type == BlockType.field and b.key not in (None, "title")]
                    # (the heading keeps the post's words only: its facts are the fields after it)
                    head = slot.text[: at + len(post.title)] if own else None
                    self.open_role(post, [make_block(BlockType.heading, self.file, slot.cell.units, texts=[head] if head else None), *own],
                                   heading=slot.text,
                                   department=next((field_value(b) for b in own if b.key == "department"), None))
                    role_opened = True
                    continue
                self.feed(blocks if heading else [make_block(BlockType.heading, self.file, slot.cell.units)])
            elif event.kind == "header":
                posted = bool(event.columns) and any(c.key == "role" for c in event.columns.values())
                if rows_posted and not posted and self.role != role_before and len({r.role for r in self.rows[start_row:] if r.role}) >= 2:
                    # "岗位等级 | 月薪下限 | 月薪上限" under a table of one row per post: a table of no post
                    self.role = role_before
                    self.open(SectionKind.prose, None)
                rows_posted = posted
                self._table_header(event, line_text)
            elif event.kind == "record":
                last_row = self._record(event, reading, line_text)
                role_opened = role_opened or self.role != role_before
            elif event.kind == "continuation":
                self._continuation(event, last_row, line_text)
            elif event.kind == "totals":
                continue  # "合计 | 100%": the sheet's sum, no fact of the post
            elif event.kind == "pairs":
                prior: str | None = None
                for pair in event.pairs:
                    if pair.key == "title" and pair.value is not None:
                        name = _titled_post(_cell_lines(pair.value.cell.units), self.vocab)
                        if name:
                            block = _field_block(self.file, pair.label, pair.value, "title", line_text)
                            moved = self._fields_since(start_section, at_start) if not role_opened else []
                            dept = next((p.value.text for p in event.pairs if p.key == "department" and p.value), None)
                            dept = dept or next((field_value(b) for b in moved if b.key == "department"), None)
                            name = compose_title(name, dept, self.vocab)
                            self.open_role(name, moved + [block], department=dept)
                            role_opened = True
                            continue
                    if pair.key is None and pair.value is not None and prior in KIND_OF_KEY and prior not in QUALIFICATION_KEYS:
                        # "岗位每周工作时间 | 5+1天 | 岗位任命提议权限 | 分校校长": the row's next label is
                        # a fact of its own, no entry of the part the label before it opened
                        self.open(SectionKind.prose, None)
                    self._pair(pair.label, pair.key, pair.value, line_text)
                    prior = pair.key
            else:
                facts = self._labelled_cells(event)
                if facts is not None:
                    self.feed(facts)  # "部门：市场客服部 | 岗位：入住顾问 | 考核周期：月度" above the table
                    continue
                for slot in event.slots:
                    self.feed(build_blocks(self.file, slot.cell.units, self.vocab), allow_roles=False)
        if len({r.role for r in self.rows[start_row:] if r.role}) >= 2 and self.role != role_before:
            # a table of one row per post (a pay scale, a requirements grid): the notes under it
            # ("说明：夜班津贴…") are the table's, for every post, not the last row's
            self.role = role_before
            self.open(SectionKind.prose, None)

    def _labelled_cells(self, event: RowEvent) -> list[Block] | None:
        """A row whose every cell is one labelled fact, one of them the post's title: its facts."""
        facts: list[Block] = []
        for slot in event.slots:
            unit = slot.cell.units[0] if len(slot.cell.units) == 1 else None
            found = label_fields(unit, self.file, self.vocab) if unit is not None else None
            if not found and unit is not None and LABELLED.match(unit.text):
                found = [make_block(BlockType.text, self.file, [unit])]  # a header's own label ("文件编号：…")
            if not found or any(b.type != BlockType.field and not LABELLED.match(b.text) for b in found):
                return None
            facts += found
        return facts if any(b.key == "title" for b in facts) else None

    def post_kpis(self, matrix: list[PostKpis], line_text) -> None:  # type: ignore[no-untyped-def]
        """A KPI matrix, one post at a time: the post's name opens it, its rows are its indicators."""
        role, department = self.role, self.department
        for part in matrix:
            name = parse_title(part.post.text.strip(), self.vocab, strong=True)
            if name is None:
                continue
            heading = make_block(BlockType.heading, self.file, part.post.units)
            self.open_role(name, [heading], kind=SectionKind.kpi, heading=heading.text,
                           department=name.department or department_of(name.title, self.vocab))
            reading = read_table(part.table, self.vocab)
            if part.weight_col is not None:
                for event in reading.events:
                    column = event.columns.get(part.weight_col)
                    if column is not None and column.key is None:
                        event.columns[part.weight_col] = Column("weight", column.label, column.slot)
            self.table(reading, line_text)
        self.role, self.department = role, department
        self.open(SectionKind.prose, None)

    def _fields_since(self, start_section: int, at_start: int) -> list[Block]:
        """Field blocks before a table's title field (所属部门 left of 岗位名称, a head of 编号 | 审核 above
        the form); not the requirements the section held before the table (the last post's form's 学历 |
        本科及以上 are that post's)."""
        if len(self.sections) != start_section:
            return []
        blocks = self.current.blocks
        take = [b.type == BlockType.field and (i >= at_start or b.key not in QUALIFICATION_KEYS) for i, b in enumerate(blocks)]
        self.current.blocks = [b for b, t in zip(blocks, take) if not t]
        return [b for b, t in zip(blocks, take) if t]

    def _table_header(self, event: RowEvent, line_text) -> None:  # type: ignore[no-untyped-def]
        keys = [c.key for c in event.columns.values() if c.key]
        block = _row_block(self.file, event.slots, line_text, BlockType.heading)
        block.key = "header"
        if "role" in keys:
            self.open(SectionKind.prose, self.heading_text, [block])
        elif any(k in ("indicator", "criterion") for k in keys):
            cur = self.current
            if cur.kind == SectionKind.prose and cur.blocks and all(b.type == BlockType.field for b in cur.blocks) \
                    and cur.role == self.role and cur.heading is None:
                # "岗位：裱花师　考核周期：月度" right above the sheet's columns: the caption of the post's
                # indicators, one part with them (alone it is a passage of two facts)
                cur.kind = SectionKind.kpi
                cur.heading = self.heading_text or block.text
                cur.blocks.append(block)
            else:
                self.open(SectionKind.kpi, self.heading_text or block.text, [block])
        else:
            kind = next((KIND_OF_KEY[k] for k in keys if k in KIND_OF_KEY), self.current.kind)
            self.open(kind, self.heading_text, [block])

    def _record(self, event: RowEvent, reading: TableReading, line_text) -> TableRow:  # type: ignore[no-untyped-def]
        keys = {c.key for c in event.columns.values()}
        row = TableRow(event, reading, self.article_id, self.role, self.department, self.heading_text)
        role_slot = event.value("role")
        dept_slot = event.value("department")
        if (keys & {"indicator", "criterion"} and role_slot is None and "role" in keys and dept_slot is not None
                and self.role and dept_slot.text.strip() != (self.department or "")):  # fmt: skip
            # the owner cell left blank under another department: the department's own rows,
            # not the post above's (销售部 rows after 餐饮部 · 行政总厨)
            self.role, self.department = None, dept_slot.text.strip()
            self.open(SectionKind.kpi, self.heading_text or reading.table.name)
            row.role, row.department = None, self.department
        if keys & {"indicator", "criterion"} and role_slot is not None and "role" in keys:
            # a KPI sheet with an owner column (部门 | 岗位 | 维度 | 指标名称 | 权重 …): every row is an
            # indicator of that role, not a job of a job list; the rows of one role form one section
            name = parse_title(role_slot.text, self.vocab, strong=True)
            unit = role_slot.text.strip()
            if name is None and is_unit_name(unit, self.vocab) and (self.role or self.department != unit):
                # "考核对象" holding a unit ("地面服务部") below its posts' rows: the unit's own rows
                self.role, self.department = None, unit
                self.open(SectionKind.kpi, self.heading_text or reading.table.name)
            if name and not (self.role and same_role(self.role, name.title) and self.current.kind == SectionKind.kpi):
                dept_slot = event.value("department")
                self.role = name.title
                # no department column: the unit the sheet is headed by ("质量管理部KPI考核表", or
                # the sheet's name) owns the rows too, so "给质量管理部设计KPI" finds them
                self.department = ((dept_slot.text.strip() if dept_slot else None) or self.base_department
                                   or department_of(self.heading_text or "", self.vocab)
                                   or department_of(reading.table.name or "", self.vocab))  # fmt: skip
                self.open(SectionKind.kpi, self.heading_text or reading.table.name)
            row.role, row.department = self.role, self.department
            role_slot = None
        attribute, value = event.value("attribute_name"), event.value("attribute_value")
        if role_slot is not None and (_expired(event.value("expires")) or self._void(event.value("status"))):
            self.rows.append(row)  # a row past its 失效日期, or 停用: history, no fact of the post
            return row
        if role_slot is not None and attribute is not None and value is None and "attribute_value" in keys:
            self.rows.append(row)  # "环保专员 | 学历 | （空）": a fact of the export left blank, nothing stated
            return row
        if role_slot is not None and attribute is not None and value is not None:
            # "通风工 | 所属部门 | 通风队": an HR system's export of one row per fact of a post; the
            # rows of one post make its profile, each a label and its value
            name = parse_title(role_slot.text, self.vocab, strong=True)
            if name is not None and not (self.role and same_role(self.role, name.title)):
                self.open_role(name, [_field_block(self.file, None, role_slot, "title", line_text)])
            if name is not None:
                key = self.vocab.label_key(attribute.text)
                if key is None and (numbered := _NUMBERED_LABEL.fullmatch(squash(attribute.text))) is not None:
                    key = self.vocab.label_key(numbered["base"])  # "岗位职责-1 … 岗位职责-5": one list, a row an item
                section, before = self.current, len(self.current.blocks)
                self._pair(attribute, key, value, line_text)
                grew = self.current is not section or len(section.blocks) > before
                added = self.current.blocks[-1] if grew and self.current.blocks else None
                if key is not None and key not in KIND_OF_KEY and added is not None and added.type == BlockType.field and added.key == key:
                    # the same fact of the post again lower in the export ("薪资" of 2024, then of
                    # 2025): an edit log, the later row the fact; the earlier stays as text
                    fact = (id(reading), self.role, squash(attribute.text))
                    if (earlier := self.export_facts.get(fact)) is not None:
                        earlier.type, earlier.key = BlockType.text, None
                    self.export_facts[fact] = added
                row.role = self.role
                self.rows.append(row)
                return row
        if role_slot is not None and "role" in keys and "person_name" in keys:
            # "工号 | 姓名 | 岗位 | 学历 | 专业 …": a staff list, one row per person; what one holder
            # of a post has is no requirement of the post, so the row is one statement, quoted whole
            return self._whole_row(event, row, line_text, "row")
        if (role_slot is not None and "role" in keys and not keys & {"duties", "qualifications", "indicator", "criterion", "pay"}
                and self._benefit_row(event, role_slot, line_text)):  # fmt: skip
            row.role = self.role
            self.rows.append(row)
            return row
        if role_slot is not None and "role" in keys and "pay" in keys and (posts := self._listed_posts(role_slot)):
            # "P5 | 司钻、泥浆工程师、机械师 | 10000 | 800" under 岗位等级 | 适用岗位 | 月基本工资 | 出海津贴: a pay
            # scale by grade, its row the pay of each post it lists
            for post in posts:
                self.open_role(post, [_field_block(self.file, None, role_slot, "title", line_text)])
                for col, slot in sorted(event.values.items()):
                    if slot is not role_slot and not slot.inherited:
                        self._cell(self._column_key(event.columns[col]), event.columns[col].label, slot, line_text)
            row.role = self.role
            self.rows.append(row)
            return row
        opened: Slot | None = None  # the row's post, just opened by it
        if role_slot is not None and "role" in keys:
            name = parse_title(role_slot.text, self.vocab, strong=True)
            if name and not self._same_post_rows(role_slot, name.title, event, reading):
                first = [_field_block(self.file, None, role_slot, "title", line_text)]
                unit = self.unit_row[1] if self.unit_row is not None and self.unit_row[0] == id(reading) else None
                self.open_role(name, first, department=unit)
                # "岗位 | 最低学历 | 相关工作经验 | 电工证 | 视力/色觉": a requirements grid, whose other
                # columns are requirements too, each named by its header ("电工证：✓")
                # (and a pay scale's: "岗位 | 底薪 | 里程补贴 | 安全奖", its allowances what the post offers)
                grid = None if keys & {"duties", "indicator", "criterion"} else (
                    "other_requirements" if any(c.key in QUALIFICATION_KEYS for c in event.columns.values())
                    else "benefits" if any(self._column_key(c) == "pay" for c in event.columns.values()) else None)
                duty_row = all(self._column_key(event.columns[c]) in (*_ROW_OF_DUTY, "department", "organisation")
                               for c, slot in event.values.items() if slot is not role_slot)
                if "duties" in keys and duty_row and grid is None and event.value("duties") is not None:
                    # a post's first row of a duty table is read as its next rows are (its duty, and what
                    # is said of it beside it), below
                    opened = role_slot
                    row.role = self.role
                else:
                    figures: list[tuple[str, Slot]] = []  # bare figures under columns of the company's own
                    for col, slot in sorted(event.values.items()):
                        column = event.columns[col]
                        if slot is role_slot or slot.inherited and column.key not in ("organisation", "department"):
                            continue
                        if self._labelled_requirement(event, column.key, slot, line_text):
                            continue
                        key = self._column_key(column)
                        if key is None and grid and column.label and squash(column.label) not in self.vocab.note_labels:
                            self._grid_cell(column.label, slot, "benefits" if self.vocab.allowance(column.label) else grid)
                            continue
                        if key is None and column.label and (_FIGURE.fullmatch(slot.text.strip()) or _MARK_CELL.fullmatch(slot.text.strip())):
                            figures.append((column.label.strip(), slot))
                            continue
                        self._cell(key, column.label, slot, line_text)
                    if len(figures) >= _FIGURES_MIN or any(_MARK_CELL.fullmatch(cell.text.strip()) for _, cell in figures):
                        # "快递员 | 18 | 15 | 22 | 55" under "岗位 | 海曙网点 | 江北网点 | 鄞州网点 | 合计": the post's
                        # figures (or marks) by the columns the company named, one line of the post ("海曙网点：18；…")
                        text = "；".join(f"{label}：{cell.text.strip()}" for label, cell in figures)
                        self.add(make_block(BlockType.text, self.file, figures[0][1].cell.units[:1], texts=[text]))
                    row.role = self.role
                    self.rows.append(row)
                    return row
            unit_text = role_slot.text.strip()
            if (name is None and keys & {"duties", "qualifications", "pay"}
                    and (is_unit_name(unit_text, self.vocab) or unit_text.endswith(self.vocab.organisation_suffixes))
                    and not any(event.columns[c].key in ("duties", "qualifications") for c in event.values)):  # fmt: skip
                # "20 | 单位 | 餐饮服务车间 | … | 东岭站乘务基地" among its posts' rows (an org tree's
                # export), no duty of its own: the unit's row, no fact of the post above; its posts below
                # are its own (a team doing the work, "仓储发货组 | 打包、发货", is a row like a post's)
                self.role, self.department = None, mk.strip_marker(unit_text).strip()
                self.unit_row = (id(reading), self.department)
                self.open(SectionKind.prose, self.heading_text or reading.table.name)
                return self._whole_row(event, row, line_text, "row")
            if not keys & {"duties", "qualifications", "indicator", "criterion"} and len(_LISTED.split(role_slot.text.strip())) >= 2:
                # "晚班 | 16:00-次日02:00 | 服务员、传菜员、收银员": a rule's table whose rows apply to
                # several posts; each row is one statement, quoted whole
                return self._whole_row(event, row, line_text, "row")
        if keys & {"indicator", "criterion"}:
            key_slot = event.value("indicator") or event.value("criterion")
            return self._whole_row(event, row, line_text, "criterion" if "criterion" in keys else "indicator",
                                   key_slot.text if key_slot else None)  # fmt: skip
        first_col = min(event.values) if event.values else None
        if "role" not in keys and first_col is not None and event.columns[first_col].key == "level" and len(event.values) >= 3:
            # "S | 头部主播 | ≥500万元 | … | 20000 | 1.5%": a grid of grades, one row per grade; the
            # row is one statement, quoted whole under its header row, not cells scattered over sections
            self._whole_row(event, row, line_text, "row")
            if row.block is not None:
                row.block.columns = [event.columns[s.col].label or "" if s.col in event.columns else "" for s in event.slots if not s.inherited]
            return row
        # "职责模块 | 具体内容": the module names the duty beside it (the duty's label), no item itself
        module = event.value("duty_label")
        parted = False
        if module is None and "duties" in keys:
            # "中班 | 15:00-23:00 | 办理入住登记…", "餐前 | 布置台面…": the shift or time of day the row's
            # duty is done in (sections.toml ``list_parts``) labels it, as a duty module would
            # (the row's label, in its first column before the duty: not a 频次 column after it)
            first_col = min(event.values)
            duty_col = min((c for c in event.values if event.columns[c].key == "duties"), default=first_col)
            lead = event.values[first_col]
            module = lead if first_col < duty_col and self._list_part(lead.text) else None
            parted = module is not None
        module = module or self._listed_duty_name(event)
        named = self._named_duty(event) if module is None else None
        duty: Block | None = None  # the row's duty, once read: a short cell after it under an unnamed column is said of it
        share = next((s for c, s in event.values.items() if event.columns[c].key == "time_share" and s.text.strip() not in PLACEHOLDERS), None)
        # (a shift's row: its duty first, its hours then said of it, "（时间：15:00-23:00）")
        # ("每日8:30 | 参加营业部早会… | 早会签到" under 时点 | 工作动作 | 交付物: when the duty is done and what
        # it delivers are said of the duty, wherever their columns stand)
        said_of = {"time_of_day", "output", "standard"} if parted or "duties" in keys and named is None else set()
        noted = parted or any(event.columns[c].key in said_of for c in event.values)
        order = sorted(event.values.items(), key=lambda kv: (not noted or event.columns[kv[0]].key != "duties", kv[0]))
        for col, slot in order:
            column = event.columns[col]
            if (duty is not None and (column.key in (None, "definition") or column.key in said_of) and slot is not module and not slot.inherited
                    and len(slot.cell.units) == 1
                    and _note_size(slot.text) <= (_DUTY_SAID_CHARS if column.key in said_of else _DUTY_NOTE_CHARS)
                    and column.label and squash(column.label) not in self.vocab.note_labels and slot.text.strip() not in PLACEHOLDERS
                    and not _TICK.match(slot.text.strip())):  # fmt: skip
                # "负责划片工艺… | 前道工序（划片/装片）" under 关联工序, "主持班前会 | 每班" under 频次: the duty's
                # own detail, shown with it (the duty's line is still what is quoted), no duty of its own
                duty.quote = duty.quote or duty.text
                duty.text = f"{duty.text}（{column.label.strip()}：{slot.text.strip()}）"
                continue
            if slot.inherited or slot is named or slot is module or column.key in ("duty_label", "serial") or column.key == "time_share" and (module or named):
                continue  # a row's number and its share of time are no facts of the post
            if slot is opened or column.key in ("role", "code", "status") and self.role and self.rows and self.rows[-1].role == self.role:
                continue  # the post's name, code and row state again on each of its rows
            if self._labelled_requirement(event, column.key, slot, line_text):
                continue
            if named is not None and column.key == "duties":
                block = _row_block(self.file, [named, slot], line_text, BlockType.item)
                block.label = named.text.strip()
                self.route_cell([block], "duties", column.label)
                continue
            label = module.text.strip() if module is not None and column.key == "duties" else column.label
            if module is not None and column.key == "duties" and share is not None and not parted:
                # (its share of the time said of the part: "主要负责的行政管理工作（时间分配：65 %）")
                label = f"{label}（{(event.columns[share.col].label or '').strip()}：{share.text.strip()}）"
            key = self._column_key(column)
            if (key == "qualifications" and (module is not None or named is not None or "duties" in keys) and "role" not in keys
                    and not any(self.vocab.label_key(part) for part in (column.label or "").split())):  # fmt: skip
                # "职责模块 | 工作内容 | 工作要求（旺季 | 淡季）": what a duty must meet, beside it; no
                # requirement of the person (those are labelled so: 任职要求, 岗位要求 …)
                key = "standard"
            section, before = self.current, len(self.current.blocks)
            self._cell(key, label, slot, line_text)
            added = self.current.blocks[before:] if self.current is section else self.current.blocks
            if key == "duties" and len(added) == 1 and added[0].type == BlockType.item:
                duty = added[0]
            if (key == "duties" and module is not None and not module.inherited and added and added[0].type == BlockType.item
                    and added[0].span.file == self.file):  # fmt: skip
                # the part's first line cites its title (and share) too: what heads the part is said there
                heads = [u.line_no for s in (module, share) if s is not None and not s.inherited for u in s.cell.units]
                if heads and min(heads) < added[0].span.line_start:
                    added[0].span = added[0].span.model_copy(update={"line_start": min(heads)})
        self.rows.append(row)
        return row

    def _whole_row(self, event: RowEvent, row: TableRow, line_text, key: str, label: str | None = None) -> TableRow:  # type: ignore[no-untyped-def]
        """The row as one item, its cells quoted together (an indicator's row, a rule's, a grade's)."""
        block = _row_block(self.file, [s for s in event.slots if not s.inherited], line_text, BlockType.item)
        block.key, block.label = key, label
        self.add(block)
        row.block = block
        self.rows.append(row)
        return row

    def _cell_posts(self, slot: Slot) -> list[RoleName | None]:
        """Each part of a cell that lists posts, read as a title: None where a part names no post (or
        everyone, "全体在编教职工", or a family of posts, "教学岗位（后勤岗位轮休）")."""
        roles = self.vocab.lexicon.roles
        kinds = tuple(w for w in (*roles.family_endings, *roles.suffix_noise) if len(w) >= 2)
        return [None if EVERYONE.search(part) or re.sub(r"[(（][^()（）]*[)）]$", "", part.strip()).endswith(kinds) else
                parse_title(part, self.vocab, strong=True) for part in _LISTED.split(slot.text.strip()) if part.strip()]  # fmt: skip

    def _listed_posts(self, role_slot: Slot) -> list[RoleName]:
        """"司钻、泥浆工程师、机械师": the posts a cell lists (two or more, each a title); else none."""
        names = self._cell_posts(role_slot)
        posts = [n for n in names if n is not None]
        # (most end like titles; "司钻" among them need not)
        titled = sum(has_role_suffix(n.title, self.vocab) for n in posts)
        return posts if len(names) >= 2 and len(posts) == len(names) and titled * 2 > len(posts) else []

    def _benefit_row(self, event: RowEvent, role_slot: Slot, line_text) -> bool:  # type: ignore[no-untyped-def]
        """"水下作业补贴 | 每月200元 | 救生员、草坪养护工" under 项目 | 标准 | 适用岗位: an allowance of a policy's
        table and the posts it applies to; each post offers it (a benefit of each, "水下作业补贴：每月200元")."""
        others = [s for c, s in sorted(event.values.items()) if s is not role_slot and not s.inherited and s.text.strip()]
        keys = [self._column_key(event.columns[s.col]) for s in others]
        # (or, under 适用岗位, any item of a column headed as the benefits: "福利项目 | 住宿")
        applies = squash(event.columns[role_slot.col].label or "") in {squash(w) for w in self.vocab.lexicon.kpi.applies_to}
        named = [s for s, key in zip(others, keys) if key == "benefits" and applies or key is None and self.vocab.names_allowance(s.text)]
        if len(named) != 1 or len(others) < 2 or any(key not in (None, "definition", "standard", "benefits") for key in keys):
            return False
        names = self._cell_posts(role_slot)
        posts = [name for name in names if name is not None]
        rest = [s for s in others if s is not named[0]]
        if not posts or len(posts) != len(names):
            # ("全体", "管道维修工及参加抢修值班人员": no list of posts) the row is one statement, quoted whole,
            # no fact of the post of the row above
            self.role, self.top_kind = None, None
            self.open(SectionKind.prose, None, [_row_block(self.file, [named[0], *rest, role_slot], line_text, BlockType.text)])
            return True
        text = f"{named[0].text.strip()}：{'，'.join(s.text.strip() for s in rest)}"
        for post in posts:
            self.open_role(post, [], kind=SectionKind.benefits)
            block = _row_block(self.file, [named[0], *rest], line_text, BlockType.item)
            # (quoted as its cells read, "水下作业补贴…每月200元", as a grid's labelled value is)
            block.quote = "…".join(s.text.strip() for s in (named[0], *rest))
            block.text, block.label = text, named[0].text.strip()
            self.route(block, "benefits", None)
        return True

    def _grid_cell(self, label: str, slot: Slot, key: str, quote: str | None = None, label_slot: Slot | None = None) -> None:
        """One cell of a requirements grid (or a pay scale) under a header no field names: an item
        that says its header, so a mark ("✓", "○") or a bare value ("1.0以上", "800") keeps its sense."""
        text = slot.text.strip()
        if not text or text in PLACEHOLDERS:
            return  # "—": not required
        text = re.sub(r"\s*\n\s*", " ", text)
        # ("学历 | 大专及以上": the item is the post's education too, a fact of its profile)
        field = self.vocab.field_key(label.strip())
        block = make_block(BlockType.item, self.file, slot.cell.units[:1], texts=[f"{label.strip()}：{text}"], label=label.strip(),
                           key=field if field in QUALIFICATION_KEYS else None)  # fmt: skip
        # the column's name is on the header's line: the cell's own value is what its line says
        block.quote = quote if quote is not None else (slot.cell.units[0].text.strip() if len(slot.cell.units) == 1 else None)
        if quote is not None and label_slot is not None and label_slot.cell.units:
            # the quote "学历…大专及以上" reads the label's cell too: the item cites its line as well
            nos = sorted({label_slot.cell.units[0].line_no, *block.line_nos})
            block.line_nos = nos
            block.span = block.span.model_copy(update={"line_start": nos[0], "line_end": nos[-1]})
        self.route(block, key, label.strip())

    def _listed_duty_name(self, event: RowEvent) -> Slot | None:
        """"主要职责 | 职责描述" with lines under the name ("行政管理 | 归档公司文件… / 编写公司大事记…"): the
        short name heads the row's duties, as a duty module would; it is no duty of its own."""
        cols = sorted(col for col in event.values if event.columns[col].key == "duties")
        if len(cols) != 2:
            return None
        name, body = event.values[cols[0]], event.values[cols[1]]
        text = name.text.strip()
        # (a name may be a whole clause, "协助行政经理制定行政工作规划及行政管理制度", the lines under it its parts)
        if not 0 < len(text) <= _DUTY_HEAD or text[-1] in mk.TERMINAL_PUNCT or name.inherited or body.inherited or len(name.cell.units) != 1:
            return None
        return name if len(body.cell.units) >= 2 else None

    def _named_duty(self, event: RowEvent) -> Slot | None:
        """"职责 | 工作内容 | 占用时间比例": two duty columns, the left a short name of the row's one duty
        ("生产计划执行"), the right one sentence describing it: one item quoting both."""
        cols = sorted(col for col in event.values if event.columns[col].key == "duties")
        if len(cols) != 2:
            return None
        name, body = event.values[cols[0]], event.values[cols[1]]
        text = name.text.strip()
        if not 0 < len(text) <= _DUTY_NAME or text[-1] in mk.TERMINAL_PUNCT or name.inherited or body.inherited:
            return None
        if len(body.cell.units) != 1 or mk.parse_marker(body.text) is not None:
            return None  # a list under the name ("1.根据…", "2.…"): the name stays an entry of its own
        return name

    def _void(self, slot: Slot | None) -> bool:
        """A row's 状态 saying it no longer holds ("停用", "已废止")."""
        # ("已作废（2022年需求）": a note on why, in brackets)
        core = re.sub(r"[（(][^()（）]*[)）]", "", slot.text).strip() if slot is not None else ""
        return slot is not None and len(core) <= 8 and any(m in core for m in self.vocab.lexicon.sections.void_markers)

    def _same_post_rows(self, role_slot: Slot, title: str, event: RowEvent, reading: TableReading) -> bool:
        """A post's rows one under another ("运维值班员" merged down, or typed again, beside 序号 |
        岗位职责 | 频次 on each row): the post is already open, its rows add to it. Rows that state
        facts of their own (分拣员 | 苏州仓 | 40人, 分拣员 | 无锡仓 | 8人) are records each."""
        prev = self.rows[-1] if self.rows else None
        if prev is None or prev.reading is not reading or not self.role or prev.role != self.role:
            return False
        listed = (*_ROW_OF_DUTY, "qualifications", "requirement_label", "role", "status")
        for col in event.values:
            key = self._column_key(event.columns[col]) if col in event.columns else None
            if event.values[col].inherited:
                continue  # ("无线维护室" merged down beside the post: the same fact on each of its rows)
            if key == "code" and (before := prev.event.value("code")) is not None and squash(before.text) == squash(event.values[col].text):
                continue  # "WL-02 | 冷链配送司机 | 1 | …" then "WL-02 | 冷链配送司机 | 2 | …": the post's code on each of its rows
            if key not in listed:
                return False
        prev_slot = prev.event.value("role")
        return same_role(self.role, title) and (role_slot.inherited or (
            prev_slot is not None and squash(prev_slot.text) == squash(role_slot.text)))

    def _continuation(self, event: RowEvent, last: TableRow | None, line_text) -> None:  # type: ignore[no-untyped-def]
        if last is not None and last.block is not None:
            extra = _row_block(self.file, event.slots, line_text, BlockType.item)
            block = last.block
            block.text = block.text + "\n" + extra.text
            block.line_nos = block.line_nos + extra.line_nos
            block.lines = block.lines + extra.lines
            block.span = SourceSpan(file=self.file, line_start=min(block.line_nos), line_end=max(block.line_nos))
            last.event.slots.extend(event.slots)
            for col, slot in event.values.items():
                if col in last.event.values and not slot.inherited:
                    prev = last.event.values[col]
                    last.event.values[col] = Slot(prev.col, prev.span, Cell(prev.cell.units + slot.cell.units))
                elif not slot.inherited:
                    last.event.values[col] = slot
            return
        for col, slot in sorted(event.values.items()):
            if not slot.inherited and not self._labelled_requirement(event, event.columns[col].key, slot, line_text):
                self._cell(event.columns[col].key, event.columns[col].label, slot, line_text)

    def _labelled_requirement(self, event: RowEvent, key: str | None, slot: Slot, line_text) -> bool:  # type: ignore[no-untyped-def]
        """"要求类别 | 要求内容" = 学历 | 中专及以上: one requirement, said under its own label; the label
        cell is no fact of its own. False for cells of other columns, or a row without such a label."""
        label = event.value("requirement_label")
        if label is None or not label.text.strip():
            return False
        if key == "requirement_label":
            return True
        quote = f"{label.text.strip()}…{slot.text.strip()}" if label.col < slot.col else None
        if key == "preferred":
            # "学历 | 大专及以上 | 本科及以上" under 必备条件 | 优先条件: the preferred level, said as such
            head = event.columns[slot.col].label.strip()
            self._grid_cell(f"{label.text.strip()}（{head}）", slot, "qualifications", quote=quote, label_slot=label)
            return True
        if key != "qualifications":
            return False
        field = self.vocab.field_key(label.text)
        if field is not None and field not in QUALIFICATION_KEYS and field not in KIND_OF_KEY:
            # "直接上级 | 区域运营经理" among a revision's requirement rows: a fact of the post, said
            # under its own label
            self._cell(field, label.text.strip(), slot, line_text)
            return True
        self._grid_cell(label.text.strip(), slot, "qualifications", quote=quote, label_slot=label)
        return True

    def _column_key(self, column) -> str | None:  # type: ignore[no-untyped-def]
        """A column's key; a column no table label names may still be a field's label ("学历",
        "经验" of a posting export: no column of a header row, lest label grids read as headers)."""
        if column.key == "qualifications" and column.label:
            # "证书要求" over each post's certificates: the requirement it names, not requirements at large
            specific = self.vocab.label_key(column.label)
            if specific in QUALIFICATION_KEYS and specific != column.key:
                return specific
        if column.key or not column.label:
            return column.key
        key = self.vocab.label_key(column.label)
        return key if key in self.vocab.lexicon.fields.fields else None

    def _cell(self, key: str | None, label: str, slot: Slot, line_text) -> None:  # type: ignore[no-untyped-def]
        """One labelled cell: list content is split into items, a single fact is a field."""
        text = slot.text
        if key == "preferred":
            key = "qualifications"  # "优先条件" beside a post's requirements: more of them, under that label
        paid = key is None and bool(label) and self.vocab.names_allowance(label) and _FIGURE.fullmatch(text.strip()) is not None
        if paid:
            key = "benefits"  # "出海津贴（元/天） | 1200": an allowance the post is paid, its figure under its name
        if not text or text in PLACEHOLDERS and not (text in NONE_STATED and key in PROFILE_FACTS):
            return
        if key in KIND_OF_KEY and key not in QUALIFICATION_KEYS:
            blocks = build_blocks(self.file, slot.cell.units, self.vocab)
            for b in blocks:
                if b.type != BlockType.heading:
                    b.label = b.label or label
            if len(blocks) == 1 and len(squash(text)) <= _BARE_CELL and label and key == "qualifications" and self.vocab.field_key(label):
                blocks = [blocks[0].model_copy(update={"type": BlockType.item, "quote": text.strip(), "text": f"{label.strip()}：{text.strip()}"})]
            elif (len(blocks) == 1 and key == "benefits" and label and self.vocab.names_allowance(label)
                    and (paid or not _FIGURE.fullmatch(text.strip()) and not self.vocab.names_allowance(re.split(r"\d", text.strip(), maxsplit=1)[0]))):  # fmt: skip
                # "岗位津贴 | 夜间值班费100元/次": what is paid, said under the column that says it is an allowance
                blocks = [blocks[0].model_copy(update={"type": BlockType.item, "quote": text.strip(), "text": f"{label.strip()}：{text.strip()}"})]
            self.route_cell(blocks, key, label)
            return
        if key not in PROFILE_FACTS and self.role is not None and len(slot.cell.units) == 1 and (
                pairs := _packed_pairs(text, self.vocab)):
            # "学历=中专及以上;经验=1年以上;证书=C级美容师证": an export's catch-all column packing the
            # post's facts as key=value (under no label, or one as vague as 属性): each a fact under its own
            # label, quoted as the cell writes it
            for name, value, piece in pairs:
                fact = make_block(BlockType.field, self.file, slot.cell.units[:1], texts=[f"{name}：{value}"], label=name, key=self.vocab.field_key(name))
                fact.quote = piece
                if fact.key in QUALIFICATION_KEYS:
                    self.route(fact, fact.key, name)
                else:
                    if self.current.kind != SectionKind.prose:
                        self.open(SectionKind.prose, label, label=label)
                    self.add(fact)
            return
        if key is None and (len(text) <= 4 or text.replace(".", "").isdigit()):
            return  # a rank, a serial number, an unnamed short cell
        if key in QUALIFICATION_KEYS and self._qualification_items(slot, key, label):
            return
        block = _field_block(self.file, None, slot, key, line_text, label_text=label)
        if key in QUALIFICATION_KEYS:
            if len(squash(text)) <= _BARE_CELL and label and len(slot.cell.units) == 1:
                # "专业要求 | 不限", "证书 | 无": the value alone says nothing; shown under its column's name,
                # quoted as the cell writes it
                block.quote, block.text = text.strip(), f"{label.strip()}：{text.strip()}"
            self.route(block, key, label)
            return
        if key is not None:
            if label and len(slot.cell.units) == 1 and _FIGURE.fullmatch(text.strip()) and self.vocab.fact_qualifier(label):
                # "陆地月基本工资（元） | 22000": a bare figure under a column whose name says which pay it is
                # says so only with that name; quoted as the cell writes it
                block.quote, block.text, block.label = text.strip(), f"{label.strip()}：{text.strip()}", None
            self.add(block)
            return
        blocks = build_blocks(self.file, slot.cell.units, self.vocab)
        if self.role is not None and len(slot.cell.units) == 1 and (
                len(text) <= _TAG_CHARS and parse_title(text, self.vocab) is not None
                or len(text) <= _ROW_FACT_CHARS and self.current.kind not in _LIST_KINDS and squash(label) not in self.vocab.note_labels
                and all(b.type == BlockType.heading for b in blocks)
                or len(text) <= _ROW_FACT_CHARS and CONTACT.search(text) is not None):  # fmt: skip
            # ("用人负责人 | 钱坤(qiankun@…)" after the requirements: whom to contact, no requirement)
            # "contact_person | 交付中心总监", "提成比例 | 回款金额的5%": an unknown column's short value is
            # a fact of the row under its column's name, never a heading (it would open a post) nor an
            # item of the list before it (after a requirement column it is one more requirement: 备注)
            if self.current.kind != SectionKind.prose:
                self.open(SectionKind.prose, label, label=label)
            self.add(block)
        else:
            if squash(label) in self.vocab.note_labels and self.role is not None:
                # "备注 | 提供免费工作餐和上下班班车": the row's remark, a part of its own under its label,
                # never a heading nor one more entry of the list before it
                self.open(SectionKind.prose, label, label=label)
                blocks = [b.model_copy(update={"type": BlockType.text}) if b.type == BlockType.heading else b for b in blocks]
            self.feed(blocks, allow_roles=False)

    def route_cell(self, blocks: list[Block], key: str, label: str) -> None:
        blocks = _items_not_headings(blocks, self.vocab)
        kind = KIND_OF_KEY[key]
        if self.current.kind != kind or self.current.label != label:
            self.open(kind, label, label=label)
        self.feed(blocks, allow_roles=False)

    def _pair(self, label: Slot, key: str | None, value: Slot | None, line_text) -> None:  # type: ignore[no-untyped-def]
        if value is None:
            if key in KIND_OF_KEY and key not in QUALIFICATION_KEYS:
                # A label cell alone (a section row of a form, "岗位基本资格要求"): a heading.
                self.feed([make_block(BlockType.heading, self.file, label.cell.units)])
            return
        if value.text in PLACEHOLDERS and not (value.text in NONE_STATED and key in PROFILE_FACTS):
            return
        if squash(label.text).rstrip(":：") in self.document_parts:
            # "修订记录 | 〔批注…学历要求由…修订为…〕" in a post's form: the document's history, text of its own
            self.open(SectionKind.prose, label.text, [make_block(BlockType.heading, self.file, label.cell.units)])
            self.current.blocks.extend(b.model_copy(update={"type": BlockType.text})
                                       for b in build_blocks(self.file, value.cell.units, self.vocab))
            return
        if key in KIND_OF_KEY and key not in QUALIFICATION_KEYS:
            head = make_block(BlockType.heading, self.file, label.cell.units, label=label.text, key=key)
            kind = KIND_OF_KEY[key]
            if self.current.kind != kind or self.current.label != label.text:
                self.open(kind, label.text, [head], label=label.text)
            else:
                self.add(head)
            blocks = _items_not_headings(build_blocks(self.file, value.cell.units, self.vocab), self.vocab)
            for b in blocks:
                if b.type != BlockType.heading:
                    b.label = b.label or label.text
            self.feed(blocks, allow_roles=False)
            return
        if key in QUALIFICATION_KEYS and self._qualification_items(value, key, label.text):
            return
        if (key is None and self.current.kind == SectionKind.qualifications and len(squash(label.text)) <= SUB_LABEL_MAX
                and squash(label.text) not in self.vocab.note_labels):  # fmt: skip
            # "驾驶证 | 持A3…", "年龄与身体 | …" under 任职资格: the company's own sub-labels of its
            # requirements, each value a requirement
            text = value.text.strip()
            if len(value.cell.units) == 1 and len(text) <= _BARE_VALUE:
                # "理论考试 | 60分及以上": a bare value keeps its label, as a grid's cell does
                self._grid_cell(label.text, value, "qualifications")
                return
            blocks = build_blocks(self.file, value.cell.units, self.vocab)  # a short value reads like a heading: it is not
            for b in blocks:
                b.type, b.label = BlockType.item, label.text
            self.feed(blocks, allow_roles=False)
            return
        # ("薪资 | 20-35K·14薪" over "汇报对象：解决方案总监" in the cell: the cell's next line is a fact of its own)
        extra: list[Block] = []
        if key in PROFILE_FACTS and len(value.cell.units) > 1:
            for pos, unit in enumerate(value.cell.units[1:], start=1):
                facts = label_fields(unit, self.file, self.vocab) if LABELLED.match(unit.text) else None
                if facts and all(b.type == BlockType.field and b.key in PROFILE_FACTS and b.key != key for b in facts):
                    extra = facts + [b for u in value.cell.units[pos + 1 :] for b in (label_fields(u, self.file, self.vocab) or [])]
                    value = replace(value, cell=Cell(value.cell.units[:pos], merged=value.cell.merged))
                    break
        block = _field_block(self.file, label, value, key, line_text)
        if key in QUALIFICATION_KEYS:
            self.route(block, key, label.text)
        else:
            self.route(block, None, label.text)  # (a fact after a list opens a part of its own: see route)
        for fact in extra:
            self.route(fact, None, fact.label)

    def _qualification_items(self, value: Slot, key: str, label: str) -> bool:
        """A requirement cell that is a list ("岗位任职基本技能" 1–5): one item per entry."""
        blocks = [b for b in build_blocks(self.file, value.cell.units, self.vocab)]
        if len(blocks) < 2:
            return False
        for block in blocks:
            block = block.model_copy(update={"type": BlockType.item} if block.type == BlockType.heading else {})
            block.key, block.label = key, label
            self.route(block, key, label)
        return True


_CARD_LINE_MAX = 60  # characters of a job card's line of tags (place · unit · pay · shift)


def _fact_heading(text: str, vocab: Vocab, spaced: bool = False) -> bool:
    """"班次 婚礼日班(05:00起)": a fact set apart by spaces, read as a heading (or, unless ``spaced``, the
    label "班次" a fact's section is named by); no part of its own."""
    m = SPACED_FACT.match(text.strip())
    if m is None and spaced:
        return False
    label = m["label"] if m is not None else text.strip().rstrip(":：")
    return vocab.label_key(label) in {*PROFILE_FACTS, *QUALIFICATION_KEYS}


def _items_not_headings(blocks: list[Block], vocab: Vocab) -> list[Block]:
    """In a list cell, a short line with nothing under it is an entry of the list, not a heading;
    so is an unnumbered line without a colon ("本科及以上学历，…相关专业" over the next entries)."""
    out = []
    for pos, block in enumerate(blocks):
        nxt = blocks[pos + 1] if pos + 1 < len(blocks) else None
        marker = mk.parse_marker(block.text)
        core = mk.strip_marker(block.text).strip()
        # a numbered part or a section's label ("任职要求") heads what follows it in the cell
        sub = (marker is not None and marker.family in ("cn", "ordinal_cn") or INLINE_LABEL.fullmatch(core) is not None
               or vocab.section_kind(core) is not None or vocab.kind_of_label(core) is not None)  # fmt: skip
        # ("岗位描述" over "部门介绍：" opening the cell: the cell's own title over its parts)
        titles_cell = sub and pos == 0 and nxt is not None and nxt.type == BlockType.heading
        if (block.type == BlockType.heading and not block.text.endswith((":", "：")) and not titles_cell
                and (nxt is None or nxt.type == BlockType.heading or not sub)):  # fmt: skip
            block = block.model_copy(update={"type": BlockType.item})
        out.append(block)
    if any(b.type == BlockType.item for b in out) or len(out) == 1:
        # a cell's lines are its entries: a one-line paragraph among them (or alone) is one more entry
        # (a grid table's entry wrapped over the cell's lines is one entry too)
        out = [b.model_copy(update={"type": BlockType.item}) if b.type == BlockType.text and _one_line_or_wrapped(b)
               and "\n" not in b.text and len(b.text) <= _CELL_ENTRY_MAX else b for b in out]  # fmt: skip
    return out


def _one_line_or_wrapped(block: Block) -> bool:
    """A block on one line, or on lines that follow one another (a cell's entry wrapped by the table)."""
    return len(block.line_nos) <= 1 or block.line_nos == list(range(block.line_nos[0], block.line_nos[0] + len(block.line_nos)))


def _unit_texts(units: list[Unit], line_text) -> tuple[list[Unit], list[str]]:  # type: ignore[no-untyped-def]
    """Texts to quote for these units: a whole line when they make up that line, else each unit."""
    by_line: dict[int, list[Unit]] = {}
    for u in units:
        by_line.setdefault(u.line_no, []).append(u)
    out_units: list[Unit] = []
    texts: list[str] = []
    for line_no, group in by_line.items():
        whole = line_text(line_no, group)
        if whole is not None:
            out_units.append(group[0])
            texts.append(whole)
        else:
            out_units.extend(group)
            texts.extend(u.text for u in group)
    return out_units, texts


GRID_LABEL_MAX = 8  # characters of a plain grid's column label ("适用说明")


def _plain_grid(reading: TableReading) -> tuple[RowEvent, list[RowEvent]] | None:
    """A table of rows of plain cells under a first row of short labels the lexicon does not know
    (its header), two rows or more, none of them wider than the header: (header, rows); else None."""
    events = reading.events
    if not events or any(e.kind != "cells" for e in events):
        return None
    head, rows = events[0], events[1:]
    labels = [s.text.strip() for s in head.slots]
    if (len(labels) < 2 or len(rows) < 2 or any(len(s.cell.units) != 1 for s in head.slots)
            or any(not x or len(x) > GRID_LABEL_MAX or re.search(r"[\d:：。，,;；]", x) for x in labels)):  # fmt: skip
        return None
    if any(len(e.slots) < 2 or len(e.slots) > len(labels) for e in rows):
        return None
    return head, rows


def _row_block(file: str, slots: list[Slot], line_text, kind: BlockType) -> Block:  # type: ignore[no-untyped-def]
    units = [u for s in slots for u in s.cell.units]
    out_units, texts = _unit_texts(units, line_text)
    return make_block(kind, file, out_units, texts=texts)


_BARE_CELL = 4  # characters of a requirement cell that only make sense under its column's name ("不限")
_TICK = re.compile(r"^[☐☑☒✓✔✗✘□■√×]")  # "☐ 已阅", "☑已交接": a box to tick, no detail of the duty
_FIGURE = re.compile(r"[\d.,]+\s*[%％人名个元]?")
_MARK_CELL = re.compile(rf"[{MARKS}×]")  # a mark under a column ("高处作业证 | ●": required, a legend says how)
_FIGURES_MIN = 2  # bare figures of a post's row under columns of the company's own that make a grid
# a duty table's columns: the duty, its module, number and share of time, and what is said of it (what it must
# meet, when it is done, what it delivers); no fact of the post
_ROW_OF_DUTY = ("duties", "duty_label", "serial", "time_share", "standard", "time_of_day", "output", None)
_DUTY_NOTE_CHARS = 20  # a cell beside a duty under an unnamed column ("每班", "前道工序（划片/装片）") that details it
_DUTY_SAID_CHARS = 60  # a cell saying when a duty is done, what it delivers or must meet ("30分钟内响应，城区2小时内到场…")
_LATIN_RUN = re.compile(r"[A-Za-z0-9][A-Za-z0-9./\-]*")


def _note_size(text: str) -> int:
    """A note's length in words: each Chinese character one, each code or number one ("GB 25201-2010、
    DB33/T 1067" beside a duty is a short note of two standards, no sentence)."""
    return len(_LATIN_RUN.sub("x", squash(text)))


_ROW_FACT_CHARS = 80  # one cell of a post's row read as a fact of the post, labelled by its column


_PACKED_PAIR = re.compile(r"^\s*([^=＝;；:：]{1,8}?)\s*[=＝]\s*(\S.*?)\s*$")


def _packed_pairs(text: str, vocab: Vocab) -> list[tuple[str, str, str]]:
    """"学历=大专;经验=1年以上": (label, value, piece) for each pair, when every piece is one and at least
    two labels name a field; [] otherwise."""
    pieces = [p for p in re.split(r"[;；\n]", text) if p.strip()]
    pairs = [(m.group(1).strip(), m.group(2), p.strip()) for p in pieces if (m := _PACKED_PAIR.match(p))]
    if len(pairs) < 2 or len(pairs) != len(pieces) or sum(1 for name, _, _ in pairs if vocab.field_key(name)) < 2:
        return []
    return pairs


def _field_block(file: str, label: Slot | None, value: Slot, key: str | None, line_text,  # type: ignore[no-untyped-def]
                 label_text: str | None = None) -> Block:
    units = ([u for u in label.cell.units] if label is not None else []) + list(value.cell.units)
    out_units, texts = _unit_texts(units, line_text)
    block = make_block(BlockType.field, file, out_units, texts=texts,
                       label=label.text if label is not None else label_text, key=key)
    return block


# --- the document ------------------------------------------------------------------------------


_BOX_BARS = "│┃║"


def _line_text_factory(doc: LoadedDocument, cleaned_lines: dict[int, list[str]], inline):  # type: ignore[no-untyped-def]
    """Whole-line quoting: when the given units are everything kept on a line, quote the line."""
    from assistant.ingest.clean import normalize_line

    def line_text(line_no: int, units: list[Unit]) -> str | None:
        kept = cleaned_lines.get(line_no, [])
        if len(units) < 2 or sorted(u.text for u in units) != sorted(kept):
            return None
        text = normalize_line(doc.lines[line_no - 1], inline)
        if text.strip()[:1] in _BOX_BARS:  # "│直接上级 │运行部主管 │" reads "直接上级 | 运行部主管"
            text = " | ".join(p.strip() for p in re.split(f"[{_BOX_BARS}]", text.strip().strip(_BOX_BARS)))
        elif text.strip()[:1] == "|" and _under_ascii_rule(doc.lines, line_no):
            text = " | ".join(p.strip() for p in text.strip().strip("|").split("|"))  # a grid table's "| 技能 | 熟练… |"
        return text

    return line_text


def _under_ascii_rule(lines: list[str], line_no: int) -> bool:
    """Whether the line is a row of a table drawn with "+---+" rules (a grid table), not Markdown's pipes."""
    at = line_no - 2
    while at >= 0 and lines[at].strip().startswith("|"):
        at -= 1
    return at >= 0 and lines[at].strip().startswith("+") and is_rule(lines[at])


_FILE_CODE = re.compile(r"^[A-Za-z]{0,6}\d{1,4}[A-Za-z]?[_\-\s.、]+")


_PAIR = re.compile(r"^(?P<a>[\u4e00-\u9fffA-Za-z]{2,12}?)(?:与|和|及|、)(?P<b>.+)$")


# the numbered parts of a document, as against the clauses of a rule ("第十二条")
_PART = re.compile(r"[节章]$|部分$")
_DATE = re.compile(r"(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})")


def _after_label(block: Block, cut: int, key: str) -> Block:
    """"第五条 食品安全专员的任职条件：本科及以上…；2年以上…": the part's content without its label (the
    label is the section's heading), as a paragraph to be read clause by clause."""
    first = block.lines[0] if block.lines else None
    if first is None or cut >= len(first.text):
        return block
    lines = [first.model_copy(update={"text": first.text[cut:].strip()}), *block.lines[1:]]
    return block.model_copy(update={"type": BlockType.text, "marker": None, "text": block.text[cut:].strip(), "lines": lines, "key": key})


def _expired(slot: Slot | None) -> bool:
    """A row's 失效日期 that has passed (a day still ahead keeps the row in force)."""
    m = _DATE.search(slot.text) if slot is not None else None
    if m is None:
        return False
    try:
        return date(int(m[1]), int(m[2]), int(m[3])) < date.today()
    except ValueError:
        return False


# a paragraph run in after a post's name: "营养师：隶属膳食部…。负责…" (the name short, no clause)
_RUN_IN = re.compile(r"^(?P<title>[^\s:：,，。;；、()（）]{2,12})[:：]\s*")
_RUN_IN_LINE = re.compile(r"^[■□◆◇●○▲►▶◉]\s*(?P<title>[^\s:：,，。;；、()（）■□◆◇●○▲►▶◉]{2,12})[ \t]*\n\s*")
_RUN_IN_NAMED = re.compile(r"^(?:[(（][一二三四五六七八九十\d]{1,3}[)）]|[一二三四五六七八九十\d]{1,2}[、.．])?\s*"
                           r"(?P<title>[^\s:：,，。;；、()（）]{2,12})[。．]\s*")
_RUN_IN_BODY = re.compile(r"负责|主要|协助|承担|隶属|汇报")
_RUN_IN_MIN = 20


_POST_CODE = re.compile(r"[a-z]{1,5}\d{1,6}")  # a post code, squashed ("YT-01" -> "yt01")
_APPENDIX = re.compile(r"^\s*(?:附|附件|附表|附录)\s*[\d一二三四五六七八九十]*\s*[:：]")
_POST_NOTE = re.compile(r"\s*[(（]\s*(?:岗位|职位)\s*[)）]\s*$")


def _cell_lines(units: list[Unit]) -> str:
    """A cell's lines as one text: a line wrapped inside a word runs on, but a name in another
    language on a line of its own ("钻井监督" over "Toolpusher") stays apart, as it is written."""
    text = ""
    for unit in units:
        line = unit.text.strip()
        apart = text and line and (text[-1].isascii() and text[-1].isalnum()) != (line[0].isascii() and line[0].isalnum())
        text += (" " if apart else "") + line
    return text


def _titled_post(value: str, vocab: Vocab) -> RoleName | None:
    """The post a title field names: "岗位名称：仓管员", or "文件名称：IPQC检验员岗位职责" (the
    document's name, which names its post and what the document says of it)."""
    value = _POST_NOTE.sub("", value)  # "服务区经理（岗位）": the bracket says it is a post
    name = parse_title(value, vocab, strong=True)
    if name is not None:
        return name
    found = role_heading(value, vocab)
    return found.role if found is not None else None


def _first_of_pair(title: str, vocab: Vocab) -> str | None:
    """"网格经理与客户经理职责": the first post of a title naming two, whose list comes first (the
    second heads its own list further down, which the caller checks)."""
    m = _PAIR.match(title)
    second = role_heading(m.group("b"), vocab) if m else None
    if m is None or second is None or second.role.raw not in m.group("b"):
        return None
    tail = m.group("b").split(second.role.raw, 1)[1]
    first = role_heading(m.group("a") + tail, vocab)
    return first.role.title if first is not None else None


def _named_post(doc: LoadedDocument, vocab: Vocab) -> str | None:
    """The post a one-post document is about when its body never names it: "车间主任岗位说明书" in
    the document's title property or its file name, the first line being "一、岗位基本信息". Only a
    name that ends like a title counts ("西湖门诊岗位职责表" names a clinic, not a post)."""
    for text in (doc.title, _FILE_CODE.sub("", stem(doc.file))):
        found = role_heading(text, vocab) if text else None
        if found is not None and found.kind is not None and looks_like_title(found.role.title, vocab):
            return found.role.title
    return None


_TITLE_LINES = 8  # the lines a document's title can be among (a letterhead, a file number above it)
_POST_MENTIONS = 3  # times the post must be named in the document


def _post_in_title(flow: list[Unit | Table], vocab: Vocab) -> str | None:
    """"关于调整作业监督员隶属关系及岗位职责的通知": a notice about one post's duties names the post inside
    its title, and the body goes on naming it. The post is the phrase of the title ending like a post
    ("…员", "…经理") that the document names most often (at least three times); its title must speak
    of a post's duties or requirements."""
    units = [p for p in flow if isinstance(p, Unit)]
    words = [w for kind in ("duties", "qualifications") for w in vocab.lexicon.sections.kinds.get(kind, []) if len(w) >= 4]
    body = squash("".join(u.text for u in units))
    best: tuple[int, int, str] | None = None
    for unit in units[:_TITLE_LINES]:
        head = squash(unit.text)
        if len(head) > 40 or not any(squash(w) in head for w in words):
            continue
        for end in range(3, len(head) + 1):
            for start in range(0, end - 2):
                phrase = head[start:end]
                if not has_role_suffix(phrase, vocab) or parse_title(phrase, vocab, strong=True) is None:
                    continue
                count = body.count(phrase)
                if count >= _POST_MENTIONS and (best is None or (count, len(phrase)) > best[:2]):
                    best = (count, len(phrase), phrase)
    return parse_title(best[2], vocab, strong=True).title if best else None  # type: ignore[union-attr]


def _document_title(doc: LoadedDocument, flow: list[Unit | Table], vocab: Vocab | None = None) -> str | None:
    if sum(1 for p in flow if isinstance(p, Table) and p.source == "xlsx") > 1:
        # a workbook of several sheets: not its first sheet's name; its file's name without the
        # filing code ("A04_二手车中心…": no department is called "A04_二手车中心")
        return _FILE_CODE.sub("", stem(doc.file)) or stem(doc.file)
    head = [p for p in flow[:8] if isinstance(p, Unit)]
    if any(_MAIL_FROM.match(u.text) for u in head):
        # an e-mail ("发件人: … / 主题: 【内推】行政专员…"): its subject, not its sender
        subject = next((m.group("s").strip() for u in head if (m := _MAIL_SUBJECT.match(u.text))), None)
        subject = _MAIL_REPLY.sub("", subject).strip() if subject else None  # "回复: 回复: 关于…": the thread's own subject
        if subject:
            return subject
    # a navigation bar ("首页 | 关于我们 | 课程中心 | 加入我们") is not the title
    first = _first_line(flow, vocab)
    candidates = [doc.title] if doc.title and not _navigation(doc.title) else []
    if first is not None and len(first.text) <= 40 and first.text[-1] not in mk.TERMINAL_PUNCT:
        candidates.insert(0, first.text)
        if vocab is not None and organisation_of(first.text.strip(), vocab) == first.text.strip():
            # "湖州华缝制衣有限公司" over "人事通知〔2025〕第15号": the company's name, then the document's
            later = flow[flow.index(first) + 1:]
            title = next((p for p in later if isinstance(p, Unit) and p.text.strip()), None) if later else None
            if (isinstance(later[0] if later else None, Unit) and title is not None and len(title.text) <= 40
                    and title.text[-1] not in mk.TERMINAL_PUNCT and not _facts_row(title.text)):
                candidates[0] = f"{first.text.strip()} {title.text.strip()}"
    # "岗 位 说 明 书": a title spaced out letter by letter is one word
    return _LETTER_SPACED.sub(lambda m: m.group().replace(" ", ""), candidates[0]) if candidates else None


# the header fields of a mail saved as text (the format's own words)
_MAIL_FROM = re.compile(r"^(?:发件人|From)\s*[:：]", re.IGNORECASE)
_MAIL_SUBJECT = re.compile(r"^(?:主题|Subject)\s*[:：]\s*(?P<s>\S.*)$", re.IGNORECASE)
_MAIL_REPLY = re.compile(r"^(?:(?:回复|答复|转发|Re|Fwd?|FW)\s*[:：]\s*)+", re.IGNORECASE)
_LETTER_SPACED = re.compile(r"(?<![\u4e00-\u9fff])(?:[\u4e00-\u9fff] ){2,}[\u4e00-\u9fff](?![\u4e00-\u9fff])")
_FACT = re.compile(r"[\u4e00-\u9fffA-Za-z]{2,8}\s*[:：]\s*\S")


def _facts_row(text: str) -> bool:
    """"文件编号：… 版本：… 生效日期：…": a row of facts, not a title."""
    return len(_FACT.findall(text)) >= 2


def _first_line(flow: list[Unit | Table], vocab: Vocab | None = None) -> Unit | None:
    """The first line that may be a title: not a navigation bar, not a row of facts, not a rule of
    symbols ("■■■■■■"), not a page's running head of the organisation and the document's number, not
    the file's metadata (front matter)."""
    return next((p for p in flow if isinstance(p, Unit) and p.text.strip() and not p.hint.meta and not _navigation(p.text)
                 and not _facts_row(p.text) and re.search(r"[^\W_]", p.text)
                 and not (vocab is not None and _running_head(p.text, vocab))), None)  # fmt: skip


_DOC_NUMBER = re.compile(r"^(?P<org>\S{2,30}?)\s+[A-Z]{1,6}(?:[-_][A-Z0-9]{1,8}){1,5}$")


def _running_head(text: str, vocab: Vocab) -> bool:
    """"禾木动物医院 HM-HR-STD-007": the organisation and a document number, a page's head."""
    m = _DOC_NUMBER.match(text.strip())
    return m is not None and organisation_of(m.group("org"), vocab) == m.group("org")


def _navigation(text: str) -> bool:
    """Three or more short links in a row, separated by | · / or spaces; or a breadcrumb ("当前位置：内网首页 >
    技术播出中心 > 岗位介绍")."""
    if len(re.findall(r"\s[>＞›»]\s|[>＞›»]", text)) >= 2 and len(text) <= 60:
        return True
    parts = [t for t in re.split(r"\s*[|｜·/]\s*|\s{2,}", text.strip()) if t]
    return len(parts) >= 3 and all(len(t) <= 6 for t in parts)


def _split_articles(flow: list[Unit | Table], file: str, vocab: Vocab | None = None) -> list[tuple[str, list[Unit | Table]]]:
    """(title, parts) per article: article headings of collection pages, one article per sheet,
    otherwise the whole document as one article."""
    sheets = [p for p in flow if isinstance(p, Table) and p.source == "xlsx"]
    if len(sheets) > 1:
        return [(t.name or stem(file), [t]) for t in sheets]
    starts = [i for i, p in enumerate(flow) if isinstance(p, Unit) and article_heading(p.text)]
    if not starts:
        first = _first_line(flow, vocab)
        if first is not None and 0 < len(first.text) <= 40 and first.text[-1] not in mk.TERMINAL_PUNCT:
            title = first.text
        elif sheets and sheets[0].name:
            title = sheets[0].name
        else:
            title = stem(file)
        return [(title, list(flow))] if flow else []
    out = []
    for pos, start in enumerate(starts):
        end = starts[pos + 1] if pos + 1 < len(starts) else len(flow)
        head = flow[start]
        assert isinstance(head, Unit)
        out.append((head.text, flow[start + 1: end]))
    return out


# A table's layouts redrawn as the usual header and rows, in this order (each step returns the
# table unchanged when its layout is not there)
_RESHAPES = (column_lists, parallel_lists, current_columns, post_mark_matrix, marked_columns, paired_label_rows, stacked_labels,
             numbered_pairs, transpose_labelled_rows, join_split_header, flatten_group_header, repeated_groups)


def _build_sections(part: list[Unit | Table], file: str, article_id: str, vocab: Vocab, title_role: str | None,  # type: ignore[no-untyped-def]
                    organisation: str | None, department: str | None, line_text) -> _Sections:
    """One article's sections, its text and tables fed in order."""
    builder = _Sections(file, article_id, vocab, title_role, organisation, department)
    # an e-mail saved as text ("发件人: …"): its "刘经理：" greets the reader, it heads no post
    builder.letter = any(_MAIL_FROM.match(p.text) for p in part[:_TITLE_LINES] if isinstance(p, Unit))
    pending: list[Unit] = []

    def flush_text(upcoming: list[Block] | None = None) -> None:
        if pending:
            builder.feed(build_blocks(file, list(pending), vocab), upcoming=upcoming)
            pending.clear()

    # two tables side by side on one sheet are read one after the other
    part = [t for piece in part for t in ((side_by_side(piece, vocab) or [piece]) if isinstance(piece, Table) else [piece])]
    part = [spread_group_row(piece, vocab) if isinstance(piece, Table) else piece for piece in part]
    part = [(tree_column(piece, vocab) or piece) if isinstance(piece, Table) else piece for piece in part]
    for piece in part:
        matrix = (kpi_matrix(piece, vocab) or ((turned := posts_by_rows(piece, vocab)) is not None and kpi_matrix(turned, vocab))
                  if isinstance(piece, Table) else None)  # fmt: skip
        if matrix:
            flush_text()
            builder.post_kpis(matrix, line_text)
            continue
        chinese = chinese_column(piece) if isinstance(piece, Table) else None
        if chinese is not None:
            pending.extend(chinese)  # a table in two languages side by side: its Chinese text
            continue
        inner = document_cells(piece, vocab) if isinstance(piece, Table) else None
        if (inner is None and isinstance(piece, Table) and len(cells := [c for row in piece.rows for c in row if not c.empty and not c.merged]) == 1
                and len(cells[0].units) == 1):  # fmt: skip
            # a shaded box of one cell and one line ("岗位速览｜班次：…｜月薪：…") between a heading and its text: a paragraph
            pending.extend(cells[0].units)
            continue
        if inner is not None:
            # a whole description typed into one cell: its lines are text, the rows around it a table
            for pos, sub in enumerate(inner):
                if isinstance(sub, Table):
                    flush_text()
                    if pos:
                        builder.open(SectionKind.prose, None)  # rows after the description: its notes, no list of it
                    reading = read_table(sub, vocab)
                    builder.table(reading, line_text)
                else:
                    pending.append(sub)
            continue
        headed = left_heads(piece, vocab) if isinstance(piece, Table) else None
        if headed is not None:
            # a form whose post (or whose parts) are written down its left side: headings over rows
            flush_text()
            for sub in headed:
                if isinstance(sub, Table):
                    reading = read_table(sub, vocab)
                    flush_text(_first_table_blocks(reading, file, vocab) or None)
                    builder.table(reading, line_text)
                else:
                    pending.append(sub)
            continue
        relations = relation_grid(piece, vocab) if isinstance(piece, Table) else None
        if relations is not None:
            pending.extend(relations)  # a post's relation diagram: its superior, reports and partners
            continue
        lanes = (swimlane(piece, vocab) or labelled_standards(piece, vocab)) if isinstance(piece, Table) else None
        if lanes is not None:
            pending.extend(lanes)  # posts × a process's stages: each post's work, stage by stage
            continue
        if isinstance(piece, Table):
            for reshape in _RESHAPES:
                piece = reshape(piece, vocab)
            for pos, table in enumerate(post_columns(piece, vocab, builder.role)):
                if pos:
                    builder.open(SectionKind.prose, None)  # the last post's facts stay with it
                reading = read_table(table, vocab)
                flush_text(_first_table_blocks(reading, file, vocab) or None)
                builder.table(reading, line_text)
        else:
            pending.append(piece)
    flush_text()
    builder.flush()
    return builder


def segment(doc: LoadedDocument, flow: list[Unit | Table], vocab: Vocab, inline=None, titled_post: bool = False) -> Structure:  # type: ignore[no-untyped-def]
    """Articles (with sections and blocks) and the table rows read on the way. ``titled_post``: the
    document's title is the heading of the first of its several posts (its unit is that post's)."""
    file = doc.file
    cleaned_lines: dict[int, list[str]] = {}
    for part in flow:
        units = [u for r in part.rows for c in r if not c.merged for u in c.units] if isinstance(part, Table) else [part]
        for u in units:
            cleaned_lines.setdefault(u.line_no, []).append(u.text)
    line_text = _line_text_factory(doc, cleaned_lines, inline)
    doc_title = _document_title(doc, flow, vocab)
    organisation = organisation_of(doc_title, vocab) if doc_title and not titled_post else None
    doc_department = department_of(doc_title, vocab) if doc_title and not titled_post else None
    articles: list[Article] = []
    rows: list[TableRow] = []
    parts = _split_articles(flow, file, vocab)
    stems = Counter(title_stem(title) for title, _ in parts)
    for index, (title, part) in enumerate(parts, start=1):
        if not part:
            continue
        if len(parts) == 1 and doc_title and _MAIL_FROM.match(title):
            title = doc_title  # a mail's subject, not its sender
        title_role = None
        paired = False
        if stems[title_stem(title)] < 3:
            bare = re.sub(r"(第?\d+篇[:：]?|篇\d+|范文\d+)", "", title).strip()
            if title == stem(file):
                bare = _FILE_CODE.sub("", bare) or bare  # "08_网络工程师岗位说明": the file's number no part of a post
            found = role_heading(bare, vocab)
            if found is None and len(parts) == 1 and doc_title and doc_title != title:
                found = role_heading(doc_title, vocab)  # a mail's subject names the post, its file does not
            title_role = found.role.title if found else None
            if title_role is None and (title_role := _first_of_pair(bare, vocab)) is not None:
                paired = True
        named = title_role is None and len(parts) == 1
        if named:
            title_role = _named_post(doc, vocab) or _post_in_title(part, vocab)
        article_id = f"{file}#{index}"
        builder = _build_sections(part, file, article_id, vocab, title_role, organisation, doc_department, line_text)
        if (named and title_role is not None and any(sec.opens_role for sec in builder.sections)) or (
                paired and not any(sec.opens_role and sec.role != title_role for sec in builder.sections)):
            # the body names its posts itself: the file's title was no post of its own; "A与B职责"
            # whose body heads no list of B is one list of both, no post's own
            builder = _build_sections(part, file, article_id, vocab, None, organisation, doc_department, line_text)
        if not builder.sections:
            continue
        rows.extend(builder.rows)
        spans = [s.span for s in builder.sections]
        articles.append(
            Article(
                id=article_id,
                file=file,
                index=index,
                title=title,
                organisation=organisation,
                span=SourceSpan(file=file, line_start=min(s.line_start for s in spans),
                                line_end=max(s.line_end for s in spans)),
                sections=builder.sections,
            )
        )
    for article in articles:
        for pos, section in enumerate(article.sections, start=1):
            section.id = f"{article.id}/s{pos}"
    opened = {squash(s.role) for a in articles for s in a.sections if s.opens_role and s.role}
    named = role_heading(doc_title, vocab) if doc_title and len(opened) >= 2 else None  # "X岗位职责" over X's list
    if named is not None and not has_role_suffix(named.role.title, vocab):
        named = None  # "教学岗位任职标准": a kind of posts, no post's heading
    # ("桥吊司机（岗位编码 ZX-01）", the first section's header: the post, then its code)
    bare = squash(re.sub(r"\s*[（(][^（）()]*[）)]\s*$", "", doc_title)) if doc_title else ""
    if doc_title and len(opened) >= 2 and (squash(doc_title) in opened or bare in opened
                                            or named is not None and squash(named.role.title) in opened):
        if (organisation or doc_department) and not titled_post:
            # "监控中心值班员岗位职责" over that post's placard and the next post's: 监控中心 is the
            # first post's unit, not every post's
            return segment(doc, flow, vocab, inline, titled_post=True)
        # a careers page titled by its first post describes several: not that post's (nor is the
        # file's filing code part of its name)
        old, doc_title = doc_title, _FILE_CODE.sub("", stem(file)) or stem(file)
        for article in articles:
            if article.title == old:
                article.title = doc_title  # (the article it heads is no more that post's than the file is)
    return Structure(articles=articles, rows=rows, doc_title=doc_title, organisation=organisation)


def _card_title(text: str, vocab: Vocab) -> RoleName | None:
    """"01营养配餐员饮食服务中心" (a card's number, title and unit run together): the title, its unit
    the department; None when the text does not end with a unit after a title."""
    core = re.sub(r"^\d{1,3}\s*", "", squash(text))
    for cut in range(len(core) - 2, 1, -1):
        head, tail = core[:cut], core[cut:]
        if is_unit_name(tail, vocab) and has_role_suffix(head, vocab) and (name := parse_title(head, vocab, strong=True)):
            return RoleName(name.title, name.raw, name.organisation, tail)
    return None


def _form_follows(events: list[RowEvent]) -> bool:
    """Whether the rows under a table's title are a post's form: label/value pairs naming its facts."""
    first = next((e for e in events if e.kind != "title"), None)
    if first is not None and first.kind == "header" and first.columns:
        # "岗位信息 | 岗位职责 | 任职资格" over one row of the post's cells: a post's own table of lists
        keys = {c.key for c in first.columns.values()}
        return bool(keys & {"duties", "qualifications"}) and not keys & {"role", "indicator", "criterion"}
    return first is not None and first.kind == "pairs" and any(
        p.key in PROFILE_FACTS or p.key in QUALIFICATION_KEYS for p in first.pairs)


def _kpi_header_below(events: list[RowEvent]) -> bool:
    """Whether the next row under a title is a header of indicators with no post column: a block
    of one post's (or unit's) indicators under the title naming it."""
    first = next((e for e in events if e.kind != "title"), None)
    keys = {c.key for c in first.columns.values()} if first is not None and first.kind == "header" and first.columns else set()
    return bool(keys & {"indicator", "criterion"}) and "role" not in keys


def _kpi_header_above(events: list[RowEvent]) -> bool:
    """Whether the last header above names indicators and a post column (a KPI sheet of posts)."""
    header = next((e for e in reversed(events) if e.kind == "header"), None)
    keys = {c.key for c in header.columns.values()} if header is not None and header.columns else set()
    return bool(keys & {"indicator", "criterion"}) and "role" in keys


def _first_table_blocks(reading: TableReading, file: str, vocab: Vocab, most: int = 8) -> list[Block]:
    """What the table starts with, as a bare title above it would see it: its first label/value
    pairs as fields (a card's 用人单位 may come before its 工作地点), or its title/header row."""
    blocks: list[Block] = []
    for pos, event in enumerate(reading.events):
        if event.kind == "cells" and not blocks:
            # "所属部门：门店运营部 | 直接上级：区域督导" (tab-separated facts under "◆ 店长"): each cell a
            # fact with its own label
            facts = [b for slot in event.slots if len(slot.cell.units) == 1
                     for b in (label_fields(slot.cell.units[0], file, vocab) or []) if b.type == BlockType.field]  # fmt: skip
            if facts:
                return facts[:most]
            # a card's left pane of facts, one per line ("岗位编号　SL-HX-01" / "所属部门：滑雪学校" / …),
            # its duties in the right pane
            pane = [b for unit in event.slots[0].cell.units[:most] if event.slots
                    for b in (label_fields(unit, file, vocab) or []) if b.type == BlockType.field]  # fmt: skip
            if len(pane) >= 2:
                return pane[:most]
        if event.kind == "pairs" and event.pairs:
            for pair in event.pairs:
                blocks.append(make_block(BlockType.field, file, pair.label.cell.units, label=pair.label.text, key=pair.key))
            if len(blocks) >= most:
                break
            continue
        if event.kind == "header" and not blocks and [e.kind for e in reading.events[pos + 1:]] == ["record"]:
            # "岗位编码 | 所属部门 | 直接上级 …" over one row: the post's facts, each under its column
            return [make_block(BlockType.field, file, slot.cell.units, label=column.label, key=column.key)
                    for column, slot in ((event.columns.get(sl.col), sl) for sl in event.slots)
                    if column is not None and column.key][:most] or [make_block(BlockType.heading, file, event.slots[0].cell.units)]
        if event.kind in ("title", "header") and not blocks:
            return [make_block(BlockType.heading, file, event.slots[0].cell.units)]
        break
    return blocks[:most]


__all__ = ["Structure", "TableRow", "segment", "same_role", "KEY_COLUMNS"]

