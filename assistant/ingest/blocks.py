"""Text units -> blocks: headings, whole list items (with continuation lines), paragraphs, fields.

A block is never split later. Items keep their sub-items (① inside 1、); a line ending open
("…坚持由") continues on the next line; "学历:本科;年龄:35岁以下" is a run of labelled fields;
"任职要求:男,45岁以下…" is a heading and its first item on one line (both cite that line).
"""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Collection
from dataclasses import dataclass, field, replace

from assistant.ingest import markers as mk
from assistant.ingest.layout import Hint, Unit
from assistant.ingest.roles import (DOC_NUMBER, LONG_NOTE, POST_ORDINAL, has_role_suffix, looks_like_title, parse_title, role_heading,
                                    strip_title_noise)
from assistant.ingest.textables import SPACED_FACT, left_out
from assistant.ingest.vocab import ANSWER_HEAD, KIND_OF_KEY, PROFILE_FACTS, QUALIFICATION_KEYS, NUMBERED_QUESTION, QUESTION_HEAD, Vocab, squash
from assistant.models import Block, BlockType, CleanLine, SectionKind, SourceSpan

HEADING_MAX = 30
_CONTINUATION_START = ("并", "及", "以及", "和", "或", "等")
# "学历:本科" - a label of letters, then a colon; labels start a line or follow a separator.
# ("上级 = 教研主管": an INI-style file's " = " separates them too)
# "Reports to 汇报对象:", "所在部门 Department:": a label in two languages may be longer
_LABEL_AT = re.compile(r"(?:^|(?<=[\s;；,，。|｜]))(?P<label>[A-Za-z][A-Za-z .&/-]{0,20}?\s*[\u4e00-\u9fff]{2,8}"
                       r"|[\u4e00-\u9fff]{2,8}\s+[A-Za-z][A-Za-z .&/-]{1,20}?"
                       r"|[\u4e00-\u9fffA-Za-z][\u4e00-\u9fffA-Za-z /、]{0,11}?(?:[(（][\u4e00-\u9fff]{1,6}[)）])?)(?:[:：]|\s+=\s+)")
_LABEL_AFTER_BRACKET = re.compile(r"(?<=[)）])(?P<label>[\u4e00-\u9fff]{2,8})[:：]")
# "直接下级：定编人数：12": a label left empty, the next known label right after its colon
_LABEL_AFTER_COLON = re.compile(r"(?<=[:：])\s*(?P<label>[\u4e00-\u9fff]{2,8})[:：]")


def make_block(kind: BlockType, file: str, units: list[Unit], marker: str | None = None,
               label: str | None = None, key: str | None = None, texts: list[str] | None = None) -> Block:
    texts = texts if texts is not None else [u.text for u in units]
    nos = [u.line_no for u in units]
    block = Block(
        type=kind,
        text="\n".join(texts),
        span=SourceSpan(file=file, line_start=min(nos), line_end=max(nos)),
        line_nos=nos,
        marker=marker,
        label=label,
        key=key,
        depth=units[0].hint.depth if len(units) == 1 else 0,
        level=units[0].hint.heading if kind == BlockType.heading and units else 0,
        lines=[CleanLine(line_no=n, text=t) for n, t in zip(nos, texts)],
    )
    raw = [u for u in units if u.raw is not None]
    if raw and texts[0] == raw[0].text:
        block.quote = raw[0].raw  # a code shown with its meaning is quoted as the line writes it
    return block


# "游客满意度　20%", "安全责任事故次数　20%（目标0起）": a name, a gap, its weight (then maybe a note)
WEIGHTED_ENTRY = re.compile(r"^(?P<name>[^:：,，;；。()（）\s]{2,16})\s+(?P<w>\d{1,3}(?:\.\d+)?\s*[%％])\s*(?P<rest>(?:[(（][^()（）]{0,30}[)）])?)$")
_NOTE_AFTER = re.compile(r"(?<=\S{2})\s*[（(][^()（）]{2,40}[)）]\s*$")


_AMOUNT_RUN = re.compile(r"\d[\d.,]*\s*(?:元|%|％|万|/)")


DOC_NUMBER_LINE = 40  # characters of a line that is an official document's number ("康人聘〔2025〕08号")


def _doc_number_line(text: str) -> bool:
    """A short line holding an official document's number ("康人聘〔2025〕08号"), which heads that document."""
    return DOC_NUMBER.search(text) is not None and len(text.strip()) <= DOC_NUMBER_LINE


_EQUATION = re.compile(r"[^=＝]{2,}[=＝][^=＝]*[÷×/*＊]")


def is_heading_text(text: str, marker: mk.Marker | None, vocab: Vocab) -> bool:
    """Short, unpunctuated lines are headings unless they are plain list items (5、顾客存/取包)."""
    if left_out(text or ""):
        return False  # "（略，另行发文）" under a heading is that part's (missing) content, not a part of its own
    if marker is None and _doc_number_line(text or ""):
        return True  # "洁途人聘〔2025〕04号 …": an official document's number heads that document (a letter)
    if marker is not None and marker.family == "worded":
        return False  # "职责3：落实安全生产主体责任…(20%)" between 职责2 and 职责4: an entry, whatever it names
    if marker is None and WEIGHTED_ENTRY.match(text or ""):
        return False  # "接待游客人次达成率　25%": a printout's indicator and its weight, an entry of the list above
    core = _NOTE_AFTER.sub("", text or "")
    if core != text and len(core) <= HEADING_MAX and core[-1:] not in mk.TERMINAL_PUNCT and vocab.section_kind(core):
        return True  # "2.2 上门保洁服务检查清单（每次服务逐项勾选，拍照上传）": a section's name, then a note
    if ((marker is None or marker.family in mk.HEADING_FAMILIES) and core != text and len(core) <= HEADING_MAX
            and core[-1:] not in mk.TERMINAL_PUNCT and "。" not in text and _post_heading(mk.strip_marker(core), vocab)):  # fmt: skip
        # "岗位说明书之二　饲养员（编号BY-02，猛兽区、灵长区、鸟禽区通用）", "I. 压载工（Ballast Control
        # Operator）": a post's title, then a note
        return True
    if not text or len(text) > HEADING_MAX or text[-1] in mk.TERMINAL_PUNCT or "。" in text:
        return False
    if _EQUATION.search(text):
        return False  # "咨询转化率=当月报名缴费人数÷当月有效咨询人数×100%": a formula, no part's name
    if marker is None and len(_AMOUNT_RUN.findall(text)) >= 2:
        return False  # "南繁补贴（育种员）　120元/天　　150元/天": a row of a table drawn with spaces, its figures
    if marker is not None and marker.family in ("caption", "annex"):
        return True  # "附件一：销售业务代表岗位职责": the colon is the annex number's, not a label's
    found = re.search(r"[:：]", text)
    head, colon, rest = (text[: found.start()], found.group(), text[found.end():]) if found else (text, "", "")
    indicator = len(head.strip()) >= 4 and head.strip().endswith(tuple(vocab.lexicon.kpi.name_endings))
    if colon and (len(rest.strip()) >= 8 or re.search(r"[,，、;；]", rest) or indicator and len(rest.strip()) >= 2) \
            and not vocab.section_kind(head.strip()) and not POST_ORDINAL.match(head.strip()):
        return False  # "巡查频次达标率：每班次巡查不少于4趟，按记录统计": a stated fact, not a heading
    if marker is None:
        return True
    if marker.family in mk.HEADING_FAMILIES:
        return True
    if marker.family == "dash" and (vocab.section_kind(marker.rest) or vocab.kind_of_label(marker.rest)
                                    or squash(marker.rest) in vocab.fact_headings) and len(marker.rest) <= 12:
        return True  # "■ 工作职责", "■ 岗位速览": a bullet in front of a section label or a block of facts
    if marker.family == "dotted":
        rest = marker.rest
        # "5.3.1 施工员（生产组，向项目生产经理负责）": a post, a note on its place in brackets
        bare = LONG_NOTE.sub("", rest)
        titled = bare != rest and len(bare) <= 12 and (name := parse_title(bare, vocab, strong=True)) is not None and has_role_suffix(name.title, vocab)
        return bool(role_heading(rest, vocab) or vocab.section_kind(rest)) or titled or (
            len(rest) <= 12 and not re.search(r"[,，、;；:：]", rest)
        )
    if marker.family != "arabic":
        return False
    # "3. 主要职责", "1. 基本信息": a numbered sub-heading that names a section or a block of facts
    rest = marker.rest.strip()
    if len(rest) <= 12 and (vocab.kind_of_label(rest) or squash(rest) in vocab.fact_headings):
        return True
    # "1、连锁养生会所店长岗位职责": an arabic-numbered line that names a role's duties.
    return role_heading(rest, vocab) is not None


