"""Ingestion: files -> citable lines -> tables and sections -> job profiles, KPI library, chunks."""
