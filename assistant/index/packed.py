"""Records kept as compressed JSON lines and parsed on demand by id.

A knowledge snapshot needs every article, profile and chunk only as *inventory* (ids, spans,
titles, roles) most of the time; the full pydantic objects are needed for the few a question
touches. Holding all of them as objects cost ~0.6 GB at 100x the shipped corpus; their JSON
lines, zlib-compressed one record at a time, cost ~30 MB and a record parses in well under a
millisecond. The lines come from the committed records the snapshot was loaded from, so a
record parsed later is exactly the record of that version (no re-read of a file a writer may
have replaced since).
"""

from __future__ import annotations

import threading
import zlib
from collections import OrderedDict
from collections.abc import Callable, Iterator, Mapping, Sequence
from typing import Generic, TypeVar, overload

from pydantic import BaseModel

T = TypeVar("T", bound=BaseModel)
V = TypeVar("V")

LEVEL = 1  # zlib level: 4x smaller than the raw lines already; higher levels cost load time for ~10%


K = TypeVar("K")
V2 = TypeVar("V2")


class LruCache(Generic[K, V2]):
    """A small thread-safe cache of recently made objects: made outside the lock, and when two
    threads make the same one, both get the object that was stored first."""

    def __init__(self, size: int) -> None:
        self.size = size
        self._items: OrderedDict[K, V2] = OrderedDict()
        self._lock = threading.Lock()

    def get_or_make(self, key: K, make: Callable[[K], V2]) -> V2:
        with self._lock:
            found = self._items.get(key)
            if found is not None:
                self._items.move_to_end(key)
                return found
        made = make(key)
        with self._lock:
            found = self._items.get(key)
            if found is not None:
                return found
            self._items[key] = made
            while len(self._items) > self.size:
                self._items.popitem(last=False)
        return made


class PackedRecords(Generic[T]):
    """Records of one model in a fixed order, stored compressed; ``get`` parses (LRU-cached).

    ``prepare`` runs on every freshly parsed record (e.g. filling derived ids), so a record
    looks the same whether it was parsed at load or later.
    """

    def __init__(
        self, model: type[T], cache_size: int = 64, prepare: Callable[[T], None] | None = None, compress: bool = True
    ) -> None:
        self.model = model
        self.compress = compress
        self.cache_size = cache_size
        self.prepare = prepare
        self._ids: list[str] = []
        self._blobs: list[bytes | T] = []  # compressed JSON lines, or objects given as objects
        self._pos: dict[str, int] = {}
        self._cache: LruCache[int, T] = LruCache(cache_size)

    def append(self, rid: str, line: bytes | str) -> None:
        """Add a record as its JSON line (kept compressed; parsed when asked for)."""
        raw = line.encode("utf-8") if isinstance(line, str) else line
        self._pos[rid] = len(self._ids)  # the last of equal ids wins, like a dict filled in order
        self._ids.append(rid)
        self._blobs.append(zlib.compress(raw, LEVEL) if self.compress else raw)

    def append_object(self, rid: str, record: T) -> None:
        """Add a record that is already an object (fresh records: ingest, tests) -- kept as is."""
        self._pos[rid] = len(self._ids)
        self._ids.append(rid)
        self._blobs.append(record)  # type: ignore[arg-type]

    def __len__(self) -> int:
        return len(self._ids)

    def __contains__(self, rid: object) -> bool:
        return rid in self._pos

    @property
    def ids(self) -> list[str]:
        return self._ids

    def is_packed(self, pos: int) -> bool:
        """Whether the record at ``pos`` is kept as a line (False: added as an object)."""
        return isinstance(self._blobs[pos], bytes)

    def position(self, rid: str) -> int | None:
        return self._pos.get(rid)

    def parse(self, pos: int) -> T:
        """A fresh object for the record at ``pos`` (not cached: for one-off passes over all)."""
        blob = self._blobs[pos]
        if not isinstance(blob, bytes):
            return blob  # type: ignore[return-value]  # added as an object
        record = self.model.model_validate_json(zlib.decompress(blob) if self.compress else blob)
        if self.prepare is not None:
            self.prepare(record)
        return record

    def at(self, pos: int) -> T:
        """The record at ``pos``, from the cache when it was parsed recently."""
        return self._cache.get_or_make(pos, self.parse)

    def get(self, rid: str) -> T | None:
        pos = self._pos.get(rid)
        return None if pos is None else self.at(pos)

    def __iter__(self) -> Iterator[T]:
        for pos in range(len(self._ids)):
            yield self.at(pos)


class RecordMap(Mapping[str, T]):
    """A read-only ``dict`` view (id -> record) over packed records."""

    def __init__(self, packed: PackedRecords[T]) -> None:
        self._packed = packed

    def __getitem__(self, rid: str) -> T:
        pos = self._packed.position(rid)
        if pos is None:
            raise KeyError(rid)
        return self._packed.at(pos)

    def __contains__(self, rid: object) -> bool:
        return rid in self._packed

    def __iter__(self) -> Iterator[str]:
        seen: set[str] = set()
        for rid in self._packed.ids:  # first-seen order, like a dict's keys
            if rid not in seen:
                seen.add(rid)
                yield rid

    def __len__(self) -> int:
        return len(self._packed._pos)


class RecordList(Sequence[T]):
    """A read-only ``list`` view over packed records (or a subset of their positions)."""

    def __init__(self, packed: PackedRecords[T], positions: Sequence[int] | None = None) -> None:
        self._packed = packed
        self._positions = positions

    def __len__(self) -> int:
        return len(self._packed) if self._positions is None else len(self._positions)

    @overload
    def __getitem__(self, index: int) -> T: ...
    @overload
    def __getitem__(self, index: slice) -> list[T]: ...
    def __getitem__(self, index: int | slice) -> T | list[T]:
        if isinstance(index, slice):
            return [self[i] for i in range(*index.indices(len(self)))]
        if index < 0:
            index += len(self)
        if not 0 <= index < len(self):
            raise IndexError(index)
        return self._packed.at(index if self._positions is None else self._positions[index])

    def __iter__(self) -> Iterator[T]:
        for i in range(len(self)):
            yield self[i]

    def __eq__(self, other: object) -> bool:
        if isinstance(other, (list, tuple, RecordList)):
            return list(self) == list(other)
        return NotImplemented

    def __repr__(self) -> str:
        return f"RecordList({len(self)} {self._packed.model.__name__})"


class LazyMap(Mapping[str, V]):
    """Keys known up front; each value made by ``make(key)`` when asked for (not kept)."""

    def __init__(self, keys: Sequence[str], make: Callable[[str], V]) -> None:
        self._keys = list(keys)
        self._known = set(self._keys)
        self._make = make

    def __getitem__(self, key: str) -> V:
        if key not in self._known:
            raise KeyError(key)
        return self._make(key)

    def __contains__(self, key: object) -> bool:
        return key in self._known

    def __iter__(self) -> Iterator[str]:
        return iter(self._keys)

    def __len__(self) -> int:
        return len(self._keys)
