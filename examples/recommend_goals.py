"""Recommend exercises for every goal, with the reasons, as a coach would in a notebook."""

import hamstring_rules as hr

# Every goal the rule set has (a new goal appears here without editing this script).
for goal in hr.RuleSet.builtin().goals:
    result = hr.recommend(goal=goal.id, limit=5)
    print(result)
    print()

# A staged goal by stage: rehab stage 1 is isometric holds with the hip near neutral (Goom 2016);
# strain rehab stage 1 is the Askling L-protocol (Askling 2013).
for goal in hr.RuleSet.builtin().goals:
    for stage in goal.stages:
        top = hr.recommend(goal=goal.id, stage=stage, limit=3)
        picks = ", ".join(f"{r.exercise.name} ({r.prescription.short()})" for r in top)
        print(f"{goal.id} stage {stage}: {picks}")

# Why is the RDL first for the tie-in?
print()
print(hr.recommend(goal="tie-in").explain("RDL"))