def _bare_kind_heading(blocks: list[Block], vocab: Vocab) -> bool:
    """Whether the last block is a heading that names a kind of section, with nothing under it yet."""
    return bool(blocks) and blocks[-1].type == BlockType.heading and bool(vocab.section_kind(blocks[-1].text.strip().rstrip(":：")))


def _followed_closely(expanded: list[Unit], pos: int) -> bool:
    """Whether the line right below this one goes on (a group heading "生产、安全管理" over its items)."""
    return pos + 1 < len(expanded) and expanded[pos + 1].line_no == expanded[pos].line_no + 1


def _post_heading(core: str, vocab: Vocab) -> bool:
    """A line that is a post's title alone, unpunctuated ("岗位说明书之二 饲养员")."""
    name = parse_title(core, vocab)
    return name is not None and has_role_suffix(name.title, vocab) and not re.search(r"[,，;；:：、]", core)


# "职责二：收费管理（工作时间占比 30%）": a numbered part of a list, labelled by a word and its
# ordinal; it never continues the item above, whatever that item ends with
_ORDINAL_LABEL = re.compile(r"^[\u4e00-\u9fff]{2,6}[一二三四五六七八九十\d]{1,3}\s*[：:]")
_FOOTNOTE = re.compile(r"^\s{0,3}(?:\[\^[^\]\s]{1,12}\]:|注[0-9A-Za-z一二三四五六七八九十_-]{1,12}：)")
_BRACKET_TITLE = re.compile(r"^\s*【[^【】]{1,20}】\s*$")
_RULE = re.compile(r"^[━─—=＝*~_\-·.。…]{3,}$")
_BRACKETED = re.compile(r"[【\[]\s*(?P<label>[^】\]]{1,10}?)\s*[】\]]")
_BRACKET_LABEL = re.compile(r"^[【\[]\s*(?P<label>[^】\]]{1,10}?)\s*[】\]]\s*(?P<value>\S.*)$")


def _wraps_field(blocks: list[Block], unit: Unit) -> bool:
    """A form's value wrapped inside its cell of a PDF ("工作经验 3年以上…技术服务经" then "验",
    "工作地点 山东济南（负责…出差" then "约50%）"): a line right under a field that is a character
    or two, or closes the bracket the value left open."""
    if not blocks or blocks[-1].type != BlockType.field or blocks[-1].span.line_end != unit.line_no - 1:
        return False
    text, value = unit.text.strip(), blocks[-1].text
    if not text or mk.parse_marker(text) or re.search(r"[:：]", text):
        return False
    opened = value.count("(") + value.count("（") > value.count(")") + value.count("）")
    # "证书：燃气经营企业从业人员专业" over "培训考核合格证（燃气用户安装检修工）" in a narrow column: a
    # long certificate's name cut where the line is full, its end a line of its own
    cut = (blocks[-1].key == "certificate" and len(field_value(blocks[-1])) >= _CUT_VALUE_MIN and value[-1:] not in mk.TERMINAL_PUNCT
           and not value.endswith(("证", "书", ")", "）"))  # (a name already whole: the next line is another requirement)
           and len(text) <= _CUT_TAIL_MAX and re.search(r"证|书|[)）]", text) is not None and not re.search(r"[，,。；;、]", text))
    return (len(text) <= 2 and all("\u4e00" <= ch <= "\u9fff" for ch in text) and value[-1:] not in mk.TERMINAL_PUNCT
            or opened and len(text) <= 12 and re.search(r"[)）]", text) is not None or cut)


_CUT_VALUE_MIN = 10  # characters of a certificate's name that fill a narrow column's line
_CUT_TAIL_MAX = 24


_SPACED_REQUIREMENTS = frozenset({"education", "major", "experience", "certificate", "age", "gender"})


def _spaced_fact(unit: Unit, file: str, vocab: Vocab, in_form: bool = False) -> Block | None:
    """"直接上级 新闻部主任", "所属部门 新闻中心·新闻部": a post's fact, its label set apart by spaces
    (``in_form``: right under another fact, a requirement too: "学历 本科及以上", "专业 农学、植物保护")."""
    m = SPACED_FACT.match(unit.text.strip())
    tokens = unit.text.split()
    for n in range(2, min(4, len(tokens) - 1) + 1):
        # "班　　次　　三班倒": a label of two to four characters spaced out to the width of the others
        if not all(len(t) == 1 and "\u4e00" <= t <= "\u9fff" for t in tokens[:n]):
            break
        label = "".join(tokens[:n])
        key = vocab.field_key(label)
        if key in PROFILE_FACTS | (_SPACED_REQUIREMENTS if in_form else frozenset()):
            return make_block(BlockType.field, file, [unit], texts=[f"{label} {' '.join(tokens[n:])}"], label=label, key=key)
    key = vocab.field_key(m["label"]) if m else None
    if m is None or key not in PROFILE_FACTS | (_SPACED_REQUIREMENTS if in_form else frozenset()) or vocab.kind_of_label(m["label"]):
        return None
    if key in _SPACED_REQUIREMENTS and any(vocab.label_key(p) or vocab.column_key(p) for p in re.split(r"[\s/、|]+", m["value"]) if p):
        return None  # "工作经验 证书/资格 其他要求": a row of a table's labels, no value
    return make_block(BlockType.field, file, [unit], texts=[unit.text.strip()], label=m["label"], key=key)


_MARGIN_PARTS = (SectionKind.duties, SectionKind.qualifications, SectionKind.purpose)  # (not "考核指标 权重 目标值": a header)
_SPACED_PART = re.compile(r"^(?P<label>[\u4e00-\u9fff]{2,6})[ \u3000]+(?P<value>[^\s:：].{3,})$")
_BAR_LABEL = re.compile(r"^\s*(?P<label>[\u4e00-\u9fff]{2,6})\s*[|｜]\s*(?P<value>[^|｜]+)$")


def _barred_spaced_facts(unit: Unit, file: str, vocab: Vocab) -> list[Block] | None:
    """"部门 安全环保部|地点 云川市|人数 1|待遇 9000–12000元/月": facts set off by bars, each a label a
    space and its value (a careers page's bold labels lost to plain text); every piece a known label."""
    pieces = [p.strip() for p in re.split(r"[|｜]", unit.text)]
    if len(pieces) < 2 or not all(pieces):
        return None
    found = [(SPACED_FACT.match(p), p) for p in pieces]
    keys = [vocab.label_key(m["label"]) if m else None for m, _ in found]
    if not all(k in PROFILE_FACTS | {"title"} for k in keys):
        return None
    return [make_block(BlockType.field, file, [unit], texts=[p], label=m["label"], key=k)  # type: ignore[index]
            for (m, p), k in zip(found, keys)]  # fmt: skip


def _spaced_pairs(unit: Unit, file: str, vocab: Vocab) -> list[Block] | None:
    """"所属部门 影像中心 直接上级 影像中心主管": a row of a form's cells drawn without lines (a PDF's
    two-column fact table), each label then its value, every other piece a known label (a post's
    code among them: "岗位代码 HX-YC-01 所属部门 影城管理层")."""
    pieces = []
    for piece in unit.text.split():
        # "影像中心（后期组）直接上级": the space after a bracket lost in cleaning
        glued = re.match(r"^(?P<value>.+[)）])(?P<label>[\u4e00-\u9fff]{2,6})$", piece)
        pieces += [glued["value"], glued["label"]] if glued and vocab.label_key(glued["label"]) else [piece]
    if len(pieces) < 4 or len(pieces) % 2:
        return None
    keys = _pair_keys(pieces, PROFILE_FACTS | _SPACED_REQUIREMENTS | {"code"}, vocab)
    if keys is None:
        return None
    return [make_block(BlockType.field, file, [unit], texts=[f"{label} {value}"], label=label, key=key)
            for label, value, key in zip(pieces[0::2], pieces[1::2], keys)]  # fmt: skip


def _pair_keys(pieces: list[str], allowed: Collection[str], vocab: Vocab) -> list[str] | None:
    """The keys of "label value label value…" when every label is a known one of ``allowed`` and
    no value is a label itself (a row of a table's labels); None otherwise."""
    keys = [vocab.label_key(p) for p in pieces[0::2]]
    if not all(k in allowed for k in keys) or any(vocab.label_key(v) for v in pieces[1::2]):
        return None
    return keys  # type: ignore[return-value]


