"""Role names: normalisation and how closely two role titles are related.

个人客户经理 ~ 对私客户经理 (the same post, two names), 客户经理 ~ 大客户经理 (a specialisation),
个人客户经理 ~ 大客户经理 (siblings: same head noun 经理 and the same modifier 客户). 人力资源专员 and
客服专员 share only the generic head 专员, which says nothing: they are unrelated.
"""

from __future__ import annotations

import re
from difflib import SequenceMatcher

from assistant.ingest.markers import ROLE_SUFFIXES
from assistant.ingest.profiles import same_role

# Names for the same thing; the right-hand side is the canonical spelling.
_SYNONYMS = (
    ("客户关系经理", "客户经理"),
    ("对私", "个人"),
    ("零售", "个人"),
    ("个人业务", "个人"),
    ("公司业务", "对公"),
    ("人事", "人力资源"),
    ("HR", "人力资源"),
    ("hr", "人力资源"),
)
_OPPOSED = (("个人", "对公"),)
_HEADS = tuple(sorted(ROLE_SUFFIXES, key=len, reverse=True))

EXACT = 1.0
SPECIALISED = 0.7  # one title contains the other: 客户经理 / 大客户经理
SIBLING = 0.5  # same head noun and a shared modifier: 个人客户经理 / 大客户经理


def normalize_role(role: str) -> str:
    text = re.sub(r"[\s【】\[\]()()\"“”]", "", role).strip()
    text = re.sub(r"(岗位|职位|岗)$", "", text) or text
    for old, new in _SYNONYMS:
        text = text.replace(old, new)
    return text


def head_noun(role: str) -> str | None:
    """The generic head of a title: 经理, 专员, 业务员 ..."""
    return next((h for h in _HEADS if role.endswith(h) and len(role) > len(h)), None)


def _common_suffix(a: str, b: str) -> int:
    n = 0
    while n < min(len(a), len(b)) and a[-1 - n] == b[-1 - n]:
        n += 1
    return n


def relatedness(target: str, other: str) -> float:
    """1.0 same post, 0.7 one title specialises the other, 0.5 siblings, 0.0 unrelated."""
    a, b = normalize_role(target), normalize_role(other)
    if not a or not b:
        return 0.0
    if a == b:
        return EXACT
    if same_role(a, b):
        # 快递业业务员 / 快递业务员 are one post written twice; 客户经理 / 大客户经理 are not.
        shorter, longer = sorted((a, b), key=len)
        if shorter not in longer or SequenceMatcher(None, a, b).ratio() >= 0.9:
            return 0.9
        return SPECIALISED
    if any(x in a and y in b or y in a and x in b for x, y in _OPPOSED):
        return 0.2  # 个人客户经理 / 对公客户经理: the same trade, a different market
    head = head_noun(a)
    if head and head == head_noun(b):
        if _common_suffix(a[: -len(head)], b[: -len(head)]) >= 2:
            return SIBLING
    return 0.0


def role_pattern(roles: list[str]) -> re.Pattern[str]:
    """A regex matching any of the titles (longest first), for finding them in running text."""
    names = sorted({r for r in roles if r}, key=len, reverse=True)
    return re.compile("|".join(re.escape(n) for n in names)) if names else re.compile(r"(?!x)x")


def role_variants(role: str) -> list[str]:
    """Spellings of a title as the corpus may write it (before normalisation)."""
    norm = normalize_role(role)
    out = {role, norm}
    for old, new in _SYNONYMS:
        if new in norm:
            out.add(norm.replace(new, old))
    return sorted(out, key=len, reverse=True)
