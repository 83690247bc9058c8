"""Indexes over the ingested records: embeddings (cached), Chroma (dense), BM25 (lexical), lifecycle."""
