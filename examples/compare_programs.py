"""Compare two programs side by side: the article's lower days against a typical leg day."""

from pathlib import Path

import hamstring_rules as hr

HERE = Path(__file__).parent
reports = [hr.check(HERE / "article_program.yaml"), hr.check(HERE / "typical_leg_day.yaml")]

rows = [
    ("errors / warnings / info", lambda r: "{error} / {warning} / {info}".format(**r.counts())),
    ("straight-knee hinge sets", lambda r: f"{r.weeks[0].sets_by_action['straight_knee_hip_extension']:g}"),
    ("knee-flexion sets", lambda r: f"{r.weeks[0].sets_by_action['knee_flexion']:g}"),
    ("knee-dominant sets", lambda r: f"{r.weeks[0].sets_by_action['knee_dominant']:g}"),
    ("hamstring sets (weighted)", lambda r: f"{r.weeks[0].hamstring_sets:g}"),
    ("proximal / distal sets", lambda r: "{proximal:g} / {distal:g}".format(**r.weeks[0].sets_by_region)),
    ("heavy hamstring sessions", lambda r: str(r.weeks[0].heavy_hamstring_sessions)),
    ("codes", lambda r: ", ".join(r.codes) or "-"),
]
width = max(len(label) for label, _ in rows)
print(" " * width, *(f"{r.program:<28}" for r in reports))
for label, get in rows:
    print(label.ljust(width), *(f"{get(r):<28}" for r in reports))
