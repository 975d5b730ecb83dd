# The rest of the UM family through the CLI: IP gateways, hunt groups, auto attendants, call answering rules, UM service, Test-UMConnectivity.

#### an IP gateway and its hunt group link to the dial plan
# from: New-UMIPGateway / New-UMHuntGroup docs; exchange-objects.md §2.5, §2.6
New-UMIPGateway -Name MyUMIPGateway -Address 10.10.10.1 | Format-List Name,Address,Port,Status,OutcallsAllowed
New-UMHuntGroup -Name MyUMHuntGroup -PilotIdentifier 5551234 -UMDialPlan "Contoso DP" -UMIPGateway MyUMIPGateway | Format-List Name,PilotIdentifier,UMDialPlan,UMIPGateway
(Get-UMDialPlan "Contoso DP").UMIPGateway
(Get-UMIPGateway MyUMIPGateway).HuntGroups
## STDOUT:


Name            : MyUMIPGateway
Address         : 10.10.10.1
Port            : 5060
Status          : Enabled
OutcallsAllowed : True





Name            : MyUMHuntGroup
PilotIdentifier : 5551234
UMDialPlan      : Contoso DP
UMIPGateway     : MyUMIPGateway



MyUMIPGateway
MyUMHuntGroup
## END

#### a second gateway with the same address is refused
# from: exchange-objects.md §2.5 errors
New-UMIPGateway -Name GW1 -Address 10.10.10.1 | Out-Null
try { New-UMIPGateway -Name GW2 -Address 10.10.10.1 -ErrorAction Stop } catch { $_.Exception.Message }
## STDOUT:
A UM IP gateway with address 10.10.10.1 already exists.
## END

#### disabling a gateway twice
# from: exchange-objects.md §2.5 errors
New-UMIPGateway -Name GW1 -Address 10.10.10.1 | Out-Null
Disable-UMIPGateway GW1 -Confirm:$false
(Get-UMIPGateway GW1).Status
try { Disable-UMIPGateway GW1 -Confirm:$false -ErrorAction Stop } catch { $_.Exception.Message }
## STDOUT:
Disabled
The UM IP gateway "GW1" has already been disabled.
## END

#### auto attendant pilot identifiers are unique in a dial plan
# from: exchange-objects.md §2.7 errors
New-UMAutoAttendant -Name AA1 -UMDialPlan "Contoso DP" -PilotIdentifierList 56000 | Format-List Name,Status,PilotIdentifierList,UMDialPlan
try { New-UMAutoAttendant -Name AA2 -UMDialPlan "Contoso DP" -PilotIdentifierList 56000 -ErrorAction Stop } catch { $_.Exception.Message }
Enable-UMAutoAttendant AA1
(Get-UMAutoAttendant AA1).Status
try { Enable-UMAutoAttendant AA1 -ErrorAction Stop } catch { $_.Exception.Message }
## STDOUT:


Name                : AA1
Status              : Disabled
PilotIdentifierList : {56000}
UMDialPlan          : Contoso DP



The pilot identifier "56000" is already being used by auto attendant "AA1" in dial plan "Contoso DP".
Enabled
The auto attendant AA1 is already enabled.
## END

#### call answering rules of a mailbox
# from: New-UMCallAnsweringRule / Get-UMCallAnsweringRule docs
New-UMCallAnsweringRule -Name "After hours" -Mailbox tony@contoso.com -Priority 2 | Out-Null
New-UMCallAnsweringRule -Name "VIP callers" -Mailbox tony@contoso.com -Priority 1 | Out-Null
Get-UMCallAnsweringRule -Mailbox tony@contoso.com | Format-Table Name,Priority,Enabled -AutoSize
Disable-UMCallAnsweringRule -Mailbox tony@contoso.com -Identity "After hours" -Confirm:$false
(Get-UMCallAnsweringRule -Mailbox tony@contoso.com -Identity "After hours").Enabled
## STDOUT:

Name        Priority Enabled
----        -------- -------
VIP callers        1    True
After hours        2    True


False
## END

#### UM service settings of the server
# from: Get-UMService / Set-UMService docs
Get-UMService | Format-Table Name,Status,MaxCallsAllowed -AutoSize
Set-UMService -Identity EX01 -MaxCallsAllowed 50 -DialPlans "Contoso DP"
Get-UMService EX01 | Format-List MaxCallsAllowed,DialPlans
## STDOUT:

Name Status  MaxCallsAllowed
---- ------  ---------------
EX01 Enabled             100




MaxCallsAllowed : 50
DialPlans       : {Contoso DP}



## END

#### reports with nothing behind them return nothing
# from: issue #5 (no active calls or call data records in an emulated organization)
(Get-UMActiveCalls -Server EX01 | Measure-Object).Count
(Get-UMCallDataRecord -Mailbox tony@contoso.com | Measure-Object).Count
## STDOUT:
0
0
## END

#### a TUI logon result in list form
# from: exchange-objects.md §2.11 LocalUMConnectivityResults
Test-UMConnectivity -UMDialPlan "Contoso DP" -Phone 20001 -PIN 000000 -TUILogon $true | Format-List UmserverAcceptingCallAnsweringMessages,TotalQueuedMessages,CurrCalls,OutBoundSIPCallSuccess,EntireOperationSuccess,ReasonForFailure,IsValid,ObjectState
## STDOUT:


UmserverAcceptingCallAnsweringMessages : True
TotalQueuedMessages                    : 0
CurrCalls                              : 0
OutBoundSIPCallSuccess                 : True
EntireOperationSuccess                 : False
ReasonForFailure                       : The logon wasn't successful. Check the PIN that was provided.
IsValid                                : True
ObjectState                            : New



## END

#### an unknown extension is reported, not thrown
# from: exchange-objects.md §2.11 messages
(Test-UMConnectivity -UMDialPlan "Contoso DP" -Phone 29999 -PIN 123456 -TUILogon $true).ReasonForFailure
## STDOUT:
The user with extension '29999' and dial plan 'Contoso DP' isn't UM-enabled, or is enabled for UM on a mailbox that isn't supported by this Mailbox server.
## END

#### an unknown dial plan is an error
# from: exchange-objects.md §2.11 messages
try { Test-UMConnectivity -UMDialPlan "Nowhere DP" -Phone 20001 -PIN 123456 -TUILogon $true -ErrorAction Stop } catch { $_.Exception.Message }
## STDOUT:
The UM dial plan Nowhere DP doesn't exist.
## END

#### prompts round-trip through the dial plan
# from: Import-UMPrompt / Export-UMPrompt docs
Import-UMPrompt -UMDialPlan "Contoso DP" -PromptFileName welcome.wav -PromptFileData ([byte[]](82,73,70,70))
(Export-UMPrompt -UMDialPlan "Contoso DP" -PromptFileName welcome.wav).AudioData -join ','
## STDOUT:
82,73,70,70
## END
