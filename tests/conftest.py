"""Shared test configuration: hypothesis profiles.

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
"""

from __future__ import annotations

import os

from hypothesis import HealthCheck, settings

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
