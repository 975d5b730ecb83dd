# Core stream cmdlets: Write-Host, Write-Error, Write-Warning, Write-Verbose, Write-Debug,
# Write-Information, Out-Null (formatting.md §10, §11; docs.microsoft.com Microsoft.PowerShell.Utility).

#### write-host joins an array with the separator
# from: docs Write-Host example 2 (Write-Host (2,4,6,8,10,12) -Separator ", +2= ")
Write-Host (2,4,6,8,10,12) -Separator ", +2= "
## STDOUT:
2, +2= 4, +2= 6, +2= 8, +2= 10, +2= 12
## END

#### write-host nonewline
# from: docs Write-Host example 1 (-NoNewline)
Write-Host "no newline test " -NoNewline; Write-Host "second string"
## STDOUT:
no newline test second string
## END

#### write-host remaining arguments are joined with spaces
# from: formatting.md §11.2 (Write-Host 1,2,3 -> 1 2 3; Write-Host a b -Separator ',' -> a,b)
Write-Host 1,2,3
Write-Host a b -Separator ','
## STDOUT:
1 2 3
a,b
## END

#### write-host hashtable prints dictionary entries
# from: formatting.md §11.2 (Write-Host @{a=1} -> System.Collections.DictionaryEntry)
Write-Host @{a=1}
## STDOUT:
System.Collections.DictionaryEntry
## END

#### write-host null and empty write empty lines
# from: formatting.md §11.2 ($null/empty -> nothing, then the line break)
Write-Host $null; Write-Host ''; Write-Host x
## STDOUT:


x
## END

#### write-host colours are not written when not on a terminal
# from: issue 3 (colour only on a terminal, honouring NO_COLOR); docs Write-Host example 4
Write-Host "Red on white text." -ForegroundColor red -BackgroundColor white
## STDOUT:
Red on white text.
## END

#### write-host bad colour is a binding error
# from: EnumExpressionEvaluatorStrings.resx NoEnumNameMatch; Add-Member.Tests.ps1 (CannotConvertArgumentNoMessage)
Write-Host x -ForegroundColor Pink
## STDERR:
Write-Host : Cannot bind parameter 'ForegroundColor'. Cannot convert value "Pink" to type "System.ConsoleColor". 
Error: "Unable to match the identifier name Pink to a valid enumerator name. Specify one of the following enumerator 
names and try again:
Black, DarkBlue, DarkGreen, DarkCyan, DarkRed, DarkMagenta, DarkYellow, Gray, DarkGray, Blue, Green, Cyan, Red, 
Magenta, Yellow, White"
At line:2 char:31
+ Write-Host x -ForegroundColor Pink
+                               ~~~~
    + CategoryInfo          : InvalidArgument: (:) [Write-Host], ParameterBindingException
    + FullyQualifiedErrorId : CannotConvertArgumentNoMessage,Microsoft.PowerShell.Commands.WriteHostCommand
 
## END
## status: 1

#### write-error at the top level
# from: formatting.md §10.2 (Write-Error at the top level: prefix is the command line, no position)
Write-Error "Access denied."
## STDERR:
# from: formatting.md §10.2 (Write-Error at the top level: prefix is the command line, no position)
Write-Error "Access denied." : Access denied.
    + CategoryInfo          : NotSpecified: (:) [Write-Error], WriteErrorException
    + FullyQualifiedErrorId : Microsoft.PowerShell.Commands.WriteErrorException
 
## END
## status: 1

#### write-error with a category
# from: docs Write-Error example 2 (-Category InvalidArgument)
Write-Error -Message "Error: Too many input values." -Category InvalidArgument
## STDERR:
# from: docs Write-Error example 2 (-Category InvalidArgument)
Write-Error -Message "Error: Too many input values." -Category InvalidArgument : Error: Too many input values.
    + CategoryInfo          : InvalidArgument: (:) [Write-Error], WriteErrorException
    + FullyQualifiedErrorId : Microsoft.PowerShell.Commands.WriteErrorException
 
