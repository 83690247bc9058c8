"""Recognise role titles, departments and organisations in headings, cells and titles.

Role suffixes (roles.toml) make a phrase *read* as a title; whether it *is* a role the document
describes is decided by structure (a duties section under it, a 岗位名称 field, a role column).
``strong=True`` means the structure already vouches for it, so an unusual ending is accepted.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from difflib import SequenceMatcher

from assistant.ingest.vocab import Vocab, squash
from assistant.models import SectionKind
from assistant.text import longest_first

_HEADCOUNT = re.compile(r"\s*[(（]\s*(?:\d+|若干|[一二三四五六七八九十]+)\s*(?:名|人|位)?\s*[)）]\s*$|\s*(?:招聘|急招|招)?\s*(?:\d+|若干)\s*(?:名|人)$")
_SENTENCE_PUNCT = re.compile(r"[,，。;；!！?？、:：\"“”]")
_BAD_INSIDE = re.compile(r"[与和及或的了在是对把将被让从向]")
_BRACKET_DEPT_ROLE = re.compile(r"^(?P<dept>[^【】\[\]]{0,14})[【\[](?P<role>[^【】\[\]]{2,24})[】\]]$")
_BRACKET_ROLE_AFTER = re.compile(r"^[【\[](?P<dept>[^【】\[\]]{2,14})[】\]](?P<role>[^【】\[\]]{2,24})$")
_JOINED = re.compile(r"[与和及、]|以及")
EVERYONE = re.compile(r"全体|全部|所有")  # "全体在编教职工": everyone of a kind, no post
# A grade code or a range of them ("S2", "M", "A1—A3", "P6-P7"): capitals, then a number
GRADE_CODE = r"[A-Z]{1,3}\d{0,2}(?:\s*[-—–~至/]\s*[A-Z]{0,3}\d{1,2})?"
_LATIN_TITLE = re.compile(r"^[A-Za-z][A-Za-z0-9 .&/+#-]{1,40}$")
# "Data Analyst（数据分析师）", "后端开发工程师（Backend Engineer）": a title written in two languages is
# its Chinese name (the other is kept as an alias by the profile)
_EN_ZH = re.compile(r"^(?P<en>[A-Za-z][A-Za-z0-9 .&/+#-]{1,40}?)\s*[(（](?P<zh>[^()（）]*[\u4e00-\u9fff][^()（）]*)[)）]$")
_ZH_EN = re.compile(r"^(?P<zh>[^()（）]*[\u4e00-\u9fff][^()（）]*?)\s*[(（](?P<en>[A-Za-z][A-Za-z0-9 .&/+#-]{1,40}?)\s*[)）]$")
CONTINUED = re.compile(r"[(（]\s*续(?:表|上表|前表|上页)?\s*[)）]|^续表$")
_CODE_NOTE = re.compile(r"[(（][^()（）]*(?:编码|编号|代码)[^()（）]*[)）]|\s*(?:编码|编号|代码|文号)\s*[:：]?\s*[A-Za-z0-9]+(?:[-_./][A-Za-z0-9]+)+$")
POST_ORDINAL = re.compile(r"^(?:招聘)?(?:职位|岗位)[一二三四五六七八九十\d]{1,3}$")  # "职位一" of "职位一：安全员"
# (a number run into Latin letters is part of the title: "3D角色模型师")
_NUMBERING = re.compile(r"^(?:§\s*\d{1,2}(?:\.\d{1,2})*\s*|\d{1,2}(?:\.\d{1,2})*(?:\s*[、.．)/／|｜]|(?![A-Za-z\d]))|[一二三四五六七八九十]{1,3}[、.．]|第[一二三四五六七八九十\d]+[章节部分条篇][:：]?"
                        r"|(?:招聘)?(?:职位|岗位)[一二三四五六七八九十\d]{1,3}(?:\s*[:：、.．]|\s+)"
                        r"|(?:附表|附件|附录|表)(?:[一二三四五六七八九十\d]{1,3}|[A-Z])(?:\s*[:：、.．]|\s+|(?=[(（]续))"  # "附表二 消毒供应员", "附录B　…"
                        r"|(?:卡片|岗位卡|No\.?)\s*[一二三四五六七八九十\d]{1,3}(?:\s*[:：、.．]|\s+)"  # "卡片01　双板滑雪教练"
                        r"|(?:岗位|职位)?说明书?之[一二三四五六七八九十\d]{1,3}(?:\s*[:：、.．]|\s+))\s*")  # "岗位说明书之二　饲养员"


def same_role(a: str, b: str) -> bool:
    """快递业业务员 ~ 快递业务员: the same role written twice in one document."""
    return a in b or b in a or SequenceMatcher(None, a, b).ratio() >= 0.8


def normalize_title(text: str) -> str:
    text = unicodedata.normalize("NFKC", text).strip()
    return re.sub(r"\s+", " ", text)


@dataclass(frozen=True)
class RoleName:
    title: str
    raw: str  # as written (headcount and noise included)
    organisation: str | None = None
    department: str | None = None


# (after a closing bracket the space may be gone: "质检员(QC)考核周期:月度", spaces dropped in cleaning)
_TRAILING_FACT = re.compile(r"(?:\s+|(?<=[)）]))(?P<label>[^\s:：()（）]{2,8})\s*[:：]\s*[^\s:：]{1,30}$")


def without_trailing_fact(text: str, vocab: Vocab) -> str:
    """"一、影院经理　　岗位编号：XM-YY-01" -> "一、影院经理": a fact of the post set beside its name."""
    fact = _TRAILING_FACT.search(text)
    return text[: fact.start()].rstrip() if fact and vocab.label_key(fact["label"]) not in (None, "title") else text


def strip_title_noise(text: str, vocab: Vocab) -> str:
    """Drop numbering, brackets, a trailing colon, headcounts and filler words around a title."""
    text = normalize_title(text).lstrip(" ■□◆◇●○▲△▼▽▶►◎◉▍▌▎▋▊")  # "■ 职位一：…", "▎1. 门店导购": the bullet before it
    text = without_trailing_fact(text, vocab)
    text = _NUMBERING.sub("", text)
    text = text.strip(" :：[]【】「」《》*#")
    kind, _, rest = text.replace("｜", "|").partition("|")
    if rest.strip() and squash(kind) in {squash(w) for w in vocab.doc_kinds.get("job_description", ())}:
        text = rest.strip()  # "岗位卡片｜安保主管": what the card is, then whose
    parts = [p.strip() for p in text.replace("｜", "|").split("|")]
    named = [p for p in parts if p and not _DOC_CODE.fullmatch(p)]
    if len(parts) >= 2 and len(named) == 1:
        text = named[0]  # "QX-YX-01｜运行值班员" in a page header: the post's code beside its title
    text = _HEADCOUNT.sub("", text).strip()
    note = re.search(r"[(（](?P<inner>[^()（）]{2,40})[)）]$", text)
    headcount = vocab.lexicon.fields.fields.get("headcount")
    counts = headcount.labels if headcount is not None else []
    if note and note.start() >= 2 and any(
            re.fullmatch(r"(?:\d+|若干|[一二两三四五六七八九十]+)\s*(?:名|人|位)", part.strip())
            or re.search(r"\d+\s*(?:名|人|位)", part) and any(part.strip().startswith(w) for w in counts if len(w) >= 2)
            # ("病区护士长（5项指标，权重合计100%）": a KPI sheet's count of the post's rows)
            or re.fullmatch(r"(?:\d+|[一二三四五六七八九十]+)\s*(?:项|个)[\u4e00-\u9fff]{0,4}", part.strip())
            for part in re.split(r"[，,、；;]", note["inner"])):  # fmt: skip
        # "前台（编制2人，轮班）", "版权经理（版权部，1名）": the post's headcount (and unit), no part of its title
        text = text[: note.start()].strip()
    text = _CODE_NOTE.sub("", text).strip()  # "口腔全科医生（岗位编码YL-01）": the post's code is no part of its title
    text = CONTINUED.sub("", text).strip()  # "表3（续表）": the table goes on, no title of its own
    text = bilingual_title(text)
    # "线路长（俗称“线长”）": the short name is a spelling, kept by the profile; "值机员（2025届校园
    # 招聘）": a posting's note, not the title
    for words in (vocab.lexicon.roles.short_name_cues, vocab.lexicon.roles.posting_tags):
        note = re.search(r"[(（]([^()（）]{1,16})[)）]$", text)
        if note and note.start() >= 2 and any(w in note.group(1) for w in words):
            text = text[: note.start()].strip()
    note = re.search(r"[(（]([^()（）]{1,20})[)）]$", text)
    if note and note.start() >= 2 and note.group(1).startswith(tuple(vocab.lexicon.roles.scope_notes)):
        text = text[: note.start()].strip()  # "钣喷技师（含钣金、喷漆两个工种）": what it covers, no part of its title
    grade = re.search(rf"[(（]\s*(?P<code>{GRADE_CODE})\s*[)）]$", text)
    if grade and grade.start() >= 2 and (re.search(r"\d", grade["code"]) or len(grade["code"]) <= 2
                                         and not vocab.latin_titles.fullmatch(grade["code"])):  # fmt: skip
        text = text[: grade.start()].strip()  # "项目经理（M）", "高级税务顾问（S2）": the grade, not the title
    bare = vocab.suffix_noise.sub("", text).strip()
    # "教务工作" -> 教务, but "财务岗" stays: the filler goes only when a title remains or none was there.
    return bare if bare and (has_role_suffix(bare, vocab) or not has_role_suffix(text, vocab)) else text


def bilingual_title(text: str) -> str:
    """The Chinese name of a title written in two languages; any other text as it is."""
    names = two_names(text)
    if names is None or re.fullmatch(r"[A-Z][A-Z0-9&]{0,5}", names[1]):
        return text  # "质量工程师（IQC）": an abbreviation in brackets tells posts apart, it stays
    return names[0]


def two_names(text: str) -> tuple[str, str] | None:
    """(Chinese, other) names of a title written in two languages or with an abbreviation
    ("服务顾问（SA）" -> ("服务顾问", "SA")); None for any other text."""
    m = _EN_ZH.match(text) or _ZH_EN.match(text)
    return (m.group("zh").strip(), m.group("en").strip()) if m else None


def has_role_suffix(text: str, vocab: Vocab) -> bool:
    core = re.sub(r"[(（][^()（）]{1,12}[)）]$", "", text).strip()  # 招聘专员(一级)
    return core.endswith(vocab.role_suffixes) or bool(vocab.latin_titles.search(core))


MONEY = re.compile(r"\d\s*(?:元|万|千|[kK](?![a-zA-Z]))")  # a pay figure: "6500-8500元/月", "20-35K"
# "抄表收费员（6名）": how many a posting wants, in brackets after the title
HEADCOUNT_NOTE = re.compile(r"[(（]\s*(?:招聘?\s*)?[\d一二三四五六七八九十两]+\s*[名人个]\s*[)）]")
# a range or a pay figure ("底薪3000 + 计件": a pay word before the figure says it too)
# (not a date: "2024-04-12" has a second dash before or after the one between its digits)
AMOUNT = re.compile(r"(?<![-/.]\d)\d\s*[-~～至到]\s*\d(?!\d*[-/.]\d)|(?:底薪|月薪|年薪|工资|薪资|时薪|日薪)\s*\d|" + MONEY.pattern)


PLACE_ENDS = ("市", "区", "县", "省")  # endings of a place name (roles.toml ``place_endings`` adds a company's)


DOC_NUMBER = re.compile(r"[〔\[【（(]\s*(?:19|20)\d{2}\s*[〕\]】）)]\s*第?\s*\d{1,4}\s*号")


# personal pronouns and "这份/那份": a title never holds them
_SPEAKER = re.compile(r"[我你您]|这份|那份")


_DOCUMENT_PART = re.compile(r"^\s*(?:附件|附表|附录|附图)\s*[\d一二三四五六七八九十]*\s*$")


def looks_like_title(text: str, vocab: Vocab, strong: bool = False) -> bool:
    """A phrase that can be a job title. Without ``strong`` it must end like one (roles.toml)."""
    if not text or text in vocab.generic_titles or _DOCUMENT_PART.match(text) or "=" in text:
        return False  # ("附件", "附表2": a part of the document, no post; "键=值": a format's note)
    if re.match(r"^(?:岗位|职位)\S", text) and not has_role_suffix(text, vocab):
        return False  # "岗位速览", "职位概况": a part about the post, not its name
    if _LATIN_TITLE.match(text):
        # "P6", "L3": a grade code (letters and a number in one token) is no title
        code = re.fullmatch(r"[A-Za-z]{1,3}-?\d+", text.strip()) is not None
        return bool(vocab.latin_titles.search(text)) or strong and len(text.split()) <= 5 and not code
    cjk = sum(1 for ch in text if "\u4e00" <= ch <= "\u9fff")
    if cjk < 2 and not vocab.latin_titles.search(text) or len(text) > (32 if strong else 24):
        return False
    if _SENTENCE_PUNCT.search(text.replace("/", "")) or text[0].isdigit() and not re.match(r"\d[A-Za-z]", text) or AMOUNT.search(text):
        return False  # "浙江嘉兴·平湖仓6500-8500元/月": a place and a pay range, not a post
    if DOC_NUMBER.search(text):
        return False  # "检修〔2025〕12号": an official document's number, not a post
    if text.endswith(tuple(vocab.lexicon.roles.audience_endings)):
        return False  # "LNG储配站新员工": whom a guide is for, no post
    if _SPEAKER.search(text):
        return False  # "想来做我这份工": words of a speaker about a post, no post's name
    if vocab.label_key(text) or vocab.kind_of_label(text) or vocab.section_kind(text):
        return False  # "任职要求", "岗位名称": labels, not roles
    bare = re.sub(r"\s*[(（][^()（）]{1,12}[)）]$", "", text)  # ("船舶部岗位说明（文本版）": a document, its edition aside)
    if any(squash(x).endswith(squash(w)) for words in vocab.doc_kinds.values() for w in words for x in {text, bare}):
        return False
    if not has_role_suffix(text, vocab) and text.endswith(vocab.department_suffixes + vocab.organisation_suffixes):
        return False  # "各部门", "人力资源部", "某公司": units, not posts
    if has_role_suffix(text, vocab):
        core = re.sub(r"[(（][^()（）]{1,12}[)）]$", "", text)
        return not (len(core) > 10 and _BAD_INSIDE.search(core[:-2]))
    if "·" in text or text.endswith((*vocab.lexicon.roles.place_endings, *PLACE_ENDS)):
        return False  # "成都·武侯区", "湖州总部": where, not who
    if text.endswith(tuple(vocab.lexicon.roles.attribution_endings)):
        return False  # "站点运营部整理": who wrote the document
    # a job card's tags and requirement lines ("2年以上", "本科", "持食品安全管理员证者优先") are
    # not titles, however short and vouched for
    return (strong and (len(text) <= 12 or cjk < len(text) // 2) and not _BAD_INSIDE.search(text)
            and vocab.qualification_category(text) is None)


def split_organisation(text: str, vocab: Vocab) -> tuple[str | None, str]:
    """"xx公司人力资源招聘专员" -> ("xx公司", "人力资源招聘专员"); "某公司的客服专员" likewise."""
    if "的" in text:
        head, _, tail = text.rpartition("的")
        if head and tail:
            return head, tail
    for suffix in vocab.organisation_suffixes:
        pos = text.find(suffix)
        if 0 < pos and pos + len(suffix) < len(text) - 1:
            head, tail = text[: pos + len(suffix)].strip(), text[pos + len(suffix):].strip()
            # "客户服务中心经理" is one title: a bare 经理 left over is not a post on its own,
            # nor is "经理（南京）" (a site in brackets adds nothing to the post)
            core = re.sub(r"[（(][^）)]*[）)]", "", tail).strip()
            if len(core) >= 3 and has_role_suffix(core, vocab) and not has_role_suffix(head, vocab):
                return head, tail
    return None, text


_TITLE_TAIL = re.compile(r"(?:——|—|--)\s*(?P<tail>[^—\-]{2,16})$")
_TITLE_PERIOD = re.compile(r"(?:19|20)\d{2}\s*(?:[-—~～至]\s*(?:19|20)?\d{2}\s*)?年度?")


def department_of(text: str, vocab: Vocab) -> str | None:
    """The department a heading or title starts with ("20.2 资金部关键绩效考核指标" -> 资金部)."""
    core = _NUMBERING.sub("", normalize_title(text)).strip()
    core = re.sub(r"^第[\d一二三四五六七八九十]+[章节]\s*", "", core)
    tail = _TITLE_TAIL.search(core)
    if tail is not None and _unit_first(unit := tail.group("tail").strip(), vocab) == unit:
        return unit  # "2025年度岗位KPI指标库——运维中心": the book's part for that unit
    period = _TITLE_PERIOD.search(core)
    if period is not None and (after := core[period.end():].strip()) and (unit := _unit_first(after, vocab)):
        # "江州市中心血站2024年度体采科关键绩效指标": the issuer, the year, then the unit the title is about
        return unit
    return _unit_first(core, vocab)


def _unit_first(core: str, vocab: Vocab) -> str | None:
    """The unit ``core`` (a title without its numbering) starts with, maybe after its organisation."""
    noise = vocab.prefix_noise.match(core)
    if noise and len(core) > noise.end() + 2:
        core = core[noise.end():]  # "完善营业部柜台整体形象": the unit is 营业部
    org = organisation_of(core, vocab)
    if org and core.startswith(org):
        core = core[len(org):]  # "某科技有限公司…": the unit comes after the organisation
    best: str | None = None
    for suffix in vocab.department_suffixes:
        m = re.match(rf"^([\u4e00-\u9fffA-Za-z]{{1,10}}?{re.escape(suffix)})", core)
        if not m or len(m.group(1)) <= len(suffix) or (best is not None and len(m.group(1)) >= len(best)):
            continue
        if len(suffix) == 1 and len(m.group(1)) < 3:
            continue  # "某科技": a one-letter unit word needs a real name in front of it
        rest = core[len(m.group(1)):]
        if any((suffix[-1] + rest).startswith(w) for w in vocab.lexicon.roles.not_units) or re.search("[的是]", m.group(1)):
            continue  # "…正确处理…", "二是精心组织", "绩效考核指标的科学制定": a word or a sentence, not a unit
        # "生产技术部长" is a 部长, not the 生产技术部: the unit must not be cut out of a title.
        if rest and any((suffix + rest).endswith(s) and len(s) > len(rest) for s in vocab.role_suffixes) and len(rest) < 2:
            continue
        best = m.group(1)
    if best and best.endswith(vocab.role_suffixes) and not best.endswith(("部", "部门", "中心", "办公室", "事业部")):
        return None
    if best:
        rest = core[len(best):]
        joined = re.match(r"^(?:以及|及|和|与|暨|、|/)", rest)
        if joined and department_of(rest[joined.end():], vocab):
            return None  # "养护工程部及清障救援大队KPI": two units, the sheet is not the first one's
    if best and vocab.label_key(best):
        return None  # "直属部门": a form's label, its value is the unit
    if best and any(best.endswith(g) for g in vocab.lexicon.roles.generic_units):
        return None  # "各部门": several units, none in particular
    if best is None and org and not core.strip() and len(org) >= 4 and org.endswith(vocab.department_suffixes) and " " not in org:
        return org  # "抢修工（应急抢修中心）": a unit word both kinds end with (中心), alone: the post's unit
    if best is None and org and core and org.endswith(vocab.department_suffixes) and not has_role_suffix(core.strip(), vocab):
        # "安居物业 客服中心绩效考核表": the "organisation" found ends in a unit word (中心 is both);
        # its last part is the unit the sheet is about (not when a post follows: that post's unit
        # is its organisation's business)
        unit = org.split()[-1]
        if len(unit) >= 3:
            return unit
    return best


def is_unit_name(text: str, vocab: Vocab) -> bool:
    """"地面服务部", "监控调度中心" written alone (an owner cell, a card's meta line): a unit, not a
    post, a place ("湖州总部") or a word ending like one ("组织")."""
    name = normalize_title(text).strip()
    if not name or len(name) > 16 or has_role_suffix(name, vocab) or name.endswith(tuple(vocab.lexicon.roles.place_endings)):
        return False
    if any(name.endswith(g) for g in vocab.lexicon.roles.generic_units) or vocab.label_key(name):
        return False
    return department_of(name, vocab) == name or (name.endswith(vocab.department_suffixes) and len(name) >= 3
                                                  and not any(name.endswith(w) for w in vocab.lexicon.roles.not_units))  # fmt: skip


def organisation_of(text: str, vocab: Vocab) -> str | None:
    """The organisation a document title names ("XXXX袜业有限公司岗位说明书" -> XXXX袜业有限公司)."""
    core = vocab.prefix_noise.sub("", normalize_title(text))  # "关于在审计技术中心设立…": no name of its
    for suffix in vocab.organisation_suffixes:
        pos = core.find(suffix)
        if pos > 0:
            org = core[: pos + len(suffix)]
            if 2 <= len(org) <= 30 and not _SENTENCE_PUNCT.search(org):
                return org
    return None


# "职务/Rank", "船长/Master", "二副/2nd Officer": a Chinese name, then its English beside it
_ENGLISH_BESIDE = re.compile(r"(?P<zh>[^A-Za-z/／|]*[\u4e00-\u9fff][^A-Za-z/／|]*?)\s*[/／|]\s*"
                             r"(?P<en>(?:\d(?:st|nd|rd|th)\s+)?[A-Za-z][A-Za-z .&'()\-]*)")


def english_beside(text: str) -> tuple[str, str] | None:
    """(Chinese, English) of a name written in both, the English after a slash or bar; None otherwise."""
    m = _ENGLISH_BESIDE.fullmatch(text.strip())
    return (m["zh"].strip(), m["en"].strip()) if m else None


def chinese_name(text: str) -> str:
    """"Customs Declarant　一、报关员" -> "报关员": a name written in English first, then in Chinese
    under its own number; any other text as it is."""
    m = _BILINGUAL_TITLE.match(text.strip())
    return m.group(3) if m and m.group(3) else text


_BILINGUAL_TITLE = re.compile(r"^([^A-Za-z/|]{2,20}?)\s*/\s*(?:\d(?:st|nd|rd|th)\s+)?[A-Za-z][A-Za-z .&'()-]*$"
                             r"|^([^\s/|]{1,18}[\u4e00-\u9fff])\s+[A-Z][A-Za-z&]+(?: [A-Za-z&]+)*\s*(?:[(（][A-Z]{2,6}[)）])?$"
                             # "Customs Declarant　一、报关员": the English name first, then the Chinese one
                             r"|^[A-Z][a-z]+(?:[ -][A-Za-z&'()]+)+\s+(?:[一二三四五六七八九十]+、|\d+[.、])?\s*([\u4e00-\u9fff][^\s/|]{1,17})$")


# "A1—A3 审计助理", "M 项目经理", "P6 前端工程师": grade codes, a space, then the title
GRADE_PREFIX = re.compile(rf"^(?P<grade>{GRADE_CODE})\s+(?P<title>[\u4e00-\u9fff].{{1,20}})$")
# "IT审计经理 — 风险咨询部", "税务部 | 税务助理": a title and its unit, set apart by a dash or a bar
# "行政总厨 餐饮部·杭州西湖锦澜大酒店": a title, a space, its unit and site joined by dots
_TITLE_META = re.compile(r"^(?P<title>[^\s·•|｜]{2,16})\s+(?P<meta>[^\s·•|｜]{2,12}\s*[·•|｜].{2,40})$")
TITLE_DOT_PLACE = re.compile(r"^(?P<title>[^·•|｜\s]{2,16})\s*[·•]\s*(?P<where>[^·•|｜]{2,30})$")
_TITLE_SPACE_UNIT = re.compile(r"^(?P<title>[^\s·•|｜]{2,16})\s+(?P<unit>[^\s·•|｜]{2,12})$")
# ("跟单员-订单中心": a bare hyphen too, when the other side is a unit's whole name)
_TITLE_UNIT = re.compile(r"^(?P<a>[^—|｜-]{2,24}?)\s*(?:—{1,2}|–|\s?-\s?|[|｜])\s*(?P<b>[^—|｜-]{2,24})$")


def _names_unit(note: str, vocab: Vocab) -> bool:
    """Whether a bracketed note is a unit: it ends with the unit it starts with, or is a unit inside
    one ("客户服务部营业所")."""
    parts = [p.strip() for p in re.split(r"[·•/／]", note) if p.strip()]
    if len(parts) >= 2 and (head := department_of(parts[0], vocab)) and squash(head) == squash(parts[0]):
        return True  # "技术播出中心·总控机房": a unit, then the room or site within it
    dept = department_of(note, vocab)
    if not dept:
        return False
    key, unit = squash(note), squash(dept)
    return key.endswith(unit) or key.startswith(unit) and key[len(unit):].endswith(tuple(vocab.department_suffixes))


_WEIGHT_NOTE = re.compile(r"^(?P<title>.{2,20}?)\s*[(（]\s*\d+(?:\.\d+)?\s*[%％]\s*[)）]$")


def parse_title(raw: str, vocab: Vocab, strong: bool = False) -> RoleName | None:
    """A role named by a cell, a field value or a heading on its own."""
    norm = normalize_title(raw)
    if (versioned := _VERSION_LEAD.match(norm)) is not None:
        return parse_title(norm[versioned.end():], vocab, strong)  # "v2.0（现行）机电维护技术员": the version aside
    tagged = next((t for t in vocab.posting_tags if len(t) >= 2 and norm.endswith(t) and len(norm) - len(t) >= 2
                   and (norm[-len(t) - 1] in ")） " or norm[: -len(t)].rstrip().endswith(vocab.role_suffixes))), None)
    if tagged:
        return parse_title(norm[: -len(tagged)].rstrip(), vocab, strong)  # "连铸工（大包/中包）急招": a posting's tag
    bare = without_trailing_fact(norm, vocab)
    if bare != norm:
        return parse_title(bare, vocab, strong)
    if (weighted := _WEIGHT_NOTE.match(norm)) is not None:
        return parse_title(weighted["title"], vocab, strong)  # "瓦楞机机长（15%）": the post, its weight aside
    if (boxed := fact_box(norm, vocab)) is not None:
        return parse_title(boxed, vocab, strong)
    # ("01 / 抢修工（应急抢修中心） 招8人": its number and headcount aside)
    plain = _HEADCOUNT.sub("", _NUMBERING.sub("", norm.strip())).strip()
    unit_note = re.match(r"^(?P<title>.{2,20}?)\s*[(（](?P<unit>[^()（）]{2,12})[)）]$", plain)
    if unit_note and _names_unit(unit_note["unit"], vocab):
        # "审计助理（审计部）", "咨询分析员（管理咨询部）": the post, then the unit it sits in
        name = parse_title(unit_note["title"], vocab, strong)
        if name is not None:
            return RoleName(name.title, name.raw, name.organisation, name.department or unit_note["unit"].strip())
    pair = _TITLE_UNIT.match(normalize_title(raw).strip())
    if pair:
        for title, unit in ((pair["a"], pair["b"]), (pair["b"], pair["a"])):
            dept = department_of(unit, vocab)
            if dept and squash(dept) == squash(unit) and (name := parse_title(title, vocab, strong)) is not None:
                return RoleName(name.title, name.raw, name.organisation, name.department or unit.strip())
    spaced = _TITLE_SPACE_UNIT.match(normalize_title(raw).strip())
    if spaced and (dept := department_of(spaced["unit"], vocab)) and squash(dept) == squash(spaced["unit"]) \
            and (name := parse_title(spaced["title"], vocab, strong)) is not None and has_role_suffix(name.title, vocab):
        # "客户服务经理 客户服务部" (a careers card's title, its unit set small beside it)
        return RoleName(name.title, name.raw, name.organisation, name.department or spaced["unit"])
    meta = _TITLE_META.match(normalize_title(raw).strip())
    if meta:
        # "行政总厨 餐饮部 · 杭州西湖锦澜大酒店": a card's title, then its unit and where it sits
        parts = [p.strip() for p in re.split(r"[·•|｜]", meta["meta"]) if p.strip()]
        if parts and is_unit_name(parts[0], vocab) and (name := parse_title(meta["title"], vocab, strong)) is not None:
            org = next((p for p in parts[1:] if organisation_of(p, vocab)), None)
            return RoleName(name.title, name.raw, name.organisation or org, name.department or parts[0])
    dot = TITLE_DOT_PLACE.match(normalize_title(raw).strip())
    if dot and not has_role_suffix(dot["where"], vocab) and (name := parse_title(dot["title"], vocab, strong)) is not None \
            and has_role_suffix(name.title, vocab):
        # "理论教员 · 高新训练场", "客服专员·杭州": a card's title, then where the post sits
        unit = dot["where"].strip() if is_unit_name(dot["where"].strip(), vocab) else None
        return RoleName(name.title, name.raw, name.organisation, name.department or unit)
    if not re.sub(r"[(（][^()（）]*[)）]|[\s\d年月日.\-/]", "", normalize_title(raw)):
        return None  # "（2024年3月修订）": a note in brackets, a date, no name
    text = chinese_name(strip_title_noise(raw, vocab))
    graded = GRADE_PREFIX.match(text)
    if graded and vocab.latin_titles.fullmatch(graded["grade"]):
        graded = None  # "HR 专员", "IT 工程师": a Latin word of the title, not a grade
    if graded and (name := parse_title(graded["title"], vocab, strong)) is not None:
        # "A1—A3 审计助理", "M 项目经理": the grade codes before the title are its level, not its name
        return RoleName(name.title, normalize_title(raw).rstrip(":："), name.organisation, name.department)
    if vocab.suffix_noise.sub("", text).strip() in (*vocab.generic_titles, ""):
        return None  # "岗位相关", "人员要求": a FAQ's topic, no post
    if re.search(r"类$", normalize_title(raw).rstrip(":：")) and not has_role_suffix(text, vocab):
        return None  # "客户营销类": a family of posts, not a post
    if strong and not has_role_suffix(text, vocab) and any(w in text for w in vocab.kpi_sheet_words):
        return None  # "年度考核指标（场站岗位）": a sheet's title, whatever its bracket says
    if _TIME_SPAN.search(text) and not has_role_suffix(text, vocab):
        return None  # "急诊收费窗口24小时轮值": a shift's note (a time), no title ("24小时值班员" is one)
    org, text = split_organisation(text, vocab)
    if _JOINED.search(text):
        return None  # "网格经理与客户经理": two posts compared, not one title
    # "销售部 销售顾问": a unit written apart in front of the post is its department ("财务部
    # 经理" stays whole: a bare 经理 names no post)
    dept = None
    unit, space, rest = text.strip().partition(" ")
    rest = rest.strip()
    if (space and unit.endswith(vocab.department_suffixes) and len(rest) >= 3 and has_role_suffix(rest, vocab)
            and not any(unit.endswith(g) for g in vocab.lexicon.roles.generic_units)):  # fmt: skip
        dept, text = unit, rest
    elif (space and org is None and re.fullmatch(r"[\u4e00-\u9fff]{2,6}", unit) and len(rest) >= 3
          and has_role_suffix(rest, vocab) and (not has_role_suffix(unit, vocab) or len(unit) >= 4)
          and not any(unit.startswith(q) for q in vocab.lexicon.roles.qualifiers)):  # fmt: skip
        # "冷运通 冷链司机": the company's short name, a space, the post ("联信客服 坐席代表": a
        # short name may end like a post; a whole title after it is what is named)
        org, text = unit, rest
    # "梳理客户经理" -> 客户经理: a leading verb goes when a title remains ("分析师" keeps its 分析;
    # "对公客户经理" its qualifier 对公, which only begins like the word 对)
    qualified = any(text.startswith(q) for q in vocab.lexicon.roles.qualifiers if len(q) >= 2)
    stripped = text if qualified else vocab.prefix_noise.sub("", text).strip()
    if strong and len(text) - len(stripped) == 1:
        stripped = text  # "岗位名称：换电站值守员": a title as a form writes it, no one-character verb before it
    core = re.sub(r"[(（][^()（）]{1,12}[)）]$", "", stripped).strip()  # "招聘专员(一级)" keeps its 招聘
    # "安全专责 / Safety Officer": a bilingual heading names the post by its Chinese part
    bilingual = _BILINGUAL_TITLE.match(text)
    for candidate in ((bilingual.group(1) or bilingual.group(2) or bilingual.group(3),) if bilingual else ()) + ((stripped,) if len(core) >= 4 else ()) + (text,):
        if candidate and looks_like_title(candidate, vocab, strong):
            return RoleName(title=candidate, raw=normalize_title(raw).rstrip(":："), organisation=org, department=dept)
    first, slash, others = text.partition("/")
    if slash and looks_like_title(first.strip(), vocab, strong) and has_role_suffix(first.strip(), vocab) and all(
            re.fullmatch(r"[\u4e00-\u9fffA-Za-z]{2,8}", p.strip()) and not vocab.label_key(p.strip()) for p in others.split("/")):
        # "资深客户端开发工程师/客户端主程": a title, then the company's own name for the same post
        return RoleName(title=text.strip(), raw=normalize_title(raw).rstrip(":："), organisation=org, department=dept)
    bare = LONG_NOTE.sub("", normalize_title(raw).strip())
    if bare != normalize_title(raw).strip() and has_role_suffix(bare, vocab) and (name := parse_title(bare, vocab, strong)) is not None:
        # "施工员（生产组，向项目生产经理负责）": the post, its place in a note of its own
        return RoleName(name.title, normalize_title(raw).rstrip(":："), name.organisation, name.department)
    return None


LONG_NOTE = re.compile(r"\s*[(（][^()（）]{1,30}[)）]$")  # a note after a title, "（生产组，向项目生产经理负责）"
_TIME_SPAN = re.compile(r"\d+\s*(?:小时|分钟)|\d{1,2}[:：]\d{2}")
_POST_LIST = re.compile(r"\s*[/／、,，;；\s]\s*")


def listed_posts(text: str, vocab: Vocab) -> list[str]:
    """"审计员/高级审计员", "查勘员/定损员/核赔员", "车险核保员、非车险核保员" (or one per line): each
    post, when every part is a title; else []."""
    parts = [p.strip() for p in _POST_LIST.split(text) if p.strip()]
    if len(parts) < 2:
        return []
    names = [parse_title(p, vocab, strong=True) for p in parts]
    if not all(n is not None and has_role_suffix(n.title, vocab) for n in names):
        return []
    return [n.title for n in names if n is not None]


@dataclass(frozen=True)
class RoleHeading:
    role: RoleName
    kind: SectionKind | None  # the section kind the heading opens, if any


_QUOTED_POST = re.compile(r"[“\"「『](?P<post>[^”\"」』]{2,16})[”\"」』]\s*(?:[(（][^()（）]{1,30}[)）])?\s*(?:岗位|职位)")
_KIND_DASH_POST = re.compile(r"^(?P<caption>.{2,40}?)\s*(?:—{1,2}|–{1,2}|\s-{1,2}\s|(?P<colon>[:：]))\s*(?P<post>[^—–:：]{2,24})$")
_TABLE_LABEL = re.compile(r"^(?:附?表|表格)\s*[\d一二三四五六七八九十]+(?:[-.－]\d+)?\s*")
_BELOW = re.compile(r"[,，]?\s*(?:详见|见|如)下表?$")
_ASKED_TAIL = re.compile(r"(?<=[\u4e00-\u9fff]{4})(?:主要|具体)?(?:有哪些|是什么|包括哪些|有什么)[？?]$")


_VERSION_LEAD = re.compile(r"^(?:[vV]\d+(?:\.\d+)*|\d{4}\s*年?\s*(?:修订)?版)\s*(?:[(（][^()（）]{1,6}[)）])?\s*(?=[\u4e00-\u9fff])")
_TRAILING_NOTE = re.compile(r"\s*[(（]([^()（）]{1,24})[)）]$")
_VERSION_NOTE = re.compile(r"\s*[(（]\s*(?:\d{4}\s*年?\s*)?(?:第?[\d一二三四五六七八九十]+\s*)?(?:版|修订版?|试行|草案|征求意见稿|[vV]\d+(?:\.\d+)*)本?\s*[)）]$")
_EDITION_NOTE = re.compile(r"\s*[(（]\s*[\u4e00-\u9fff]{1,3}版\s*[)）]\s*$")  # "（问答版）", "（表单版）"




_KIND_BRACKET_POST = re.compile(r"^(?P<caption>[^（()）]{2,12}?)\s*[（(](?P<post>[^（()）]{2,20})[)）]$")


# (not a collection's count or edition: "客户经理岗位职责(共13篇)" titles a document of many posts)
_KIND_NOTE = re.compile(r"\s*[(（][^()（）\d篇版份]{1,12}[)）]\s*$")


def role_heading(text: str, vocab: Vocab) -> RoleHeading | None:
    """Headings that name a role: 研究院【分析师】, 【行政部】行政助理, 导购岗位职责1, 3.1.1培训部经理职责;
    "巡检员作业规范（问答版）" names its post too, when that ends like one (a "门店管理岗位说明书（表单版）" names none)."""
    found = _role_heading(text, vocab)
    if found is None and (edition := _EDITION_NOTE.search(text)) is not None:
        bare = _role_heading(text[: edition.start()], vocab)
        return bare if bare is not None and has_role_suffix(bare.role.title, vocab) else None
    if found is None and (note := _KIND_NOTE.search(text)) is not None:
        # "调度员岗位职责（一岗双责）": a note on the list after the post's list heading
        # (the heading names the list itself, 岗位职责 / 任职要求: not "新教师入职指南（保教部）", a guide)
        bare = _role_heading(text[: note.start()], vocab)
        split = vocab.kind_suffix(text[: note.start()])
        return bare if bare is not None and split is not None and vocab.kind_of_label(split[2]) is not None else None
    return found


def _role_heading(text: str, vocab: Vocab) -> RoleHeading | None:
    # "2025年支行行长KPI考核指标": the year is no part of the post (nor a list number)
    core = _NUMBERING.sub("", re.sub(r"^\d{4}\s*年度?\s*", "", normalize_title(text).strip())).strip().rstrip(":：")
    core = _BELOW.sub("", core)  # "影院经理月度考核指标如下表": the table that follows is the post's
    core = _ASKED_TAIL.sub("", core)  # "驾驶员培训教练的主要职责有哪些？" over its answer: the post's list
    core = _VERSION_NOTE.sub("", core)  # "消毒供应员岗位说明书（2021版）": which version, not the post
    core = _VERSION_LEAD.sub("", core)  # "2021版场地管理员职责": the same, in front
    note = _TRAILING_NOTE.search(core)
    if note is not None and any(m in note[1] for m in vocab.lexicon.sections.void_markers):
        core = core[: note.start()].rstrip()  # "熨烫工任职要求（2022版，已作废，仅供查阅）": its state, not the post
    core = re.sub(r"^关于\s*", "", core)  # "关于招生顾问岗位调整": what a notice is about, the post
    if (boxed := fact_box(core, vocab)) is not None:
        core = f"【{boxed}】"  # "【应急救援员　岗位要点】": the post, then the heading of its box of facts
    # "【高中英语教师】急招3名": a posting's tag and headcount after the bracketed title
    tags = "|".join(map(re.escape, vocab.posting_tags))
    if tags and core.startswith(("【", "[")):
        core = re.sub(rf"(?<=[】\]])\s*(?:{tags}|招)*\s*(?:[\d一二三四五六七八九十两]+\s*[名人位个])?\s*$", "", core)
    m = _BRACKET_DEPT_ROLE.match(core) or _BRACKET_ROLE_AFTER.match(core)
    if m and not _DOC_CODE.fullmatch(m.group("role").strip()):  # "岗位说明书[YX-YY-01]": a number, no post
        name = parse_title(m.group("role"), vocab, strong=True)
        alone = boxed is None and squash(core).startswith(("【", "[")) and squash(core).endswith(("】", "]")) and not m.group("dept").strip()
        if name and not (alone and not has_role_suffix(name.title, vocab)):  # ("【吊车作业红线】": a box's title, no post)
            dept = m.group("dept").strip() or None
            return RoleHeading(RoleName(name.title, name.raw, name.organisation, dept), None)
    quoted = _QUOTED_POST.search(core)
    if quoted and (name := parse_title(quoted["post"], vocab, strong=True)) is not None and len(core) <= 60:
        # "关于设立“数据分析审计师”岗位的通知": the post a notice is about, named in quotes
        return RoleHeading(name, None)
    dashed = _KIND_DASH_POST.match(core)
    if dashed:
        # "审计序列年度绩效考核表 —— 审计助理（A1-A3）", "岗位说明书——出纳": the document's kind, then
        # the post it is for
        caption = dashed["caption"].strip()
        kinded = vocab.kind_suffix(caption)
        kind = kinded[1] if kinded else vocab.section_kind(caption)
        head_at = caption.find(kinded[0].strip()) if kinded else -1
        between = caption[head_at + len(kinded[0].strip()):caption.find(kinded[2], head_at)] if kinded and head_at >= 0 else ""
        if (kinded and head_at >= 0 and not re.search(r"\d", between)
                and (own := parse_title(kinded[0].strip(), vocab, strong=True)) is not None and has_role_suffix(own.title, vocab)):  # fmt: skip
            # "施工员月度考核指标（考核人：…）——目标值按季度分解": the post heads the caption; a note follows
            # (not "恒联运维2025年度KPI考核指标库——填报说明": a company, a year, then the sheet's kind)
            return RoleHeading(own, kind)
        # "岗位说明书——网优工程师": the whole description of the post, its parts headed below ("本岗位说明书
        # 明确…" under it is no duty; a list with no heading of its own still is, see segment)
        described = kind is None and squash(caption) in {squash(w) for w in vocab.doc_kinds.get("job_description", ())}
        name = parse_title(dashed["post"], vocab, strong=True) if kind is not None or described else None
        if name is not None and (not dashed["colon"] or has_role_suffix(name.title, vocab)):
            return RoleHeading(name, kind)
        # "表1　岗位：运营经理", "岗位名称：IT运维工程师": a form's heading labels the post it is for
        label = _TABLE_LABEL.sub("", caption)
        if dashed["colon"] and vocab.field_key(label) == "title" and (name := parse_title(dashed["post"], vocab, strong=True)):
            return RoleHeading(name, None)
        # "商务部社会招聘：船舶代理专员", "急聘：焊工": a posting's lead, then the post it hires for
        if (dashed["colon"] and caption.endswith(tuple(vocab.doc_kinds.get("posting", ())))
                and (name := parse_title(dashed["post"], vocab, strong=True)) is not None and has_role_suffix(name.title, vocab)):  # fmt: skip
            return RoleHeading(name, None)
    bracketed = _KIND_BRACKET_POST.match(core)
    if bracketed and squash(bracketed["caption"]) in {squash(w) for w in vocab.doc_kinds.get("job_description", ())}:
        # "岗位说明书（出纳）", "岗位交接单（生产领班）": the document's kind, the post it is for in brackets
        name = parse_title(bracketed["post"], vocab, strong=True)
        if name is not None and has_role_suffix(name.title, vocab):
            return RoleHeading(name, None)  # (the title of the whole form: its parts say what they are)
    split = vocab.kind_suffix(core)
    barred = _POST_BAR_PART.fullmatch(core) if split is None else None
    if barred and vocab.label_key(barred["part"]) and (name := parse_title(barred["post"], vocab, strong=True)) is not None:
        # "私教主管｜岗位定位" (a slide's title): the post, then which of its facts the slide gives (a
        # section kind's part, "私教主管｜任职要求", is the kind's own heading below)
        return RoleHeading(name, vocab.section_kind(barred["part"]))
    if split:
        head, kind, word = split
        head = head.strip()
        # ("QC每天要做的事": when the post's list is done, between the post and the list's words)
        when = next((w for w in sorted(vocab.lexicon.sections.list_parts, key=len, reverse=True) if head.endswith(w) and len(head) > len(w)), None)
        head = head[: -len(when)].strip() if when else head
        joined = re.sub(r"[与及和、]$", "", head)
        if joined != head and (inner := vocab.kind_suffix(joined)) is not None:
            head, kind, word = inner[0].strip(), inner[1], inner[2]  # "机电检修工岗位职责与任职条件": both of its lists
        if head in vocab.generic_titles:
            return None  # "这个岗位干什么": the post the card is about, named before; no title
        if head.endswith(tuple(vocab.lexicon.roles.family_endings)):
            return None  # "影院运营序列岗位说明书": the descriptions of a family of posts
        if head.endswith(tuple(vocab.lexicon.roles.workplace_endings)) and not has_role_suffix(head, vocab):
            return None  # "游泳馆岗位作业指导书": the posts of a workplace, no post called 游泳馆
        # "SMP-HR-QA-002_质量部岗位说明书", "质量部QA室岗位说明书": a unit's descriptions of its posts; the
        # "QA" inside a document code or a unit's name ends no title (a unit named alone, "财务部岗位职责",
        # stays what it was)
        unit = re.sub(rf"^{_DOC_CODE.pattern}[\s_]*", "", head)
        if (unit.endswith(vocab.department_suffixes) and not unit.endswith(vocab.role_suffixes)
                and (unit != head or vocab.latin_titles.search(unit)) and not re.search(rf"{vocab.latin_titles.pattern}$", unit)):  # fmt: skip
            return None
        # "教务工作岗位素能": the writer calls the head a post ("岗位"), so any ending is accepted.
        vouched = bool(re.search(r"(岗位|职位|岗)$", head)) or word.startswith(("岗位", "职位"))
        if word.endswith(("规范", "手册")):
            # "康体岗位规范", "网格化运营岗位手册": the rules of an area's posts, unless a person's title heads
            # them ("导诊员岗位规范", "内科住院医师岗位手册")
            vouched = False
            if not head.endswith(("员", "师", "长", "工", *vocab.lexicon.roles.rank_titles)):
                return None
        if re.fullmatch(r"[A-Za-z][A-Za-z .]*", head.strip()):
            vouched = False  # "POSITION DESCRIPTION岗位说明书": a Latin heading must be a known title (SRE)
        # "作为一名销售经理，自己的岗位职责是": the post named before a short clause about oneself
        lead, comma, own = head.rpartition("，" if "，" in head else ",")
        if comma and len(own.rstrip("的")) <= 3 and len(lead) >= 2:
            head = re.sub(r"^(?:一名|一个|一位)", "", vocab.prefix_noise.sub("", lead.strip()))
        name = parse_title(head, vocab, strong=vouched)
        if name is None and 0 < len(head) - head.rfind("的") - 1 <= 4 and head.rfind("的") >= 2:
            # "第十三条 班长的安全职责": the post, then a qualifier of its duties
            name = parse_title(head[: head.rfind("的")], vocab, strong=vouched)
        topic = next((t for t in sorted(vocab.lexicon.sections.duty_topics, key=len, reverse=True)
                      if head.endswith(t) and len(head) > len(t) + 1), None)  # fmt: skip
        if name is None and topic and kind == SectionKind.duties:
            # "索道站站长安全职责", "车间主任的安全生产职责": a rule book's duties of the post on one topic
            name = parse_title(head[: -len(topic)].rstrip("的"), vocab, strong=vouched)
        if name:
            return RoleHeading(name, kind)
    return None


_POST_BAR_PART = re.compile(r"(?P<post>[^|｜]{2,24}?)\s*[|｜]\s*(?P<part>[^|｜]{2,12})")
_FACT_BOX = re.compile(r"[【\[]\s*(?P<post>\S.*?)\s+(?P<head>\S+?)\s*[】\]]")


def fact_box(text: str, vocab: Vocab) -> str | None:
    """"【应急救援员　岗位要点】": the post a box of facts is titled by (its heading after it)."""
    m = _FACT_BOX.fullmatch(text.strip())
    if m:
        return m["post"] if squash(m["head"]) in vocab.fact_headings else None
    # "夜审岗位信息": the post, then the heading of its facts, run together
    core = squash(text)
    head = next((h for h in sorted(vocab.fact_headings, key=longest_first) if core.endswith(h)), None)
    rest = core[: -len(head)] if head else ""
    return rest if 2 <= len(rest) <= 12 and re.fullmatch(r"[\u4e00-\u9fffA-Za-z]+", rest) else None


_DOC_CODE = re.compile(r"[A-Za-z0-9]+(?:[-_./][A-Za-z0-9]+)+")  # "YX-YY-01", "HR-2025-03": a document's or post's number
POST_SUBJECT = re.compile(r"^\s*(?:隶属|归属|向|直接上级|主要负责|负责)")


def names_its_post(heading: str, paragraph: str, vocab: Vocab) -> bool:
    """"一、销售经理（新梯销售）" over "销售经理隶属于营销中心…": a paragraph whose subject is the post
    the heading names."""
    name = parse_title(heading.strip().rstrip("。．.:："), vocab, strong=True)
    core = re.sub(r"[(（][^()（）]*[)）]$", "", normalize_title(name.title)).strip() if name is not None else ""
    # (its subject may be the title's ending: "（二）宠物美容师。美容师隶属美容部…"; a title without the
    # usual ending, "前台接待", when the paragraph places or tasks it: "…隶属客服部")
    text = squash(paragraph)
    said = next((t for t in [core, *(core[k:] for k in range(1, len(core) - 1) if has_role_suffix(core[k:], vocab))]
                 if t and text.startswith(squash(t))), None)  # fmt: skip
    return said is not None and (has_role_suffix(core, vocab) or bool(POST_SUBJECT.search(text[len(squash(said)):][:40])))


def compose_title(name: RoleName, department: str | None, vocab: Vocab) -> RoleName:
    """"经理" under "所属部门: 财务部" is the 财务部经理: a bare title word takes its unit's name."""
    title = name.title
    if vocab.unit_title(title, department):
        return RoleName(f"{department}{title}", name.raw, name.organisation, department)
    return name
