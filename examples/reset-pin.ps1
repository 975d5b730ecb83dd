# Reset a user's voice mail PIN and require a change at the next sign-in
param(
    [string]$Identity = 'tonysmith@contoso.com'
)

Set-UMMailboxPIN -Identity $Identity -PinExpired $true -Confirm:$false
Get-UMMailboxPIN -Identity $Identity | Format-List UserID, PinExpired, LockedOut, FirstTimeUser
