# Engine leftovers: ForEach-Object's member form, $PWD, PSTypeNames, $? and $Error after assignments.

#### foreach-object member name gets a property
# from: docs ForEach-Object example 6 (Get-Module -ListAvailable | Foreach Path: the MemberName parameter name is optional)
New-Item d -ItemType Directory | Out-Null
Set-Content d/b.txt x; Set-Content d/a.txt y
Get-ChildItem d | % Name
Get-ChildItem d | ForEach-Object -MemberName Length
## STDOUT:
a.txt
b.txt
3
3
## END


#### foreach-object member name calls a method
# from: docs ForEach-Object example 7 (ForEach-Object -MemberName Split -ArgumentList ".")
'a','b' | ForEach-Object ToUpper
"Microsoft.PowerShell.Core", "Microsoft.PowerShell.Host" | ForEach-Object -MemberName Split -ArgumentList "."
'x' | % PadLeft -Args 3, '*'
## STDOUT:
A
B
Microsoft
PowerShell
Core
Microsoft
PowerShell
Host
**x
## END


#### foreach-object member name length of strings
# from: docs ForEach-Object -MemberName (the value of the property is written for each input object)
'abc', 'de', '' | % -MemberName Length
## STDOUT:
3
2
0
## END


#### foreach-object member name writes null for a null property and an unknown name
# from: 5.1 source ForEachObjectCommand.ProcessRecord (property value written with unrolling; an unresolved
# name writes $null unless strict mode 2 is on)
[pscustomobject]@{A=$null}, [pscustomobject]@{A=2} | % A
@([pscustomobject]@{A=$null}, [pscustomobject]@{A=2} | % A).Count
@('abc' | % NoSuchMember).Count
## STDOUT:
2
2
1
## END

#### foreach-object member name reads hashtable keys and unrolls lists
# from: 5.1 source ForEachObjectCommand.GetValueFromIDictionaryInput and WriteToPipelineWithUnrolling
@{a = 1; b = 2} | % b
[pscustomobject]@{N = 1, 2} | % N | % { "[$_]" }
## STDOUT:
2
[1]
[2]
## END

#### foreach-object member name with a wildcard
# from: docs ForEach-Object -MemberName ("Wildcard characters are permitted"); 5.1 source
# (InternalCommandStrings AmbiguousPropertyOrMethodName when more than one member matches)
'abc' | % Len*
[pscustomobject]@{Name = 'n'; Nick = 2} | % N* -ErrorVariable ev -ErrorAction SilentlyContinue
$ev[0].FullyQualifiedErrorId
$ev[0].Exception.Message
$ev[0].CategoryInfo.Category
## STDOUT:
3
AmbiguousPropertyOrMethodName,Microsoft.PowerShell.Commands.ForEachObjectCommand
Input name "N*" is ambiguous. It can be resolved to multiple matched members. Possible matches include: Name Nick.
InvalidArgument
## END

#### foreach-object member name reaches add-member members and wrapped values
# from: docs ForEach-Object -MemberName (property or method of each input object); docs Add-Member
# (ScriptMethod, ScriptProperty, AliasProperty; a note property added to a string keeps the string's members)
$s = 'abc' | Add-Member -NotePropertyName X -NotePropertyValue 1 -PassThru
$s | % Length
$s | % X
$s | % ToUpper
$o = [pscustomobject]@{V = 2} | Add-Member -MemberType ScriptMethod -Name Double -Value { $this.V * 2 } -PassThru
$o | Add-Member -MemberType ScriptProperty -Name Triple -Value { $this.V * 3 }
$o | Add-Member -MemberType AliasProperty -Name Value -Value V
$o | % Double
$o | % Triple
$o | % Value
## STDOUT:
3
1
ABC
4
6
2
## END

#### foreach-object argument list on a missing method
# from: 5.1 source ForEachObjectCommand.MethodCallWithArguments (InternalCommandStrings MethodNotFound)
'abc' | % Nope -ArgumentList 1 -ErrorVariable ev -ErrorAction SilentlyContinue
$ev[0].FullyQualifiedErrorId
$ev[0].Exception.Message
$ev[0].Exception.GetType().FullName
'abc' | % Substring -ArgumentList 5 -ErrorVariable ev2 -ErrorAction SilentlyContinue
$ev2[0].FullyQualifiedErrorId
## STDOUT:
MethodNotFound,Microsoft.PowerShell.Commands.ForEachObjectCommand
Input name "Nope" cannot be resolved to a method.
System.Management.Automation.PSArgumentException
MethodInvocationError,Microsoft.PowerShell.Commands.ForEachObjectCommand
## END


