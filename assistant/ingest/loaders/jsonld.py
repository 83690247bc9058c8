"""schema.org JobPosting blocks of a careers page (``<script type="application/ld+json">``).

Careers pages often put the full posting only in this block (for search engines) and show a short
card. A posting whose text the visible page does not already hold becomes units placed after
its card (or at the end), each cited on the raw line its value sits on. The property names are
the format's own (schema.org), so their Chinese labels are kept here, beside the parser.
"""

from __future__ import annotations

import json
import re
from typing import Any, Iterator

from assistant.ingest.layout import Hint, Table, Unit
from assistant.ingest.loaders.base import no_spaces

# schema.org property -> the label a Chinese posting would write (read by the structure stage)
_FACTS = (
    ("hiringOrganization", "招聘单位"),
    ("jobLocation", "工作地点"),
    ("baseSalary", "薪资"),
    ("employmentType", "工作性质"),
    ("educationRequirements", "学历"),
    ("experienceRequirements", "工作经验"),
    ("skills", "技能要求"),
)
_LISTS = (("responsibilities", "岗位职责"), ("qualifications", "任职要求"))
_PERIODS = {"MONTH": "月", "YEAR": "年", "DAY": "天", "HOUR": "小时", "WEEK": "周"}
# "岗位职责：1.…；2.…；任职要求：…" written on one line: cut before each label and each number
_CUT = re.compile(r"(?:(?<=^)|(?<=[；;。\s]))(?=[\u4e00-\u9fff]{2,6}[:：])|(?<=[；;。\s:：])(?=\d{1,2}[.、．](?!\d))|(?<=[；;])")
_MARKER = re.compile(r"^\d{1,2}[.、．]\s*")
_EMPLOYMENT = {"FULL_TIME": "全职", "PART_TIME": "兼职", "INTERN": "实习", "CONTRACTOR": "合同制", "TEMPORARY": "临时",
               "PER_DIEM": "按日计酬", "VOLUNTEER": "志愿者", "OTHER": "其他"}
_VISIBLE_SHARE = 0.6  # a posting this much of whose text the page shows is a duplicate of its card


def _postings(data: Any) -> Iterator[dict]:
    if isinstance(data, list):
        for item in data:
            yield from _postings(item)
    elif isinstance(data, dict):
        kind = data.get("@type")
        if kind == "JobPosting" or isinstance(kind, list) and "JobPosting" in kind:
            yield data
        for key in ("@graph", "itemListElement", "item"):
            if key in data:
                yield from _postings(data[key])


def _text(value: Any) -> str:
    """A property's value as one line of text (names, addresses and amounts spelled out)."""
    if isinstance(value, list):
        return "、".join(t for t in (_text(v) for v in value) if t)
    if isinstance(value, dict):
        if "value" in value and isinstance(value["value"], (dict, int, float, str)):
            inner = value["value"]
            if isinstance(inner, dict):
                low, high = inner.get("minValue"), inner.get("maxValue")
                amount = f"{low}-{high}" if low is not None and high is not None else str(inner.get("value", low or high or ""))
                unit = _PERIODS.get(str(inner.get("unitText", "")).upper(), "")
                return f"{amount}元/{unit}" if amount and unit else amount
            return str(inner)
        if "address" in value:
            return _text(value["address"])
        parts = [value.get(k) for k in ("name", "addressRegion", "addressLocality", "streetAddress")]
        return "".join(str(p) for p in parts if p)
    return _plain(str(value)) if value is not None else ""


def _plain(text: str) -> str:
    """HTML inside a JSON string reduced to text, one line per block element."""
    if "<" not in text:
        return text.strip()
    import lxml.html

    text = re.sub(r"(?i)<\s*(br|/p|/li|/div|/h\d)\s*/?\s*>", "\n", text)
    try:
        return lxml.html.fromstring(f"<div>{text}</div>").text_content().strip()
    except Exception:  # noqa: BLE001 - malformed markup: drop the tags crudely
        return re.sub(r"<[^>]+>", "", text).strip()



class _Lines:
    """Raw line of each value, found in order from the posting's own first line."""

    def __init__(self, raw_lines: list[str]) -> None:
        self.raw = raw_lines
        self.pos = 0

    def find(self, key: str, value: str) -> int:
        """The line of ``"key"``, or of the value's start within the next lines ("value": { … })."""
        probe = no_spaces(value)[:4]
        for i in range(self.pos, len(self.raw)):
            if f'"{key}"' not in self.raw[i]:
                continue
            for j in range(i, min(i + 12, len(self.raw))):
                if not probe or probe in no_spaces(self.raw[j]):
                    return j + 1
            return i + 1
        return self.pos + 1

    def title(self, title: str) -> int:
        for i in range(self.pos, len(self.raw)):
            if '"title"' in self.raw[i] and no_spaces(title) in no_spaces(self.raw[i]):
                self.pos = i
                return i + 1
        return self.pos + 1


def _pieces(text: str) -> list[str]:
    out: list[str] = []
    for line in text.split("\n"):
        out.extend(p.strip() for p in _CUT.split(line) if p.strip())
    return out


def _units(post: dict, lines: _Lines) -> tuple[str, list[Unit]]:
    title = _text(post.get("title"))
    head = Unit(lines.title(title), title, Hint(heading=2)) if title else None
    units: list[Unit] = []
    for key, label in _FACTS:
        value = _text(post.get(key))
        value = "、".join(_EMPLOYMENT.get(v, v) for v in value.split("、")) if key == "employmentType" else value
        if value:
            units.append(Unit(lines.find(key, str(post.get(key))), f"{label}：{value}"))
    for key, label in (("description", None), *_LISTS):
        value = _text(post.get(key))
        if not value:
            continue
        no = lines.find(key, value)
        if label is not None:
            units.append(Unit(no, f"{label}：", Hint(label=True)))
        for piece in _pieces(value):
            units.append(Unit(no, piece))
    return title, ([head] if head else []) + units


def posting_units(root: Any, raw_lines: list[str], flow: list[Unit | Table]) -> list[Unit | Table]:
    """``flow`` with the JobPosting blocks the visible page lacks inserted after their cards."""
    visible = no_spaces("".join(u.text for u in flow if isinstance(u, Unit)))
    lines = _Lines(raw_lines)
    out = list(flow)
    for script in root.iter("script"):
        if (script.get("type") or "").strip().lower() != "application/ld+json" or not (script.text or "").strip():
            continue
        try:
            data = json.loads(script.text)
        except ValueError:
            continue
        for post in _postings(data):
            title, units = _units(post, lines)
            body = [u for u in units if not u.hint.heading and len(no_spaces(u.text)) >= 6]
            shown = sum(_MARKER.sub("", no_spaces(u.text).split("：")[-1]).rstrip("；;。") in visible for u in body)
            if not body or shown >= _VISIBLE_SHARE * len(body):
                continue  # the card shows it already
            at = _after_card(out, title)
            if at is None:
                out.extend(units)
            else:
                out[at:at] = [u for u in units if not u.hint.heading]
    return out


def _after_card(flow: list[Unit | Table], title: str) -> int | None:
    """Position right after the visible card headed by ``title`` (before the next heading as high)."""
    key = no_spaces(title)
    for i, unit in enumerate(flow):
        if isinstance(unit, Unit) and unit.hint.heading and no_spaces(unit.text) == key:
            level = unit.hint.heading
            for j in range(i + 1, len(flow)):
                nxt = flow[j]
                if isinstance(nxt, Unit) and nxt.hint.heading and nxt.hint.heading <= level:
                    return j
            return len(flow)
    return None
