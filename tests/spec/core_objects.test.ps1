# Core object cmdlets: New-Object, Add-Member, Get-Member, SecureString, credentials, Read-Host
# (docs.microsoft.com; PowerShell's Add-Member/New-Object/Get-Member/ConvertTo-SecureString tests).

#### new-object psobject with properties
# from: docs New-Object example 5 (New-Object -TypeName PSObject -Property)
$o = New-Object -TypeName PSObject -Property @{Name = "Tony"}
$o.Name
## STDOUT:
Tony
## END

#### new-object collections
# from: docs New-Object; issue 3 (System.Collections.ArrayList, System.Collections.Generic.List[string], Hashtable)
$l = New-Object System.Collections.ArrayList
$l.Add("a") | Out-Null
[void]$l.Add("b")
$l.Count
$g = New-Object "System.Collections.Generic.List[string]"
$g.Add("x")
$g.Count
$h = New-Object System.Collections.Hashtable
$h["k"] = 1
$h.Count
## STDOUT:
2
1
1
## END

#### new-object datetime and stringbuilder
# from: docs DateTime(Int32, Int32, Int32) constructor; StringBuilder.Append/AppendLine
(New-Object System.DateTime 2020, 1, 2).ToString("yyyy-MM-dd")
$sb = New-Object System.Text.StringBuilder
[void]$sb.Append("a")
[void]$sb.AppendLine("b")
$sb.Length
## STDOUT:
2020-01-02
4
## END

#### new-object unknown type
# from: New-Object.Tests.ps1 (TypeNotFound); issue 3 (Cannot find type [X]: verify that the assembly ...)
New-Object Foo.Bar
## STDERR:
New-Object : Cannot find type [Foo.Bar]: verify that the assembly containing this type is loaded.
At line:2 char:1
+ New-Object Foo.Bar
+ ~~~~~~~~~~~~~~~~~~
    + CategoryInfo          : InvalidType: (:) [New-Object], PSArgumentException
    + FullyQualifiedErrorId : TypeNotFound,Microsoft.PowerShell.Commands.NewObjectCommand
 
## END
## status: 1

#### add-member note property
# from: Add-Member.Tests.ps1 "should be able to see a newly added member of an object"
$o = New-Object psobject
Add-Member -InputObject $o -MemberType NoteProperty -Name proppy -Value "superVal"
$o.proppy
$o | Add-Member -NotePropertyName Status -NotePropertyValue Done
$o.Status
## STDOUT:
superVal
Done
## END

#### add-member multiple note members
# from: Add-Member.Tests.ps1 "Add Multiple Note Members"
$obj = New-Object psobject
$hash = @{Name = 'Name'; TestInt = 1; TestNull = $null}
Add-Member -InputObject $obj $hash
$obj.Name
$obj.TestInt
$null -eq $obj.TestNull
## STDOUT:
Name
1
True
## END

#### add-member existing member needs force
# from: Add-Member.Tests.ps1 "Add Multiple Members With Force"; AddMember MemberAlreadyExists
$o = [pscustomobject]@{a = 1}
$o | Add-Member -NotePropertyName a -NotePropertyValue 2 -ErrorAction SilentlyContinue -ErrorVariable ev
$ev[0].FullyQualifiedErrorId
$o | Add-Member -NotePropertyName a -NotePropertyValue 2 -Force
$o.a
## STDOUT:
MemberAlreadyExists,Microsoft.PowerShell.Commands.AddMemberCommand
2
## END

#### add-member script method and alias on a string
# from: Add-Member.Tests.ps1 "Add ScriptMethod Success" and "Successful alias, no type"
$r = Add-Member -InputObject 'abc' -MemberType ScriptMethod -Name Name -Value {$this.length} -PassThru
$r
$r.Name()
$a = Add-Member -InputObject a -MemberType AliasProperty -Name Cnt -Value Length -PassThru
$a.Cnt
## STDOUT:
abc
3
1
## END

#### add-member script property
# from: docs Add-Member example 3 (ScriptProperty reads $this)
$o = [pscustomobject]@{Size = 21}
$o | Add-Member -MemberType ScriptProperty -Name Double -Value { $this.Size * 2 }
$o.Double
## STDOUT:
42
## END

#### add-member script method needs a script block
# from: Add-Member.Tests.ps1 "ScriptMethod Reference Wrong Type"
try { Add-Member -InputObject a -MemberType ScriptMethod -Name Name -Value something } catch { $_.FullyQualifiedErrorId }
## STDOUT:
ConvertToFinalInvalidCastException,Microsoft.PowerShell.Commands.AddMemberCommand
## END

#### add-member cannot add a property member type
# from: Add-Member.Tests.ps1 "Cannot Add PS Property Or PS Method"
Add-Member -InputObject a -MemberType Method -Name Name -ErrorAction SilentlyContinue -ErrorVariable ev
$ev[0].FullyQualifiedErrorId
## STDOUT:
CannotAddMemberType,Microsoft.PowerShell.Commands.AddMemberCommand
## END

