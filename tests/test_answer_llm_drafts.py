"""The guard on real drafts of the shipped corpus: the extractive draft always passes (so the LLM
mode can never reject the answer it would fall back to), and every real draft notices a dropped
item, an invented item and a markers-only reply."""

from __future__ import annotations

import re

import pytest

from _answer_llm_stub import friendly
from _answer_support import ROOT, load_jsonl

pytestmark = pytest.mark.slow


class Recorder:
    """Stands in for the LLM backend: records what the chain hands it, answers with the draft."""

    def __init__(self) -> None:
        self.calls: list[tuple] = []

    def stream_answer(self, answer, evidence, deltas=True):  # noqa: ANN001, ANN201 - the backend protocol
        self.calls.append((answer.model_copy(deep=True), dict(evidence)))
        yield answer


@pytest.fixture(scope="module")
def drafts(shipped_services):
    """(extractive answer, evidence) for every other gold question that reaches the LLM step."""
    from assistant.answer.chain import Assistant

    c = shipped_services.components
    recorder = Recorder()
    assistant = Assistant(c.settings, c.snapshot, searcher=c.searcher, embed=c.embed_queries, llm=recorder)
    questions = [item["question"] for item in load_jsonl(ROOT / "evals/data/gold.jsonl")][::2]
    for question in questions:
        assistant.ask(question)
    assert len(recorder.calls) >= 35, len(recorder.calls)
    return recorder.calls


def test_the_chain_hands_over_every_unit_behind_each_citation(drafts):
    from assistant.text import squash

    for answer, evidence in drafts:
        assert set(evidence) == {c.id for c in answer.citations}
        for item in answer.items:
            joined = squash("".join(evidence[cid] for cid in item.citations))
            assert squash(item.text)[:20] in joined or not item.text, (answer.question, item.text)


def test_every_draft_passes_as_it_is_with_echoed_labels_and_in_plainer_words(drafts):
    from assistant.answer.llm import check_answer, source_label

    failures = []
    for answer, evidence in drafts:
        labels = {str(c.id): source_label(c) for c in answer.citations}
        echoed = re.sub(r"(?<!\\)\[(\d+)\]", lambda m: f"[{m.group(1)}]（{labels[m.group(1)]}）", answer.text)
        for kind, reply in (("draft", answer.text), ("labels", echoed), ("friendly", friendly(answer.text))):
            verdict = check_answer(reply, answer, evidence)
            if not verdict.ok:
                failures.append((kind, answer.question, verdict.reason))
    assert not failures, failures


def test_every_draft_notices_what_a_bad_reply_does(drafts):
    from assistant.answer.llm import check_answer

    for answer, evidence in drafts:
        lines = answer.text.splitlines()
        cited = [i for i, line in enumerate(lines) if re.search(r"(?<!\\)\[\d+\]", line)]
        markers = " ".join(f"[{c.id}]" for c in answer.citations)
        assert check_answer(markers, answer, evidence).check == "markers_only"
        invented = answer.text + "\n- 必须持有 CPA 证书 [1]"
        assert check_answer(invented, answer, evidence).check == "unsupported", answer.question
        # (a line the draft says twice, an item shown first because the question asks about it, is no
        # loss when one of the two goes: drop the last line said once)
        said = [re.sub(r"^\s*(?:[-*]|\d+\.)\s*", "", line).strip() for line in lines]
        once = [i for i in cited if said.count(said[i]) == 1]
        if len(cited) >= 2 and once:
            dropped = "\n".join(line for i, line in enumerate(lines) if i != once[-1])
            result = check_answer(dropped, answer, evidence)
            assert not result.ok and "dropped_item" in {p.check for p in result.problems}, answer.question
