"""One router per feature: chat, search, tools, corpus, system."""