def label_fields(unit: Unit, file: str, vocab: Vocab, in_form: bool = False) -> list[Block] | None:
    """Split "LABEL:VALUE" lines whose first label the lexicon knows into blocks.

    A section label ("任职要求:…") gives a heading and the value as a paragraph; field labels
    ("学历:…;年龄:…") give one field block per label, each quoting its own stretch of the line.
    """
    text = unit.text
    barred = _BAR_LABEL.match(text)
    if barred and vocab.label_key(barred["label"]) in PROFILE_FACTS | {"title"}:
        # "工作地点｜东校区第一食堂" on a card: the label, a bar, its value (one fact of the line)
        label = barred["label"]
        return [make_block(BlockType.field, file, [unit], texts=[f"{label}：{barred['value'].strip()}"], label=label,
                           key=vocab.label_key(label))]  # fmt: skip
    bracketed = _BRACKET_LABEL.match(text)
    if bracketed and vocab.label_key(bracketed["label"].strip()) is not None:
        # "【汇报对象】测试部主管": a bracketed label with its value on the same line
        label = bracketed["label"].strip()
        key = vocab.label_key(label)
        if KIND_OF_KEY.get(key) is not None and key not in QUALIFICATION_KEYS:
            head, value = text[: bracketed.start("value")], bracketed["value"]
            marker = mk.parse_marker(value)
            return [make_block(BlockType.heading, file, [unit], texts=[head.strip()], label=label, key=key),
                    make_block(BlockType.item if marker else BlockType.text, file, [unit], marker=marker.token if marker else None,
                               texts=[value], label=label, key=key)]  # fmt: skip
        starts = [m for m in _BRACKETED.finditer(text) if vocab.label_key(m["label"].strip()) is not None]
        if len(starts) > 1 and not any(KIND_OF_KEY.get(vocab.label_key(m["label"].strip()) or "") for m in starts):
            # "【所属部门】医疗部【直接上级】门诊主任": one field per bracketed label of the line
            out = []
            for pos, m in enumerate(starts):
                end = starts[pos + 1].start() if pos + 1 < len(starts) else len(text)
                piece = text[m.start():end].strip()
                if piece[len(m.group(0)):].strip():
                    name = m["label"].strip()
                    out.append(make_block(BlockType.field, file, [unit], texts=[piece], label=name, key=vocab.label_key(name)))
            if out:
                return out
        return [make_block(BlockType.field, file, [unit], texts=[text.strip()], label=label, key=key)]
    strip = _barred_spaced_facts(unit, file, vocab) or _spaced_pairs(unit, file, vocab)
    if strip is not None:
        return strip
    spaced = _spaced_fact(unit, file, vocab, in_form)
    if spaced is not None:
        return [spaced]
    margin = _SPACED_PART.match(text.strip())
    if (margin and KIND_OF_KEY.get(key := vocab.label_key(margin["label"]) or "") in _MARGIN_PARTS and key not in QUALIFICATION_KEYS
            and not all(vocab.column_key(t) or vocab.label_key(t) for t in margin["value"].split())):  # fmt: skip
        # "工作职责 1．根据学员学时…", "任职资格 大专及以上学历；…": a part's name in the page's margin, its
        # first line beside it (the next lines go on under it)
        value = margin["value"]
        marker = mk.parse_marker(value)
        head = make_block(BlockType.heading, file, [unit], texts=[margin["label"]], label=margin["label"], key=key)
        # ("任职资格  学历：硕士及以上…": the first line beside the name is a labelled fact of its own)
        labelled = label_fields(replace(unit, text=value), file, vocab, in_form=True) if not marker else None
        return [head, *(labelled or [make_block(BlockType.item if marker else BlockType.text, file, [unit],
                                                marker=marker.token if marker else None, texts=[value], label=margin["label"], key=key)])]  # fmt: skip
    appointed = vocab.appointment.match(text.strip())
    if appointed:
        # "经公司研究决定，聘任你为DTP药房执业药师，自…起执行": the letter is about the post it appoints to
        rest = text.strip()[appointed.end():].lstrip("，,。 ")
        title = make_block(BlockType.field, file, [unit], texts=[appointed["post"].strip()], label="岗位", key="title")
        # (what the sentence goes on to say, "所在部门为…。岗位职责：略", is the letter's text)
        return [title, make_block(BlockType.text, file, [unit], texts=[rest])] if rest else [title]
    addressed = _ADDRESSED.match(text)
    if addressed and addressed["label"] in vocab.lexicon.fields.addressee_labels:
        # "致：白沙服务区 服务区经理（岗位）": a letter to the holder of a post names the post it is about
        return [make_block(BlockType.field, file, [unit], texts=[text.strip()], label=addressed["label"], key="title")]
    saluted = _saluted_post(text, vocab)
    if saluted is not None:
        # "致成分制备技师岗位任职者：": a letter's salutation to whoever holds a post names that post
        block = make_block(BlockType.field, file, [unit], texts=[f"{saluted[0]}：{saluted[1]}"], label=saluted[0], key="title")
        return [block.model_copy(update={"quote": text.strip()})]
    # a label with a bracket counts only when the lexicon reads it ("乙方（岗位）："), not a scale's
    # grade ("不满意(差):0-12分;一般满意(一般):12-23分")
    found = [m for m in _LABEL_AT.finditer(text) if not re.search(r"[(（]", m.group("label")) or vocab.label_key(m.group("label").strip())]
    if not found or found[0].start() != 0:
        return None
    # "岗位:门诊主任(院长)直接上级:区域运营经理": a known label right after a closing bracket
    found = sorted(found + [m for pattern in (_LABEL_AFTER_BRACKET, _LABEL_AFTER_COLON) for m in pattern.finditer(text)
                            if vocab.label_key(m.group("label").strip())], key=lambda m: m.start())
    first = found[0].group("label").strip()
    key = vocab.label_key(first)
    if key is None:
        # "所属站点：值机岛　直接上级：值机主管": a row of fields whose first label is unknown still
        # splits when another label is known and each label starts a stretch of its own
        known = sum(vocab.label_key(m.group("label").strip()) is not None for m in found[1:])
        if len(found) < 2 or not known or known * 2 < len(found):
            return None  # "文件编号：… 版本：… 生效日期：…": a document's header, not the post's facts
        if not all(m.start() > 0 and text[m.start() - 1].isspace() for m in found[1:]):
            return None
        return _field_row(unit, file, found, vocab)
    value = text[found[0].end():].strip()
    kind_key = KIND_OF_KEY.get(key)
    if kind_key is not None and key not in QUALIFICATION_KEYS and len(found) == 1 or (kind_key and not value):
        head = text[: found[0].end()]
        blocks = [make_block(BlockType.heading, file, [unit], texts=[head], label=first, key=key)]
        if value:
            marker = mk.parse_marker(value)
            kind = BlockType.item if marker else BlockType.text
            blocks.append(make_block(kind, file, [unit], marker=marker.token if marker else None,
                                     texts=[value], label=first, key=key))
        return blocks
    return _field_row(unit, file, found, vocab)


def _field_row(unit: Unit, file: str, found: list[re.Match[str]], vocab: Vocab) -> list[Block] | None:
    """One field block per "LABEL:VALUE" stretch of the line."""
    text = unit.text
    spans: list[tuple[int, int, str]] = []  # (start, end of the label and its colon, label)
    for m in found:
        label = m.group("label").strip()
        words = label.split()
        if len(words) >= 2 and vocab.label_key(words[-1]) is not None and vocab.label_key(label) is None:
            # "签发：总经理 王建国　审核：…": the name before the label ends the value before it
            spans.append((m.start() + m.group(0).rfind(words[-1]), m.end(), words[-1]))
        else:
            spans.append((m.start(), m.end(), label))
    blocks = []
    for pos, (start, head_end, label) in enumerate(spans):
        end = spans[pos + 1][0] if pos + 1 < len(spans) else len(text)
        piece = text[start:end].strip().rstrip(";；,，|｜/ ")
        if not text[head_end:end].strip():
            continue
        blocks.append(make_block(BlockType.field, file, [unit], texts=[piece], label=label, key=vocab.label_key(label)))
    return blocks or None


LABEL_LINES = 3  # lines a form's label cell may take ("Position" / "岗位名称")


