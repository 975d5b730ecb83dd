<#
.SYNOPSIS
    Enables Unified Messaging for every user listed in a CSV file.
.DESCRIPTION
    Reads users.csv (Alias, Extension, Policy columns) and enables UM with a temporary PIN.
.PARAMETER CsvPath
    Path of the CSV file.
.EXAMPLE
    .\provision_um_from_csv.ps1 -CsvPath .\users.csv -WhatIf
#>
#Requires -Version 3.0
[CmdletBinding(SupportsShouldProcess = $true)]
param(
    [Parameter(Mandatory = $true, Position = 0)]
    [ValidateScript({ Test-Path $_ })]
    [string]$CsvPath,

    [string]$DefaultPolicy = "Contoso DP Default Policy",

    [switch]$ExpirePin
)

$ErrorActionPreference = 'Stop'
$results = @()
$i = 0

Import-Csv -Path $CsvPath | ForEach-Object {
    $i++
    Write-Progress -Activity "Enabling UM" -Status $_.Alias -PercentComplete ($i / 100 * 100)
    $policy = if ($_.Policy) { $_.Policy } else { $DefaultPolicy }
    try {
        Enable-UMMailbox -Identity "$($_.Alias)@contoso.com" -UMMailboxPolicy $policy `
            -Extensions $_.Extension -Pin 123456 -PinExpired:$ExpirePin.IsPresent -ErrorAction Stop
        $results += [pscustomobject]@{
            Alias     = $_.Alias
            Extension = [int]$_.Extension
            Status    = 'Enabled'
        }
    }
    catch {
        Write-Warning ("Could not enable {0}: {1}" -f $_.Alias, $_.Exception.Message)
        $results += New-Object PSObject -Property @{ Alias = $_.Alias; Status = 'Failed' }
    }
}

Enable-UMMailbox -Identity tony@contoso.com -UMMailboxPolicy "Contoso DP Default Policy" -Extensions 12345 -Pin 123456 -PinExpired:$false
$results | Format-Table -AutoSize
$results | Where-Object Status -eq 'Failed' | Export-Csv .\failed.csv -NoTypeInformation
