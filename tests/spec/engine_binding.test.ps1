# Engine: parameter binding errors with PowerShell's exact messages and ids (formatting spec §10.6, issue #3).

#### unknown parameter
# from: formatting spec §10.6 (NamedParameterNotFound example)
Write-Output -Nmae svchost
## STDERR:
Write-Output : A parameter cannot be found that matches parameter name 'Nmae'.
At line:2 char:14
+ Write-Output -Nmae svchost
+              ~~~~~
    + CategoryInfo          : InvalidArgument: (:) [Write-Output], ParameterBindingException
    + FullyQualifiedErrorId : NamedParameterNotFound,Microsoft.PowerShell.Commands.WriteOutputCommand
 
## END
## status: 1

#### missing argument
# from: formatting spec §10.6 (MissingArgument example)
function Get-Proc { [CmdletBinding()] param([string[]]$Name) $Name }
Get-Proc -Name
## STDERR:
Get-Proc : Missing an argument for parameter 'Name'. Specify a parameter of type 'System.String[]' and try again.
At line:3 char:10
+ Get-Proc -Name
+          ~~~~~
    + CategoryInfo          : InvalidArgument: (:) [Get-Proc], ParameterBindingException
    + FullyQualifiedErrorId : MissingArgument,Get-Proc
 
## END
## status: 1

#### ambiguous parameter name
# from: issue #3 (AmbiguousParameter message); formatting spec §10.6
function Get-Pin { [CmdletBinding()] param($Identity, [switch]$IgnoreErrors) $Identity }
Get-Pin -I tony
## STDERR:
Get-Pin : Parameter cannot be processed because the parameter name 'I' is ambiguous. Possible matches include: 
-Identity -IgnoreErrors.
At line:3 char:9
+ Get-Pin -I tony
+         ~~
    + CategoryInfo          : InvalidArgument: (:) [Get-Pin], ParameterBindingException
    + FullyQualifiedErrorId : AmbiguousParameter,Get-Pin
 
## END
## status: 1

#### unique prefix binds
# from: about_Parameters (parameter names can be shortened to a unique prefix)
function Get-Pin { [CmdletBinding()] param($Identity, [switch]$IgnoreErrors) "$Identity $IgnoreErrors" }
Get-Pin -Id tony -Ig
## stdout: tony True

#### conversion error on a cmdlet
# from: formatting spec §10.6 (CannotConvertArgumentNoMessage)
Get-Date -Year abc
## STDERR:
Get-Date : Cannot bind parameter 'Year'. Cannot convert value "abc" to type "System.Int32". Error: "Input string was 
not in a correct format."
At line:2 char:16
+ Get-Date -Year abc
+                ~~~
    + CategoryInfo          : InvalidArgument: (:) [Get-Date], ParameterBindingException
    + FullyQualifiedErrorId : CannotConvertArgumentNoMessage,Microsoft.PowerShell.Commands.GetDateCommand
 
## END
## status: 1

#### conversion error on a function parameter
# from: ParameterBinderBase (typed function parameters use argument transformation)
function Add-One([int]$N) { $N + 1 }
Add-One -N abc
## STDERR:
Add-One : Cannot process argument transformation on parameter 'N'. Cannot convert value "abc" to type "System.Int32". 
Error: "Input string was not in a correct format."
At line:3 char:12
+ Add-One -N abc
+            ~~~
    + CategoryInfo          : InvalidData: (:) [Add-One], ParameterBindingArgumentTransformationException
    + FullyQualifiedErrorId : ParameterArgumentTransformationError,Add-One
 
## END
## status: 1

#### parameter set cannot be resolved
# from: formatting spec §10.6 (AmbiguousParameterSet example)
Where-Object -Property Name -FilterScript { $true }
## STDERR:
Where-Object : Parameter set cannot be resolved using the specified named parameters.
At line:2 char:1
+ Where-Object -Property Name -FilterScript { $true }
+ ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
    + CategoryInfo          : InvalidArgument: (:) [Where-Object], ParameterBindingException
    + FullyQualifiedErrorId : AmbiguousParameterSet,Microsoft.PowerShell.Commands.WhereObjectCommand
 
## END
## status: 1

#### extra positional argument
# from: formatting spec §10.6 (PositionalParameterNotFound)
function Set-One { [CmdletBinding()] param([Parameter(Position = 0)]$Value) $Value }
Set-One a b
## STDERR:
Set-One : A positional parameter cannot be found that accepts argument 'b'.
At line:3 char:1
+ Set-One a b
+ ~~~~~~~~~~~
    + CategoryInfo          : InvalidArgument: (:) [Set-One], ParameterBindingException
    + FullyQualifiedErrorId : PositionalParameterNotFound,Set-One
 
## END
## status: 1

