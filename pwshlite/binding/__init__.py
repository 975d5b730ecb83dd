"""binding package."""
