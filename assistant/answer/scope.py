"""Whether the knowledge base can answer a question: a calibrated decision over evidence.

No closed list of topics decides scope. The features are the dense similarity of the closest
retrieved passage, the share of the question's words the best evidence covers, and whether the
question names the assistant's own subject (``scope.toml``). A logistic model combines them; its
coefficients are fitted on the DEV splits of the gold sets (``benchmarks/calibrate_scope.py``)
and shipped as ``scope_model.json``. Questions about a role are decided by the role inventory
before this model is consulted.
"""

from __future__ import annotations

import json
import math
from importlib import resources

from pydantic import BaseModel

from assistant.lexicon import Lexicon
from assistant.text import fold


class ScopeModel(BaseModel):
    w_dense: float
    w_lexical: float
    w_core: float
    bias: float
    threshold: float = 0.5
    dense_center: float = 0.85
    note: str = ""

    @classmethod
    def shipped(cls) -> ScopeModel:
        text = resources.files("assistant.answer").joinpath("scope_model.json").read_text(encoding="utf-8")
        return cls.model_validate(json.loads(text))

    def probability(self, dense: float | None, lexical: float, core: bool) -> float:
        d = (dense if dense is not None else self.dense_center) - self.dense_center
        z = self.w_dense * d + self.w_lexical * lexical + self.w_core * (1.0 if core else 0.0) + self.bias
        return 1.0 / (1.0 + math.exp(-max(-50.0, min(50.0, z))))

    def answerable(self, dense: float | None, lexical: float, core: bool) -> bool:
        return self.probability(dense, lexical, core) >= self.threshold


def names_core_topic(question: str, lexicon: Lexicon) -> bool:
    q = fold(question)
    return any(fold(w) in q for w in lexicon.scope.core_topics)


def asks_foreign_task(question: str, lexicon: Lexicon) -> bool:
    """"能教我写个Java单例模式吗": a request for work of another trade (scope.toml ``foreign_tasks``)."""
    q = fold(question)
    tasks = lexicon.scope.foreign_tasks
    return any(fold(a) in q for a in tasks.asks) and any(fold(t) in q for t in tasks.things)


def asks_live_data(question: str, lexicon: Lexicon) -> bool:
    q = fold(question)
    return any(fold(w) in q for w in lexicon.scope.live_data)