#### ValidateSet failure
# from: formatting spec §10.6 (Set-Thing ValidateSet example)
function Set-Thing { [CmdletBinding()] param([ValidateSet('Low', 'Medium', 'High')]$Level) $Level }
Set-Thing -Level Extreme
## STDERR:
Set-Thing : Cannot validate argument on parameter 'Level'. The argument "Extreme" does not belong to the set 
"Low,Medium,High" specified by the ValidateSet attribute. Supply an argument that is in the set and then try the 
command again.
At line:3 char:18
+ Set-Thing -Level Extreme
+                  ~~~~~~~
    + CategoryInfo          : InvalidData: (:) [Set-Thing], ParameterBindingValidationException
    + FullyQualifiedErrorId : ParameterArgumentValidationError,Set-Thing
 
## END
## status: 1

#### ValidateSet is case-insensitive
# from: about_Functions_Advanced_Parameters (ValidateSet ignores case by default)
function Set-Thing { [CmdletBinding()] param([ValidateSet('Low', 'High')]$Level) $Level }
Set-Thing -Level low
## stdout: low

#### ValidateRange failure
# from: formatting spec §10.6 (ValidateRange messages)
function Set-Count { [CmdletBinding()] param([ValidateRange(1, 10)][int]$Count) $Count }
Set-Count -Count 11
## STDERR:
Set-Count : Cannot validate argument on parameter 'Count'. The 11 argument is greater than the maximum allowed range 
of 10. Supply an argument that is less than or equal to 10 and then try the command again.
At line:3 char:18
+ Set-Count -Count 11
+                  ~~
    + CategoryInfo          : InvalidData: (:) [Set-Count], ParameterBindingValidationException
    + FullyQualifiedErrorId : ParameterArgumentValidationError,Set-Count
 
## END
## status: 1

#### ValidateRange minimum
# from: formatting spec §10.6 (ValidateRange, less than the minimum)
function Set-Count { [CmdletBinding()] param([ValidateRange(1, 10)][int]$Count) $Count }
try { Set-Count -Count 0 } catch { $_.Exception.Message }
## stdout: Cannot validate argument on parameter 'Count'. The 0 argument is less than the minimum allowed range of 1. Supply an argument that is greater than or equal to 1 and then try the command again.

#### ValidatePattern failure
# from: formatting spec §10.6 (ValidatePattern message)
function Set-Code { [CmdletBinding()] param([ValidatePattern('^\d+$')]$Code) $Code }
try { Set-Code -Code 12a } catch { $_.Exception.Message }
## stdout: Cannot validate argument on parameter 'Code'. The argument "12a" does not match the "^\d+$" pattern. Supply an argument that matches "^\d+$" and try the command again.

#### ValidateLength failure
# from: formatting spec §10.6 (ValidateLength messages)
function Set-Pin { [CmdletBinding()] param([ValidateLength(4, 6)][string]$Pin) $Pin }
try { Set-Pin -Pin 12 } catch { $_.Exception.Message }
try { Set-Pin -Pin 1234567 } catch { $_.Exception.Message }
## STDOUT:
Cannot validate argument on parameter 'Pin'. The character length (2) of the argument is too short. Specify an argument with a length that is greater than or equal to "4", and then try the command again.
Cannot validate argument on parameter 'Pin'. The character length of the 7 argument is too long. Shorten the character length of the argument so it is fewer than or equal to "6" characters, and then try the command again.
## END

#### ValidateNotNullOrEmpty failure
# from: formatting spec §10.6 (ValidateNotNullOrEmpty message)
function Set-Name { [CmdletBinding()] param([ValidateNotNullOrEmpty()]$Name) $Name }
try { Set-Name -Name '' } catch { $_.Exception.Message; $_.FullyQualifiedErrorId }
## STDOUT:
Cannot validate argument on parameter 'Name'. The argument is null or empty. Provide an argument that is not null or empty, and then try the command again.
ParameterArgumentValidationError,Set-Name
## END

#### ValidateNotNull failure
# from: formatting spec §10.6 (ValidateNotNull message)
function Set-Obj { [CmdletBinding()] param([ValidateNotNull()]$Obj) $Obj }
try { Set-Obj -Obj $null } catch { $_.Exception.Message }
## stdout: Cannot validate argument on parameter 'Obj'. The argument is null. Provide a valid value for the argument, and then try running the command again.

#### null to a mandatory parameter
# from: formatting spec §10.6 (ParameterArgumentValidationErrorNullNotAllowed)
function Need-It { [CmdletBinding()] param([Parameter(Mandatory)]$Id) $Id }
try { Need-It -Id $null } catch { $_.Exception.Message; $_.FullyQualifiedErrorId }
## STDOUT:
Cannot bind argument to parameter 'Id' because it is null.
ParameterArgumentValidationErrorNullNotAllowed,Need-It
## END

#### empty string to a mandatory string parameter
# from: formatting spec §10.6 (ParameterArgumentValidationErrorEmptyStringNotAllowed)
function Need-It { [CmdletBinding()] param([Parameter(Mandatory)][string]$Id) $Id }
try { Need-It -Id '' } catch { $_.Exception.Message }
## stdout: Cannot bind argument to parameter 'Id' because it is an empty string.

