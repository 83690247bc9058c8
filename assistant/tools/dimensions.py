"""Balanced-scorecard dimension of an indicator: as the document states it, else inferred from its name.

The words live in ``bsc.toml`` (stated labels such as 财务类/内部营运类/学习成长革新类, and
indicator words); the matching is the ingestion vocabulary's, so a label means the same
thing when a sheet is read and when a design is made.
"""

from __future__ import annotations

from dataclasses import dataclass

from assistant.ingest.vocab import Vocab
from assistant.lexicon import Lexicon
from assistant.models import BscDimension, KpiEntry

# Scorecard order used for display and for balancing.
ORDER = (BscDimension.financial, BscDimension.customer, BscDimension.process, BscDimension.learning)
# An indicator whose name names no result of money, customers or growth measures how work is
# done: the internal-process view is the scorecard's home for it (marked inferred).
FALLBACK = BscDimension.process


@dataclass(frozen=True)
class Dimension:
    bsc: BscDimension
    label: str  # as stated ("内部营运类"), or the scorecard name when inferred
    inferred: bool


class DimensionMapper:
    def __init__(self, lexicon: Lexicon) -> None:
        self.vocab = Vocab.build(lexicon)

    def of_label(self, label: str | None) -> BscDimension | None:
        return self.vocab.bsc_of_label(label) if label else None

    def of_name(self, name: str) -> BscDimension | None:
        return self.vocab.bsc_of_name(name)

    def infer(self, name: str) -> Dimension:
        bsc = self.of_name(name) or FALLBACK
        return Dimension(bsc, bsc.value, True)

    def of_entry(self, entry: KpiEntry) -> Dimension:
        """The stated dimension wins; the ingested ``bsc`` next; the name last (inferred)."""
        stated = self.of_label(entry.dimension)
        if stated is not None:
            return Dimension(stated, entry.dimension or stated.value, False)
        if entry.bsc is not None:
            return Dimension(entry.bsc, entry.dimension or entry.bsc.value, entry.dimension_inferred)
        return self.infer(entry.name)
