# Exchange pin cmdlets through the CLI (expected output reviewed against exchange-objects.md and the Microsoft docs).

#### retrieve voice mail PIN information (the main job)
# from: Exchange 2013 help "Retrieve voice mail PIN information"; exchange-objects.md §2.1 (table view INF)
Get-UMMailboxPIN -Identity tony@contoso.com
## STDOUT:

UserID           PinExpired FirstTimeUser LockedOut
------           ---------- ------------- ---------
tony@contoso.com True       True          False    


## END

#### PIN information of every UM-enabled user
# from: Get-UMMailboxPin docs: without -Identity every UM-enabled user is reported
Get-UMMailboxPIN | Sort-Object UserID | Format-Table UserID,LockedOut -AutoSize
## STDOUT:

UserID                LockedOut
------                ---------
tony@contoso.com          False
tonysmith@contoso.com     False


## END

#### Format-List shows the PIN facts in Exchange's order
# from: exchange-objects.md §2.1 property order
Get-UMMailboxPIN -Identity tonysmith@contoso.com | Format-List UserID,PinExpired,FirstTimeUser,LockedOut,ObjectState,IsValid
## STDOUT:


UserID        : tonysmith@contoso.com
PinExpired    : True
FirstTimeUser : True
LockedOut     : False
ObjectState   : Unchanged
IsValid       : True



## END

#### pipeline input from Get-UMMailbox
# from: Get-UMMailboxPin docs: Identity takes pipeline input
Get-UMMailbox | Get-UMMailboxPIN | Measure-Object | Select-Object -ExpandProperty Count
## STDOUT:
2
## END

#### unknown identity is Exchange's not-found error
# from: exchange-objects.md §2.1 errors, §1.5 message line
try { Get-UMMailboxPIN -Identity nosuchuser -ErrorAction Stop } catch { $_.Exception.Message }
## STDOUT:
The operation couldn't be performed because object 'nosuchuser' couldn't be found on 'DC01.contoso.com'.
## END

#### a user who is not UM-enabled is not found
# from: exchange-objects.md §2.1 (the task filters on the UM-enabled flag)
try { Get-UMMailboxPIN -Identity administrator@contoso.com -ErrorAction Stop } catch { $_.Exception.Message }
## STDOUT:
The operation couldn't be performed because object 'administrator@contoso.com' couldn't be found on 'DC01.contoso.com'.
## END

#### ResultSize cut short warns
# from: Get-UMMailboxPin docs -ResultSize; Exchange's ResultSize warning text
Get-UMMailboxPIN -ResultSize 1 | Select-Object -ExpandProperty UserID
## STDOUT:
tony@contoso.com
WARNING: There are more results available than are currently displayed. To view them, increase the value for the 
ResultSize parameter.
## END

#### reset a PIN to a known value that doesn't expire
# from: Set-UMMailboxPIN docs example 1 (-Pin -PinExpired $false)
Set-UMMailboxPIN -Identity tony@contoso.com -Pin 7391846 -PinExpired $false -SendEmail $false
Get-UMMailboxPIN -Identity tony@contoso.com | Format-List UserID,PinExpired,LockedOut
## STDOUT:

UserID           PinExpired FirstTimeUser LockedOut
------           ---------- ------------- ---------
tony@contoso.com False      True          False    




UserID     : tony@contoso.com
PinExpired : False
LockedOut  : False



## END

#### a short PIN is rejected with the WeakPinException text
# from: exchange-objects.md §3 rendered example (MinPINLength 6, PINHistoryCount 5, AllowCommonPatterns False)
try { Set-UMMailboxPIN -Identity tony@contoso.com -Pin 1234 -ErrorAction Stop } catch { $_.Exception.Message }
## STDOUT:
The PIN you entered is not valid. Your PIN must contain only numbers, and must be at least 6 digits long. It cannot be one of your previous 5 PINs. Finally, it can't include only a single repeated number, can't include only consecutive numbers, and can't be the same as your phone number.
## END

#### a repeated or consecutive PIN is rejected
# from: issue #5 AllowCommonPatterns $false rules
foreach ($p in '111111','123456','654321') { try { Set-UMMailboxPIN tony -Pin $p -ErrorAction Stop; "accepted $p" } catch { "rejected $p" } }
## STDOUT:
rejected 111111
rejected 123456
rejected 654321
## END

#### the previous PIN can't be reused
# from: Set-UMMailboxPolicy PINHistoryCount (the first PIN counts)
Set-UMMailboxPIN tony -Pin 7391846 -SendEmail $false
try { Set-UMMailboxPIN tony -Pin 7391846 -ErrorAction Stop; 'accepted' } catch { 'rejected' }
## STDOUT:

