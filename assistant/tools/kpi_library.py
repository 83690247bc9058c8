"""KPI library: indicators named in the corpus, with their BSC dimension and source sentence."""

from __future__ import annotations

import re

from assistant.ingest.chunk import short_hash, split_sentences
from assistant.models import Article, BscDimension, KpiEntry, SourceSpan

_DIMENSION_WORDS = [
    (BscDimension.learning, ("学习与成长", "学习和成长")),
    (BscDimension.process, ("内部流程", "内部业务流程", "内部运营")),
    (BscDimension.customer, ("客户维度", "客户方面", "客户层面")),
    (BscDimension.financial, ("财务维度", "财务方面", "财务层面")),
]
# Indicator names end in a measurable noun: 率, 数, 额, 量, 度 (满意度), 时间, 次数, 比例, 增加值.
_INDICATOR = re.compile(r"^[\u4e00-\u9fffA-Za-z0-9]{2,16}(率|数|额|量|满意度|时间|次数|比例|增加值|回报率|占比)$")
_LIST_SEP = re.compile(r"[、,;]|以及|和")


def _dimension_of(sentence: str, name: str) -> BscDimension | None:
    for dim, words in _DIMENSION_WORDS:
        if any(w in sentence for w in words):
            return dim
    return None


def _candidates(sentence: str) -> list[str]:
    """Indicator names listed in a sentence ("…可以选择:A、B、C等指标")."""
    body = sentence.split(":", 1)[1] if ":" in sentence[:20] else sentence
    body = re.sub(r"(等(指标)?|等等)?[。;]?$", "", body)
    out = []
    for part in _LIST_SEP.split(body):
        part = re.sub(r"^(考评|考核|包括|如|主要有|选择)", "", part.strip())
        if _INDICATOR.match(part):
            out.append(part)
    return out


def extract_kpis(articles: list[Article]) -> list[KpiEntry]:
    """Scan KPI-ish sentences for listed indicator names; each keeps its sentence and line."""
    entries: list[KpiEntry] = []
    seen: set[tuple[str, int]] = set()
    for article in articles:
        for section in article.sections:
            for block in section.blocks:
                for line in block.lines:
                    for sentence in split_sentences(line.text, 400):
                        if not re.search(r"指标|考核|考评|维度|绩效", sentence + (section.heading or "")):
                            continue
                        for name in _candidates(sentence):
                            key = (name, line.line_no)
                            if key in seen:
                                continue
                            seen.add(key)
                            entries.append(
                                KpiEntry(
                                    id=short_hash(f"{article.file}|{line.line_no}|{name}", 16),
                                    name=name,
                                    dimension=_dimension_of(sentence, name),
                                    sentence=sentence,
                                    span=SourceSpan(file=article.file, line_start=line.line_no, line_end=line.line_no),
                                    roles=[section.role] if section.role else [],
                                )
                            )
    return entries
