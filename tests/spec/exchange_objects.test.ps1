# String form and CSV form of Exchange objects (what a remote EMS session prints for them).

#### an AD object in a string is its Identity (canonical name of a recipient)
# from: exchange-objects.md §1.4 (ADObjectId.ToString -> canonical name); docs/exchange-emulation.md §9
$m = Get-UMMailbox tony
"$m"
"$(Get-Mailbox tonysmith)"
[string](Get-User kimakers)
## STDOUT:
contoso.com/Users/Tony
contoso.com/Users/Tony Smith
contoso.com/Users/Kim Akers
## END

#### a config object in a string is its CN
# from: exchange-objects.md §1.4 (config-NC ADObjectId.ToString -> first RDN value)
"$(Get-UMDialPlan 'Contoso DP')"
"$(Get-UMMailboxPolicy)"
## STDOUT:
Contoso DP
Contoso DP Default Policy
## END

#### UMMailboxPin is not a ConfigurableObject: its string is the .NET type name
# from: exchange-objects.md §2.1 (implements IConfigurable, not ConfigurableObject [BIN S7]); Object.ToString()
"$(Get-UMMailboxPIN -Identity tony)"
## STDOUT:
Microsoft.Exchange.Management.Tasks.UM.UMMailboxPin
## END

#### Group-Object's Group cells show each object's string form
# from: formatting.md (collection cells use each element's ToString); exchange-objects.md §1.4
Get-UMMailbox | Sort-Object DisplayName | Group-Object UMMailboxPolicy | Format-Table Count, Name, Group -AutoSize | Out-String -Stream | ForEach-Object { $_.TrimEnd() } | Where-Object { $_ }
## STDOUT:
Count Name                      Group
----- ----                      -----
    2 Contoso DP Default Policy {contoso.com/Users/Tony, contoso.com/Users/Tony Smith}
## END

#### -join and string concatenation use the same form
"$((Get-UMMailbox | Sort-Object DisplayName) -join '; ')"
'Mailbox: ' + (Get-UMMailbox tony)
## STDOUT:
contoso.com/Users/Tony; contoso.com/Users/Tony Smith
Mailbox: contoso.com/Users/Tony
## END

#### multi-valued properties are ArrayLists, as deserialized by a remote session
# from: remote EMS deserializes MultiValuedProperty<T> into System.Collections.ArrayList (docs/exchange-emulation.md §9)
$m = Get-UMMailbox tony
$m.Extensions.GetType().FullName
$m.EmailAddresses.Count
$m | Format-List Extensions
## STDOUT:
System.Collections.ArrayList
2


Extensions : {20001}



## END

#### Export-Csv writes System.Collections.ArrayList for a multi-valued property
# from: formatting.md Appendix B (a cell is the value's ToString()); remote EMS ArrayList
Get-UMMailbox tony | Select-Object DisplayName, Extensions, UMEnabled | Export-Csv -NoTypeInformation um.csv
Get-Content um.csv
Get-UMMailbox tony | Select-Object DisplayName, @{n='Extensions';e={$_.Extensions -join ';'}} | ConvertTo-Csv -NoTypeInformation
## STDOUT:
"DisplayName","Extensions","UMEnabled"
"Tony","System.Collections.ArrayList","True"
"DisplayName","Extensions"
"Tony","20001"
## END
