# Exchange um cmdlets through the CLI (expected output reviewed against exchange-objects.md and the Microsoft docs).

#### a new dial plan comes with its default policy
# from: New-UMDialPlan docs (GenerateUMMailboxPolicy); exchange-objects.md §2.3 "<DialPlanName> Default Policy"
New-UMDialPlan -Name "Sales DP" -CountryOrRegionCode 1 -NumberOfDigitsInExtension 4 | Format-List Name,NumberOfDigitsInExtension,URIType,UMMailboxPolicies,PhoneContext
Get-UMMailboxPolicy -UMDialPlan "Sales DP" | Select-Object -ExpandProperty Name
## STDOUT:


Name                      : Sales DP
NumberOfDigitsInExtension : 4
URIType                   : TelExtn
UMMailboxPolicies         : {Sales DP Default Policy}
PhoneContext              : Sales DP.contoso.com



Sales DP Default Policy
## END

#### default PIN policy values
# from: exchange-um-behaviour.md §2 (MinPINLength 6, PINLifetime 60, PINHistoryCount 5, MaxLogonAttempts 15, LogonFailuresBeforePINReset 5)
Get-UMMailboxPolicy "Contoso DP Default Policy" | Format-List MinPINLength,PINLifetime,PINHistoryCount,MaxLogonAttempts,LogonFailuresBeforePINReset,AllowCommonPatterns
## STDOUT:


MinPINLength                : 6
PINLifetime                 : 60.00:00:00
PINHistoryCount             : 5
MaxLogonAttempts            : 15
LogonFailuresBeforePINReset : 5
AllowCommonPatterns         : False



## END

#### PIN policy settings and Unlimited
# from: Set-UMMailboxPolicy docs (PINLifetime Unlimited)
Set-UMMailboxPolicy "Contoso DP Default Policy" -MinPINLength 8 -PINLifetime Unlimited -PINHistoryCount 10
Get-UMMailboxPolicy "Contoso DP Default Policy" | Format-List MinPINLength,PINLifetime,PINHistoryCount
## STDOUT:


MinPINLength    : 8
PINLifetime     : Unlimited
PINHistoryCount : 10



## END

#### out-of-range MinPINLength is refused
# from: exchange-um-behaviour.md §2 MinPINLength 4-24
try { Set-UMMailboxPolicy "Contoso DP Default Policy" -MinPINLength 3 -ErrorAction Stop } catch { $_.Exception.Message }
## STDOUT:
The value must be between 4 and 24, inclusive. Value: 3.
## END

#### a dial plan in use can't be removed
# from: exchange-objects.md §2.4 Remove-UMDialPlan errors
try { Remove-UMDialPlan "Contoso DP" -Confirm:$false -ErrorAction Stop } catch { $_.Exception.Message }
## STDOUT:
There are UM users who are associated by their UM mailbox policy with the dial plan. 
## END

#### a policy in use can't be removed
# from: exchange-objects.md §2.3 Remove-UMMailboxPolicy error
try { Remove-UMMailboxPolicy "Contoso DP Default Policy" -Confirm:$false -ErrorAction Stop } catch { $_.Exception.Message }
## STDOUT:
Couldn't delete mailbox policy Contoso DP Default Policy because it is associated with users.
## END

#### remove a dial plan after its policy
# from: exchange-um-behaviour.md §3 Remove-UMDialPlan (remove the default policy first)
New-UMDialPlan -Name "Temp DP" -CountryOrRegionCode 44 -NumberOfDigitsInExtension 3 | Out-Null
Remove-UMMailboxPolicy "Temp DP Default Policy" -Confirm:$false
Remove-UMDialPlan "Temp DP" -Confirm:$false
(Get-UMDialPlan | Measure-Object).Count
## STDOUT:
1
## END