def field_value(block: Block) -> str:
    """The value part of a field block ("学历:本科" -> "本科"; a label cell + value cells -> the values)."""
    if block.label is None:
        return block.text
    parts = block.text.split("\n")
    # (a label of two lines, "Position" over "岗位名称": its lines, then the value's)
    for k in range(1, min(len(parts), LABEL_LINES + 1)):
        if squash("".join(parts[:k])) == squash(block.label):
            return "\n".join(parts[k:])
    text = block.text
    for sep in (":", "：", " = "):
        head, found, tail = text.partition(sep)
        if found and squash(head) == squash(block.label):
            return tail.strip()
    text = text.strip().strip("|｜").strip()  # "| 所属部门 | 养护工程部 |": a Markdown row
    if text.startswith(block.label):
        return text[len(block.label):].strip(" |｜:：")
    bracketed = _BRACKET_LABEL.match(text)
    if bracketed and squash(bracketed["label"]) == squash(block.label):
        return bracketed["value"].strip()
    return text


@dataclass
class _Open:
    """The item or paragraph being built; continuation lines and nested sub-items join it."""

    marker: mk.Marker | None
    units: list[Unit] = field(default_factory=list)
    token: str | None = None


def _split_trailing_heading(units: list[Unit], vocab: Vocab) -> list[Unit]:
    """"…损坏等。快递业务员的工作内容:" holds the end of an item and the next heading: split it."""
    out: list[Unit] = []
    for unit in units:
        text = unit.text
        m = re.match(r"^(?P<body>.{4,}[。;!；！])(?P<head>[^。;!,；！，]{2,20}[:：])$", text)
        if m and vocab.section_kind(m.group("head")):
            out.append(unit.with_text(m.group("body")))
            out.append(Unit(unit.line_no, m.group("head"), Hint()))
        else:
            out.append(unit)
    return out


def _glued(unit: Unit, vocab: Vocab) -> tuple[Unit, Unit] | None:
    """"家装业务员工作职责1" glued to its first item "1.负责…": heading and item on one line."""
    m = re.match(r"^(?P<head>[\u4e00-\u9fff]{2,16}?\d)(?P<item>\d[、.,:：，].+)$", unit.text)
    if m and role_heading(m.group("head"), vocab):
        return Unit(unit.line_no, m.group("head"), Hint(heading=9)), Unit(unit.line_no, m.group("item"))
    return None


_ORDINAL_ENTRY = re.compile(r"^(?P<label>[\u4e00-\u9fff]{2,6}?)(?P<n>\d{1,2})\s*[：:]\s*(?P<value>\S.*)$")


def _ordinal_entry(unit: Unit, before: Unit | None, vocab: Vocab) -> list[Unit] | None:
    """"职责1：负责…" (an export's numbered keys, "职责2：…" after it): the first entry of the list
    the label names, under that label as its heading (unless the line ``before`` it heads that list)."""
    m = _ORDINAL_ENTRY.match(unit.text.strip())
    kind = vocab.kind_of_label(m["label"]) if m is not None and m["n"] == "1" else None
    if kind not in (SectionKind.duties, SectionKind.qualifications) or (
            before is not None and vocab.section_kind(mk.strip_marker(before.text.strip()).strip()) == kind):
        return None
    return [Unit(unit.line_no, f"{m['label']}：", Hint(heading=9)), unit]


_TITLE_THEN_FACTS = re.compile(r"^(?P<head>(?:[■□◆◇●○◎◉▶►]\s*)?[^\s:：|｜]*[\u4e00-\u9fff]{2}[^\s:：|｜]*)\s+(?P<facts>\S.*)$")


def _titled_facts(unit: Unit, vocab: Vocab) -> tuple[Unit, Unit] | None:
    """"◉ 影城经理　　岗位代码 HX-YC-01　　所属部门 影城管理层": a post's title with its facts set beside
    it by spaces, each a known label then its value: the title, then the facts (a line of their own)."""
    m = _TITLE_THEN_FACTS.match(unit.text.strip())
    # (the facts say it is a post: its name need not end like a title, "舞台监督")
    if m is None or not _fact_pairs(m["facts"], vocab) or not looks_like_title(strip_title_noise(m["head"], vocab), vocab, strong=True):
        return None
    return Unit(unit.line_no, m["head"], unit.hint), Unit(unit.line_no, m["facts"])


def _fact_pairs(text: str, vocab: Vocab) -> bool:
    """"岗位代码 HX-YC-01 所属部门 影城管理层": a post's facts, each a known label, a space, its value."""
    pieces = text.split()
    if len(pieces) < 2 or len(pieces) % 2 or re.search(r"[:：]", text):
        return False  # ("薪资: 15-20K": a label with its colon, read as such)
    return _pair_keys(pieces, PROFILE_FACTS | {"code"}, vocab) is not None


INLINE_LABEL = re.compile(r"[【\[]\s*(?P<label>[\u4e00-\u9fff]{2,8})\s*[】\]]")
RUN_IN_LABEL = re.compile(r"(?:(?<=[，,；;。])|^)\s*(?P<label>[\u4e00-\u9fff]{2,6})\s*[:：]")


def _inline_parts(unit: Unit, vocab: Vocab) -> list[Unit]:
    """"【岗位职责】1、…【任职要求】…【福利】…" in one cell of an export: a piece per bracketed part
    label; a list part ("【岗位职责】1、…；2、…") is its label as a heading over the entries."""
    def known(m: re.Match[str]) -> bool:
        return vocab.section_kind(m["label"]) is not None or vocab.kind_of_label(m["label"]) is not None or bool(vocab.label_key(m["label"]))

    marks = [m for m in INLINE_LABEL.finditer(unit.text) if known(m)]
    if not marks:
        # "…诚聘律师助理2名，工作地点在…，岗位职责：协助…；岗位要求：全日制…；薪资待遇：…": a posting
        # written as one paragraph, its parts led by labels after a comma or semicolon
        run_in = [m for m in RUN_IN_LABEL.finditer(unit.text) if known(m)]
        if len(run_in) >= 2 and any(vocab.kind_of_label(m["label"]) is not None for m in run_in):
            marks = run_in
    if not marks or (len(marks) == 1 and marks[0].start() == 0 and not _INLINE_NUMBER.match(unit.text[marks[0].end():])):
        return [unit]  # "【管辖范围】5-7家酒店": one labelled fact, read as such
    out: list[Unit] = []
    lead = unit.text[: marks[0].start()].strip()
    if lead:
        post = _hired_post(lead, vocab) if marks[0].group(0)[:1] not in "【[" else None
        if post:
            out.append(Unit(unit.line_no, post, Hint(heading=2)))  # "诚聘律师助理2名": the post it is for
        out.append(unit.with_text(lead))
    for pos, m in enumerate(marks):
        end = marks[pos + 1].start() if pos + 1 < len(marks) else len(unit.text)
        body = unit.text[m.end() : end].strip()
        if _INLINE_NUMBER.match(body) or vocab.section_kind(m["label"]) is not None and body:
            out += [Unit(unit.line_no, m.group(0), Hint(heading=9)), Unit(unit.line_no, body)]
        else:
            out.append(Unit(unit.line_no, unit.text[m.start() : end].strip()))
    return out


def _hired_post(text: str, vocab: Vocab) -> str | None:
    """The post a posting's opening sentence hires for: "…诚聘律师助理2名，…" -> 律师助理."""
    verbs = sorted((t for t in vocab.lexicon.roles.posting_tags if t.endswith(("聘", "招"))), key=len, reverse=True)
    if not verbs:
        return None
    m = re.search(rf"(?:{'|'.join(map(re.escape, verbs))})\s*(?P<post>[\u4e00-\u9fffA-Za-z]{{2,12}}?)\s*"
                  r"(?:\d+|[一二两三四五六七八九十若干]+)\s*(?:名|人|位)", text)
    return m["post"] if m and parse_title(m["post"], vocab, strong=True) is not None else None


_ANNOUNCE_MAX = 16  # characters of the clause that announces a run-in list ("巡检员的主要工作是")
# ("1）…；2）…": a number closed by a bracket only, as a spreadsheet cell writes its list)
# ("…的职责为：一是…；二是…": the entries counted by words, as minutes and reports write them)
_INLINE_NUMBER = re.compile(r"(?:^|(?<=[；;。:：|]))\s*(?:(?P<n>\d{1,2})(?:、|[.．](?!\d)|[)）])|[(（](?P<p>\d{1,2})[)）]|(?P<w>[一二三四五六七八九十])是(?=[\u4e00-\u9fff]))")


