"""Compatibility name for the loaders package (``assistant.ingest.loaders``)."""

from assistant.ingest.loaders import (  # noqa: F401
    SUPPORTED_SUFFIXES,
    LoadError,
    discover,
    discover_all,
    load_file,
    read_source,
    relative_name,
    sha256_bytes,
)
from assistant.ingest.loaders.base import decode_text  # noqa: F401
