"""Microsoft.PowerShell.Utility-style cmdlets (formatting, objects, data): one cmdlet per file."""
