"""Shared test configuration: parallel runs of the whole suite, hypothesis profiles.

Parallel runs (pytest-xdist, in the ``test`` extra): ``pytest`` given no test path - the
README's command, CI's ``.ci/run``, ``pytest -m 'not slow'``, ``pytest -k word`` - runs the suite
on one worker per processor (``-n auto``, with ``--dist worksteal``: see
:func:`pytest_cmdline_main`). Given a path or a test id (``pytest tests/logs``,
``pytest tests/x.py::test_y``) it runs in this one process, as before: starting workers costs
about 2 s and a few files gain nothing from them. An explicit ``-n N`` (``-n 0``: no workers) or
``--dist`` wins either way; ``PYTEST_XDIST_AUTO_NUM_WORKERS=N`` sets the count ``auto`` picks, and
``-p no:xdist`` turns the plugin off.

* ``ci`` (hypothesis picks it when CI is set): hypothesis' built-in ``ci`` profile -
  derandomised (the same examples every run, so a red CI run reproduces), no deadline, no
  database, ``too_slow`` suppressed - with ``max_examples`` lowered from 100 to ``CI_EXAMPLES``.
  It applies to the properties that set no ``max_examples`` of their own; those that do keep
  theirs. The suite's budget is about 5 minutes on two cores (the brief of helper suite24,
  2026-12-02): at 100 examples the properties alone took several of them, most of it on
  examples drawn from small spaces that the first few dozen already cover.
* ``dev`` (the default without CI): ``DEV_EXAMPLES`` random examples a property, so local runs
  keep finding new inputs over time (failures are replayed from ``.hypothesis/``).
* ``fuzz``: many more examples, for a long local run: ``HYPOTHESIS_PROFILE=fuzz pytest``.

``HYPOTHESIS_PROFILE=<name>`` picks a profile explicitly.

Bytecode: the suite writes Python's bytecode caches (``__pycache__/``, in ``.gitignore``) even
where ``PYTHONDONTWRITEBYTECODE`` is set, for itself and the processes it starts (see
:data:`WRITE_BYTECODE`).
"""

from __future__ import annotations

import math
import os
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

#: Whether the suite writes bytecode caches even where ``PYTHONDONTWRITEBYTECODE`` asks not to.
#: Without them every process compiles what it imports again: each worker rewrites every test
#: module's asserts, and each of the suite's ~100 subprocesses (the command line, ceilings,
#: examples) compiles the library before its first check - 1.9 CPU-s for a process that checks
#: one program, 1.05 s with the caches (2026-12-02). The caches go where Python puts them by
#: default, beside the sources (``__pycache__/`` is ignored by git and left out of the sdist).
WRITE_BYTECODE = True
if WRITE_BYTECODE and sys.dont_write_bytecode:
    sys.dont_write_bytecode = False
    os.environ.pop("PYTHONDONTWRITEBYTECODE", None)  # the subprocesses (and xdist's workers) too

#: How ``pytest`` with no test path spreads the suite over its workers. ``worksteal``: each
#: worker starts on its own contiguous half (so a module's fixtures are set up once, mostly) and
#: an idle worker takes tests from a busy one's queue (so a few files of slow ceilings at the end
#: do not leave one core idle).
DIST = "worksteal"


def _cpus() -> int:
    """Processors this process may run on (hyperthreads included: ``auto`` with psutil counts
    physical cores, one worker on a 2-vCPU machine of one core), capped by a cgroup CPU quota
    (a container given 2 CPUs of a 64-CPU host reports 64 processors)."""
    try:
        count = len(os.sched_getaffinity(0))
    except AttributeError:  # not Linux
        count = os.cpu_count() or 1
    for quota_file, period_file in (
        ("/sys/fs/cgroup/cpu.max", None),  # cgroup v2: "<quota> <period>" or "max <period>"
        ("/sys/fs/cgroup/cpu/cpu.cfs_quota_us", "/sys/fs/cgroup/cpu/cpu.cfs_period_us"),  # v1
    ):
        try:
            fields = Path(quota_file).read_text(encoding="ascii").split()
            if period_file is not None:
                fields.append(Path(period_file).read_text(encoding="ascii").strip())
            quota, period = int(fields[0]), int(fields[1])
        except (OSError, ValueError, IndexError):  # absent, or "max": no quota
            continue
        if quota > 0 and period > 0:
            count = min(count, max(1, math.ceil(quota / period)))
    return max(1, count)


def pytest_xdist_auto_num_workers(config: pytest.Config) -> int | None:
    """``-n auto``: one worker per processor (:func:`_cpus`); ``PYTEST_XDIST_AUTO_NUM_WORKERS``
    wins (xdist reads it when this returns None)."""
    if os.environ.get("PYTEST_XDIST_AUTO_NUM_WORKERS"):
        return None
    return _cpus()


@pytest.hookimpl(tryfirst=True)
def pytest_cmdline_main(config: pytest.Config) -> None:
    """With no test path, no ``-n`` and xdist installed: ``-n auto --dist worksteal`` (runs
    before xdist's own hook, which turns ``auto`` into a count). Not in an xdist worker (its
    options have ``-n`` cleared), not under ``--pdb`` or ``--collect-only``."""
    option = config.option
    if (
        config.args_source is not pytest.Config.ArgsSource.ARGS
        and getattr(option, "numprocesses", False) is None
        and not hasattr(config, "workerinput")
        and not option.usepdb
        and not option.collectonly
    ):
        option.numprocesses = "auto"
        if option.dist == "no":
            option.dist = DIST


#: Examples a property runs in CI (derandomised), where it sets no ``max_examples`` itself.
CI_EXAMPLES = 30
#: Examples a property runs locally (random), where it sets no ``max_examples`` itself.
DEV_EXAMPLES = 60

# re-registering the current profile reloads it: a CI run gets the lowered count
settings.register_profile("ci", settings.get_profile("ci"), max_examples=CI_EXAMPLES)
# too_slow is suppressed as hypothesis' own ``ci`` profile does: generation slows down on a
# shared machine, and that says nothing about the code under test.
settings.register_profile(
    "dev", max_examples=DEV_EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
settings.register_profile(
    "fuzz", max_examples=5000, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
if "HYPOTHESIS_PROFILE" in os.environ:
    settings.load_profile(os.environ["HYPOTHESIS_PROFILE"])
elif settings.get_current_profile_name() != "ci":
    settings.load_profile("dev")
