"""Microsoft.PowerShell.Core and Microsoft.PowerShell.Management-style cmdlets: one cmdlet per file."""