#### pwd is a pathinfo object
# from: about_Automatic_Variables ($PWD: a path object that represents the full path of the current directory)
$PWD.GetType().FullName
$PWD.psobject.Properties.Name -join ','
$PWD.Provider
$PWD.Path -eq (Get-Location).Path
## STDOUT:
System.Management.Automation.PathInfo
Drive,Provider,ProviderPath,Path
Microsoft.PowerShell.Core\FileSystem
True
## END


#### pwd and items are of their .net types for -is
# from: about_Type_Operators (-is); docs Get-Location (output System.Management.Automation.PathInfo);
# docs Get-Item (output System.IO.FileInfo, System.IO.DirectoryInfo)
Set-Content f.txt x
$PWD -is [System.Management.Automation.PathInfo]
(Get-Location) -is [System.Management.Automation.PathInfo]
(Get-Item f.txt) -is [System.IO.FileInfo]
(Get-Item f.txt) -is [System.IO.DirectoryInfo]
(Get-Item .) -is [IO.DirectoryInfo]
'f.txt' -is [IO.FileInfo]
## STDOUT:
True
True
True
False
True
False
## END

#### pwd follows set-location
# from: about_Automatic_Variables ($PWD); docs Set-Location example 1
New-Item sub -ItemType Directory | Out-Null
$before = "$PWD"
Set-Location sub
"$PWD" -eq (Join-Path $before 'sub')
$PWD.Path -eq "$PWD"
Split-Path (Join-Path $PWD 'x.txt') -Leaf
Set-Location ..
"$PWD" -eq $before
## STDOUT:
True
True
x.txt
True
## END


#### pwd is a variable of the global scope
# from: about_Automatic_Variables ($PWD); docs Get-Variable (automatic variables are listed)
New-Item sub -ItemType Directory | Out-Null
$here = "$PWD"
(Get-Variable PWD).Value.Path -eq $here
Push-Location sub
(Get-Variable -Name PWD -Scope Global).Value.Path -eq (Get-Location).Path
Split-Path $PWD -Leaf
Pop-Location
(Get-Variable PWD -ValueOnly).Path -eq $here
## STDOUT:
True
True
sub
True
## END

#### pwd prints as a path table
# from: about_Automatic_Variables ($PWD); PowerShell's PathInfo view (one Path column)
Set-Location /
$PWD
## STDOUT:

Path
----
/   


## END

#### pstypenames insert changes the type name list
# from: docs PSObject.TypeNames; about_Object_Creation (PSTypeName key)
$o = [pscustomobject]@{A = 1}
$o.pstypenames.Insert(0, 'My.Type')
$o.PSTypeNames -join ','
$o.GetType().FullName
$p = [pscustomobject]@{PSTypeName = 'My.Other'; B = 2}
$p.PSTypeNames -join ','
$p.psobject.Properties.Name -join ','
## STDOUT:
My.Type,System.Management.Automation.PSCustomObject,System.Object
System.Management.Automation.PSCustomObject
My.Other,System.Management.Automation.PSCustomObject,System.Object
B
## END

#### an inserted type name selects that type's view
# from: about_Format.ps1xml (views are selected by the object's type names, first match wins)
$o = [pscustomobject]@{Path = '/srv/x'; Other = 1}
$o.pstypenames.Insert(0, 'System.Management.Automation.PathInfo')
$o
## STDOUT:

Path  
----  
/srv/x


## END

#### assignment of a failing command sets question mark false
# from: about_Automatic_Variables ($?: FALSE if the last command failed); docs about_CommonParameters -ErrorAction
$x = Get-Item nope -ErrorAction SilentlyContinue
$?
$null -eq $x
$Error.Count
$Error[0].FullyQualifiedErrorId
$y = 1
$?
## STDOUT:
False
True
1
PathNotFound,Microsoft.PowerShell.Commands.GetItemCommand
True
## END

#### ignore does not add to error but silentlycontinue does
# from: about_CommonParameters (-ErrorAction Ignore: unlike SilentlyContinue, Ignore does not add the error to $Error);
# 5.1 source MshCommandRuntime.DoWriteError (Ignore returns before the error variables are appended)
$x = Get-Item nope1 -ErrorAction Ignore
$?
$Error.Count
Get-Item nope2 -ErrorAction SilentlyContinue
$?
$Error.Count
$Error[0].TargetObject -like '*nope2'
$z = Get-Item nope3 -ErrorAction Ignore -ErrorVariable ev
$ev.Count
$Error.Count
## STDOUT:
False
0
False
1
True
0
1
## END
## STDERR:
## END
