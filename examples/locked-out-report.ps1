# Report the UM users who are locked out of voice mail, as a CSV file for the help desk
param(
    [string]$OutFile = (Join-Path $PWD 'locked-out-users.csv')
)

$locked = Get-UMMailboxPIN -ResultSize Unlimited | Where-Object { $_.LockedOut }
$locked |
    Select-Object @{ Name = 'User'; Expression = { $_.UserID } }, PinExpired, LockedOut, FirstTimeUser |
    Export-Csv -Path $OutFile -NoTypeInformation

Write-Output ("{0} locked-out user(s) written to {1}" -f @($locked).Count, (Split-Path -Leaf $OutFile))
