# Engine: functions, filters, script blocks, parameters, pipeline input, splatting, scopes. Issue #3.

#### positional and named parameters
# from: about_Functions (parameters bind by position and by name)
function Join-Two($First, $Second) { "$First+$Second" }
Join-Two a b
Join-Two -Second b -First a
Join-Two -Sec y x
## STDOUT:
a+b
a+b
x+y
## END

#### default values
# from: about_Functions_Advanced_Parameters (default values)
function Get-Greeting([string]$Name = 'World') { "Hello, $Name" }
Get-Greeting
Get-Greeting -Name Tony
## STDOUT:
Hello, World
Hello, Tony
## END

#### typed parameter converts
# from: about_Functions (typed parameters convert their arguments)
function Add-One([int]$N) { $N + 1 }
Add-One '41'
## stdout: 42

#### switch parameter
# from: about_Functions_Advanced_Parameters (switch parameters)
function Test-Switch([switch]$Force) { if ($Force) { 'forced' } else { 'gentle' } }
Test-Switch
Test-Switch -Force
Test-Switch -Force:$false
## STDOUT:
gentle
forced
gentle
## END

#### args holds unbound arguments
# from: about_Automatic_Variables ($args)
function Show-Args { "count=$($args.Count) first=$($args[0])" }
Show-Args x y z
## stdout: count=3 first=x

#### param block in a script block
# from: about_Script_Blocks (param in script blocks, & invocation)
$sb = { param($a, $b) $a * $b }
& $sb 6 7
$sb.Invoke(2, 3)
## STDOUT:
42
6
## END

#### dot sourcing runs in the current scope
# from: about_Scopes (dot sourcing)
$x = 'outer'
& { $x = 'child' }
$x
. { $x = 'dotted' }
$x
## STDOUT:
outer
dotted
## END

#### function scope does not leak
# from: about_Scopes (variables created in a function are local)
function Set-Local { $inner = 5 }
Set-Local
"inner=[$inner]"
## stdout: inner=[]

#### script and global scope modifiers
# from: about_Scopes ($script: and $global:)
$count = 0
function Add-Count { $script:count++ }
Add-Count; Add-Count
$count
function Set-Global { $global:g = 'G' }
Set-Global
$g
## STDOUT:
2
G
## END

#### child scope reads parent variables
# from: about_Scopes (items of the parent scope are visible)
$shared = 'parent value'
function Read-It { $shared }
Read-It
## stdout: parent value

#### private variables are not visible in child scopes
# from: about_Scopes (the Private option)
$private:secret = 'hidden'
function Peek { "[$secret]" }
Peek
## stdout: []

#### env drive
# from: about_Environment_Variables
$env:PWSHLITE_TEST_VALUE = 'abc'
$env:PWSHLITE_TEST_VALUE
## stdout: abc

#### begin process end
# from: about_Functions (begin/process/end)
function Measure-Items { begin { $n = 0 } process { $n++ } end { "items=$n" } }
1..4 | Measure-Items
## stdout: items=4

#### input in an end block
# from: about_Automatic_Variables ($input in a function without process block)
function Sum-Input { $s = 0; foreach ($i in $input) { $s += $i }; $s }
1..4 | Sum-Input
## stdout: 10

#### filter processes each object
# from: about_Functions (filters)
filter Get-Double { $_ * 2 }
1..3 | Get-Double
## STDOUT:
2
4
6
## END

#### pipeline input by value
# from: about_Functions_Advanced_Parameters (ValueFromPipeline)
function Get-Upper { param([Parameter(ValueFromPipeline)][string]$Text) process { $Text.ToUpper() } }
'a', 'b' | Get-Upper
## STDOUT:
A
B
## END

#### pipeline input by property name
# from: about_Functions_Advanced_Parameters (ValueFromPipelineByPropertyName)
function Show-Name { param([Parameter(ValueFromPipelineByPropertyName)]$Name) process { "name=$Name" } }
[pscustomobject]@{ Name = 'n1' }, [pscustomobject]@{ Name = 'n2' } | Show-Name
## STDOUT:
name=n1
name=n2
## END

