"""Plan a week that passes its own checks, then repair an existing program like `ruff --fix`."""

from pathlib import Path

import hamstring_rules as hr

HERE = Path(__file__).parent

# Two leg days for the upper hamstrings with dumbbells and a bench: every choice says why.
week = hr.plan("tie-in", days=2, equipment=["dumbbell", "bench"])
print(week)
report = hr.check(week)
print("\nits own check:", "ok" if report.ok else report.codes, [f.code for f in report])

# Rehab stage 2, three days a week, four weeks: the dose progresses within the stage.
rehab = hr.plan("rehab", stage=2, days=3, weeks=4)
print()
print(rehab.to_markdown())
for record in rehab.to_records()[:3]:
    print(record["exercise"], "-", record["role"], "-", record["reason"])

# The article's "predictable pattern": fix what can be fixed, unsafe fixes included.
result = hr.fix(HERE / "typical_leg_day.yaml", unsafe=True)
print()
print(result)
print(result.program.to_yaml())
