"""Integer weights that sum to exactly 100, proportional to raw shares (largest-remainder rounding)."""

from __future__ import annotations

TOTAL = 100


def allocate(raw: list[float], step: int = 1, total: int = TOTAL) -> list[int]:
    """Weights in multiples of ``step`` summing to ``total``, proportional to ``raw``.

    Every indicator keeps at least one step (an indicator in a design is assessed, so it weighs
    something); the remaining units go by largest remainder, ties to the earlier indicator.
    """
    n = len(raw)
    if n == 0:
        return []
    units = total // step
    if units < n or total % step:
        # too many indicators for this step: fall back to whole percents
        return allocate(raw, 1, total) if step != 1 else [total // n + (1 if i < total % n else 0) for i in range(n)]
    clean = [max(float(r), 0.0) for r in raw]
    if sum(clean) <= 0:
        clean = [1.0] * n
    free = units - n  # one unit each first
    shares = [r / sum(clean) * units - 1 for r in clean]
    shares = [max(s, 0.0) for s in shares]
    scale = free / sum(shares) if sum(shares) > 0 else 0.0
    exact = [s * scale for s in shares] if scale else [free / n] * n
    alloc = [int(e) for e in exact]
    order = sorted(range(n), key=lambda i: (-(exact[i] - alloc[i]), i))
    k = 0
    while sum(alloc) < free:
        alloc[order[k % n]] += 1
        k += 1
    return [(a + 1) * step for a in alloc]