#### enable a user for UM with an extension and a PIN
# from: Enable-UMMailbox docs example
Enable-UMMailbox -Identity kimakers@contoso.com -UMMailboxPolicy "Contoso DP Default Policy" -Extensions 20005 -PIN 5643892 -PINExpired $true | Format-List DisplayName,UMEnabled,UMDialPlan,UMMailboxPolicy,Extensions,EmailAddresses
Get-UMMailboxPIN kimakers | Format-List UserID,PinExpired
## STDOUT:


DisplayName     : Kim Akers
UMEnabled       : True
UMDialPlan      : Contoso DP
UMMailboxPolicy : Contoso DP Default Policy
Extensions      : {20005}
EmailAddresses  : {EUM:20005;phone-context=Contoso DP.contoso.com, SMTP:kimakers@contoso.com}





UserID     : kimakers@contoso.com
PinExpired : True



## END

#### an extension already in use is refused
# from: exchange-objects.md §2.2 errors
try { Enable-UMMailbox kimakers -UMMailboxPolicy "Contoso DP Default Policy" -Extensions 20001 -ErrorAction Stop } catch { $_.Exception.Message }
## STDOUT:
Extension 20001 is already assigned to another user on dial plan Contoso DP or on an equivalent dial plan.
## END

#### an extension of the wrong length is refused
# from: exchange-objects.md §2.2 errors
try { Enable-UMMailbox kimakers -UMMailboxPolicy "Contoso DP Default Policy" -Extensions 123 -ErrorAction Stop } catch { $_.Exception.Message }
## STDOUT:
123 is not a valid extension or phone number. It should be a number composed of 5 digits.
## END

#### ValidateOnly changes nothing
# from: Enable-UMMailbox docs -ValidateOnly
# from: EnableUMMailbox task (S7): with -ValidateOnly the UM mailbox is written as it would be, nothing is saved
Enable-UMMailbox kimakers -UMMailboxPolicy "Contoso DP Default Policy" -Extensions 20005 -ValidateOnly | Format-List UMEnabled,Extensions
(Get-UMMailbox | Measure-Object).Count
## STDOUT:


UMEnabled  : True
Extensions : {20005}



2
## END

#### enabling twice is refused
# from: exchange-objects.md §2.2 errors
try { Enable-UMMailbox tony -UMMailboxPolicy "Contoso DP Default Policy" -Extensions 20009 -ErrorAction Stop } catch { $_.Exception.Message }
## STDOUT:
User Tony is already enabled for Unified Messaging.
## END

#### disable UM keeps the mailbox
# from: Disable-UMMailbox docs
Disable-UMMailbox tonysmith -Confirm:$false | Format-List DisplayName,UMEnabled
(Get-Mailbox tonysmith).UMEnabled
try { Disable-UMMailbox tonysmith -Confirm:$false -ErrorAction Stop } catch { $_.Exception.Message }
## STDOUT:


DisplayName : Tony Smith
UMEnabled   : False



False
User tonysmith@contoso.com is already disabled for Unified Messaging.
## END

#### Set-UMMailbox on a mailbox that isn't UM-enabled
# from: exchange-objects.md §2.2 errors
try { Set-UMMailbox administrator -TUIAccessToEmailEnabled $false -ErrorAction Stop } catch { $_.Exception.Message }
## STDOUT:
The mailbox "administrator" isn't enabled for Unified Messaging.
## END

#### Set-UMMailbox changes a feature switch
# from: Set-UMMailbox docs
Set-UMMailbox tony -TUIAccessToCalendarEnabled $false
Get-UMMailbox tony | Format-List TUIAccessToCalendarEnabled,TUIAccessToEmailEnabled
## STDOUT:


TUIAccessToCalendarEnabled : False
TUIAccessToEmailEnabled    : True



## END

#### the welcome message is tracked
# from: Enable-UMMailbox docs (welcome message); Get-MessageTrackingLog
Enable-UMMailbox kimakers -UMMailboxPolicy "Contoso DP Default Policy" -Extensions 20005 | Out-Null
Get-MessageTrackingLog -Recipients kimakers@contoso.com -EventId DELIVER | Select-Object -ExpandProperty Recipients
## STDOUT:
kimakers@contoso.com
## END
