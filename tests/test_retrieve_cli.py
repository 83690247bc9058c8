"""`gangwei search`, `gangwei ingest`, `gangwei corpus remove`, `gangwei index rebuild`."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

from typer.testing import CliRunner

from assistant.cli import _register, app

ROOT = Path(__file__).resolve().parents[1]
CONTRACT = {"rank", "score", "file", "line_start", "line_end", "section", "role", "text", "passage"}

_register()


def _env(settings) -> dict[str, str | None]:
    return {
        "GANGWEI_HOME": str(settings.home),
        "GANGWEI_CORPUS_DIR": str(settings.corpus_dir),
        "GANGWEI_EMBED_CACHE_DIR": str(settings.embed_cache_dir),
        "GANGWEI_EMBEDDING": "e5",
        "GANGWEI_CHROMA_URL": None,  # None unsets it: never talk to a developer's server
        "HF_HUB_OFFLINE": "1",
    }


def _run(settings, *args: str, input: str | None = None):
    return CliRunner().invoke(app, list(args), env=_env(settings), input=input)


def test_search_json_contract_from_the_console_script(indexed_settings):
    env = {k: v for k, v in {**os.environ, **_env(indexed_settings)}.items() if v is not None}
    env.pop("GANGWEI_CHROMA_URL", None)
    exe = Path(sys.executable).parent / "gangwei"
    out = subprocess.run(
        [str(exe), "search", "送快件的业务员要负责哪些事情?", "-k", "3", "--json"],
        env=env, capture_output=True, text=True, timeout=120, check=True,
    )
    payload = json.loads(out.stdout)
    assert payload["question"] == "送快件的业务员要负责哪些事情?"
    assert len(payload["hits"]) == 3
    for hit in payload["hits"]:
        assert set(hit) == CONTRACT
        assert isinstance(hit["line_start"], int) and hit["line_start"] <= hit["line_end"]
        if (passage := hit["passage"]) is not None:  # the enclosing section, holding the hit
            assert passage["line_start"] <= hit["line_start"] <= hit["line_end"] <= passage["line_end"]
            assert hit["text"].split("\n")[-1] in passage["text"] and len(passage["text"]) > len(hit["text"])
        assert hit["section"] in {"duties", "qualifications", "kpi", "prose"}
    top = payload["hits"][0]
    assert top["file"] == "000_9eeea241028b3f98.txt" and top["line_start"] <= 615 and top["line_end"] >= 603


def test_search_batch_prints_one_json_object_per_question(indexed_settings, tmp_path):
    batch = tmp_path / "questions.txt"
    batch.write_text("老师要具备哪些条件\n\n平衡计分卡有几个维度\n", encoding="utf-8")
    result = _run(indexed_settings, "search", "--batch", str(batch), "-k", "2")
    assert result.exit_code == 0, result.output
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert [r["question"] for r in rows] == ["老师要具备哪些条件", "平衡计分卡有几个维度"]
    assert all(len(r["hits"]) == 2 and set(r["hits"][0]) == CONTRACT for r in rows)
    piped = _run(indexed_settings, "search", "--batch", "-", "-k", "1", input="客户经理的职责\n")
    assert piped.exit_code == 0 and json.loads(piped.stdout)["hits"][0]["rank"] == 1


def test_search_human_output_and_errors(indexed_settings, tmp_path):
    result = _run(indexed_settings, "search", "快递业务员做什么", "-k", "2", "--kind", "duties")
    assert result.exit_code == 0, result.output
    assert "000_9eeea241028b3f98.txt" in result.stdout and "岗位职责" in result.stdout
    assert "[2]" in result.stdout
    bad = _run(indexed_settings, "search")
    assert bad.exit_code != 0 and "请提供问题" in bad.output
    bad = _run(indexed_settings, "search", "x", "--kind", "salary")
    assert bad.exit_code != 0 and "未知的段落类型" in bad.output
    bad = _run(indexed_settings, "search", "--batch", str(tmp_path / "none.txt"))
    assert bad.exit_code != 0 and "找不到批量问题文件" in bad.output
    empty = indexed_settings.model_copy(update={"home": tmp_path / "empty-home"})
    bad = _run(empty, "search", "岗位职责")
    assert bad.exit_code != 0 and "知识库为空" in bad.output and "Traceback" not in bad.output


def test_ingest_remove_rebuild_commands(tmp_path, corpus_dir, settings_factory):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for name in ("000_9eeea241028b3f98.txt", "002_0ddfcbd208019869.txt"):
        shutil.copy(corpus_dir / name, corpus / name)
    (corpus / "broken.pdf").write_bytes(b"this is not a pdf")
    settings = settings_factory(tmp_path / "home", corpus)

    result = _run(settings, "ingest")
    assert result.exit_code == 0, result.output
    for word in ("文件", "状态", "分块", "已导入", "失败", "用时", "新计算向量"):
        assert word in result.output, word
    assert "broken.pdf" in result.output

    again = _run(settings, "ingest")
    assert again.exit_code == 0 and "未变化" in again.output and "新计算向量 0" in again.output

    declined = _run(settings, "corpus", "remove", "002_0ddfcbd208019869.txt", input="n\n")
    assert declined.exit_code != 0 and (corpus / "002_0ddfcbd208019869.txt").exists()  # asks first
    removed = _run(settings, "corpus", "remove", "002_0ddfcbd208019869.txt", "--yes")
    assert removed.exit_code == 0, removed.output
    assert "已从知识库删除" in removed.output and "purge" in removed.output
    assert not (corpus / "002_0ddfcbd208019869.txt").exists()  # moved out, so a sync cannot bring it back
    assert list((settings.home / "deleted").iterdir())
    hits = json.loads(_run(settings, "search", "家装业务员的职责", "--json", "-k", "20").stdout)["hits"]
    assert hits and all(h["file"] != "002_0ddfcbd208019869.txt" for h in hits)
    missing = _run(settings, "corpus", "remove", "nope.txt", "--yes")
    assert missing.exit_code != 0 and "没有文档" in missing.output

    rebuilt = _run(settings, "index", "rebuild", "--yes")
    assert rebuilt.exit_code == 0, rebuilt.output
    hits = json.loads(_run(settings, "search", "家装业务员的职责", "--json", "-k", "5").stdout)["hits"]
    assert all(h["file"] != "002_0ddfcbd208019869.txt" for h in hits)

    purged = _run(settings, "corpus", "purge", "--yes")
    assert purged.exit_code == 0 and not (settings.home / "deleted").exists()


def test_ingest_fails_only_when_nothing_could_be_ingested(tmp_path, settings_factory):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "broken.docx").write_bytes(b"not a zip")
    settings = settings_factory(tmp_path / "home", corpus)
    result = _run(settings, "ingest")
    assert result.exit_code != 0
    assert "broken.docx" in result.output and "Traceback" not in result.output
    missing = _run(settings, "ingest", str(tmp_path / "nowhere"))
    assert missing.exit_code != 0 and "找不到路径" in missing.output
