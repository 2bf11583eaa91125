"""Workout logs: app exports and hand-kept sheets read, judged over weeks, and reported."""