_PIPED_PART = 4  # Chinese characters of each entry of a cell joined by bars (a code or a dash is none)


def _json_entries(text: str) -> list[str]:
    """The strings of a JSON array written as a cell's text; [] for any other text."""
    core = text.strip()
    if not (core.startswith("[") and core.endswith("]") and '"' in core):
        return []
    try:
        value = json.loads(core)
    except ValueError:
        return []
    if not isinstance(value, list) or len(value) < 2 or not all(isinstance(x, str) and x.strip() for x in value):
        return []
    return [x.strip() for x in value]


def _inline_items(unit: Unit, vocab: Vocab) -> list[Unit]:
    """"1、每日回访…；2、抽查…；3、受理…" (or "（1）…；（2）…") on one line: its numbered entries, when they
    count 1, 2, 3."""
    entries = _json_entries(unit.text)
    if entries:
        # '["办理骨灰寄存…", "定期巡查寄存架位…"]': a system's export of a list cell as a JSON array
        return [Unit(unit.line_no, e, Hint(item=True)) for e in entries]
    found = list(_INLINE_NUMBER.finditer(unit.text))
    numbers = [int(m["n"] or m["p"]) if not m["w"] else "一二三四五六七八九十".index(m["w"]) + 1 for m in found]  # "1、…；2、…", "（1）…"
    piped = unit.text.strip().split("|")
    labelled = any(re.search(r"[:：]", p) or (m := re.match(r"^\s*([^\s:：]{1,8})\s", p)) and vocab.label_key(m.group(1))
                   or vocab.section_kind(p.strip()) or vocab.label_key(p.strip()) for p in piped)  # ("区域运营经理|月度考核指标": a slide's title)
    if not found and len(piped) >= 2 and not unit.text.strip().startswith("|") and not labelled and all(
            len(re.findall(r"[\u4e00-\u9fff]", p)) >= _PIPED_PART and not p.startswith(" ") for p in piped) and (len(piped) >= 3 or min(map(len, piped)) >= 6):  # fmt: skip
        # "持材料员岗位证书|熟悉钢筋、混凝土等常用建材规格": an export's cell of entries joined by bars (not a
        # card's facts "部门 育种研究院|地点 合肥")
        return [Unit(unit.line_no, p.strip(), Hint(item=True)) for p in piped]
    lead = unit.text[: found[0].start()].strip() if found else ""
    # "主要工作：（1）…；（2）…": a list's label, then its entries on the same line
    labelled = re.fullmatch(r"[\u4e00-\u9fff]{2,8}[:：]", lead) is not None and vocab.kind_of_label(lead[:-1]) is not None
    # "…无经验者须跟班学习一个月。巡检员的主要工作是：（1）…；（2）…": a paragraph whose last clause
    # announces the list its entries run on with
    said = re.split(r"[。；;!！?？]", lead[:-1])[-1].strip() if lead.endswith((":", "：")) else ""
    # ("会议明确粮油质检员的职责为"): the kind word at the clause's end, whoever's list it is
    kind = vocab.section_kind(said) if said else None
    if kind is None and said and (split := vocab.kind_suffix(said)) is not None:
        kind = split[1]
    announced = not labelled and 0 < len(said) <= _ANNOUNCE_MAX and kind in (SectionKind.duties, SectionKind.qualifications)
    if len(found) < 2 or numbers != list(range(1, len(numbers) + 1)) or lead and not (labelled or announced):
        return [unit]
    bounds = [m.start() for m in found] + [len(unit.text)]
    before = lead[: len(lead) - len(said) - 1].strip() if announced else ""
    head = [Unit(unit.line_no, before, Hint())] if before else []
    head += [Unit(unit.line_no, f"{said}：" if announced else lead, Hint())] if lead else []
    return head + [Unit(unit.line_no, unit.text[a:b].strip().rstrip("|").strip(), Hint(item=True)) for a, b in zip(bounds, bounds[1:])
                   if unit.text[a:b].strip().rstrip("|").strip()]


_FACT_KEYS = PROFILE_FACTS | {"title", "code"}
_REQUIREMENT_KEYS = frozenset(QUALIFICATION_KEYS)
# a bullet inside the line, between its facts ("◇ 岗位：干线驾驶员　　◇ 编号：GX-02")
_INNER_BULLET = re.compile(r"\s+[◇◆■□▌▶►•●○◎◉]\s*")


def _bullet_facts(unit: Unit, rest: str, file: str, vocab: Vocab, keys: Collection[str] = _FACT_KEYS) -> list[Block] | None:
    """Field blocks of a bulleted "label：value" line when every label is a fact of the post (one of ``keys``)."""
    if not rest.strip():
        return None
    fields = label_fields(replace(unit, text=_INNER_BULLET.sub("\u3000", rest.strip())), file, vocab)
    if not fields or any(b.type != BlockType.field or b.key not in keys for b in fields):
        return None
    return fields


_SPEAKER = re.compile(r"^\s*(?:[\[【(（]?\d{1,2}(?::\d{2}){1,2}[\]】)）]?\s*)?"
                      r"(?P<who>[\u4e00-\u9fffA-Za-z]{1,8}(?:[（(][^（()）]{1,12}[）)])?)\s*[:：]\s*(?P<said>\S.*)$")
_SPEAKER_LINE = re.compile(r"^(?P<who>[\u4e00-\u9fffA-Za-z][\u4e00-\u9fffA-Za-z\-_·]{0,11}(?:\s*[（(][^（()）]{1,12}[）)])?)\s+"
                           r"(?:\d{4}[-/.]\d{1,2}[-/.]\d{1,2}\s+)?\d{1,2}:\d{2}(?::\d{2})?$")
DIALOGUE_MIN = 4  # utterances that make a text a conversation (a transcript, a chat)


def _utterances(units: list[Unit], vocab: Vocab) -> dict[int, tuple[str, str, bool]]:
    """A conversation written as "speaker：words" lines (a meeting transcript, an interview):
    position -> (speaker, words, whether the words ask something another speaker answers next).
    Empty when the text is no conversation: labels of a form ("学历：本科") are no speakers, and a
    conversation has two speakers or more, each speaking more than once, and questions."""
    found: dict[int, tuple[str, str]] = {}
    heads = {pos: m["who"] for pos, unit in enumerate(units) if (m := _SPEAKER_LINE.match(unit.text.strip()))}
    if len(heads) >= DIALOGUE_MIN and len(set(heads.values())) >= 2:
        # a chat export: "周敏（总监） 20:41" on a line of its own, then what was said; a turn of
        # several lines is the speaker's until the next such line
        who = None
        for pos, unit in enumerate(units):
            if pos in heads:
                who = heads[pos]
                found[pos] = (who, "")
            elif who is not None and unit.text.strip():
                found[pos] = (who, unit.text.strip())
        replies = _next_said(found)
        return {p: (w, said, bool(said) and _asking(said) and _answered(replies.get(p), w)) for p, (w, said) in found.items()}
    for pos, unit in enumerate(units):
        m = _SPEAKER.match(unit.text)
        if m and vocab.label_key(m["who"]) is None and vocab.column_key(m["who"]) is None:
            found[pos] = (m["who"], m["said"].strip())
    speakers = Counter(who for who, _ in found.values())
    # a line "时间：…" above the talk is no speaker: speakers speak more than once
    found = {p: f for p, f in found.items() if speakers[f[0]] >= 2}
    asking = [p for p, (_, said) in found.items() if _asking(said)]
    if len(found) < DIALOGUE_MIN or len({who for who, _ in found.values()}) < 2 or len(asking) < 2:
        return {}
    replies = _next_said(found)
    return {pos: (who, said, pos in asking and _answered(replies.get(pos), who)) for pos, (who, said) in found.items()}


def _asking(said: str) -> bool:
    return said.endswith(("？", "?")) or bool(re.search(r"(吗|么)[～~。!！]*$", said))


def _next_said(found: dict[int, tuple[str, str]]) -> dict[int, tuple[str, str]]:
    """position -> the next (speaker, words) said after it (one backward pass, any length of talk)."""
    out: dict[int, tuple[str, str]] = {}
    following: tuple[str, str] | None = None
    for pos in sorted(found, reverse=True):
        if following is not None:
            out[pos] = following
        if found[pos][1]:
            following = found[pos]
    return out


def _answered(reply: tuple[str, str] | None, who: str) -> bool:
    """The next words said are another speaker's, and no question of their own."""
    return reply is not None and reply[0] != who and not _asking(reply[1])


