"""Recommend exercises for every goal, with the reasons, as a coach would in a notebook."""

import hamstring_rules as hr

for goal in ("tie_in_hypertrophy", "rehab", "distal_hypertrophy", "strain_prevention", "posterior_chain"):
    result = hr.recommend(goal=goal, limit=5)
    print(result)
    print()

# Rehab by stage: stage 1 is isometric holds with the hip near neutral (Goom 2016).
for stage in (1, 2, 3, 4):
    top = hr.recommend(goal="rehab", stage=stage, limit=3)
    print(f"rehab stage {stage}:", ", ".join(f"{r.exercise.name} ({r.prescription.short()})" for r in top))

# Why is the RDL first for the tie-in?
print()
print(hr.recommend(goal="tie-in").explain("RDL"))
