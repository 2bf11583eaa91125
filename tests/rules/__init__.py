"""The rule grammar and the engine's invariants."""
