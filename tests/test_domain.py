"""A coach's and physiotherapist's regressions (session 2026-12-01): each states what an expert
expects and why, and failed on the code before its fix."""

from __future__ import annotations

import subprocess
import sys

import yaml

import hamstring_rules as hr

# ----------------------------------------------------------------------------------------------
# An explosive tempo is written X ("as fast as possible"), not 0 seconds
# ----------------------------------------------------------------------------------------------


def test_plan_writes_an_explosive_phase_as_x() -> None:
    """A kettlebell swing or a sprint is prescribed 1-0-X-0 (RP004, P010); the plan printed
    1-0-0-0, which reads as 'no concentric at all'. X is the coaches' notation for as fast as
    possible; the table, the records and the program file say X, and check() reads the file."""
    for goal, stage in (("rehab", 4), ("strain_prevention", None)):
        week = hr.plan(goal, stage=stage, days=3)
        explosive = [c for c in week.choices if c.exercise in ("Kettlebell swing", "Sprint")]
        assert explosive, (goal, [c.exercise for c in week.choices])
        for choice in explosive:
            assert choice.prescription.endswith("@ 1-0-X-0"), choice.prescription
        text = week.to_yaml()
        assert "tempo: 1-0-X-0" in text and "tempo: 1-0-0-0" not in text
        assert "1-0-X-0" in str(week)
        assert hr.check(yaml.safe_load(text)).codes == hr.check(week).codes


# ----------------------------------------------------------------------------------------------
# plan() takes the next-morning pain: step back, hold, or progress (Silbernagel)
# ----------------------------------------------------------------------------------------------


def _doses(week: hr.Plan) -> list[list[tuple[str, int, int | None]]]:
    return [[(e.exercise, e.reps_low, e.hold_s) for s in w.sessions for e in s.entries] for w in week.weeks]


def test_plan_next_morning_pain_steps_back_holds_or_progresses() -> None:
    """The pain-monitoring model: pain the morning after of 0-3/10 is safe (progress), 4-5
    acceptable (hold the dose), above 5 unacceptable (a stage back). check() and recommend()
    took pain_24h; plan() did not, so a stage-3 plan for a patient whose mornings are 6/10
    loaded RDLs into hip flexion."""
    back = hr.plan("rehab", stage=3, pain_24h=6)
    assert back.stage == 2
    assert any(n.code == "PL008" and "next morning" in n.message for n in back.notes)
    assert "HR010" not in hr.check(back).codes
    held = hr.plan("rehab", stage=3, weeks=3, pain_24h=4)
    assert held.stage == 3
    doses = _doses(held)
    assert doses[0] == doses[1] == doses[2]
    assert any(n.code == "PL012" for n in held.notes)
    assert not any(n.code == "PL005" and "progress the dose" in n.message for n in held.notes)
    settled = hr.plan("rehab", stage=3, weeks=3, pain_24h=2)
    assert _doses(settled)[0] != _doses(settled)[2]
    assert not any(n.code == "PL012" for n in settled.notes)
    assert _doses(settled) == _doses(hr.plan("rehab", stage=3, weeks=3))


def test_cli_plan_takes_pain_24h() -> None:
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "hamstring_rules",
            "plan",
            "--goal",
            "rehab",
            "--stage",
            "3",
            "--pain-24h",
            "6",
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert yaml.safe_load(done.stdout)["stage"] == 2
    assert "PL008" in done.stderr
