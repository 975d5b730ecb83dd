# Engine: command lookup, aliases, Get-Command, Get-Help, Invoke-Expression, Invoke-Command, Set-StrictMode,
# Write-Output and automatic variables. Issue #3.

#### command names are case-insensitive
# from: about_Command_Precedence (command names are not case-sensitive)
write-OUTPUT 'mixed case'
## stdout: mixed case

#### default aliases
# from: Get-Alias in Windows PowerShell 5.1 (echo, write)
echo 'via echo'
## stdout: via echo

#### functions take precedence over cmdlets
# from: about_Command_Precedence (Function before Cmdlet)
function Write-Output { 'my function' }
Write-Output 'ignored'
## stdout: my function

#### module-qualified name bypasses a function
# from: about_Command_Precedence (module-qualified names)
function Write-Output { 'my function' }
Microsoft.PowerShell.Utility\Write-Output 'the cmdlet'
## stdout: the cmdlet

#### get- prefix is implied
# from: about_Command_Precedence (a name is retried with Get- in front)
(Date -Year 2020 -Month 1 -Day 2).Year
## stdout: 2020

#### Write-Output enumerates arrays
# from: Write-Output docs (-NoEnumerate)
(Write-Output 1, 2, 3 | Measure-Object).Count
(Write-Output 1, 2, 3 -NoEnumerate | Measure-Object).Count
## STDOUT:
3
1
## END

#### Write-Output several positional arguments
# from: Write-Output docs (InputObject takes remaining arguments)
Write-Output a b c
## STDOUT:
a
b
c
## END

#### Get-Command finds a cmdlet
# from: Get-Command docs (Get-Command -Name)
$c = Get-Command Where-Object
$c.Name
$c.CommandType
## STDOUT:
Where-Object
Cmdlet
## END

#### Get-Command with wildcards and verb
# from: Get-Command docs (-Verb, -Noun, wildcards)
(Get-Command -Verb Write -Noun Out*).Name
(Get-Command Invoke-Exp*).Name
## STDOUT:
Write-Output
Invoke-Expression
## END

#### Get-Command finds functions and aliases
# from: Get-Command docs (command types)
function Get-Mine { }
(Get-Command Get-Mine).CommandType
(Get-Command gci).CommandType
## STDOUT:
Function
Alias
## END

#### Get-Command unknown name
# from: Get-Command docs (an unknown name is a CommandNotFoundException)
Get-Command Get-Nothing-Here 2>&1 | ForEach-Object { $_.FullyQualifiedErrorId }
## stdout: CommandNotFoundException,Microsoft.PowerShell.Commands.GetCommandCommand
## status: 1

#### Get-Command syntax
# from: Get-Command docs (-Syntax); about_Command_Syntax (Get-Command writes accelerator names: <string>, <int>)
Get-Command Invoke-Expression -Syntax
## STDOUT:

Invoke-Expression [-Command] <string> [<CommonParameters>]

## END

#### Get-Command syntax of a function
# from: about_Command_Syntax (optional positional parameters in double brackets)
function Get-Thing { [CmdletBinding(SupportsShouldProcess)] param([Parameter(Mandatory, Position = 0)][string]$Name, [int]$Count, [switch]$Force) }
Get-Command Get-Thing -Syntax
## STDOUT:

Get-Thing [-Name] <string> [-Count <int>] [-Force] [-WhatIf] [-Confirm] [<CommonParameters>]

## END

#### Get-Help shows name synopsis and syntax
# from: Get-Help docs (default view: NAME, SYNOPSIS, SYNTAX, DESCRIPTION, RELATED LINKS, REMARKS)
(Get-Help Invoke-Expression) -split "`n" | Select-Object -First 9
## STDOUT:

NAME
    Invoke-Expression
    
SYNOPSIS
    Runs commands or expressions on the local computer.
    
    
SYNTAX
## END

#### Get-Help examples
# from: Get-Help docs (-Examples)
(Get-Help Invoke-Expression -Examples) -split "`n" -match 'PS C:'
## STDOUT:
    PS C:\>$cmd = 'Get-Date -Year 2000 -Month 1 -Day 1'; Invoke-Expression $cmd
    PS C:\>iex '1 + 2'
## END

#### Get-Help through an alias
# from: Get-Help docs (help for aliases shows the command)
(Get-Help iex) -split "`n" | Select-Object -Skip 2 -First 1
## STDOUT:
    Invoke-Expression
## END

#### Invoke-Expression runs in the current scope
# from: Invoke-Expression docs
$code = '$fromIex = 6 * 7'
Invoke-Expression $code
$fromIex
iex '1 + 1'
## STDOUT:
42
2
## END

#### Invoke-Expression parse error
# from: Invoke-Expression docs (the string is parsed as a script)
try { Invoke-Expression '1 +' } catch { $_.FullyQualifiedErrorId }
## stdout: ExpectedValueExpression,Microsoft.PowerShell.Commands.InvokeExpressionCommand

