"""The vector cache shared by many processes: no damage, nothing lost, never in the way.

Each operation holds a flock on ``<file>.lock`` and its own short connection (rollback journal),
so SQLite's POSIX locks being dropped (any close() of the file in the process does that), a fork,
or a damaged file set aside by another process cannot corrupt the file or lose vectors.
"""

from __future__ import annotations

import contextlib
import multiprocessing
import sqlite3
import subprocess
import sys
from pathlib import Path

import numpy as np
from _cache_stress import MODEL, vector, work

from assistant.index.embeddings import CachedEmbeddings, ModelEmbeddings, VectorCache

ROOT = Path(__file__).resolve().parents[1]


def _stress(path: Path, method: str, workers: int = 4, rounds: int = 300, shared: VectorCache | None = None):
    ctx = multiprocessing.get_context(method)
    results, start = ctx.Queue(), ctx.Barrier(workers)
    procs = [ctx.Process(target=work, args=(str(path), i, rounds, start, results, shared)) for i in range(workers)]
    for p in procs:
        p.start()
    done = [results.get(timeout=300) for _ in procs]  # a generous bound against a hang, not a timing
    for p in procs:
        p.join(timeout=60)
    assert [p.exitcode for p in procs] == [0] * workers
    return done


def _check(path: Path, done) -> None:
    assert [(w, wrong, failures) for w, wrong, failures, _ in sorted(done)] == [(w, 0, 0) for w in range(len(done))]
    assert not [p.name for p in path.parent.iterdir() if ".damaged-" in p.name]
    with contextlib.closing(sqlite3.connect(path)) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        rows = dict(conn.execute("SELECT key, vec FROM vectors WHERE model = ?", [MODEL]).fetchall())
    written = {k for *_, keys in done for k in keys}
    assert set(rows) == written  # every write of every process is there
    assert all(np.array_equal(np.frombuffer(rows[k], dtype=np.float32), vector(k)) for k in written)


def test_processes_sharing_the_cache_never_damage_it(tmp_path: Path):
    """4 processes, one of which keeps dropping its SQLite locks by reading the files, while the
    others open and close the cache (the old WAL cache failed about every other run here: wrong
    vectors read, "malformed" files set aside, writes lost)."""
    path = tmp_path / "vectors.sqlite3"
    _check(path, _stress(path, "spawn"))


def test_a_process_that_lost_its_sqlite_locks_loses_no_writes(tmp_path: Path):
    """This process drops its SQLite locks (reading the files, as a test scanning the shared cache
    for leaked text did), then short runs write. The old WAL cache silently lost a third of the
    rows here: a short run took the unguarded file as its own, checkpointed and deleted the WAL
    this process still wrote to."""
    path = tmp_path / "vectors.sqlite3"
    cache = VectorCache(path)
    written: list[str] = []
    for step in range(3):
        mine = [f"k{step}-mine-{i}" for i in range(50)]
        cache.put_many(MODEL, [(k, vector(k)) for k in mine])
        for file in tmp_path.iterdir():
            if file.is_file():
                file.read_bytes()  # closing it drops every POSIX lock this process holds on it
        theirs = [f"k{step}-theirs-{i}" for i in range(50)]
        run = subprocess.run([sys.executable, "-m", "tests._cache_stress", str(path), ",".join(theirs)], cwd=ROOT,
                             capture_output=True, text=True, timeout=300)  # fmt: skip
        assert run.returncode == 0 and run.stdout.split() == ["0"], run.stderr
        written += mine + theirs
        found = cache.get_many(MODEL, written)
        assert sorted(found) == sorted(written) and all(np.array_equal(found[k], vector(k)) for k in written)
    assert cache.failures == 0
    _check(path, [(0, 0, 0, written)])


def test_forked_children_may_use_the_parents_cache(tmp_path: Path):
    path = tmp_path / "vectors.sqlite3"
    parent = VectorCache(path)
    parent.put_many(MODEL, [("k1", vector("k1"))])
    done = _stress(path, "fork", workers=3, rounds=60, shared=parent)
    assert parent.get_many(MODEL, ["k1"])["k1"].tolist() == vector("k1").tolist()
    done.append((3, 0, parent.failures, ["k1"]))
    _check(path, done)