UserID           PinExpired FirstTimeUser LockedOut
------           ---------- ------------- ---------
tony@contoso.com True       True          False    
rejected


## END

#### lockout after MaxLogonAttempts failed TUI logons, cleared by Set-UMMailboxPIN
# from: Set-UMMailboxPolicy MaxLogonAttempts; Set-UMMailboxPIN -LockedOut $false clears the lock
Set-UMMailboxPolicy -Identity "Contoso DP Default Policy" -MaxLogonAttempts 3 -LogonFailuresBeforePINReset Unlimited
Set-UMMailboxPIN tony -Pin 7391846 -PinExpired $false -SendEmail $false
1..3 | ForEach-Object { (Test-UMConnectivity -UMDialPlan "Contoso DP" -Phone 20001 -PIN 000000 -TUILogon $true).EntireOperationSuccess }
(Get-UMMailboxPIN tony).LockedOut
(Test-UMConnectivity -UMDialPlan "Contoso DP" -Phone 20001 -PIN 7391846 -TUILogon $true).EntireOperationSuccess
Set-UMMailboxPIN tony -Pin 8402957 -PinExpired $false -SendEmail $false
(Get-UMMailboxPIN tony).LockedOut
(Test-UMConnectivity -UMDialPlan "Contoso DP" -Phone 20001 -PIN 8402957 -TUILogon $true).EntireOperationSuccess
## STDOUT:

UserID           PinExpired FirstTimeUser LockedOut
------           ---------- ------------- ---------
tony@contoso.com False      True          False    
False
False
False
True
False
tony@contoso.com False      True          False    
False
True


## END

#### wrong PIN reason text
# from: exchange-objects.md §2.11 messages
(Test-UMConnectivity -UMDialPlan "Contoso DP" -Phone 20001 -PIN 000000 -TUILogon $true).ReasonForFailure
## STDOUT:
The logon wasn't successful. Check the PIN that was provided.
## END

#### LogonFailuresBeforePINReset must be lower than MaxLogonAttempts
# from: Set-UMMailboxPolicy docs LogonFailuresBeforePINReset
try { Set-UMMailboxPolicy "Contoso DP Default Policy" -LogonFailuresBeforePINReset 20 -ErrorAction Stop } catch { 'rejected' }
## STDOUT:
rejected
## END

#### the PIN reset is audited with the PIN redacted
# from: issue #5 audit log; Search-AdminAuditLog docs
Set-UMMailboxPIN tony -Pin 7391846 -SendEmail $false
$e = Search-AdminAuditLog -Cmdlets Set-UMMailboxPIN | Select-Object -First 1
$e.CmdletName; $e.Succeeded; $e.ObjectModified; $e.CmdletParameters -join ','
## STDOUT:

UserID           PinExpired FirstTimeUser LockedOut
------           ---------- ------------- ---------
tony@contoso.com True       True          False    
Set-UMMailboxPIN
True
contoso.com/Users/Tony
Identity,Pin,SendEmail


## END

#### ConfirmImpact High cmdlets refuse to prompt in NonInteractive mode
# from: exchange-objects.md §1.6 (Disable-UMMailbox ConfirmImpact High); PowerShell NonInteractive error
try { Disable-UMMailbox tony -ErrorAction Stop } catch { $_.Exception.Message }
(Get-UMMailboxPIN tony).UserID
## STDOUT:
Windows PowerShell is in NonInteractive mode. Read and Prompt functionality is not available.
tony@contoso.com
## END

#### -WhatIf prints Exchange's confirmation sentence and changes nothing
# from: exchange-objects.md §1.6 (Set-UMMailboxPIN, New-UMDialPlan, Remove-UMMailboxPolicy, Disable-UMMailbox messages)
Set-UMMailboxPIN -Identity tony@contoso.com -Pin 7391846 -PinExpired $false -WhatIf
(Get-UMMailboxPIN tony).PinExpired
New-UMDialPlan -Name "Sales DP" -CountryOrRegionCode 1 -NumberOfDigitsInExtension 4 -WhatIf
Remove-UMMailboxPolicy "Contoso DP Default Policy" -WhatIf
Disable-UMMailbox tony -WhatIf
(Get-UMDialPlan | Measure-Object).Count
## STDOUT:
What if: Setting UM mailbox PIN "tony@contoso.com".
True
What if: Creating UM dial plan "Sales DP" with "4" digits in the extension.
What if: Removing UM Mailbox Policy "Contoso DP Default Policy".
What if: The UM mailbox "tony" is being disabled.
1
## END
