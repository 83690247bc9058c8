"""Deletion that deletes: a removed document's text leaves the vector store file (not only its rows),
the lexical index and the records; the embedding cache never held text; `gangwei corpus purge` empties
the `deleted/` folder, after which the text is nowhere under GANGWEI_HOME."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow

GANGWEI = Path(sys.executable).with_name("gangwei")
MARK = "ZQXJ4821"  # an ASCII word: kept whole by every tokenizer, easy to find in any file
PHRASE = "紫藤档案密室"


def secret_doc(n: int) -> str:
    return (
        f"# 紫藤档案管理员{n}岗位说明书\n\n## 岗位职责\n"
        f"1. 负责{PHRASE}{n}的档案编号 {MARK}{n} 登记与借阅审批。\n"
        f"2. 负责{PHRASE}的温湿度巡检记录 {MARK}{n}。\n"
    )


def files_containing(root: Path, needle: str) -> list[str]:
    data = needle.encode("utf-8")
    return sorted(str(p.relative_to(root)) for p in root.rglob("*") if p.is_file() and data in p.read_bytes())


@pytest.fixture
def kb(tmp_path, corpus_dir, settings_factory):
    from assistant.services import Services

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    shutil.copy(corpus_dir / "003_7b824fd5cb031c95.txt", corpus)
    for n in (1, 2):
        (corpus / f"紫藤{n}.md").write_text(secret_doc(n), encoding="utf-8")
    services = Services(settings_factory(tmp_path / "home", corpus))
    result = services.corpus.ensure_index()
    assert result is not None and not result.failed
    return services


def test_removed_document_text_leaves_every_index_file(kb) -> None:
    home = kb.settings.home
    chroma_file = "index/chroma/chroma.sqlite3"
    assert chroma_file in files_containing(home, f"{MARK}1")  # the check can see text where it is
    assert any(p.startswith("index/lexical/") for p in files_containing(home, f"{MARK}1".lower()) + files_containing(home, f"{MARK}1"))
    cache = Path(kb.settings.embed_cache_dir)
    assert not files_containing(cache, MARK) and not files_containing(cache, PHRASE)  # vectors by hash, no text

    kb.corpus.delete("紫藤1.md")

    for needle in (f"{MARK}1", f"{PHRASE}1"):
        left = [p for p in files_containing(home, needle) if not p.startswith("deleted/")]
        assert left == [], (needle, left)
    assert chroma_file in files_containing(home, f"{MARK}2")  # the other document is untouched
    assert all(h.chunk.file != "紫藤1.md" for h in kb.search.search(f"{PHRASE} 档案编号 {MARK}1", k=10))
    assert kb.search.search(f"{PHRASE} 档案编号 {MARK}2", k=1)[0].chunk.file == "紫藤2.md"
    assert not files_containing(cache, MARK)
    # the original is kept for undo until purged
    assert [p.name for p in (home / "deleted").iterdir()][0].endswith("紫藤1.md")


def test_ingest_after_removing_a_file_by_hand_also_compacts(kb) -> None:
    (kb.settings.corpus_dir / "紫藤2.md").unlink()
    result, _ = kb.corpus.ingest()
    assert result.removed == ["紫藤2.md"]
    assert files_containing(kb.settings.home, f"{MARK}2") == []
    assert kb.search.search(f"{PHRASE} {MARK}1", k=1)[0].chunk.file == "紫藤1.md"  # the rest still answers


def test_purge_empties_deleted_and_the_text_is_gone(kb) -> None:
    home = kb.settings.home
    kb.corpus.delete("紫藤1.md")
    kb.corpus.delete("紫藤2.md")
    assert len(list((home / "deleted").iterdir())) == 2
    env = {k: v for k, v in os.environ.items() if not k.startswith("GANGWEI_")}
    env.update(GANGWEI_HOME=str(home), GANGWEI_CORPUS_DIR=str(kb.settings.corpus_dir), HF_HUB_OFFLINE="1")
    run = subprocess.run([str(GANGWEI), "corpus", "purge", "--yes"], env=env, capture_output=True, text=True, timeout=120)
    assert run.returncode == 0, run.stderr
    assert "2 个文件" in run.stdout
    assert not (home / "deleted").exists() or not list((home / "deleted").iterdir())
    for needle in (MARK, PHRASE):
        assert files_containing(home, needle) == []
    again = subprocess.run([str(GANGWEI), "corpus", "purge", "--yes"], env=env, capture_output=True, text=True, timeout=120)
    assert again.returncode == 0 and "0 个文件" in again.stdout
    # without --yes and no terminal to confirm on: nothing is removed, exit 1
    kb.corpus.ingest()  # nothing left to delete; make one more to refuse purging
    (kb.settings.corpus_dir / "紫藤3.md").write_text(secret_doc(3), encoding="utf-8")
    kb.corpus.ingest()
    kb.corpus.delete("紫藤3.md")
    refused = subprocess.run([str(GANGWEI), "corpus", "purge"], env=env, input="n\n", capture_output=True, text=True,
                             timeout=120)  # fmt: skip
    assert refused.returncode == 1
    assert len(list((home / "deleted").iterdir())) == 1
