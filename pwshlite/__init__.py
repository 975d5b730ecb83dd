"""pwshlite: an offline Exchange Management Shell (Windows PowerShell 5.1-compatible) in Python."""

__version__ = "0.1.0"
