# Engine: terminating and non-terminating errors, try/catch/finally, $Error, $?, exit codes. Issue #3.

#### unknown command
# from: formatting spec §10.5 (unknown command example)
Get-Mailboxx jdoe
## STDERR:
Get-Mailboxx : The term 'Get-Mailboxx' is not recognized as the name of a cmdlet, function, script file, or operable 
program. Check the spelling of the name, or if a path was included, verify that the path is correct and try again.
At line:2 char:1
+ Get-Mailboxx jdoe
+ ~~~~~~~~~~~~
    + CategoryInfo          : ObjectNotFound: (Get-Mailboxx:String) [], CommandNotFoundException
    + FullyQualifiedErrorId : CommandNotFoundException
 
## END
## status: 1

#### throw a string
# from: formatting spec §10.5 (throw "boom")
throw "boom"
## STDERR:
boom
At line:2 char:1
+ throw "boom"
+ ~~~~~~~~~~~~
    + CategoryInfo          : OperationStopped: (boom:String) [], RuntimeException
    + FullyQualifiedErrorId : boom
 
## END
## status: 1

#### Write-Error in a function
# from: formatting spec §10.5 (function Test-It { Write-Error "boom" })
function Test-It { Write-Error "boom" }
Test-It
## STDERR:
Test-It : boom
At line:3 char:1
+ Test-It
+ ~~~~~~~
    + CategoryInfo          : NotSpecified: (:) [Write-Error], WriteErrorException
    + FullyQualifiedErrorId : Microsoft.PowerShell.Commands.WriteErrorException,Test-It
 
## END
## status: 1

#### Write-Error at the top level
# from: formatting spec §10.5 (Write-Error typed at the prompt: no position lines)
Write-Error "boom"
## STDERR:
# from: formatting spec §10.5 (Write-Error typed at the prompt: no position lines)
Write-Error "boom" : boom
    + CategoryInfo          : NotSpecified: (:) [Write-Error], WriteErrorException
    + FullyQualifiedErrorId : Microsoft.PowerShell.Commands.WriteErrorException
 
## END
## status: 1

#### a statement-terminating error does not stop the script
# from: about_Throw / about_Preference_Variables (command errors end only their statement)
Get-NoSuchThing
'still running'
## stdout: still running

#### throw stops the script
# from: about_Throw (throw is script-terminating)
throw 'stop here'
'not reached'
## STDOUT:
## END
## status: 1

#### catch the error record
# from: about_Try_Catch_Finally ($_ is the ErrorRecord)
try { throw 'bad thing' } catch { $_.Exception.Message; $_.FullyQualifiedErrorId; $_.CategoryInfo.Category }
## STDOUT:
bad thing
bad thing
OperationStopped
## END

#### typed catch picks the matching clause
# from: about_Try_Catch_Finally (typed catch blocks)
try { Get-NoSuchThing } catch [System.Management.Automation.CommandNotFoundException] { 'not found' } catch { 'other' }
## stdout: not found

#### catch by base type
# from: about_Try_Catch_Finally (a catch matches derived exception types)
try { Get-NoSuchThing } catch [System.Management.Automation.RuntimeException] { 'runtime' }
## stdout: runtime

#### finally runs after catch
# from: about_Try_Catch_Finally (finally always runs)
try { throw 'x' } catch { 'catch' } finally { 'finally' }
## STDOUT:
catch
finally
## END

#### finally runs without an error
# from: about_Try_Catch_Finally
try { 'body' } finally { 'finally' }
## STDOUT:
body
finally
## END

#### rethrow from catch
# from: about_Throw (throw with no argument in a catch rethrows)
try { try { throw 'inner' } catch { throw } } catch { "outer caught $_" }
## stdout: outer caught inner

#### error in a function propagates to the caller's try
# from: about_Try_Catch_Finally (terminating errors propagate up the call stack)
function Fail-Inside { Get-NoSuchThing; 'after inside' }
try { Fail-Inside } catch { 'caught in caller' }
## stdout: caught in caller

#### non-terminating error is not caught without Stop
# from: about_Try_Catch_Finally (only terminating errors are caught)
try { Write-Error 'soft' 2>$null; 'continued' } catch { 'caught' }
## stdout: continued

