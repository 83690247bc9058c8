"""The optional cross-encoder reranker: loading from a local path (a tiny model built here) and blending."""

from __future__ import annotations

from pathlib import Path

import pytest

from assistant.retrieve.rerank import CrossEncoderReranker, RerankerError, combine


def _tiny_cross_encoder(path: Path) -> Path:
    """A 2-layer BERT cross-encoder with a character vocabulary, saved like a downloaded model."""
    from transformers import BertConfig, BertForSequenceClassification, BertTokenizerFast

    chars = sorted(set("岗位职责任职要求客户经理负责招聘培训考核指标权重销售会计出纳仓库管理员的是什么有哪些"))
    vocab = ["[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]", *chars]
    path.mkdir(parents=True)
    (path / "vocab.txt").write_text("\n".join(vocab), encoding="utf-8")
    tokenizer = BertTokenizerFast(vocab_file=str(path / "vocab.txt"), do_lower_case=False, tokenize_chinese_chars=True)
    config = BertConfig(vocab_size=len(vocab), hidden_size=16, num_hidden_layers=2, num_attention_heads=2,
                        intermediate_size=32, max_position_embeddings=128, num_labels=1)  # fmt: skip
    model = BertForSequenceClassification(config)
    model.save_pretrained(path)
    tokenizer.save_pretrained(path)
    return path


def test_local_cross_encoder_scores_every_pair(tmp_path: Path) -> None:
    reranker = CrossEncoderReranker(f"st:{_tiny_cross_encoder(tmp_path / 'tiny')}")
    scores = reranker.scores("客户经理的职责是什么", ["客户经理负责销售", "仓库管理员负责仓库", "会计"])
    assert scores.shape == (3,)
    assert reranker.scores("问题", []).shape == (0,)


def test_missing_or_malformed_spec_is_a_chinese_error(tmp_path: Path) -> None:
    with pytest.raises(RerankerError, match="不存在"):
        CrossEncoderReranker(f"st:{tmp_path / 'nope'}")
    with pytest.raises(RerankerError, match="无效"):
        CrossEncoderReranker("bge-reranker")
    broken = tmp_path / "broken"
    broken.mkdir()
    with pytest.raises(RerankerError, match="无法加载"):
        CrossEncoderReranker(f"st:{broken}").scores("q", ["p"])


def test_combine_keeps_fused_order_without_reranker_weight() -> None:
    fused = ["a", "b", "c"]
    assert sorted(combine(fused, {"a": 0.1, "b": 0.9, "c": 0.5}, 0.0), key=lambda k: -combine(fused, {}, 0.0)[k]) == fused
    blended = combine(fused, {"a": 0.1, "b": 0.9, "c": 0.5}, 1.0)
    assert max(blended, key=blended.get) == "b"
