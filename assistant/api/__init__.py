"""The HTTP API: OpenAI-compatible chat, search, tools and the knowledge base, over the services."""
