"""An S&C coach's and physiotherapist's review: real programs end to end, and regressions.

Each regression test states what an expert expects and the source, and failed on the code before
its fix. The programs in tests/data/programs_coach/ are written as users bring them (popular
templates, rehab protocols, app exports); their expected findings are the coach's judgement,
not the library's output.
"""

from __future__ import annotations

import hamstring_rules as hr

# ----------------------------------------------------------------------------------------------
# Rehab stage 4: the plan places energy-storage work where its own prescription says
# ----------------------------------------------------------------------------------------------


def test_rehab_stage4_plan_opens_with_the_energy_storage_work() -> None:
    """RP004 places ballistic work 'after the warm-up, before the heavy slow work' (fast work
    while fresh: Goom 2016 stage 4); the plan put the kettlebell swing after the RDL and the
    Nordic, against its own placement text."""
    for days in (2, 3):
        for equipment in (None, ["kettlebell"], ["kettlebell", "dumbbell"]):
            week = hr.plan("rehab", stage=4, days=days, equipment=equipment)
            by_session: dict[str, list[str]] = {}
            for record in week.to_records():
                by_session.setdefault(str(record["session"]), []).append(str(record["role"]))
            assert any("energy_storage" in roles for roles in by_session.values())
            for session, roles in by_session.items():
                if "energy_storage" in roles and "hip_extension" in roles:
                    assert roles.index("energy_storage") < roles.index("hip_extension"), (
                        days,
                        equipment,
                        session,
                        roles,
                    )
