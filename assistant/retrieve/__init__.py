"""Hybrid retrieval: dense (Chroma) + BM25 bigrams + BM25 jieba words, fused by weighted RRF."""