_BARE_MARKER = re.compile(r"^\s*(?:\d{1,2}\s*[.、．)）]|[(（]\d{1,2}[)）]|[①-⑳])\s*$")


def _bare_markers_joined(units: list[Unit]) -> list[Unit]:
    """"3." on a line of its own, its text on the next (a PDF that set the number apart): one entry."""
    out: list[Unit] = []
    for unit in units:
        if out and _BARE_MARKER.match(out[-1].text) and unit.text.strip() and mk.parse_marker(unit.text) is None:
            out[-1] = replace(unit, text=f"{out[-1].text.strip()} {unit.text.strip()}")
            continue
        out.append(unit)
    return out


def build_blocks(file: str, units: list[Unit], vocab: Vocab) -> list[Block]:
    blocks: list[Block] = []
    current: _Open | None = None

    def close() -> None:
        nonlocal current
        if current is not None:
            kind = BlockType.item if current.marker is not None or current.token else BlockType.text
            token = current.marker.token if current.marker else current.token
            blocks.append(make_block(kind, file, current.units, marker=token))
            current = None

    prev_line = -10
    expanded: list[Unit] = []
    for unit in _split_trailing_heading(_bare_markers_joined(units), vocab):
        glued = _glued(unit, vocab) or _titled_facts(unit, vocab) or _ordinal_entry(unit, expanded[-1] if expanded else None, vocab)
        for part in glued if glued else [unit]:
            expanded.extend(u for piece in _inline_parts(part, vocab) for u in _inline_items(piece, vocab))
    taken: set[int] = set()
    entries: set[int] = set()  # ids of the unbulleted entries read under a list's heading
    under_label = False  # the units since a label unit (<dt>) and before the next heading
    outline: mk.Marker | None = None  # the number of the last dotted heading ("3.7 皮具护理师")
    outlined = 0  # blocks already looked at for it
    spoken = _utterances(expanded, vocab)
    for pos, unit in enumerate(expanded):
        if pos in taken:
            continue
        if pos in spoken:
            # "[00:01:30] 刘：那他汇报给谁？" then "[00:01:33] 周：直接汇报给我…": a conversation's
            # question heads the reply, as a FAQ's does; the speaker is no part of what is said
            who, said, asks = spoken[pos]
            if not said:
                continue  # "周敏（总监） 20:41": who spoke and when, nothing said
            unit = unit.with_text(said)
            if asks or mk.parse_marker(said) is None and not said.endswith((":", "：")):
                # a reply is what was said, never a heading however short ("直接汇报给我")
                close()
                blocks.append(make_block(BlockType.heading if asks else BlockType.text, file, [unit]))
                prev_line = unit.line_no
                continue
        answer = ANSWER_HEAD.match(unit.text)
        if answer:
            # "答：①负责…": a FAQ's answer is the content under its question, without the prefix
            if not unit.text[answer.end():].strip():
                continue
            unit = unit.with_text(unit.text[answer.end():])
        text, hint = unit.text, unit.hint
        if _RULE.match(text):
            close()  # "━━━━━━": a drawn separator ends the list above it and says nothing itself
            continue
        if (QUESTION_HEAD.match(text) or NUMBERED_QUESTION.match(text)) and pos + 1 < len(expanded) and ANSWER_HEAD.match(expanded[pos + 1].text):
            close()  # "问2：每天主要做什么？" then "答：…": a FAQ's question heads its answer
            blocks.append(make_block(BlockType.heading, file, [unit]))
            prev_line = unit.line_no
            continue
        adjacent = unit.line_no in (prev_line, prev_line + 1)
        prev_line = unit.line_no
        value = _label_value(expanded, pos, vocab)
        if value is not None:
            # <dt>工作地点</dt><dd>城东营业厅</dd>: a known field label and its value are one field
            close()
            taken.add(pos + 1)
            prev_line = value.line_no
            blocks.append(make_block(BlockType.field, file, [unit, value], label=text.strip(), key=vocab.label_key(text.strip())))
            continue
        if hint.cont and current is not None:
            current.units.append(unit)
            continue
        if (hint.cont and blocks and blocks[-1].type == BlockType.heading and blocks[-1].span.line_end == unit.line_no - 1
                and pos and not (expanded[pos - 1].hint.heading or expanded[pos - 1].hint.label)
                and not expanded[pos - 1].text.rstrip().endswith((":", "："))):
            # "一、自2025年5月1日起，起重指挥由…划归设备" cut at the page's width: read as a heading by its
            # number alone, it goes on below: a numbered paragraph, an entry like its siblings
            # ("一、按月汇总…编制粮食" over "收支平衡月报；" in a typed card's list)
            numbered = mk.parse_marker(blocks[-1].text)
            blocks[-1] = blocks[-1].model_copy(update={"type": BlockType.item if numbered else BlockType.text,
                                                       "marker": numbered.token if numbered else blocks[-1].marker})
        if ((hint.cont or _wraps_field(blocks, unit) and not (hint.heading or hint.item)) and blocks and blocks[-1].type != BlockType.heading
                and blocks[-1].span.line_end == unit.line_no - 1):  # fmt: skip
            # "任职资格：…，其中" then "2年以上班组管理经验…" cut at a fixed width: one value
            last = blocks[-1]
            # (quoted as the two lines' words: a grid table's bars stand between them on the page)
            blocks[-1] = last.model_copy(update={
                "text": last.text + unit.text.strip(), "quote": f"{last.quote or last.text}…{unit.text.strip()}",
                "span": last.span.model_copy(update={"line_end": unit.line_no}),
                "line_nos": [*last.line_nos, unit.line_no], "lines": [*last.lines, CleanLine(line_no=unit.line_no, text=unit.text)]})
            if id(last) in entries:
                entries.add(id(blocks[-1]))  # an unbulleted entry wrapped onto the next line is still one
            continue
        if hint.depth:
            # a node of a chart drawn as a tree: its own line, neither a heading nor a list item
            close()
            blocks.append(make_block(BlockType.text, file, [unit]))
            continue
        marker = mk.parse_marker(text)
        if marker is None:
            after = expanded[pos + 1].text if pos + 1 < len(expanded) and expanded[pos + 1].line_no == unit.line_no + 1 else None
            marker = mk.marker_in_sequence(text, current.marker if current is not None and adjacent else None, after)
            if marker is None:
                marker = mk.worded_in_sequence(text.strip(), current.marker if current is not None and adjacent else None, after.strip() if after else None)
        if hint.heading and marker is None and (spaced := _spaced_fact(unit, file, vocab)) is not None:
            close()  # a bold cell "直接上级 新闻部主任": a fact, however the diagram styles it
            blocks.append(spaced)
            continue
        if hint.heading:
            close()
            blocks.append(make_block(BlockType.heading, file, [unit], marker=marker.token if marker else None))
            continue
        if (closed := _stop_closed_part(text, marker, vocab)) is not None:
            # "2．主要职责。" over "（1）…": an official outline's part named and closed by a full stop
            close()
            blocks.append(make_block(BlockType.heading, file, [unit], marker=marker.token if marker else None, texts=[closed]))
            continue
        if marker is None and not hint.item:
            in_form = adjacent and bool(blocks) and blocks[-1].type == BlockType.field
            fields = label_fields(unit, file, vocab, in_form)
            if fields:
                close()
                blocks.extend(fields)
                continue
        for made in blocks[outlined:]:
            if made.type == BlockType.heading and (m := mk.parse_marker(made.text)) is not None and m.family == "dotted":
                outline = m  # ("4 质量红线" after the heading "3.7 皮具护理师" and its text: chapter 4)
        outlined = len(blocks)
        heading_like = (hint.label or is_heading_text(text, marker, vocab) or _next_part(marker, current.marker if current else None)
                        or _next_part(marker, outline) and not _in_arabic_list(current, blocks)) and not hint.item  # fmt: skip
        if heading_like and not hint.label and _next_item(marker, current) and not (
                vocab.section_kind(marker.rest) or role_heading(marker.rest, vocab)):  # type: ignore[union-attr]
            heading_like = False  # "2.2 参加每月一次的安全培训" right after the item "2.1 发现…": the next item, however short
        if under_label and not hint.label and squash(text).rstrip(":：") not in vocab.kind_words:
            # a <dd> under its <dt> ("福利" > "五险一金、包住宿"): the label's content ("你将负责" over a
            # list inside a <dd> still names its part)
            heading_like = False
        under_label = hint.label or under_label and not hint.heading
        if (marker is None and adjacent and current is None and not (hint.label or hint.heading or hint.cont)
                and blocks and (id(blocks[-1]) in entries or heading_like and _announces_list(blocks[-1], vocab))
                and not _names_part(text, vocab) and not LABELLED.match(text.strip())):
            # "岗位职责：" then "负责泳池巡视", "负责溺水救援" on lines of their own: a list whose
            # bullets were lost (a plain-text copy), each line an entry however short
            blocks.append(make_block(BlockType.item, file, [unit], marker="•"))
            entries.add(id(blocks[-1]))
            continue
        if (heading_like and marker is None and current is None and not (hint.label or hint.heading) and adjacent
                and _bare_kind_heading(blocks, vocab) and re.search(r"[、,，;；]", text) and not vocab.section_kind(text)
                and not role_heading(text, vocab) and not _followed_closely(expanded, pos)):  # fmt: skip
            # "福利待遇" then "五险一金、员工项目内购价、带薪年假" and nothing under it: the part's content,
            # an enumeration on its own line, not a heading of its own
            heading_like = False
        if (current is not None and marker is None and not hint.cont and LABELLED.match(text.strip()) and left_out(text)
                and current.units and current.units[-1].text.rstrip().endswith(("。", "；", ";"))):  # fmt: skip
            # "岗位权限：略。" after a list's last item: a part of its own, left out, no end of that item
            close()
            blocks.append(make_block(BlockType.heading, file, [unit]))
            continue
        numbered = heading_like and marker is not None and marker.family != "caption" and not hint.heading
        facts = _bullet_facts(unit, marker.rest, file, vocab, _FACT_KEYS | _REQUIREMENT_KEYS) if numbered and marker else None
        if facts and all(b.key in _FACT_KEYS for b in facts):
            # "（二）所属部门：医保事务部": numbered like a part, a fact of the post
            close()
            blocks.extend(facts)
            continue
        if facts and all(b.key in _REQUIREMENT_KEYS for b in facts):
            heading_like = False  # "（一）学历：大专及以上" over "（二）专业：…": the first entry of the requirements
        if heading_like and not (current is not None and marker is None and _is_continuation(current, text, adjacent, vocab)
                                 and not _titles_next_part(text, expanded, pos, vocab)
                                 and not (current.marker is not None and _leads_list(expanded, pos))):
            close()
            blocks.append(make_block(BlockType.heading, file, [unit], marker=marker.token if marker else None))
            continue
        if marker is not None or hint.item:
            # "- 所属部门：品质部", "1.2 直接上级：直播运营主管", an <li>/<dd> fact: the post's facts as
            # fields, not as list items
            facts = _bullet_facts(unit, marker.rest if marker else text, file, vocab)
            if facts:
                close()
                blocks.extend(facts)
                continue
        if (marker is not None and marker.family in ("dash", "letter") and (lead := _KIND_LEAD.match(marker.rest))
                and (vocab.kind_of_label(lead.group(1)) or marker.family == "letter" and vocab.label_key(lead.group(1)) in _FACT_KEYS)):  # fmt: skip
            # "- 任职要求：本科及以上…" under a numbered list, "e) 岗位职责：" among a post's lettered
            # facts: the next part of the post, led by its label, not a sub-item of the list above
            fields = label_fields(replace(unit, text=marker.rest), file, vocab)
            if fields:
                close()
                blocks.extend(fields)
                continue
        if marker is not None or hint.item:
            if (
                current is not None
                and marker is not None
                and current.marker is not None
                and marker.family in mk.CHILD_FAMILIES
                and current.marker.family in mk.PARENT_FAMILIES
                and not _bullet_post(marker.rest, expanded[pos + 1].text if pos + 1 < len(expanded) else "", vocab)
            ):
                current.units.append(unit)  # a sub-item (①, A、) stays inside its parent item
                continue
            close()
            current = _Open(marker, [unit], token=None if marker else (hint.marker or "•"))
            continue
        # (an element of a list — <li>, a Word list paragraph — is whole: a block further down is
        # never its tail, whatever it ends with)
        if current is not None and not (current.units[0].hint.item and not hint.cont) and not (
            current.marker is not None and _leads_list(expanded, pos)) and (
            _is_continuation(current, text, adjacent, vocab) or _inside_list(current, expanded, pos, adjacent)
        ):
            current.units.append(unit)
            continue
        close()
        current = _Open(None, [unit])
        close()
    close()
    return blocks


