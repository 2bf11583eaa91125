"""The name grammar: exercise names as apps, databases and people write them, and the catalog."""