#### splatting a hashtable
# from: about_Splatting
function Show-Pair($Key, $Value) { "$Key=$Value" }
$p = @{ Key = 'k'; Value = 'v' }
Show-Pair @p
## stdout: k=v

#### splatting an array
# from: about_Splatting (arrays splat positionally)
function Show-Pair($Key, $Value) { "$Key=$Value" }
$a = 'k1', 'v1'
Show-Pair @a
## stdout: k1=v1

#### splatting a switch
# from: about_Splatting (switch parameters take $true in a splatted hashtable)
function Test-Switch([switch]$On) { "on=$On" }
$s = @{ On = $true }
Test-Switch @s
## stdout: on=True

#### PSBoundParameters
# from: about_Automatic_Variables ($PSBoundParameters)
function Show-Bound { [CmdletBinding()] param($A, $B) $PSBoundParameters.ContainsKey('A'); $PSBoundParameters.ContainsKey('B') }
Show-Bound -A 1
## STDOUT:
True
False
## END

#### ShouldProcess with WhatIf
# from: about_Functions_CmdletBindingAttribute (SupportsShouldProcess); formatting spec §12.1
function Remove-Thing { [CmdletBinding(SupportsShouldProcess)] param($Name) if ($PSCmdlet.ShouldProcess($Name)) { "removed $Name" } }
Remove-Thing -Name box -WhatIf
Remove-Thing -Name box
## STDOUT:
What if: Performing the operation "Remove-Thing" on target "box".
removed box
## END

#### ShouldProcess with an action text
# from: Cmdlet.ShouldProcess(target, action); formatting spec §12.1
function Set-Thing { [CmdletBinding(SupportsShouldProcess)] param() if ($PSCmdlet.ShouldProcess('item1', 'Rename')) { 'did' } }
Set-Thing -WhatIf
## stdout: What if: Performing the operation "Rename" on target "item1".

#### ConfirmImpact High fails in NonInteractive mode
# from: about_Preference_Variables ($ConfirmPreference High); ConsoleHost NonInteractive prompt error
function Remove-All { [CmdletBinding(SupportsShouldProcess, ConfirmImpact = 'High')] param() if ($PSCmdlet.ShouldProcess('all')) { 'gone' } }
Remove-All -Confirm:$false
## stdout: gone

#### WhatIfPreference
# from: about_Preference_Variables ($WhatIfPreference)
function Remove-Thing { [CmdletBinding(SupportsShouldProcess)] param($Name) if ($PSCmdlet.ShouldProcess($Name)) { "removed $Name" } }
$WhatIfPreference = $true
Remove-Thing -Name x
## stdout: What if: Performing the operation "Remove-Thing" on target "x".

#### mandatory parameter given
# from: about_Functions_Advanced_Parameters (Mandatory)
function Need-It { param([Parameter(Mandatory = $true)][string]$Id) "id=$Id" }
Need-It -Id 7
## stdout: id=7

#### parameter sets
# from: about_Functions_Advanced_Parameters (ParameterSetName)
function Get-Thing {
  [CmdletBinding(DefaultParameterSetName = 'ByName')]
  param([Parameter(ParameterSetName = 'ByName', Position = 0)]$Name, [Parameter(ParameterSetName = 'ById')][int]$Id)
  $PSCmdlet.ParameterSetName
}
Get-Thing x
Get-Thing -Id 3
Get-Thing
## STDOUT:
ByName
ById
ByName
## END

#### ValueFromRemainingArguments
# from: about_Functions_Advanced_Parameters (ValueFromRemainingArguments)
function Get-Rest { param($First, [Parameter(ValueFromRemainingArguments = $true)]$Rest) "$First|$($Rest -join ',')" }
Get-Rest a b c
## stdout: a|b,c

#### alias attribute
# from: about_Functions_Advanced_Parameters (Alias attribute)
function Get-Host2 { param([Alias('CN')]$ComputerName) $ComputerName }
Get-Host2 -CN srv1
## stdout: srv1

#### ValidateScript
# from: about_Functions_Advanced_Parameters (ValidateScript)
function Test-Even { param([ValidateScript({ $_ % 2 -eq 0 })][int]$N) "even $N" }
Test-Even 4
## stdout: even 4