#### ErrorAction Stop makes it catchable
# from: about_CommonParameters (-ErrorAction Stop)
try { Write-Error 'hard' -ErrorAction Stop; 'not here' } catch { "caught $_" }
## stdout: caught hard

#### ErrorActionPreference Stop
# from: about_Preference_Variables ($ErrorActionPreference = 'Stop')
$ErrorActionPreference = 'Stop'
try { Write-Error 'pref stop'; 'not here' } catch { "caught $_" }
## stdout: caught pref stop

#### ErrorAction SilentlyContinue hides but records
# from: about_CommonParameters (-ErrorAction SilentlyContinue still adds to $Error)
Write-Error 'quiet one' -ErrorAction SilentlyContinue
$Error.Count
$Error[0].Exception.Message
## STDOUT:
1
quiet one
## END

#### ErrorAction Ignore does not record
# from: about_CommonParameters (-ErrorAction Ignore does not add to $Error)
Write-Error 'ignored' -ErrorAction Ignore
$Error.Count
## stdout: 0

#### Error holds newest first
# from: about_Automatic_Variables ($Error: the most recent error is $Error[0])
Write-Error 'first' 2>$null
Write-Error 'second' 2>$null
$Error[0].ToString()
$Error[1].ToString()
## STDOUT:
second
first
## END

#### dollar question mark
# from: about_Automatic_Variables ($?)
Write-Output 'ok' | Out-Null
$?
Write-Error 'no' 2>$null
$?
## STDOUT:
True
False
## END

#### ErrorVariable collects
# from: about_CommonParameters (-ErrorVariable)
Write-Error 'one' -ErrorVariable ev -ErrorAction SilentlyContinue
Write-Error 'two' -ErrorVariable +ev -ErrorAction SilentlyContinue
$ev.Count
## stdout: 2

#### ErrorVariable on a function collects inner errors
# from: about_CommonParameters (-ErrorVariable on advanced functions)
function Do-Work { [CmdletBinding()] param() Write-Error 'inner failure' }
Do-Work -ErrorVariable problems -ErrorAction SilentlyContinue
"$problems"
## stdout: inner failure

#### throw an object
# from: about_Throw (any object can be thrown; TargetObject holds it)
try { throw 42 } catch { $_.TargetObject; $_.Exception.Message }
## STDOUT:
42
42
## END

#### exit code after a failed last statement
# from: about_pwsh (-Command: exit code 1 when the last statement failed)
'x'
Get-NoSuchThing
## stdout: x
## status: 1

#### exit code after success
# from: about_pwsh (-Command: exit code 0 when the last statement succeeded)
Get-NoSuchThing 2>$null
'fine'
## stdout: fine
## status: 0

#### script file stopped by throw exits 1
# from: about_Scripts (an unhandled terminating error ends the script)
'start'
throw 'fatal'
'unreached'
## mode: file
## stdout: start
## status: 1

#### call depth overflow
# from: issue #3 (deep recursion ends with the call depth message)
function Recurse { Recurse }
Recurse
## status: 1
## STDOUT:
## END

#### call depth overflow message
# from: ScriptCallDepthException (The script failed due to call depth overflow.)
function Recurse { Recurse }
try { Recurse } catch { $_.Exception.Message }
## stdout: The script failed due to call depth overflow.

#### method not found
# from: issue #3 (Method invocation failed because [System.String] does not contain a method named 'Foo'.)
try { 'abc'.Foo() } catch { $_.Exception.Message }
## stdout: Method invocation failed because [System.String] does not contain a method named 'Foo'.

#### unknown type
# from: issue #3 (Unable to find type [X].)
try { [NoSuchType]::New() } catch { $_.Exception.Message }
## stdout: Unable to find type [NoSuchType].

#### method call on null
# from: about_Null (You cannot call a method on a null-valued expression.)
try { $nothing.Trim() } catch { $_.Exception.Message; $_.FullyQualifiedErrorId }
## STDOUT:
You cannot call a method on a null-valued expression.
InvokeMethodOnNull
## END

#### index into null
# from: about_Arrays (Cannot index into a null array.)
try { $nothing[0] } catch { $_.Exception.Message }
## stdout: Cannot index into a null array.

#### strict mode undefined variable
# from: Set-StrictMode docs (Version 1: uninitialized variables are errors)
Set-StrictMode -Version 1
try { $undefinedThing } catch { $_.Exception.Message }
## stdout: The variable '$undefinedThing' cannot be retrieved because it has not been set.

