"""Deterministic dev/test splits of a gold file: stratified by intent, ordered by a hash of the id.

Within each intent the items are ordered by ``sha256(id)``; the first half (rounded up) is dev,
the rest test. The split depends on nothing but the ids, so it never changes when items are
re-ordered or other items are added to other intents, and anyone can recompute it:

    python -m assistant.eval.splits evals/data/gold.jsonl evals/data/gold-dev.jsonl evals/data/gold-test.jsonl
"""

from __future__ import annotations

import hashlib
import sys
from collections import defaultdict
from collections.abc import Sequence
from pathlib import Path

from assistant.eval.gold import GoldItem, load_gold


def id_hash(item_id: str) -> str:
    return hashlib.sha256(item_id.encode("utf-8")).hexdigest()


def split_items(items: Sequence[GoldItem]) -> tuple[list[GoldItem], list[GoldItem]]:
    """(dev, test), each in the input order."""
    by_intent: dict[str, list[GoldItem]] = defaultdict(list)
    for item in items:
        by_intent[item.intent].append(item)
    dev_ids: set[str] = set()
    for group in by_intent.values():
        ordered = sorted(group, key=lambda i: id_hash(i.id))
        dev_ids.update(i.id for i in ordered[: (len(ordered) + 1) // 2])
    return [i for i in items if i.id in dev_ids], [i for i in items if i.id not in dev_ids]


def split_lines(source: Path) -> tuple[list[str], list[str]]:
    """The source file's own lines (byte-for-byte) for dev and test."""
    raw = [line for line in source.read_text(encoding="utf-8").splitlines() if line.strip()]
    items = load_gold(source)
    dev, _ = split_items(items)
    dev_ids = {i.id for i in dev}
    dev_lines = [line for line, item in zip(raw, items) if item.id in dev_ids]
    test_lines = [line for line, item in zip(raw, items) if item.id not in dev_ids]
    return dev_lines, test_lines


def main(argv: list[str] | None = None) -> int:
    args = argv if argv is not None else sys.argv[1:]
    if len(args) != 3:
        print("用法: python -m assistant.eval.splits 源文件.jsonl dev.jsonl test.jsonl", file=sys.stderr)
        return 2
    dev_lines, test_lines = split_lines(Path(args[0]))
    for path, lines in ((Path(args[1]), dev_lines), (Path(args[2]), test_lines)):
        path.write_text("".join(line + "\n" for line in lines), encoding="utf-8")
        print(f"{path}: {len(lines)} 条")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
