"""The HR vocabulary as data files (TOML), merged with a user's files and validated."""

from assistant.lexicon.loader import FILES, Lexicon, LexiconError, check_file, load_lexicon, merge

__all__ = ["FILES", "Lexicon", "LexiconError", "check_file", "load_lexicon", "merge"]
