# Exchange RBAC through the CLI: role groups decide which cmdlets and parameters exist in the session.

#### View-Only Organization Management can read PIN information
# from: Exchange 2013 RBAC: View-Only Recipients grants the Get-* recipient cmdlets
Get-UMMailboxPIN -Identity tony@contoso.com | Select-Object -ExpandProperty UserID
## env: PWSHLITE_USER=pilarpinilla
## STDOUT:
tony@contoso.com
## END

#### a cmdlet outside the user's roles doesn't exist in the session
# from: issue #5 (remote EMS session: cmdlets outside the roles are not visible); formatting.md §10.6 CommandNotFound
Set-UMMailboxPIN -Identity tony@contoso.com -Pin 7391846
## env: PWSHLITE_USER=pilarpinilla
## STDOUT:
## END
## STDERR:
Set-UMMailboxPIN : The term 'Set-UMMailboxPIN' is not recognized as the name of a cmdlet, function, script file, or 
operable program. Check the spelling of the name, or if a path was included, verify that the path is correct and try 
again.
At line:2 char:1
+ Set-UMMailboxPIN -Identity tony@contoso.com -Pin 7391846
+ ~~~~~~~~~~~~~~~~
    + CategoryInfo          : ObjectNotFound: (Set-UMMailboxPIN:String) [], CommandNotFoundException
    + FullyQualifiedErrorId : CommandNotFoundException
 
## END
## status: 1

#### Help Desk may reset a PIN
# from: Exchange 2013 Help Desk role group (User Options role)
Set-UMMailboxPIN -Identity tony@contoso.com -Pin 7391846 -PinExpired $false -SendEmail $false | Select-Object -ExpandProperty PinExpired
## env: PWSHLITE_USER=davidpelton
## STDOUT:
False
## END

#### a parameter outside the user's roles is not found
# from: issue #5 (RBAC limits parameters: the proxy function lacks them)
Set-UMMailbox tony -UMMailboxPolicy "Contoso DP Default Policy"
## env: PWSHLITE_USER=davidpelton
## STDOUT:
## END
## STDERR:
Set-UMMailbox : A parameter cannot be found that matches parameter name 'UMMailboxPolicy'.
At line:2 char:20
+ Set-UMMailbox tony -UMMailboxPolicy "Contoso DP Default Policy"
+                    ~~~~~~~~~~~~~~~~
    + CategoryInfo          : InvalidArgument: (:) [Set-UMMailbox], ParameterBindingException
    + FullyQualifiedErrorId : NamedParameterNotFound,Set-UMMailbox
 
## END
## status: 1

#### UM Management can't create mailboxes
# from: Exchange 2013 UM Management role group (Unified Messaging, UM Mailboxes, UM Prompts)
(Get-Command New-Mailbox -ErrorAction SilentlyContinue) -eq $null
Get-UMDialPlan | Select-Object -ExpandProperty Name
## env: PWSHLITE_USER=kimakers
## STDOUT:
True
Contoso DP
## END

#### role changes are audited with the caller
# from: Search-AdminAuditLog docs (Caller)
Add-RoleGroupMember -Identity "Help Desk" -Member lisaandrews
$e = Search-AdminAuditLog -Cmdlets Add-RoleGroupMember
$e.Caller; $e.CmdletParameters -join ','
## STDOUT:
contoso.com/Users/Administrator
Identity,Member
## END