def test_one_journal_mode_and_an_old_wal_file_is_read(tmp_path: Path):
    path = tmp_path / "v.sqlite3"
    old = sqlite3.connect(path)  # a process of the previous version: WAL mode, still open
    with old:
        old.execute("PRAGMA journal_mode=WAL")
        old.execute(VectorCache.SCHEMA)
        old.execute("INSERT INTO vectors VALUES ('m', 'k', 2, ?)", [np.array([1, 2], np.float32).tobytes()])
    cache = VectorCache(path)
    assert cache.get_many("m", ["k"])["k"].tolist() == [1.0, 2.0]
    old.close()
    cache.put_many("m", [("j", [3.0])])
    with contextlib.closing(sqlite3.connect(path)) as conn:
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["v.sqlite3", "v.sqlite3.lock"]  # nothing held open
    assert cache.failures == 0


def test_a_damaged_file_is_set_aside_and_others_carry_on(tmp_path: Path):
    path = tmp_path / "v.sqlite3"
    other = VectorCache(path)  # another user of the same file, opened before the damage
    other.put_many("m", [("old", [1.0])])
    page = path.read_bytes()
    path.write_bytes(b"\x0d\x00" + b"\x00" * 4094 + page[4096:])  # page 1 replaced by a b-tree leaf
    cache = VectorCache(path)
    cache.put_many("m", [("k", [2.0])])
    assert cache.get_many("m", ["k"])["k"].tolist() == [2.0]
    assert len([p for p in tmp_path.iterdir() if ".damaged-" in p.name]) == 1
    assert other.get_many("m", ["k"])["k"].tolist() == [2.0]  # the table exists for everyone
    other.put_many("m", [("j", [3.0])])
    assert other.failures == 0 and cache.count("m") == 2


def test_set_aside_moves_the_journals_with_the_file(tmp_path: Path):
    """A journal left at the path would be applied to the fresh file; nothing is deleted either."""
    path = tmp_path / "v.sqlite3"
    cache = VectorCache(path)
    files = {"": b"damaged", "-journal": b"journal", "-wal": b"wal", "-shm": b"shm"}
    for suffix, data in files.items():
        Path(f"{path}{suffix}").write_bytes(data)
    cache._set_aside(sqlite3.DatabaseError("file is not a database"))
    aside = sorted(p.name for p in tmp_path.iterdir() if ".damaged-" in p.name)
    moved = {name[len(aside[0]) :]: (tmp_path / name).read_bytes() for name in aside}  # the file sorts first
    assert moved == files
    assert not [s for s in files if Path(f"{path}{s}").exists()]


class _Lengths(ModelEmbeddings):
    model_id = "lengths-v1"

    def embed_documents(self, texts):
        return [[float(len(t)), 1.0] for t in texts]

    def embed_query(self, text):
        return [float(len(text)), 0.0]


def test_no_lock_means_no_cache_but_embedding_goes_on(tmp_path: Path, monkeypatch):
    from filelock import FileLock

    path = tmp_path / "v.sqlite3"
    cache = VectorCache(path)
    monkeypatch.setattr(VectorCache, "LOCK_TIMEOUT", 0.05)
    with FileLock(cache.lock_path):  # a peer holding the lock (hung)
        cached = CachedEmbeddings(_Lengths(), cache, batch=2)
        assert cached.embed_documents(["甲", "乙乙"]) == [[1.0, 1.0], [2.0, 1.0]]
        assert cache.failures == 2  # one lookup, one write skipped
    assert cache.count() == 0  # usable again once the lock is free

    (tmp_path / "w.sqlite3.lock").mkdir()  # the lock file cannot be created
    blocked = VectorCache(tmp_path / "w.sqlite3")
    assert CachedEmbeddings(_Lengths(), blocked).embed_documents(["丙"]) == [[1.0, 1.0]]
    assert blocked.failures > 0
