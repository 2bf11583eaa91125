"""Program files and sheets: YAML, JSON, CSV/TSV as coaches write them."""