## END
## status: 1

#### write-error error id and target object
# from: docs Write-Error (-ErrorId, -TargetObject: CategoryInfo shows the target and its type)
Write-Error "bad" -ErrorId MyId -TargetObject tgt -Category ObjectNotFound
## STDERR:
# from: docs Write-Error (-ErrorId, -TargetObject: CategoryInfo shows the target and its type)
Write-Error "bad" -ErrorId MyId -TargetObject tgt -Category ObjectNotFound : bad
    + CategoryInfo          : ObjectNotFound: (tgt:String) [Write-Error], WriteErrorException
    + FullyQualifiedErrorId : MyId
 
## END
## status: 1

#### write-error in a function names the function
# from: formatting.md §10.2 (Write-Error in a function: prefix is the function name, id suffixed with it)
function f { Write-Error "inside" }; f
## STDERR:
f : inside
At line:2 char:38
+ function f { Write-Error "inside" }; f
+                                      ~
    + CategoryInfo          : NotSpecified: (:) [Write-Error], WriteErrorException
    + FullyQualifiedErrorId : Microsoft.PowerShell.Commands.WriteErrorException,f
 
## END
## status: 1

#### write-error record in the error variable
# from: docs about_CommonParameters (-ErrorVariable); docs Write-Error (WriteErrorException)
Write-Error "x" -ErrorVariable e -ErrorAction SilentlyContinue
$e.Count
$e[0].Exception.Message
$e[0].FullyQualifiedErrorId
## STDOUT:
1
x
Microsoft.PowerShell.Commands.WriteErrorException
## END

#### write-error category overrides
# from: docs Write-Error (-CategoryActivity -CategoryReason -CategoryTargetName -CategoryTargetType)
Write-Error -Message m -CategoryReason MyReason -CategoryActivity MyAct -CategoryTargetName TN -CategoryTargetType TT -ErrorAction SilentlyContinue -ErrorVariable ev
$ev[0].CategoryInfo.Activity
$ev[0].CategoryInfo.Reason
$ev[0].CategoryInfo.TargetName
$ev[0].CategoryInfo.TargetType
## STDOUT:
MyAct
MyReason
TN
TT
## END

#### write-error stop makes it catchable
# from: docs about_Try_Catch_Finally; Write-Error with -ErrorAction Stop
try { Write-Error "caught" -ErrorAction Stop } catch { "got: " + $_.Exception.Message }
## STDOUT:
got: caught
## END

#### write-warning prefix and pipeline input
# from: formatting.md §11.1 (WARNING: prefix); docs Write-Warning (Message accepts pipeline input)
Write-Warning "This is only a test warning."
"a","b" | Write-Warning
## STDOUT:
WARNING: This is only a test warning.
WARNING: a
WARNING: b
## END

#### write-verbose only with the preference or -Verbose
# from: formatting.md §11.1 (Verbose only when the preference or -Verbose asks for it)
Write-Verbose "quiet"
Write-Verbose "loud" -Verbose
$VerbosePreference = "Continue"; Write-Verbose "Processing user list"
## STDOUT:
VERBOSE: loud
VERBOSE: Processing user list
## END

#### write-debug with continue preference
# from: formatting.md §11.1 (DEBUG: prefix); docs Write-Debug example 2
Write-Debug "hidden"
$DebugPreference = "Continue"; Write-Debug "Cannot open file."
## STDOUT:
DEBUG: Cannot open file.
## END

#### write-information is not displayed by default
# from: formatting.md §11.1 (Write-Information not displayed by default in 5.1); docs Write-Information example
Write-Information "quiet"
Write-Information -MessageData "Got your features!" -InformationAction Continue
## STDOUT:
Got your features!
## END

#### out-null discards output
# from: docs Out-Null example 1
Get-ChildItem | Out-Null
1..3 | Out-Null
"done"
## STDOUT:
done
## END