#### recursion
# from: about_Functions (functions may call themselves)
function Get-Fact([int]$n) { if ($n -le 1) { 1 } else { $n * (Get-Fact ($n - 1)) } }
Get-Fact 10
## stdout: 3628800

#### call operator with a command name string
# from: about_Operators (call operator & with a string)
$cmd = 'Write-Output'
& $cmd 'via call'
## stdout: via call

#### script file with param and arguments
# from: about_Scripts (scripts with parameters)
param([string]$Name = 'none', [int]$Times = 1)
1..$Times | ForEach-Object { "hi $Name" }
## mode: file
## args: -Name Tony -Times 2
## STDOUT:
hi Tony
hi Tony
## END

#### PSScriptRoot and PSCommandPath
# from: about_Automatic_Variables ($PSScriptRoot, $PSCommandPath)
(Split-Path $PSCommandPath -Leaf)
$PSScriptRoot -eq (Split-Path $PSCommandPath -Parent)
## mode: file
## STDOUT:
case.ps1
True
## END

#### a script calls another script with arguments
# from: about_Scripts (running scripts with arguments)
Set-Content -Path child.ps1 -Value 'param($x) "child got $x"'
.\child.ps1 -x 5
& ./child.ps1 6
## STDOUT:
child got 5
child got 6
## END

#### dot sourcing a script file
# from: about_Scripts (dot sourcing a script)
Set-Content -Path lib.ps1 -Value 'function Get-Lib { "lib" }; $libVar = 1'
. ./lib.ps1
Get-Lib
$libVar
## STDOUT:
lib
1
## END

#### MyInvocation in a function
# from: about_Automatic_Variables ($MyInvocation)
function Who-Am-I { $MyInvocation.MyCommand.Name }
Who-Am-I
## stdout: Who-Am-I

#### ConfirmImpact High without -Confirm:$false in NonInteractive mode
# from: formatting spec §12.2 / ConsoleHost (prompting is unavailable with -NonInteractive)
function Remove-All { [CmdletBinding(SupportsShouldProcess, ConfirmImpact = 'High')] param() if ($PSCmdlet.ShouldProcess('all')) { 'gone' } }
Remove-All
'next'
## stdout: next
## STDERR:
Remove-All : Windows PowerShell is in NonInteractive mode. Read and Prompt functionality is not available.
At line:3 char:1
+ Remove-All
+ ~~~~~~~~~~
    + CategoryInfo          : NotSpecified: (:) [Remove-All], PSInvalidOperationException
    + FullyQualifiedErrorId : System.Management.Automation.PSInvalidOperationException,Remove-All
 
## END

#### Confirm switch forces the question
# from: about_CommonParameters (-Confirm prompts even for low-impact actions)
function Set-Low { [CmdletBinding(SupportsShouldProcess, ConfirmImpact = 'Low')] param() if ($PSCmdlet.ShouldProcess('x')) { 'done' } }
Set-Low
try { Set-Low -Confirm } catch { $_.FullyQualifiedErrorId }
## STDOUT:
done
System.Management.Automation.PSInvalidOperationException,Set-Low
## END

#### pipeline parameter without a process block holds the last object
# from: about_Functions_Advanced_Methods (without a process block the end block runs once)
function Show-Last { param([Parameter(ValueFromPipeline)]$X) "x=$X all=$($input -join ',')" }
1, 2, 3 | Show-Last
## stdout: x=3 all=1,2,3

#### scriptblock Create
# from: ScriptBlock.Create docs ([scriptblock]::Create builds a script block from text)
$sb = [scriptblock]::Create('param($a) $a * 3')
& $sb 4
$sb -is [scriptblock]
## STDOUT:
12
True
## END

#### script parameter defaults see automatic variables
# from: about_Automatic_Variables ($PSScriptRoot and $PWD in param() defaults)
param([string]$Here = (Split-Path $PSCommandPath -Leaf), [string]$Where = "$PWD")
$Here
$Where -eq (Get-Location).Path
## mode: file
## STDOUT:
case.ps1
True
## END
