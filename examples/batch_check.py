"""Check many programs with a process pool, or on Dask; the same pure function runs on Spark.

``check_one`` takes plain data and returns plain data, so it pickles to any worker.

    python examples/batch_check.py          # one core and a process pool of 2
    python examples/batch_check.py --dask   # also dask.bag over a local distributed cluster
    python examples/batch_check.py 100      # 100 programs instead of 400

``--dask`` needs the ``dask`` extra (``pip install 'hamstring-rules[dask]'``, or
``pip install 'dask[bag,distributed]'``). :func:`check_on_dask` takes any ``distributed.Client``,
so the same call runs on a real cluster (see the README). On Spark:
``sc.parallelize(programs).map(check_one).collect()``.
"""

from __future__ import annotations

import copy
import logging
import random
import sys
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import Any

import yaml

import hamstring_rules as hr

NAMES = [
    "Romanian Deadlift (Barbell)",
    "Squat (Barbell)",
    "Lying Leg Curl (Machine)",
    "Good Morning (Barbell)",
    "Seated Leg Curl (Machine)",
    "Leg Press (Machine)",
    "45 degree back extension",
    "Nordic Curl",
    "Walking Lunge (Dumbbell)",
    "Bench Press (Barbell)",
]
DAYS = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]


def make_programs(n: int, seed: int = 7) -> list[dict[str, Any]]:
    base = yaml.safe_load((Path(__file__).parent / "article_program.yaml").read_text())
    rng = random.Random(seed)
    out = []
    for i in range(n):
        program = copy.deepcopy(base)
        program["name"] = f"athlete {i}"
        for session in program["sessions"]:
            session["day"] = rng.choice(DAYS)
            session["exercises"] = [
                {
                    "exercise": rng.choice(NAMES),
                    "sets": rng.randint(1, 5),
                    "reps": rng.choice([5, "8-10", "10-12", "15-20"]),
                }
                for _ in range(rng.randint(2, 6))
            ]
        out.append(program)
    return out


def check_one(program: dict[str, Any]) -> dict[str, Any]:
    """Plain data in, plain data out: safe for any process pool or cluster.

    Only a mapping is checked (a string is never read as a file); a bad program is an error row.
    """
    if not isinstance(program, dict):
        return {"program": None, "ok": False, "error": f"expected a mapping, got {type(program).__name__}"}
    try:
        report = hr.check(program)
    except hr.HamstringRulesError as exc:  # name the program only if its name is plain, short text
        name = program.get("name")
        label = name if isinstance(name, str) and len(name) <= hr.Limits().max_text else None
        return {"program": label, "ok": False, "error": str(exc)}
    return {"program": report.program, "ok": report.ok, "codes": list(report.codes)}


def check_on_dask(programs: list[dict[str, Any]], client: Any = None) -> list[dict[str, Any]]:
    """``check_one`` over a ``dask.bag``, in order: on ``client``'s cluster, or a local one.

    Without a client a local distributed cluster of 2 worker processes starts and stops here.
    """
    import dask.bag as db

    bag = db.from_sequence(programs, npartitions=max(1, len(programs) // 50)).map(check_one)
    if client is not None:
        results: list[dict[str, Any]] = client.compute(bag).result()
        return results
    from distributed import Client, LocalCluster

    with (
        LocalCluster(
            n_workers=2,
            threads_per_worker=1,
            processes=True,
            dashboard_address=None,
            silence_logs=logging.ERROR,
        ) as cluster,
        Client(cluster) as local,
    ):
        return check_on_dask(programs, local)


def main(n: int = 400) -> None:
    programs = make_programs(n)
    start = time.perf_counter()
    serial = [check_one(p) for p in programs]
    one_core = time.perf_counter() - start
    start = time.perf_counter()
    with ProcessPoolExecutor(max_workers=2) as pool:
        parallel = list(pool.map(check_one, programs, chunksize=50))
    two_procs = time.perf_counter() - start
    assert parallel == serial  # same answers in any process
    failing = sum(not r["ok"] for r in serial)
    print(
        f"{n} programs: {failing} with errors; one core {n / one_core:,.0f}/s, "
        f"process pool of 2 {n / two_procs:,.0f}/s (includes pool start-up)"
    )
    if "--dask" in sys.argv:
        start = time.perf_counter()
        on_dask = check_on_dask(programs)
        seconds = time.perf_counter() - start
        assert on_dask == serial  # same answers on the cluster
        print(f"Dask: {n} programs on a local cluster of 2 workers in {seconds:.1f} s (includes start-up)")


if __name__ == "__main__":
    counts = [int(a) for a in sys.argv[1:] if a.isdigit()]
    main(*counts[:1])
