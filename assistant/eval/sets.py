"""The registry of eval sets (``evals/sets.toml``): which item files run on which corpus, dev or test.

A set is one column of ``gangwei eval --suite``. Test sets are frozen: their items' failures are
never shown, whichever command evaluates them (``hidden_questions``).
"""

from __future__ import annotations

import fnmatch
import shutil
import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from assistant.config import PROJECT_ROOT
from assistant.eval.corpus import CorpusLines
from assistant.eval.gold import EvalItem, load_items, normalize_text

Split = Literal["dev", "test"]
EVALS_DIR = PROJECT_ROOT / "evals"
REGISTRY = EVALS_DIR / "sets.toml"
BASELINES_DIR = EVALS_DIR / "baselines"


class RegistryError(ValueError):
    """A registry, item file or corpus that cannot be used; the message is for users (Chinese)."""


@dataclass(frozen=True)
class CorpusSpec:
    name: str
    path: Path
    exclude: tuple[str, ...] = ()
    description: str = ""

    def excluded(self, relative: str) -> bool:
        name = relative.rsplit("/", 1)[-1]
        return any(fnmatch.fnmatch(name, pattern) or fnmatch.fnmatch(relative, pattern) for pattern in self.exclude)

    def documents(self) -> list[str]:
        """Relative names of the files the eval indexes (dot files and excluded names left out)."""
        if not self.path.is_dir():
            return []
        out = []
        for p in sorted(self.path.rglob("*")):
            rel = p.relative_to(self.path).as_posix()
            if p.is_file() and not any(part.startswith(".") for part in rel.split("/")) and not self.excluded(rel):
                out.append(rel)
        return out

    def materialise(self, workdir: Path) -> Path:
        """The directory to index: the corpus itself, or a copy without the excluded files."""
        if not self.path.is_dir():
            raise RegistryError(f"语料目录不存在: {self.path} (语料 {self.name})")
        if not self.exclude:
            return self.path
        target = workdir / f"corpus-{self.name}"
        for rel in self.documents():
            dest = target / rel
            dest.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(self.path / rel, dest)
        target.mkdir(parents=True, exist_ok=True)
        return target


@dataclass(frozen=True)
class EvalSet:
    name: str
    corpus: CorpusSpec
    split: Split
    files: tuple[Path, ...]
    description: str = ""

    @property
    def column(self) -> str:
        """The suite table's column title: corpus and split ("shipped dev")."""
        return f"{self.corpus.name} {self.split}"

    @property
    def is_test(self) -> bool:
        return self.split == "test"

    def baseline_path(self, baselines_dir: Path = BASELINES_DIR) -> Path:
        return baselines_dir / f"{self.name}.json"

    def missing_files(self) -> list[Path]:
        return [f for f in self.files if not f.is_file()]

    def load(self, lines_of: CorpusLines | None = None) -> list[EvalItem]:
        """Every item of every file, quotes resolved against ``lines_of`` (default: the corpus itself)."""
        missing = self.missing_files()
        if missing:
            raise RegistryError(f"题集 {self.name} 缺少文件: {', '.join(str(_shown(p)) for p in missing)}")
        lines_of = lines_of or CorpusLines(self.corpus.path)
        items: list[EvalItem] = []
        for path in self.files:
            try:
                items.extend(load_items(path, lines_of))
            except ValueError as exc:
                raise RegistryError(f"题集 {self.name} 的文件 {_shown(path)} 有误: {exc}") from exc
        return items


@dataclass(frozen=True)
class Registry:
    path: Path
    corpora: dict[str, CorpusSpec]
    sets: dict[str, EvalSet]

    def select(self, split: str | None = None, names: list[str] | None = None) -> list[EvalSet]:
        unknown = [n for n in names or [] if n not in self.sets]
        if unknown:
            raise RegistryError(f"未登记的题集: {', '.join(unknown)}; 可用: {', '.join(self.sets)}")
        return [s for s in self.sets.values() if (split is None or s.split == split) and (not names or s.name in names)]

    def set_for_file(self, path: Path) -> EvalSet | None:
        """The registered set a file belongs to (the first one listing it)."""
        resolved = Path(path).resolve()
        return next((s for s in self.sets.values() if any(f.resolve() == resolved for f in s.files)), None)

    def test_files(self) -> list[Path]:
        return [f for s in self.sets.values() if s.is_test for f in s.files]

    def hidden_questions(self) -> set[str]:
        """Normalised first questions of every test item: those items' failures are never shown,
        whichever set they are evaluated in (``gold.jsonl`` holds the shipped test half too)."""
        out: set[str] = set()
        for path in self.test_files():
            if path.is_file():
                try:
                    out |= {normalize_text(i.question) for i in load_items(path)}
                except ValueError:
                    continue  # a broken test file is reported when its set runs
        return out


def _shown(path: Path) -> Path:
    return path.relative_to(PROJECT_ROOT) if path.is_relative_to(PROJECT_ROOT) else path


def _resolve(root: Path, value: str) -> Path:
    p = Path(value)
    if p.is_absolute():
        return p
    return (root / p).resolve() if ".." in p.parts else root / p


def load_registry(path: Path = REGISTRY, root: Path = PROJECT_ROOT) -> Registry:
    """Parse the registry; relative paths are taken from ``root`` (the repository root)."""
    try:
        data = tomllib.loads(Path(path).read_text(encoding="utf-8"))
    except FileNotFoundError as exc:
        raise RegistryError(f"找不到题集登记文件 {path}") from exc
    except tomllib.TOMLDecodeError as exc:
        raise RegistryError(f"题集登记文件 {path} 格式错误: {exc}") from exc
    corpora: dict[str, CorpusSpec] = {}
    for name, spec in (data.get("corpora") or {}).items():
        if not isinstance(spec, dict) or not isinstance(spec.get("path"), str):
            raise RegistryError(f"{path}: 语料 {name} 缺少 path")
        corpora[name] = CorpusSpec(
            name=name,
            path=_resolve(root, spec["path"]),
            exclude=tuple(spec.get("exclude") or ()),
            description=str(spec.get("description") or ""),
        )
    sets: dict[str, EvalSet] = {}
    for name, spec in (data.get("sets") or {}).items():
        if not isinstance(spec, dict):
            raise RegistryError(f"{path}: 题集 {name} 格式错误")
        unknown = sorted(set(spec) - {"corpus", "split", "files", "description"})
        if unknown:
            raise RegistryError(f"{path}: 题集 {name} 含未知字段: {', '.join(unknown)}")
        corpus = corpora.get(spec.get("corpus", ""))
        if corpus is None:
            raise RegistryError(f"{path}: 题集 {name} 的语料 {spec.get('corpus')!r} 未在 [corpora] 中登记")
        if spec.get("split") not in ("dev", "test"):
            raise RegistryError(f"{path}: 题集 {name} 的 split 须为 dev 或 test")
        files = spec.get("files") or []
        if not files or not all(isinstance(f, str) for f in files):
            raise RegistryError(f"{path}: 题集 {name} 须列出至少一个题目文件 (files)")
        sets[name] = EvalSet(
            name=name,
            corpus=corpus,
            split=spec["split"],
            files=tuple(_resolve(root, f) for f in files),
            description=str(spec.get("description") or ""),
        )
    if not sets:
        raise RegistryError(f"{path}: 没有登记任何题集 ([sets.*])")
    return Registry(path=Path(path), corpora=corpora, sets=sets)