_LIST_KINDS = (SectionKind.duties, SectionKind.qualifications)


def _stop_closed_part(text: str, marker: mk.Marker | None, vocab: Vocab) -> str | None:
    """"2．主要职责。", "（二）任职条件。": a line that is only a list's name closed by a full stop (an
    official document's outline closes its run-in headings so): the line without the stop; None
    otherwise (a name with its content after the stop is a run-in part, read elsewhere)."""
    rest = (marker.rest if marker is not None else text).strip()
    if not rest.endswith(("。", ".")) or len(rest) > HEADING_MAX:
        return None
    name = rest[:-1].strip()
    if not name or vocab.kind_of_label(name) not in _LIST_KINDS:
        return None
    return text.rstrip()[:-1].rstrip()


def _announces_list(block: Block, vocab: Vocab) -> bool:
    """"岗位职责：", "岗位职责如下：", "任职资格": a heading over a list of the post's duties or requirements."""
    if block.type != BlockType.heading:
        return False
    text = mk.strip_marker(block.text.strip()).strip().rstrip(":：")
    return vocab.kind_of_label(text) in _LIST_KINDS or text.endswith("如下") and vocab.kind_of_label(text[:-2]) in _LIST_KINDS


# a label, a bar standing for its colon, then a clause of Chinese words (not "任职要求｜Requirements")
_BARRED_ENTRY = re.compile(r"^[\u4e00-\u9fff]{2,8}\s*[|｜]\s*(?P<value>(?=.*[\u4e00-\u9fff]{4}).{8,})$")


def _names_part(text: str, vocab: Vocab) -> bool:
    """A line that names a part or a post of its own ("任职要求", "3.2 水质检测员", "部门介绍：",
    "1人力资源招聘"), never an entry."""
    core = mk.strip_marker(text.strip()).strip()
    if core.endswith((":", "：")) or re.match(r"[\d一二三四五六七八九十]", core):
        return True
    if (barred := _BARRED_ENTRY.match(core)) and role_heading(barred["value"], vocab) is None:
        return False  # "能力要求｜熟练使用Office办公软件，沟通表达能力强": a label, a bar for its colon, the requirement
    return bool(vocab.section_kind(core) or vocab.kind_of_label(core) or role_heading(core, vocab)
                or squash(core) in vocab.fact_headings)


_ADDRESSED = re.compile(r"^(?P<label>[\u4e00-\u9fff]{1,4})[:：]\s*(?P<post>[^:：]{2,30}?)\s*[(（]\s*(?:岗位|职位)\s*[)）]\s*$")


def _saluted_post(text: str, vocab: Vocab) -> tuple[str, str] | None:
    """(addressee label, post) of a letter's salutation to the holder of a post: "致成分制备技师岗位任职者："
    (fields.toml ``addressee_labels``, the post, then one of its ``holder_words``)."""
    if not text.rstrip().endswith((":", "：")):
        return None
    line = squash(text)  # (its colon squashed away)
    if len(line) > 40 or re.search(r"[，,。；;]", line):
        return None
    label = next((w for w in sorted(vocab.lexicon.fields.addressee_labels, key=len, reverse=True) if line.startswith(w)), None)
    rest = line[len(label):] if label else ""
    holder = next((w for w in sorted(vocab.lexicon.fields.holder_words, key=len, reverse=True) if rest.endswith(w)), None)
    post = rest[: -len(holder)] if holder else ""
    return (label, post) if label and len(post) >= 2 else None


_KIND_LEAD = re.compile(r"^([\u4e00-\u9fff]{2,8})\s*[:：]\s*(?:\S|$)")


def _next_part(marker: mk.Marker | None, before: mk.Marker | None) -> bool:
    """"5. 相关记录" after "4.3 …": the outline's next part (its number follows the part the
    dotted number ``before`` belongs to), a short unpunctuated heading, not an item of the list above."""
    return (marker is not None and mk.next_chapter(marker, before) and len(marker.rest) <= HEADING_MAX
            and marker.rest[-1:] not in mk.TERMINAL_PUNCT)  # fmt: skip


