# Exchange recipients cmdlets through the CLI (expected output reviewed against exchange-objects.md and the Microsoft docs).

#### Get-Mailbox default table
# from: exchange-objects.md §2.8 default view (REAL S11, S12)
Get-Mailbox -Identity tony*
## STDOUT:

Name                      Alias                ServerName       ProhibitSendQuota                                      
----                      -----                ----------       -----------------                                      
Tony                      tony                 ex01             Unlimited                                              
Tony Smith                tonysmith            ex01             Unlimited                                              


## END

#### UM-enabled mailboxes through an OPATH filter
# from: Get-Mailbox docs -Filter; issue #5 filter forms
Get-Mailbox -Filter {UMEnabled -eq $true} | Select-Object -ExpandProperty Name
## STDOUT:
Tony
Tony Smith
## END

#### Get-Recipient with -like and -RecipientTypeDetails
# from: Get-Recipient docs -Filter, -RecipientTypeDetails
Get-Recipient -RecipientTypeDetails UserMailbox -Filter "Name -like 'Tony*'" | Select-Object -ExpandProperty Name
## STDOUT:
Tony
Tony Smith
## END

#### Get-User with -and / -or
# from: issue #5 -Filter (-and/-or)
Get-User -Filter "(FirstName -eq 'Tony') -and (LastName -eq 'Smith') -or Name -eq 'Kim Akers'" | Select-Object -ExpandProperty Name
## STDOUT:
Tony Smith
Kim Akers
## END

#### Anr and ResultSize
# from: Get-Mailbox docs -Anr, -ResultSize
(Get-Mailbox -Anr Ton | Measure-Object).Count
Get-Mailbox -ResultSize 2 | Select-Object -ExpandProperty Name
## STDOUT:
2
Administrator
DiscoverySearchMailbox {D919BA05-46A6-415f-80AD-7E09334BB852}
WARNING: There are more results available than are currently displayed. To view them, increase the value for the 
ResultSize parameter.
## END

#### unknown mailbox
# from: exchange-objects.md §1.5 example message
try { Get-Mailbox nosuchuser -ErrorAction Stop } catch { $_.Exception.Message }
## STDOUT:
The operation couldn't be performed because object 'nosuchuser' couldn't be found on 'DC01.contoso.com'.
## END

#### new mailbox, set attributes, remove
# from: New-Mailbox / Set-Mailbox / Set-User / Remove-Mailbox docs
New-Mailbox -Name "Ben Miller" -Alias benm -FirstName Ben -LastName Miller -UserPrincipalName benm@contoso.com -Password (ConvertTo-SecureString -String 'P@ssw0rd1' -AsPlainText -Force) | Select-Object -ExpandProperty PrimarySmtpAddress
Set-Mailbox benm -CustomAttribute1 Sales -ProhibitSendQuota 10GB
Set-User benm -Title Buyer
Get-Mailbox benm | Format-List CustomAttribute1,ProhibitSendQuota
(Get-User benm).Title
Remove-Mailbox benm -Confirm:$false
(Get-Mailbox -Anr benm | Measure-Object).Count
## STDOUT:
benm@contoso.com


CustomAttribute1  : Sales
ProhibitSendQuota : 10 GB (10,737,418,240 bytes)



Buyer
0
## END

#### role groups
# from: Get-RoleGroup docs; issue #5 built-in role groups
Get-RoleGroup | Select-Object -ExpandProperty Name
Get-RoleGroupMember "UM Management" | Select-Object -ExpandProperty Name
## STDOUT:
Help Desk
Organization Management
Recipient Management
UM Management
View-Only Organization Management
Kim Akers
## END

#### role assignments of a role
# from: Get-ManagementRoleAssignment docs -Role
Get-ManagementRoleAssignment -Role "UM Mailboxes" -Delegating $false | Select-Object -ExpandProperty RoleAssigneeName
## STDOUT:
Organization Management
UM Management
## END

#### organization facts
# from: Get-AcceptedDomain / Get-ExchangeServer / Get-OrganizationConfig docs
(Get-AcceptedDomain).DomainName; (Get-ExchangeServer).Name; (Get-OrganizationConfig).Name; (Get-MailboxDatabase | Measure-Object).Count
## STDOUT:
contoso.com
EX01
First Organization
1
## END

#### add and remove an email address
# from: Set-Mailbox docs -EmailAddresses @{Add=...; Remove=...}
Set-Mailbox tony -EmailAddresses @{Add="tony.b@contoso.com"}
(Get-Mailbox tony).EmailAddresses -join ","
(Get-Recipient tony.b@contoso.com).Name
Set-Mailbox tony -EmailAddresses @{Remove="tony.b@contoso.com"}
(Get-Mailbox tony).EmailAddresses -join ","
## STDOUT:
EUM:20001;phone-context=Contoso DP.contoso.com,SMTP:tony@contoso.com,smtp:tony.b@contoso.com
Tony
EUM:20001;phone-context=Contoso DP.contoso.com,SMTP:tony@contoso.com
## END

#### a multi-valued edit with a key other than Add or Remove is a validation error
# from: Set-Mailbox docs (-EmailAddresses @{Add=...; Remove=...}); text chosen (docs/exchange-emulation.md §6)
try { Set-Mailbox tony -EmailAddresses @{Bogus="x@contoso.com"} -ErrorAction Stop } catch { $_.Exception.Message; $_.CategoryInfo.Category; $_.CategoryInfo.Reason }
(Get-Mailbox tony).EmailAddresses -join ","
## STDOUT:
The key 'Bogus' isn't valid. Use Add or Remove.
InvalidArgument
DataValidationException
EUM:20001;phone-context=Contoso DP.contoso.com,SMTP:tony@contoso.com
## END