#### Invoke-Command with arguments
# from: Invoke-Command docs (-ArgumentList)
Invoke-Command -ScriptBlock { param($a, $b) $a + $b } -ArgumentList 2, 3
## stdout: 5

#### Invoke-Command with pipeline input
# from: Invoke-Command docs (input objects arrive in $input)
1, 2, 3 | Invoke-Command { ($input | Measure-Object).Count }
## stdout: 3

#### Set-StrictMode off
# from: Set-StrictMode docs (-Off)
Set-StrictMode -Version Latest
Set-StrictMode -Off
"[$neverSet]"
## stdout: []

#### PSVersionTable reports 5.1
# from: about_Automatic_Variables ($PSVersionTable in Windows PowerShell 5.1)
$PSVersionTable.PSVersion.Major
$PSVersionTable.PSVersion.Minor
$PSVersionTable.PSEdition
## STDOUT:
5
1
Desktop
## END

#### Host name
# from: about_Automatic_Variables ($Host in the console host)
$Host.Name
## stdout: ConsoleHost

#### preference variable defaults
# from: about_Preference_Variables (default values); $FormatEnumerationLimit is 16 because the Exchange
# Management Shell's start-up script sets it (formatting spec §3.5)
"$ErrorActionPreference $WarningPreference $VerbosePreference $DebugPreference $ConfirmPreference $FormatEnumerationLimit"
## stdout: Continue Continue SilentlyContinue SilentlyContinue High 16

#### OFS joins arrays in strings
# from: about_Automatic_Variables ($OFS)
$a = 1, 2, 3
"$a"
$OFS = '-'
"$a"
## STDOUT:
1 2 3
1-2-3
## END

#### true false and null are constants
# from: about_Automatic_Variables ($true, $false, $null)
$true -and -not $false
$null -eq $null
## STDOUT:
True
True
## END

#### PSItem is the same as underscore
# from: about_PSItem
1, 2 | ForEach-Object { $PSItem * 3 }
## STDOUT:
3
6
## END

#### Matches after -match
# from: about_Automatic_Variables ($Matches)
if ('tony@contoso.com' -match '^(?<user>[^@]+)@(?<domain>.+)$') { $Matches.user; $Matches['domain'] }
## STDOUT:
tony
contoso.com
## END

#### args in a script file
# from: about_Automatic_Variables ($args in scripts without param)
"count=$($args.Count) [$($args -join ',')]"
## mode: file
## args: one two
## stdout: count=2 [one,two]

#### Set-Alias and Get-Alias
# from: Set-Alias docs, Get-Alias docs
Set-Alias -Name now -Value Get-Date
(Get-Alias now).Definition
(now -Year 1999).Year
(Get-Alias -Definition Where-Object).Name -join ','
## STDOUT:
Get-Date
1999
?,where
## END

#### New-Alias refuses an existing alias
# from: New-Alias docs (an existing alias needs -Force)
New-Alias -Name n1 -Value Get-Date
try { New-Alias -Name n1 -Value Get-Random -ErrorAction Stop } catch { $_.FullyQualifiedErrorId }
New-Alias -Name n1 -Value Write-Output -Force
n1 'forced'
## STDOUT:
AliasAlreadyExists,Microsoft.PowerShell.Commands.NewAliasCommand
forced
## END

#### Exchange snap-in loads
# from: Exchange Management Shell scripts (Add-PSSnapin Microsoft.Exchange.Management.PowerShell.SnapIn)
Add-PSSnapin Microsoft.Exchange.Management.PowerShell.SnapIn
'loaded'
## stdout: loaded

#### unknown module
# from: Import-Module docs (Modules_ModuleNotFound)
Import-Module NoSuchModule 2>&1 | ForEach-Object { $_.FullyQualifiedErrorId }
## stdout: Modules_ModuleNotFound,Microsoft.PowerShell.Commands.ImportModuleCommand
## status: 1

#### comment-based help of a function
# from: about_Comment_Based_Help (.SYNOPSIS, .DESCRIPTION, .EXAMPLE)
function Get-Report {
  <#
  .SYNOPSIS
  Builds the weekly report.
  .EXAMPLE
  Get-Report -Week 3
  #>
  [CmdletBinding()]
  param([int]$Week)
  "week $Week"
}
(Get-Help Get-Report) -split "`n" | Select-Object -Skip 4 -First 2
(Get-Help Get-Report -Examples) -split "`n" -match 'PS C:'
## STDOUT:
SYNOPSIS
    Builds the weekly report.
    PS C:\>Get-Report -Week 3
## END

#### Invoke-Command to an unreachable computer
# from: about_Remote_Troubleshooting (a server name that cannot be resolved; pwshlite has no remoting)
Invoke-Command -ComputerName srv1 { 1 } 2>&1 | ForEach-Object { $_.FullyQualifiedErrorId }
Invoke-Command -ComputerName localhost { 'local' }
## STDOUT:
ComputerNotFound,PSSessionStateBroken
local
## END
