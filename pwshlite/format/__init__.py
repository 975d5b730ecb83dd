"""format package."""
