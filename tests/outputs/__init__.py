"""What users read: the CLI, the output formats and their contracts, the notebook."""
