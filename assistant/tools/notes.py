"""User notes on a JD request ("侧重财富管理; 要求 CFA 优先"): what each asks for.

A note is never silently ignored: the drafter applies it and says how, or lists it under
"未采用的补充要求" with the reason. The cue words here are instructions to the tool (grammar of
the request), not HR vocabulary.
"""

from __future__ import annotations

import re
from typing import Literal

from pydantic import BaseModel, Field

NoteKind = Literal["focus", "require", "exclude", "add_duty", "other"]

_SPLIT = re.compile(r"[;；。\n,，]+")
_FOCUS = re.compile(r"^(?:侧重于?|重点(?:负责|关注|突出)?|偏重于?|聚焦于?|突出|强调|主攻|专注于?|偏向)(?P<what>.+?)(?:的)?(?:业务|工作|方向|方面|领域|职责)?$")
_EXCLUDE = re.compile(r"^(?:不要|不需要|去掉|删除|删去|不含|不包括|无需|不写)(?P<what>.+)$")
_ADD = re.compile(r"^(?:增加|补充|加上|新增|添加)(?:一条)?(?:职责|工作职责|主要职责)?[:：]?(?P<what>.+)$")
_REQUIRE = re.compile(r"优先|要求|具备|具有|持有|需有|须有|必须|证书|学历|经验|以上|熟悉|精通|掌握|能力|资格|专业")


class Note(BaseModel):
    text: str = Field(description="the note as the user wrote it")
    kind: NoteKind
    what: str = Field(description="the subject: focus words, the requirement, the words to drop")


class NoteOutcome(BaseModel):
    note: str
    kind: NoteKind
    applied: bool
    detail: str = Field(description="how it was applied, or why not (Chinese)")


def parse_notes(text: str | None) -> list[Note]:
    notes: list[Note] = []
    for part in _SPLIT.split(text or ""):
        part = part.strip()
        if not part:
            continue
        if m := _FOCUS.match(part):
            notes.append(Note(text=part, kind="focus", what=m.group("what").strip()))
        elif m := _EXCLUDE.match(part):
            notes.append(Note(text=part, kind="exclude", what=m.group("what").strip()))
        elif m := _ADD.match(part):
            notes.append(Note(text=part, kind="add_duty", what=m.group("what").strip()))
        elif _REQUIRE.search(part):
            what = re.sub(r"^(?:要求|需要|须|需)\s*", "", part).strip() or part
            notes.append(Note(text=part, kind="require", what=what))
        else:
            notes.append(Note(text=part, kind="other", what=part))
    return notes
