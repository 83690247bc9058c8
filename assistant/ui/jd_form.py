"""The JD draft as an editable form (tables of items) and the edited form back as a ``JdDraft``.

Each list shows one row per item: its number in the draft ("#", read-only), the text and its
sources ("[2][5]" and how it was found). Rows keep their item (and citations) by that number, so
the user may edit, delete (empty the text) and add rows (no number: a user item). The edited draft
then goes through the one export path (``services.tools.export``).
"""

from __future__ import annotations

from typing import Any

from assistant.tools.jd import OTHER, QUALIFICATION_ORDER, JdDraft, JdItem

BASIC_HEADERS = ["项目", "内容", "出处"]
LIST_HEADERS = ["#", "内容", "出处"]
GROUP_HEADERS = ["类别", "#", "内容", "出处"]


def origin_label(item: JdItem) -> str:
    if item.placeholder:
        return "待补充"
    if item.origin == "related":
        return f"相近岗位「{item.source_role}」" if item.source_role else "相近岗位"
    if item.origin == "user":
        return item.note or "用户补充"
    if item.origin == "derived":
        return "推导"
    return ""


def source_cell(item: JdItem) -> str:
    marks = "".join(f"[{i}]" for i in dict.fromkeys(item.citations))
    label = origin_label(item)
    return " ".join(x for x in (marks, label) if x)


def _cell(value: Any) -> str:
    if value is None or value != value:  # None or NaN
        return ""
    return " ".join(str(value).split()) if not isinstance(value, str) else value.strip()


def _number(value: Any) -> int | None:
    text = _cell(value)
    if isinstance(value, float) and value.is_integer():
        return int(value)
    try:
        return int(text)
    except ValueError:
        return None


def _rows(value: Any) -> list[list[Any]]:
    if value is None:
        return []
    if isinstance(value, dict):
        value = value.get("data") or []
    if hasattr(value, "values") and hasattr(value, "columns"):
        return value.values.tolist()
    return [list(r) for r in value]


def flat_qualifications(draft: JdDraft) -> list[JdItem]:
    return [i for items in draft.qualifications.values() for i in items]


def basics_rows(draft: JdDraft) -> list[list[str]]:
    return [[label, item.text, source_cell(item)] for label, item in draft.basics.items()]


def list_rows(items: list[JdItem]) -> list[list[str]]:
    return [[str(i), item.text, source_cell(item)] for i, item in enumerate(items, 1)]


def group_rows(groups: dict[str, list[JdItem]]) -> list[list[str]]:
    rows, n = [], 0
    for category, items in groups.items():
        for item in items:
            n += 1
            rows.append([category, str(n), item.text, source_cell(item)])
    return rows


def relation_rows(items: list[JdItem]) -> list[list[str]]:
    return [[item.category or "", str(i), item.text, source_cell(item)] for i, item in enumerate(items, 1)]


def form_values(draft: JdDraft) -> dict[str, Any]:
    """The draft's values for the form: basics, purpose, duties, qualifications, KPIs, relations."""
    return {
        "basics": basics_rows(draft),
        "purpose": draft.purpose.text,
        "duties": list_rows(draft.duties),
        "qualifications": group_rows(draft.qualifications),
        "kpis": list_rows(draft.kpis),
        "relations": relation_rows(draft.relations),
    }


def _edited(original: JdItem, text: str) -> JdItem:
    if text == original.text:
        return original
    if original.placeholder:
        return JdItem(text=text, origin="user", note="用户填写", category=original.category)
    return original.model_copy(update={"text": text})


def edit_items(originals: list[JdItem], value: Any, text_col: int, number_col: int, category_col: int | None = None) -> list[JdItem]:
    """Rows back to items: a numbered row keeps its item (edited text), an emptied row is dropped,
    a row without a number is a user item."""
    out: list[JdItem] = []
    for row in _rows(value):
        text = _cell(row[text_col]) if len(row) > text_col else ""
        if not text:
            continue
        number = _number(row[number_col]) if len(row) > number_col else None
        category = _cell(row[category_col]) if category_col is not None and len(row) > category_col else None
        if number is not None and 1 <= number <= len(originals):
            item = _edited(originals[number - 1], text)
            if category and category != item.category:
                item = item.model_copy(update={"category": category})
            out.append(item)
        else:
            out.append(JdItem(text=text, origin="user", note="用户补充", category=category or None))
    return out


def edited_draft(draft: JdDraft, basics: Any, purpose: str | None, duties: Any, qualifications: Any, kpis: Any,
                 relations: Any) -> JdDraft:  # fmt: skip
    """The draft as the user left the form."""
    new_basics: dict[str, JdItem] = {}
    for row in _rows(basics):
        label = _cell(row[0]) if row else ""
        text = _cell(row[1]) if len(row) > 1 else ""
        if not label:
            continue
        original = draft.basics.get(label)
        if original is not None:
            new_basics[label] = _edited(original, text) if text else original
        elif text:
            new_basics[label] = JdItem(text=text, origin="user", note="用户补充")
    for label, item in draft.basics.items():  # the template's rows cannot be lost
        new_basics.setdefault(label, item)
    purpose_text = _cell(purpose)
    new_purpose = _edited(draft.purpose, purpose_text) if purpose_text else JdItem(text="【待补充:岗位目的】", origin="placeholder")
    quals = edit_items(flat_qualifications(draft), qualifications, text_col=2, number_col=1, category_col=0)
    groups: dict[str, list[JdItem]] = {}
    for item in quals:
        groups.setdefault(item.category or OTHER, []).append(item)
    ordered = {c: groups[c] for c in QUALIFICATION_ORDER if c in groups}
    ordered.update({c: items for c, items in groups.items() if c not in ordered})
    title = new_basics.get("岗位名称")
    role = title.text if title is not None and not title.placeholder and title.text else draft.role
    return draft.model_copy(
        update={
            "role": role,
            "basics": new_basics,
            "purpose": new_purpose,
            "duties": edit_items(draft.duties, duties, text_col=1, number_col=0),
            "qualifications": ordered,
            "kpis": edit_items(draft.kpis, kpis, text_col=1, number_col=0),
            "relations": edit_items(draft.relations, relations, text_col=2, number_col=1, category_col=0),
        }
    )
