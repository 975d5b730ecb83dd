# Core variable cmdlets: Get-/Set-/New-/Remove-/Clear-Variable (docs.microsoft.com Microsoft.PowerShell.Utility;
# PowerShell's test/powershell/Modules/Microsoft.PowerShell.Utility/*-Variable.Tests.ps1).

#### get-variable missing name
# from: Get-Variable.Tests.ps1 (VariableNotFound); docs Get-Variable
Get-Variable -Name nope
## STDERR:
Get-Variable : Cannot find a variable with the name 'nope'.
At line:2 char:1
+ Get-Variable -Name nope
+ ~~~~~~~~~~~~~~~~~~~~~~~
    + CategoryInfo          : ObjectNotFound: (nope:String) [Get-Variable], ItemNotFoundException
    + FullyQualifiedErrorId : VariableNotFound,Microsoft.PowerShell.Commands.GetVariableCommand
 
## END
## status: 1

#### get-variable value only and wildcards
# from: docs Get-Variable examples 1 and 3 (-Name with wildcards, -ValueOnly)
$zzfirst = 1; $zzsecond = 2
Get-Variable -Name zz* -ValueOnly
(Get-Variable zzfirst).Value
Get-Variable -Name nomatch* -ValueOnly
## STDOUT:
1
2
1
## END

#### new-variable with description
# from: New-Variable.Tests.ps1 "New-Variable variable with description should works"
New-Variable foo bar -Description "my description"
$v = Get-Variable -Name foo
$v.Name; $v.Value; $v.Options; $v.Description
## STDOUT:
foo
bar
None
my description
## END

#### new-variable twice
# from: New-Variable.Tests.ps1 "New-Variable variable twice should throw Exception"
New-Variable days 7
New-Variable days 1
## STDERR:
New-Variable : A variable with name 'days' already exists.
At line:3 char:1
+ New-Variable days 1
+ ~~~~~~~~~~~~~~~~~~~
    + CategoryInfo          : ResourceExists: (days:String) [New-Variable], SessionStateException
    + FullyQualifiedErrorId : VariableAlreadyExists,Microsoft.PowerShell.Commands.NewVariableCommand
 
## END
## status: 1

#### new-variable force replaces a read-only variable
# from: New-Variable.Tests.ps1 "New-Variable ReadOnly variable twice should throw Exception"
New-Variable foo bogus -Option ReadOnly
New-Variable foo bar -Force
$v = Get-Variable -Name foo
$v.Value; $v.Options
## STDOUT:
bar
None
## END

#### new-variable from the pipeline
# from: New-Variable.Tests.ps1 "Should be able to set the value of a variable by piped input"
"value" | New-Variable -Name var1
$var1
## STDOUT:
value
## END

#### new-variable global scope
# from: New-Variable.Tests.ps1 "Should be able to create a global scope variable using the global switch"
New-Variable -Scope global -Name globalvar1 -Value 1
Get-Variable -Scope global -Name globalVar1 -ValueOnly
## STDOUT:
1
## END

#### set-variable read-only needs force
# from: New-Variable.Tests.ps1 "Should not be able to change variable created using the ReadOnly option ..."
Set-Variable -Name ro -Value 1 -Option ReadOnly
Set-Variable ro 2
$ro
Set-Variable ro 3 -Force
$ro
## STDOUT:
1
3
## END
## STDERR:
Set-Variable : Cannot overwrite variable ro because it is read-only or constant.
At line:3 char:1
+ Set-Variable ro 2
+ ~~~~~~~~~~~~~~~~~
    + CategoryInfo          : WriteError: (ro:String) [Set-Variable], SessionStateUnauthorizedAccessException
    + FullyQualifiedErrorId : VariableNotWritable,Microsoft.PowerShell.Commands.SetVariableCommand
 
## END
## status: 0

#### set-variable cannot make an existing variable constant
# from: New-Variable.Tests.ps1 "Should not be able to change an existing variable to constant"
New-Variable var1 -Value 1
Set-Variable -Name var1 -Option Constant -ErrorAction SilentlyContinue -ErrorVariable ev
(Get-Variable var1).Options
$ev[0].FullyQualifiedErrorId
## STDOUT:
None
VariableCannotBeMadeConstant,Microsoft.PowerShell.Commands.SetVariableCommand
## END

#### set-variable passthru and pipeline input
# from: New-Variable.Tests.ps1 "Should be able to pipe object properties to output using the PassThru switch"; docs Set-Variable
$in = Set-Variable -Name testVar -Value "test" -Description "test description" -PassThru
$in.Description
1,2,3 | Set-Variable -Name all
$all.Count
## STDOUT:
test description
3
## END

#### constant variables cannot be removed or changed
# from: New-Variable.Tests.ps1 "Should not be able to delete a constant variable" / "... change a constant variable"
New-Variable -Name var1 -Value 2 -Option Constant
Remove-Variable -Name var1 -ErrorAction SilentlyContinue -ErrorVariable e1
Set-Variable -Name var1 -Value 3 -Force -ErrorAction SilentlyContinue -ErrorVariable e2
$var1
$e1[0].FullyQualifiedErrorId
$e2[0].FullyQualifiedErrorId
## STDOUT:
2
VariableNotRemovable,Microsoft.PowerShell.Commands.RemoveVariableCommand
VariableNotWritable,Microsoft.PowerShell.Commands.SetVariableCommand
## END

#### remove-variable
# from: docs Remove-Variable example 1; Remove-Variable.Tests.ps1 (VariableNotFound)
$a = 1
Remove-Variable -Name a
$null -eq (Get-Variable a -ErrorAction SilentlyContinue)
Remove-Variable -Name a -ErrorAction SilentlyContinue -ErrorVariable ev
$ev[0].FullyQualifiedErrorId
## STDOUT:
True
VariableNotFound,Microsoft.PowerShell.Commands.RemoveVariableCommand
## END

#### clear-variable keeps the variable
# from: docs Clear-Variable (deletes the value, the variable stays); Clear-Variable.Tests.ps1
$total = 5
Clear-Variable total
$null -eq $total
(Get-Variable total).Name
## STDOUT:
True
total
## END

#### clear-variable in a function clears the local variable
# from: docs about_Scopes (a function's variables are local to it); Clear-Variable.Tests.ps1
function t { $g = 5; Clear-Variable g; $null -eq $g }
$g = 1
t
$g
## STDOUT:
True
1
## END

#### variable cmdlets whatif
# from: formatting.md §12.1 (What if: Performing the operation "<action>" on target "<target>"); VariableCommandStrings actions
$x = 1
Remove-Variable x -WhatIf
Set-Variable y 2 -WhatIf
$x
$null -eq $y
## STDOUT:
What if: Performing the operation "Remove variable" on target "Name: x".
What if: Performing the operation "Set variable" on target "Name: y Value: 2".
1
True
## END
