# Engine: output, warning, verbose, debug, information and host streams; preferences; redirection. Issue #3.

#### warning is shown with its prefix
# from: formatting spec §11.1 (WARNING: prefix)
Write-Warning 'disk almost full'
## stdout: WARNING: disk almost full

#### verbose is hidden by default
# from: about_Preference_Variables ($VerbosePreference defaults to SilentlyContinue)
Write-Verbose 'details'
'done'
## stdout: done

#### verbose switch shows it
# from: about_CommonParameters (-Verbose)
Write-Verbose 'details' -Verbose
## stdout: VERBOSE: details

#### verbose preference
# from: about_Preference_Variables ($VerbosePreference = 'Continue')
$VerbosePreference = 'Continue'
Write-Verbose 'now visible'
## stdout: VERBOSE: now visible

#### verbose flows into advanced functions
# from: about_CommonParameters (-Verbose sets $VerbosePreference in the function)
function Do-It { [CmdletBinding()] param() Write-Verbose 'inside'; 'result' }
Do-It
Do-It -Verbose
## STDOUT:
result
VERBOSE: inside
result
## END

#### debug preference
# from: about_Preference_Variables ($DebugPreference)
Write-Debug 'hidden'
$DebugPreference = 'Continue'
Write-Debug 'shown'
## stdout: DEBUG: shown

#### warning preference silently continue
# from: about_Preference_Variables ($WarningPreference)
$WarningPreference = 'SilentlyContinue'
Write-Warning 'muted'
'end'
## stdout: end

#### WarningAction and WarningVariable
# from: about_CommonParameters (-WarningAction, -WarningVariable)
Write-Warning 'kept' -WarningAction SilentlyContinue -WarningVariable w
"captured: $w"
## stdout: captured: kept

#### information is hidden by default in 5.1
# from: formatting spec §11.1 (Write-Information is not displayed by default in 5.1)
Write-Information 'info'
Write-Information 'shown' -InformationAction Continue
## stdout: shown

#### write-host is not output
# from: formatting spec §11.2 (Write-Host bypasses the output stream)
$x = Write-Host 'to host'
"x is [$x]"
## STDOUT:
to host
x is []
## END

#### error record into output with 2>&1
# from: about_Redirection (2>&1 merges errors into output)
$r = Write-Error 'merged' 2>&1
$r -is [System.Management.Automation.ErrorRecord]
"$r"
## STDOUT:
True
merged
## END

#### errors discarded with 2>$null
# from: about_Redirection (2>$null)
Write-Error 'gone' 2>$null
'after'
## stdout: after
## STDERR:
## END

#### output redirected to a file
# from: about_Redirection (> and >>)
'line one' > out.txt
'line two' >> out.txt
Get-Content out.txt
## STDOUT:
line one
line two
## END

#### output discarded with > $null
# from: about_Redirection (> $null)
'nothing' > $null
'visible'
## stdout: visible

#### all streams redirected
# from: about_Redirection (*> redirects every stream)
function Noisy { [CmdletBinding()] param() 'out'; Write-Warning 'warn'; Write-Error 'err' }
Noisy *> all.txt
(Get-Content all.txt)[0]
(Get-Content all.txt)[1]
## STDOUT:
out
warn
## END

#### warning merged into output
# from: about_Redirection (3>&1)
$w = Write-Warning 'as output' 3>&1
"got: $w"
## stdout: got: as output

#### OutVariable
# from: about_CommonParameters (-OutVariable)
Write-Output 1, 2, 3 -OutVariable saved | Out-Null
$saved.Count
## stdout: 3

#### OutVariable on a function
# from: about_CommonParameters (-OutVariable on advanced functions)
function Get-Nums { [CmdletBinding()] param() 1; 2 }
$null = Get-Nums -OutVariable nums
$nums -join ','
## stdout: 1,2

#### objects stream one at a time
# from: about_Pipelines (each object is passed on as soon as it is produced)
function Emit { [CmdletBinding()] param() process { 'emit 1'; 'emit 2' } }
function Show { [CmdletBinding()] param([Parameter(ValueFromPipeline)]$In) process { "got $In" } }
Emit | Show
## STDOUT:
got emit 1
got emit 2
## END

