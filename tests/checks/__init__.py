"""check(): each finding code, what it counts, and its agreement with the goals and the domain."""
