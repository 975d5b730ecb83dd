# Retrieve voice mail PIN information (Exchange 2013/2016 procedure)
# Shows the user ID, whether the PIN is expired, whether the UM mailbox is locked out and whether the
# user is a first-time user, for one user and then for every UM-enabled user.

Get-UMMailboxPIN -Identity tony@contoso.com

Get-UMMailboxPIN | Format-Table UserID, PinExpired, LockedOut, FirstTimeUser -AutoSize
