"""Benchmarks: ``python -m benchmarks [--quick] [--json]`` prints ratios, not pass/fail timings."""