#### AllowEmptyString
# from: about_Functions_Advanced_Parameters (AllowEmptyString)
function Need-It { [CmdletBinding()] param([Parameter(Mandatory)][AllowEmptyString()][string]$Id) "[$Id]" }
Need-It -Id ''
## stdout: []

#### parameter specified twice
# from: formatting spec §10.6 (ParameterAlreadyBound)
function Set-One { [CmdletBinding()] param($Value) $Value }
try { Set-One -Value a -Value b } catch { $_.Exception.Message }
## stdout: Cannot bind parameter because parameter 'Value' is specified more than once. To provide multiple values to parameters that can accept multiple values, use the array syntax. For example, "-parameter value1,value2,value3".

#### missing mandatory parameter in NonInteractive mode
# from: issue #3 (MissingMandatoryParameter in -NonInteractive)
function Need-It { [CmdletBinding()] param([Parameter(Mandatory)]$Id, [Parameter(Mandatory)]$Name) $Id }
Need-It
## STDERR:
Need-It : Cannot process command because of one or more missing mandatory parameters: Id Name.
At line:3 char:1
+ Need-It
+ ~~~~~~~
    + CategoryInfo          : InvalidArgument: (:) [Need-It], ParameterBindingException
    + FullyQualifiedErrorId : MissingMandatoryParameter,Need-It
 
## END
## status: 1

#### bool parameter takes numbers but not strings
# from: ParameterBinderBase (Boolean parameters accept only Boolean values and numbers)
function Set-Flag { [CmdletBinding()] param([bool]$On) "on=$On" }
Set-Flag -On 1
Set-Flag -On $false
try { Set-Flag -On 'yes' } catch { $_.Exception.Message }
## STDOUT:
on=True
on=False
Cannot process argument transformation on parameter 'On'. Cannot convert value "System.String" to type "System.Boolean". Boolean parameters accept only Boolean values and numbers, such as $True, $False, 1 or 0.
## END

#### switch with explicit value
# from: about_Parameters (-Switch:$false)
function T { [CmdletBinding()] param([switch]$Force) "force=$($Force.IsPresent)" }
T -Force:$false
T -Force:$true
## STDOUT:
force=False
force=True
## END

#### array parameter from a comma list
# from: about_Parameters (arrays from comma-separated lists)
function Show-List { [CmdletBinding()] param([string[]]$Items) $Items.Count; $Items -join '|' }
Show-List -Items a, b, c
Show-List -Items single
## STDOUT:
3
a|b|c
1
single
## END

#### common parameter ErrorAction with a bad value
# from: about_CommonParameters (-ErrorAction takes ActionPreference names)
try { Write-Error 'x' -ErrorAction Bogus } catch { $_.FullyQualifiedErrorId }
## stdout: CannotConvertArgumentNoMessage,Microsoft.PowerShell.Commands.WriteErrorCommand

#### common parameter aliases
# from: about_CommonParameters (ea, ev aliases)
Write-Error 'quiet' -ea SilentlyContinue -ev e
$e.Count
## stdout: 1

#### WhatIf is not accepted without SupportsShouldProcess
# from: about_Functions_CmdletBindingAttribute (WhatIf exists only with SupportsShouldProcess)
function Plain { [CmdletBinding()] param() 'ran' }
try { Plain -WhatIf } catch { $_.FullyQualifiedErrorId }
## stdout: NamedParameterNotFound,Plain

#### simple function collects unknown parameters in args
# from: about_Functions (simple functions put unbound arguments in $args)
function Loose { "args=$($args -join ',')" }
Loose -Foo bar
## stdout: args=-Foo,bar

#### pipeline input not bound
# from: ParameterBinderController (InputObjectNotBound)
function Only-Named { [CmdletBinding()] param([Parameter(Mandatory = $false)]$Name) process { 'ran' } }
1 | Only-Named 2>&1 | ForEach-Object { $_.FullyQualifiedErrorId }
## stdout: InputObjectNotBound,Only-Named
## status: 1

#### binding trace
# from: architecture.md (PWSHLITE_TRACE=binding logs each binder stage)
function T { [CmdletBinding()] param($A) $A }
T -A 1
## env: PWSHLITE_TRACE=binding
## stdout: 1
## STDERR:
BIND NAMED [T]: -A = 1
BIND SETS [T]: __AllParameterSets
## END

#### remaining arguments go to the remaining-arguments parameter of the set still possible
# from: about_ForEach-Object (-MemberName with -ArgumentList); ParameterBinderController binds
# ValueFromRemainingArguments within the valid parameter sets
Get-Date -Year 2024 -Month 3 -Day 5 | ForEach-Object ToString 'yyyy-MM-dd'
'a,b' | ForEach-Object Split ','
## STDOUT:
2024-03-05
a
b
## END
