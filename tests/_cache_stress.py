"""Worker processes for the vector-cache stress test (a module of its own: spawn imports it)."""

from __future__ import annotations

import contextlib
import gc
import hashlib
import random
from multiprocessing.queues import Queue
from multiprocessing.synchronize import Barrier
from pathlib import Path

import numpy as np

from assistant.index.embeddings import VectorCache

DIM = 384
MODEL = "stress"
KEYS = 4000


def vector(key: str) -> np.ndarray:
    """The one vector a key may ever have: any other value read back is damage."""
    seed = int(hashlib.sha256(key.encode()).hexdigest()[:8], 16)
    return np.random.default_rng(seed).random(DIM, dtype=np.float32)


def work(
    path: str, worker: int, rounds: int, start: Barrier, results: Queue, cache: VectorCache | None = None
) -> None:
    """Write and read random keys; worker 0 also reads every file of the cache directory now and then.

    Reading a file opens and closes it, and closing *any* descriptor of a file drops all the
    POSIX locks this process holds on it (SQLite's locks): what a test scanning the shared cache
    directory for leaked text did. The other workers reopen their cache like short CLI runs do.
    """
    rnd = random.Random(worker)
    cache = cache or VectorCache(Path(path))
    start.wait()  # all at once: spawned interpreters start seconds apart on a busy machine
    written: set[str] = set()
    wrong = failures = 0
    for r in range(rounds):
        if worker and r % 5 == 4:  # one short run ends (its connection closes), the next one starts
            failures += cache.failures
            del cache
            gc.collect(1)  # closes whatever it held open, as the end of a process does
            cache = VectorCache(Path(path))
        keys = [f"k{rnd.randrange(KEYS)}" for _ in range(8)]
        cache.put_many(MODEL, [(k, vector(k)) for k in keys])
        written.update(keys)
        found = cache.get_many(MODEL, [f"k{rnd.randrange(KEYS)}" for _ in range(20)])
        wrong += sum(1 for k, v in found.items() if not np.array_equal(v, vector(k)))
        if worker == 0 and r % 10 == 5:
            for file in Path(path).parent.iterdir():
                # (another process's rollback journal may be gone between listing and reading it)
                with contextlib.suppress(FileNotFoundError):
                    if file.is_file():
                        file.read_bytes()
    results.put((worker, wrong, failures + cache.failures, sorted(written)))


def main(argv: list[str]) -> None:
    """``python -m tests._cache_stress PATH KEY,KEY,...``: one short run that writes some keys."""
    cache = VectorCache(Path(argv[0]))
    cache.put_many(MODEL, [(k, vector(k)) for k in argv[1].split(",")])
    print(cache.failures)


if __name__ == "__main__":
    import sys

    main(sys.argv[1:])
