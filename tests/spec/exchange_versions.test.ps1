# Exchange 2013 / 2016 differences as emulated (docs/exchange-emulation.md §11).

#### the server, the organization and the mailboxes report Exchange 2013 CU23
# from: docs/exchange-emulation.md §11 (EX01 is Exchange 2013 CU23, Version 15.0 (Build 1497.2))
(Get-ExchangeServer EX01).AdminDisplayVersion
(Get-OrganizationConfig).AdminDisplayVersion
(Get-Mailbox tony).AdminDisplayVersion
(Get-Mailbox tony).ExchangeVersion
## STDOUT:
Version 15.0 (Build 1497.2)
Version 15.0 (Build 1497.2)
Version 15.0 (Build 1497.2)
0.20 (15.0.0.0)
## END

#### -EnableCloudVoiceMail without a policy: cloud voice mail doesn't exist offline
# from: exchange-um-behaviour.md §1 (CloudVoiceMail set, Exchange 2016); text chosen in §11
try { Enable-UMMailbox kimakers -EnableCloudVoiceMail -ErrorAction Stop } catch { $_.Exception.Message; $_.CategoryInfo.Category }
(Get-Mailbox kimakers).UMEnabled
## STDOUT:
Cloud voice mail isn't available in this organization. Specify a UM mailbox policy with the UMMailboxPolicy parameter to enable the user for Unified Messaging.
InvalidOperation
False
## END

#### the CloudVoiceMail set with a policy enables UM; -SendWelcomeMail $false sends nothing
# from: exchange-um-behaviour.md §1 (SendWelcomeMail only in the CloudVoiceMail set)
Enable-UMMailbox kimakers -EnableCloudVoiceMail -UMMailboxPolicy "Contoso DP Default Policy" -Extensions 20005 -SendWelcomeMail $false | Format-List DisplayName, Extensions, UMEnabled
@(Get-MessageTrackingLog -Recipients kimakers@contoso.com).Count
## STDOUT:


DisplayName : Kim Akers
Extensions  : {20005}
UMEnabled   : True



0
## END
