"""Grounded answering: understand -> retrieve -> compose (extractive), optional checked LLM."""
