"""Cmdlet modules shipped with pwshlite, one package per PowerShell module (installed as pwshlite.cmdlets)."""
