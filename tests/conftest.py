"""Shared test configuration: hypothesis profiles.

``ci`` (hypothesis' built-in, chosen when CI is set) and ``dev`` run in the suite; ``fuzz``
runs many more examples and is for a long local run: ``HYPOTHESIS_PROFILE=fuzz pytest``.
"""

from __future__ import annotations

import os

from hypothesis import HealthCheck, settings

# too_slow is suppressed as hypothesis' own ``ci`` profile does: generation slows down on a
# shared machine, and that says nothing about the code under test.
settings.register_profile("dev", max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
settings.register_profile(
    "fuzz", max_examples=5000, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
if "HYPOTHESIS_PROFILE" in os.environ:
    settings.load_profile(os.environ["HYPOTHESIS_PROFILE"])
elif not os.environ.get("CI"):
    settings.load_profile("dev")