#### LASTEXITCODE after exit in a child script
# from: about_Automatic_Variables ($LASTEXITCODE)
Set-Content -Path child.ps1 -Value 'exit 5'
./child.ps1
$LASTEXITCODE
## stdout: 5

#### division by zero is a RuntimeException wrapping DivideByZeroException
# from: PowerShell 5.1 source, ParserOps/ArithmeticOps (DivideByZeroException wrapped in RuntimeException,
# message "Attempted to divide by zero."); ExceptionHandlingOps.FindMatchingHandler checks the inner exception
try { 1/0 } catch [System.DivideByZeroException] { "caught: $($_.Exception.Message)" }
try { 1/$null } catch [DivideByZeroException] {
    $_.Exception.GetType().FullName
    $_.Exception.InnerException.GetType().FullName
    $_.FullyQualifiedErrorId
}
$z = 0
try { 7 % $z } catch [System.ArithmeticException] { 'arithmetic' }
## STDOUT:
caught: Attempted to divide by zero.
System.Management.Automation.RuntimeException
System.DivideByZeroException
RuntimeException
arithmetic
## END

#### uncaught division by zero
# from: PowerShell 5.1 (RuntimeException, NotSpecified category, message "Attempted to divide by zero.")
$a = 1
$a / 0
## STDERR:
Attempted to divide by zero.
At line:3 char:1
+ $a / 0
+ ~~~~~~
    + CategoryInfo          : NotSpecified: (:) [], RuntimeException
    + FullyQualifiedErrorId : RuntimeException
 
## END
## status: 1

#### error record properties as Format-List * -Force lists them
# from: ErrorRecord / ErrorCategoryInfo.GetMessage / InvocationInfo public members; PowerShellCore types.ps1xml (PSMessageDetails)
try { 1/0 } catch { $e = $_ }
"[$($e.CategoryInfo)] [$($e.InvocationInfo)]"
$e | Format-List * -Force
## STDOUT:
[NotSpecified: (:) [], RuntimeException] [System.Management.Automation.InvocationInfo]


PSMessageDetails      : 
Exception             : System.Management.Automation.RuntimeException: Attempted to divide by zero.
TargetObject          : 
CategoryInfo          : NotSpecified: (:) [], RuntimeException
FullyQualifiedErrorId : RuntimeException
ErrorDetails          : 
InvocationInfo        : System.Management.Automation.InvocationInfo
ScriptStackTrace      : at <ScriptBlock>, <No file>: line 1
PipelineIterationInfo : {}



## END

#### -ErrorVariable holds errors that stopped the command
# from: MshCommandRuntime (AppendErrorToVariables before the Stop check; ThrowTerminatingError appends too)
try { Get-Item ./nope -ErrorAction Stop -ErrorVariable ev } catch { 'caught' }
$ev.Count
try { [pscustomobject]@{a=1} | Format-Table -View Nope -ErrorVariable ev2 } catch { 'caught again' }
$ev2[0].FullyQualifiedErrorId
## STDOUT:
caught
1
caught again
FormatViewNotFound,Microsoft.PowerShell.Commands.FormatTableCommand
## END

#### strict mode 2 makes missing properties errors; hashtable keys stay silent
# from: about_Set-StrictMode (Version 2.0: references to non-existent properties); PropertyNotFoundStrict
Set-StrictMode -Version 2
$o = [pscustomobject]@{a=1}
$h = @{}
$null -eq $h.missing
$o.a
try { $o.b } catch { $_.FullyQualifiedErrorId; $_.Exception.Message }
try { (5).Count } catch { $_.CategoryInfo.Reason }
try { $null.Name } catch { 'null has no properties' }
@(1,2).Count
## STDOUT:
True
1
PropertyNotFoundStrict
The property 'b' cannot be found on this object. Verify that the property exists.
PropertyNotFoundException
null has no properties
2
## END

#### strict mode is scoped
# from: about_Set-StrictMode (effective only in the scope in which it is set and in its child scopes)
function Set-Lax { Set-StrictMode -Off; "inside: $undefinedOne" }
Set-StrictMode -Version 1
Set-Lax
try { $undefinedTwo } catch { 'outside still strict' }
## STDOUT:
inside: 
outside still strict
## END
