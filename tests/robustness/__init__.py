"""Hostile input, fuzzing regressions, limits, immutability and the trust boundary."""