#### get-member of a custom object
# from: docs Get-Member; 5.1 sorts members by MemberType, then Name; NoteProperty definitions `type name=value`
[pscustomobject]@{a = 1; b = 'x'} | Get-Member | ForEach-Object { $_.Name + " | " + $_.MemberType + " | " + $_.Definition }
## STDOUT:
Equals | Method | bool Equals(System.Object obj)
GetHashCode | Method | int GetHashCode()
GetType | Method | type GetType()
ToString | Method | string ToString()
a | NoteProperty | int a=1
b | NoteProperty | string b=x
## END

#### get-member filters and static members
# from: docs Get-Member examples 2 and 7 (-MemberType, -Static)
("x" | Get-Member -MemberType Property).Name
("x" | Get-Member -Name To*er).Name
(Get-Date | Get-Member -Name AddDays).Definition
([string] | Get-Member -Static -Name IsNullOrEmpty).Definition
## STDOUT:
Length
ToLower
ToUpper
datetime AddDays(double value)
static bool IsNullOrEmpty(string value)
## END

#### get-member without input
# from: Get-Member.Tests.ps1 (NoObjectInGetMember)
Get-Member -ErrorAction SilentlyContinue -ErrorVariable ev
$ev[0].Exception.Message
$ev[0].FullyQualifiedErrorId
## STDOUT:
You must specify an object for the Get-Member cmdlet.
NoObjectInGetMember,Microsoft.PowerShell.Commands.GetMemberCommand
## END

#### securestring never shows its text
# from: docs ConvertTo-SecureString example 3 (-AsPlainText -Force); formatting spec 3.4 (System.Security.SecureString)
$pw = ConvertTo-SecureString "P@ssw0rd" -AsPlainText -Force
$pw
"$pw"
$pw.Length
## STDOUT:
System.Security.SecureString
System.Security.SecureString
8
## END

#### plain text needs force
# from: ConvertTo-SecureString.Tests.ps1; SecureStringCommands (ImportSecureString_InvalidArgument)
try { ConvertTo-SecureString "x" -AsPlainText } catch { $_.Exception.Message; $_.FullyQualifiedErrorId }
## STDOUT:
The system cannot protect plain text input. To suppress this warning and convert the plain text to a SecureString, reissue the command specifying the Force parameter. For more information ,type: get-help ConvertTo-SecureString.
ImportSecureString_InvalidArgument,Microsoft.PowerShell.Commands.ConvertToSecureStringCommand
## END

#### securestring round trips through an encrypted standard string
# from: docs ConvertFrom-SecureString examples 1 and 3 (DPAPI hex without a key; -Key AES)
$pw = ConvertTo-SecureString "P@ssw0rd" -AsPlainText -Force
$s = ConvertFrom-SecureString $pw
$s.StartsWith("01000000d08c9ddf0115d1118c7a00c04fc297eb")
$s -match "P@ss"
$c = New-Object System.Management.Automation.PSCredential ("u", (ConvertTo-SecureString $s))
$c.GetNetworkCredential().Password
$k = ConvertFrom-SecureString $pw -Key (1..16)
$k.StartsWith("76492d1116743f0423413b16050a5345")
$c = New-Object System.Management.Automation.PSCredential ("u", (ConvertTo-SecureString $k -Key (1..16)))
$c.GetNetworkCredential().Password
## STDOUT:
True
False
P@ssw0rd
True
P@ssw0rd
## END

#### credentials
# from: docs PSCredential class and NetworkCredential (UserName/Domain split); docs Get-Credential -Credential
$pw = ConvertTo-SecureString "P@ssw0rd" -AsPlainText -Force
$c = New-Object System.Management.Automation.PSCredential ("CONTOSO\admin", $pw)
$c.UserName
$c.Password
$c.GetNetworkCredential().UserName
$c.GetNetworkCredential().Domain
(Get-Credential -Credential $c).UserName
## STDOUT:
CONTOSO\admin
System.Security.SecureString
admin
CONTOSO
CONTOSO\admin
## END

#### read-host in noninteractive mode
# from: issue 3 (Read-Host: error in -NonInteractive); 5.1 host message for NonInteractive mode
try { Read-Host "Name" } catch { $_.Exception.Message }
## STDOUT:
Windows PowerShell is in NonInteractive mode. Read and Prompt functionality is not available.
## END

#### get-member of a credential
# from: docs PSCredential class (UserName and Password properties, GetNetworkCredential method); 5.1 Get-Member sort order
$c = New-Object System.Management.Automation.PSCredential ("u", (ConvertTo-SecureString p -AsPlainText -Force))
$c | Get-Member | ForEach-Object { $_.Name + " | " + $_.MemberType }
## STDOUT:
Equals | Method
GetHashCode | Method
GetNetworkCredential | Method
GetType | Method
ToString | Method
Password | Property
UserName | Property
## END