def _in_arabic_list(current: _Open | None, blocks: list[Block]) -> bool:
    """Whether an arabic-numbered list is open or just closed ("4. 安全管理" after "3. 负责…" is its
    fourth entry, whatever heading numbered 3.x came before)."""
    if current is not None:
        return current.marker is not None and current.marker.family == "arabic"
    last = mk.parse_marker(blocks[-1].text) if blocks and blocks[-1].type == BlockType.item else None
    return last is not None and last.family == "arabic"


def _next_item(marker: mk.Marker | None, current: _Open | None) -> bool:
    """Whether a dotted number follows the open item's at the same depth ("2.2" after "2.1")."""
    if marker is None or current is None or current.marker is None or not current.units:
        return False
    if marker.family != "dotted" or current.marker.family != "dotted":
        return False
    before, this = current.marker.token.strip(".").split("."), marker.token.strip(".").split(".")
    return (len(before) == len(this) and before[:-1] == this[:-1] and before[-1].isdigit() and this[-1].isdigit()
            and int(this[-1]) == int(before[-1]) + 1)  # fmt: skip


_FACT_VALUE_MAX = 40
# a line that is a label and its value ("文件编号：XD-QA-012", "考核周期：月度；…"), whatever the label
LABELLED = re.compile(r"^[^:：\s]{1,8}[:：]\s*\S")


def _bullet_post(rest: str, after: str, vocab: Vocab) -> bool:
    """"◆ 店长（Store Manager）" over "所属部门：…": the next post's title with its facts, after the last
    post's numbered list, not an entry nested in that list's last item. (Its facts may be set apart,
    a row of tab-separated cells read as a table: nothing follows the title here then.)"""
    name = parse_title(rest.strip(), vocab, strong=True)
    if name is None or len(rest.strip()) > 30 or not has_role_suffix(name.title, vocab):
        return False
    if not after.strip():
        return True
    return bool(LABELLED.match(after.strip())) and vocab.label_key(re.split(r"[:：]", after.strip(), maxsplit=1)[0]) is not None


def _label_value(units: list[Unit], pos: int, vocab: Vocab) -> Unit | None:
    """The value unit right after a label unit (a <dt>/<th> the lexicon knows as a field label,
    not a section label such as 任职要求), when it is plain text on the same or the next line."""
    unit = units[pos]
    if pos + 1 >= len(units) or re.search(r"[:：]\s*\S", unit.text.strip()):
        return None  # ("直接下级：（空）" is a label and its value already)
    label = unit.text.strip().rstrip(":：")
    key = vocab.label_key(label)
    # in plain text, a fact's label alone on its line ("工作地址" over the address)
    if not unit.hint.label and key not in PROFILE_FACTS:
        return None
    if key is None:
        return None
    nxt = units[pos + 1]
    if vocab.section_kind(label) is not None or vocab.kind_of_label(label) is not None:
        # "薪资待遇" over "6000-8000元/月": a section's label, but with one short value it is the
        # post's fact (a list under it stays the section's)
        later = units[pos + 2] if pos + 2 < len(units) else None
        one_value = key in PROFILE_FACTS and len(nxt.text) <= _FACT_VALUE_MAX and not mk.parse_marker(nxt.text) and (
            later is None or later.hint.label or later.hint.heading)
        if not (unit.hint.label and one_value):
            return None
    if nxt.hint.label or nxt.hint.heading or nxt.hint.item or nxt.line_no - unit.line_no > 1 or not nxt.text.strip():
        return None
    if not unit.hint.label and (len(nxt.text) > 60 or mk.parse_marker(nxt.text) or vocab.label_key(nxt.text.strip().rstrip(":："))):
        return None
    return nxt


def _inside_list(item: _Open, units: list[Unit], pos: int, adjacent: bool) -> bool:
    """An unnumbered line between item 8 and item 9 of one list belongs to item 8."""
    if not adjacent or item.marker is None or pos + 1 >= len(units):
        return False
    nxt = mk.parse_marker(units[pos + 1].text)
    return nxt is not None and nxt.family == item.marker.family and units[pos + 1].line_no == units[pos].line_no + 1


def _titles_next_part(text: str, units: list[Unit], pos: int, vocab: Vocab) -> bool:
    """"副店长" over "岗位职责：" after an item left without a full stop: a post's name heading the
    next part, not the tail of that item."""
    if pos + 1 >= len(units) or units[pos + 1].line_no != units[pos].line_no + 1 or len(squash(text)) > 12:
        return False
    label = re.split(r"[:：]", units[pos + 1].text.strip(), maxsplit=1)[0]
    return vocab.kind_of_label(label) is not None and parse_title(text.strip(), vocab, strong=True) is not None


_BAR_HEAD = re.compile(r"^\s*[▍▌▎▋▊]")
_CODED_POST = re.compile(r"^[A-Z]{1,4}[-－]?\d{1,3}\s+(?P<name>[\u4e00-\u9fff]{2,10})$")


def _leads_list(units: list[Unit], pos: int) -> bool:
    """"想来做我这份工，你需要：" right above "· 普通话流利…": the lead-in of the next list, however open
    the item above it is left."""
    text = units[pos].text.strip()
    if not text.endswith((":", "：")) or pos + 1 >= len(units) or units[pos + 1].line_no != units[pos].line_no + 1:
        return False
    return mk.parse_marker(units[pos + 1].text) is not None


_NOTE_LEAD = re.compile(r"^\s*(?:附|附件|附表|注|备注|说明)\s*[:：]")


def _is_continuation(item: _Open, text: str, adjacent: bool, vocab: Vocab) -> bool:
    """A line without a marker continues the open block when it reads as its tail.

    An item cut mid-sentence ("…坚持由") continues on the next text line even across the blank
    line the page put between them, unless that line looks like a heading.
    """
    last = item.units[-1].text
    if _RULE.match(re.sub(r"\s+", "", text)):
        return False  # "────  ────" under a card's last item: the frame drawn round it, no words of the item
    if _BAR_HEAD.match(text):
        return False  # "▎2. 家具设计师": a bar drawn before a heading, never the tail of an item
    coded = _CODED_POST.match(text.strip())
    if coded and parse_title(coded["name"], vocab, strong=True) is not None:
        return False  # "YX-02 摄像师": the next post's code and title, never the tail of an item
    if _doc_number_line(text):
        return False  # "洁途人聘〔2025〕04号" under a letter's list: the next letter's number
    if _FOOTNOTE.match(text):
        return False  # "[^1]: …" under a list: the document's notes, none of them the last item's tail
    if not last or vocab.kind_of_label(mk.strip_marker(text.strip()).strip().rstrip(":：")) or _BRACKET_TITLE.match(text) or _ORDINAL_LABEL.match(text):
        return False
    if (len(item.units) == 1 and item.marker is not None and (LABELLED.match(text.strip()) or _fact_pairs(text, vocab))
            and len(item.marker.rest) <= 12 and parse_title(item.marker.rest, vocab, strong=True) is not None):
        return False  # "■ 值班站长" over "安全责任人：…": a post's name heading its facts, not an item they go on
    lead = _KIND_LEAD.match(text.strip())
    if lead and len(lead.group(1)) >= 4 and vocab.section_kind(lead.group(1)) in (SectionKind.duties, SectionKind.qualifications):
        return False  # "任职要求补充：有2年以上…" under a list's last item: the next part, led by its label
    if re.fullmatch(r"[\u4e00-\u9fffA-Za-z]{1,8}[:：]", text.strip()):
        return False  # "服务中：" under a checklist's items: the label of the next group, no tail of the last item  # "岗位职责", "【仓储打包员】" after an item without a full stop: the next part, not its tail
    if not adjacent and _NOTE_LEAD.match(text):
        return False  # "附：2025年4月1日起…" across a blank line under the list: a note of the document's own
    # (a comma at the end leaves the sentence open: "3年以上电商客服经验，" / "其中1年以上带团队经验")
    open_ended = (last[-1] not in mk.TERMINAL_PUNCT or last[-1] in ",，") and last[-1] not in ":："
    if open_ended and (adjacent or not is_heading_text(text, None, vocab)):
        return True
    if not adjacent:
        # "四、负责主持…总结会。" / (a blank line) / "并向会所总经理书写上交这些报告。": a sentence that
        # begins with "并" only goes on with the item above
        return item.marker is not None and text.startswith(("并", "并且", "且")) and len(text) <= 60
    return text.startswith(_CONTINUATION_START) or (len(text) <= 8 and text[-1] in "。;；")