#### begin of every command runs first
# from: about_Functions (every begin block runs before any input is processed; earlier output waits)
function A { begin { 'A begin' } process { 'A process' } }
function B { begin { 'B begin' } process { "B got [$_]" } }
A | B
## STDOUT:
B begin
B got [A begin]
B got [A process]
## END

#### assignment collects pipeline output
# from: about_Assignment_Operators (a pipeline's output is collected into the variable)
$one = Write-Output 'single'
$many = Write-Output 'a', 'b'
$none = Write-Output @()
$one.GetType().Name
$many.Count
$null -eq $none
## STDOUT:
String
2
True
## END

#### member enumeration
# from: about_Member-Access_Enumeration
$items = [pscustomobject]@{ Name = 'a' }, [pscustomobject]@{ Name = 'b' }
$items.Name -join ','
## stdout: a,b

#### Where-Object simplified syntax
# from: Where-Object docs (comparison statement form)
$items = [pscustomobject]@{ N = 'a'; V = 1 }, [pscustomobject]@{ N = 'b'; V = 5 }
($items | Where-Object V -gt 2).N
($items | Where-Object N -eq 'A').V
($items | Where-Object N -CEQ 'A').Count
## STDOUT:
b
1
0
## END

#### Where-Object property truthiness
# from: Where-Object docs (Where-Object Property: objects whose property value is true)
$items = [pscustomobject]@{ N = 'a'; On = $true }, [pscustomobject]@{ N = 'b'; On = $false }
($items | Where-Object On).N
## stdout: a

#### ForEach-Object member name
# from: ForEach-Object docs (-MemberName property and method forms)
'abc', 'de' | ForEach-Object Length
'abc' | ForEach-Object ToUpper
## STDOUT:
3
2
ABC
## END

#### ForEach-Object runs in the caller scope
# from: ForEach-Object docs (the script block runs in the current scope)
$total = 0
1..4 | ForEach-Object { $total += $_ }
$total
## stdout: 10

#### ForEach-Object begin process end positional
# from: ForEach-Object docs (several script blocks: begin, process, end)
1..2 | ForEach-Object { 'start' } { "item $_" } { 'stop' }
## STDOUT:
start
item 1
item 2
stop
## END

#### percent and question mark aliases
# from: Get-Alias in Windows PowerShell 5.1 (% and ?)
1..6 | ? { $_ % 2 } | % { $_ * 10 }
## STDOUT:
10
30
50
## END

#### PipelineVariable
# from: about_CommonParameters (-PipelineVariable holds the current output object of the command)
1..3 | Write-Output -PipelineVariable pv | ForEach-Object { "pv=$pv item=$_" }
## STDOUT:
pv=1 item=1
pv=2 item=2
pv=3 item=3
## END

#### Select-Object -First stops the upstream commands
# from: Select-Object docs (-First stops the commands that generate the objects)
$n = 0
1..100000 | ForEach-Object { $n++; $_ } | Select-Object -First 3
"generated $n"
## STDOUT:
1
2
3
generated 3
## END

#### merged warning shown by Out-Default keeps its prefix
# from: about_Redirection (3>&1: the warning record reaches Out-Default, which shows it as a warning)
Write-Warning 'merged' 3>&1
## stdout: WARNING: merged

#### Select-Object -First after a command that writes in its end block
# from: Select-Object docs (-First); Sort-Object writes its output from its end block
3, 1, 2 | Sort-Object | Select-Object -First 2
## STDOUT:
1
2
## END

#### foreach-object streams each object before the next error
# from: ForEachObjectCommand.ProcessRecord (the script block's WriteObject goes downstream at once)
1..2 | ForEach-Object { $_; Write-Error "e$_" } 2>&1 | ForEach-Object { "got $_" }
## STDOUT:
got 1
got e1
got 2
got e2
## END
## status: 1

#### invoke-command and invoke-expression stream their output too
# from: InvokeCommandCommand / InvokeExpressionCommand (the script block's WriteObject goes downstream at once)
Invoke-Command { 1; Write-Error e1 } 2>&1 | ForEach-Object { "ic $_" }
Invoke-Expression '2; Write-Error e2' 2>&1 | ForEach-Object { "iex $_" }
## STDOUT:
ic 1
ic e1
iex 2
iex e2
## END
## status: 1
