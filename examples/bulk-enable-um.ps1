<#
.SYNOPSIS
    Bulk-enable Unified Messaging for the users listed in a CSV file, with a report.
.DESCRIPTION
    The CSV has the columns Alias and Extension. Each user is enabled for UM on the Contoso DP dial plan
    with a generated PIN that must be changed at the first sign-in.
#>
param(
    [string]$Path = (Join-Path $PSScriptRoot 'um-users.csv')
)

$report = foreach ($row in Import-Csv -Path $Path) {
    try {
        Enable-UMMailbox -Identity $row.Alias -UMMailboxPolicy 'Contoso DP Default Policy' `
            -Extensions $row.Extension -PinExpired $true -ErrorAction Stop | Out-Null
        [pscustomobject]@{ Alias = $row.Alias; Extension = $row.Extension; Result = 'Enabled' }
    }
    catch {
        [pscustomobject]@{ Alias = $row.Alias; Extension = $row.Extension; Result = "Failed: $($_.Exception.Message)" }
    }
}

$report | Format-Table -AutoSize
"{0} of {1} users enabled" -f @($report | Where-Object Result -eq 'Enabled').Count, @($report).Count
