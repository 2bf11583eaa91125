"""A hang guard for tests that protect against a pathological cost (helper api15).

A CPU budget set near the normal cost flakes on a loaded CI machine (2 cores shared by several
jobs, coverage tracing). What such a test protects is that the work stays bounded (not quadratic,
not unbounded): it bounds the work where it can be counted, and keeps the clock only as a guard
that fails far beyond normal - ``HANG_FACTOR`` times the normal cost measured on an idle machine,
still below the pathological cost the test was written for."""

from __future__ import annotations

import time
from collections.abc import Iterator
from contextlib import contextmanager

#: How far beyond its normal cost a guarded call may run before the guard fails (the brief's 20x).
HANG_FACTOR = 20


@contextmanager
def hang_guard(normal_s: float, what: str = "") -> Iterator[None]:
    """Fail when the block's CPU time is over ``HANG_FACTOR`` x ``normal_s`` (its normal cost,
    rounded up): a hang or a blow-up fails, a loaded machine does not."""
    start = time.process_time()
    yield
    elapsed = time.process_time() - start
    limit = HANG_FACTOR * normal_s
    assert elapsed < limit, f"{what} took {elapsed:.2f} CPU-s, over {HANG_FACTOR} x its normal {normal_s} s"
