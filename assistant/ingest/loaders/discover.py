"""Find the files to ingest under the corpus root, never following a link out of it."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path


@dataclass
class Discovery:
    """Files to read as (file, root) pairs, and files refused with a Chinese reason."""

    files: list[tuple[Path, Path]] = field(default_factory=list)
    skipped: list[tuple[str, str]] = field(default_factory=list)  # (name, message)


def relative_name(path: Path, corpus_root: Path | None) -> str:
    """The file's name relative to its root, without resolving links (a link keeps its own name)."""
    if corpus_root is not None:
        for base, target in ((corpus_root.absolute(), path.absolute()), (corpus_root.resolve(), path.resolve())):
            try:
                return target.relative_to(base).as_posix()
            except ValueError:
                continue
    return path.name


def inside(path: Path, root: Path) -> bool:
    """Whether ``path`` (links resolved) lies inside ``root`` (links resolved)."""
    target, base = path.resolve(), root.resolve()
    return target == base or base in target.parents


def _check_link(path: Path, root: Path) -> str | None:
    """A reason to refuse ``path`` when a link in it leads outside ``root``."""
    if not inside(path, root):
        return f"{path.name}: 是指向语料目录之外的符号链接 ({path.resolve()}), 出于安全考虑未导入"
    return None


def ignored(name: str, patterns: list[str]) -> bool:
    """Whether a corpus-relative name matches one of the user's ignore patterns (glob)."""
    import fnmatch

    base = name.rsplit("/", 1)[-1]
    return any(fnmatch.fnmatch(name, p) or fnmatch.fnmatch(base, p) for p in patterns)


def discover_all(paths: list[Path], ignore: list[str] | None = None) -> Discovery:
    """Expand files and directories into (file, root) pairs, sorted for deterministic output.

    A directory is its own root; a file named directly has its parent as root. Symbolic links
    whose target lies outside the root are refused (and reported), so a link in the corpus
    cannot pull /etc/passwd or another user's files into the knowledge base; links to
    directories are not descended into at all (no cycles, no escapes).
    """
    found = Discovery()
    for p in paths:
        if p.is_dir():  # the root itself may be a link: the user chose it
            for dirpath, dirnames, filenames in os.walk(p, followlinks=False):
                dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
                base = Path(dirpath)
                for fname in sorted(filenames):
                    if fname.startswith("."):
                        continue
                    f = base / fname
                    if ignore and ignored(relative_name(f, p), ignore):
                        continue  # the user's GANGWEI_IGNORE patterns (README.md, *.json …)
                    reason = _check_link(f, p) if f.is_symlink() else None
                    if reason:
                        found.skipped.append((relative_name(f, p), reason))
                    elif f.is_file():
                        found.files.append((f, p))
                for dname in list(dirnames):
                    d = base / dname
                    if d.is_symlink():
                        dirnames.remove(dname)
                        found.skipped.append((relative_name(d, p), f"{dname}: 是指向目录的符号链接, 未进入"))
        elif p.is_symlink():
            root = p.parent
            reason = _check_link(p, root)
            if reason:
                found.skipped.append((p.name, reason))
            elif p.is_file():
                found.files.append((p, root))
        else:
            found.files.append((p, p.parent))
    found.files.sort(key=lambda pair: (str(pair[1]), relative_name(pair[0], pair[1])))
    return found


def discover(paths: list[Path]) -> list[tuple[Path, Path]]:
    """The readable (file, root) pairs of ``discover_all`` (refused links are left out)."""
    return discover_all(paths).files
