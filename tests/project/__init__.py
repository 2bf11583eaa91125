"""The project around the code: README, docs, examples, packaging, exports, benchmarks."""
