"""Check what was actually trained: a Hevy CSV export (Strong and FitNotes work the same way)."""

from pathlib import Path

import hamstring_rules as hr

HERE = Path(__file__).parent

log = hr.load_log(HERE / "hevy_export.csv")
print(f"{log.format}: {len(log.workouts)} workouts, {log.rows} rows, unit {log.unit}")
for workout in log.workouts:
    sets = ", ".join(f"{e.name} x{e.hard_sets}" for e in workout.exercises if e.hard_sets)
    print(f"  {workout.start:%a %Y-%m-%d %H:%M} {workout.title}: {sets}")
print()
print(hr.check(HERE / "hevy_export.csv", goal="tie_in_hypertrophy"))
