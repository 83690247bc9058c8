"""Prompt templates of the optional LLM answer mode (package data; override with GANGWEI_PROMPTS_DIR)."""
