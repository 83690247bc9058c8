"""Shared, session-scoped fixtures: the shipped corpus indexed once (real e5, real Chroma, BM25).

Embedding vectors are cached across test sessions in pytest's cache dir (keyed by model id and
text hash), so only the first run pays the ~1 minute e5 embedding; ``pytest --cache-clear``
forces a fresh embedding run.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

# Nothing may be downloaded while testing; sentence-transformers must load from local paths.
os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
os.environ.setdefault("ANONYMIZED_TELEMETRY", "False")

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="session")
def corpus_dir() -> Path:
    """The shipped corpus (read-only: copy it before changing files)."""
    local = ROOT / "corpus"
    if local.is_dir() and any(local.glob("*.txt")):
        return local
    return Path("/work/shared/corpus")


@pytest.fixture(scope="session")
def embed_cache_dir(pytestconfig: pytest.Config, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Embedding cache shared by all test sessions (vectors only; never indexes or records)."""
    cache = getattr(pytestconfig, "cache", None)
    if cache is None:  # -p no:cacheprovider: embed once for this session only
        return tmp_path_factory.mktemp("gangwei-embeddings")
    return Path(cache.mkdir("gangwei-embeddings"))


def make_test_settings(home: Path, corpus: Path, embed_cache: Path, **overrides: object):
    """Settings isolated from the developer's environment (no server, no LLM, default e5)."""
    from assistant.config import Settings

    values: dict[str, object] = dict(
        home=home,
        corpus_dir=corpus,
        embedding="e5",
        embed_cache_dir=embed_cache,
        chroma_url=None,
        llm_base_url=None,
        llm_model=None,
        llm_api_key=None,
        auth=None,
    )
    values.update(overrides)
    return Settings(**values)  # type: ignore[arg-type]


@pytest.fixture(scope="session")
def indexed_settings(tmp_path_factory: pytest.TempPathFactory, corpus_dir: Path, embed_cache_dir: Path):
    """Settings whose home holds the shipped corpus ingested and indexed (records, Chroma, BM25)."""
    from assistant.index.sync import IndexManager

    home = tmp_path_factory.mktemp("gangwei-home")
    settings = make_test_settings(home, corpus_dir, embed_cache_dir)
    result = IndexManager(settings).sync()
    assert not result.failed, result.failed
    return settings


@pytest.fixture(scope="session")
def shipped_services(indexed_settings):
    """The one door (``Services``) over the indexed shipped corpus, warm and shared."""
    from assistant.services import Services

    return Services(indexed_settings)


@pytest.fixture(scope="session")
def searcher(shipped_services):
    """A warm HybridSearcher over ``indexed_settings`` (load once, share across tests)."""
    return shipped_services.components.searcher


@pytest.fixture(scope="session")
def answerer(shipped_services):
    """One warm Assistant over the session's indexed corpus (extractive backend: no LLM configured)."""
    return shipped_services.components.assistant()


EXTRA_IGNORE = ["README.md", "SOURCES.md", "*.json"]  # the folder's own notes and ground truth


@pytest.fixture(scope="session")
def extra_dir() -> Path:
    """``../shared/corpus-extra`` (16 company documents in every format), used in place."""
    path = ROOT.parent / "shared" / "corpus-extra"
    if not path.is_dir():
        pytest.skip(f"corpus-extra 不存在: {path}")
    return path


@pytest.fixture(scope="session")
def extra_services(tmp_path_factory: pytest.TempPathFactory, extra_dir: Path, embed_cache_dir: Path):
    """``Services`` over corpus-extra ingested in place (its README/SOURCES/json are skipped)."""
    from assistant.services import Services

    home = tmp_path_factory.mktemp("gangwei-extra")
    settings = make_test_settings(home, extra_dir, embed_cache_dir, ignore=EXTRA_IGNORE)
    services = Services(settings)
    result, _ = services.corpus.ingest()
    assert not result.failed, [r.message for r in result.reports if not r.ok]
    return services


@pytest.fixture(scope="session")
def settings_factory(embed_cache_dir: Path):
    """``factory(home, corpus, **overrides)`` -> isolated Settings sharing the embedding cache."""

    def factory(home: Path, corpus: Path, **overrides: object):
        return make_test_settings(home, corpus, embed_cache_dir, **overrides)

    return factory


@pytest.fixture
def corpus_copy(tmp_path: Path, corpus_dir: Path) -> Path:
    """A private, writable copy of the shipped corpus."""
    import shutil

    target = tmp_path / "corpus"
    shutil.copytree(corpus_dir, target)
    return target
