"""Check a program file like a linter, and look at the week's work."""

from pathlib import Path

import hamstring_rules as hr

HERE = Path(__file__).parent

report = hr.check(HERE / "typical_leg_day.yaml")
print(report)
print()
print("ok:", report.ok, "codes:", ", ".join(report.codes))
for finding in report:
    print(f"- {finding.code} {finding.symbol}: {finding.suggestion}")

print()
print(hr.explain("HR001"))
