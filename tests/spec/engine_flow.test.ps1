# Engine: control flow (if, loops, labels, switch, return, exit, trap). Issue #3 "Control flow".

#### if elseif else
# from: about_If (the first true condition's block runs)
$x = 5
if ($x -gt 10) { 'big' } elseif ($x -gt 3) { 'medium' } else { 'small' }
## stdout: medium

#### foreach over range
# from: about_Foreach
foreach ($i in 1..3) { "item $i" }
## STDOUT:
item 1
item 2
item 3
## END

#### foreach over null does nothing
# from: about_Foreach (PowerShell 3.0+: no iteration over $null)
foreach ($i in $null) { 'ran' }
'done'
## stdout: done

#### for loop
# from: about_For
for ($i = 0; $i -lt 3; $i++) { $i }
## STDOUT:
0
1
2
## END

#### while loop
# from: about_While
$n = 3
while ($n -gt 0) { $n; $n-- }
## STDOUT:
3
2
1
## END

#### do while and do until
# from: about_Do
$i = 0; do { $i++ } while ($i -lt 3); $i
$j = 0; do { $j++ } until ($j -ge 5); $j
## STDOUT:
3
5
## END

#### break and continue
# from: about_Break, about_Continue
foreach ($i in 1..6) { if ($i -eq 2) { continue }; if ($i -eq 5) { break }; $i }
## STDOUT:
1
3
4
## END

#### labelled break leaves the outer loop
# from: about_Break (labelled break)
:outer foreach ($a in 1..3) { foreach ($b in 1..3) { if ($b -eq 2) { break outer }; "$a-$b" } }
'end'
## STDOUT:
1-1
end
## END

#### labelled continue resumes the outer loop
# from: about_Continue (labelled continue)
:outer foreach ($a in 1..2) { foreach ($b in 1..3) { if ($b -eq 2) { continue outer }; "$a-$b" } }
## STDOUT:
1-1
2-1
## END

#### switch runs every matching clause
# from: about_Switch (each matching condition runs)
switch (3) { 3 { 'three' } { $_ -gt 2 } { 'more than two' } 4 { 'four' } }
## STDOUT:
three
more than two
## END

#### switch default
# from: about_Switch (default runs when nothing matched)
switch ('x') { 'a' { 'A' } default { 'none' } }
## stdout: none

#### switch over an array with break
# from: about_Switch (arrays are iterated; break ends the whole switch)
switch (1, 2, 3) { 2 { 'two'; break } default { "d$_" } }
## STDOUT:
d1
two
## END

#### switch continue moves to next element
# from: about_Switch (continue skips to the next input element)
switch (1, 2) { 1 { 'one'; continue } { $true } { "any $_" } }
## STDOUT:
one
any 2
## END

#### switch is case-insensitive by default
# from: about_Switch (string comparison ignores case unless -CaseSensitive)
switch ('ABC') { 'abc' { 'matched' } }
switch -CaseSensitive ('ABC') { 'abc' { 'cs matched' } default { 'cs no' } }
## STDOUT:
matched
cs no
## END

#### switch -Wildcard
# from: about_Switch (-Wildcard)
switch -Wildcard ('report.csv') { '*.csv' { 'csv' } 'rep*' { 'rep' } '*.txt' { 'txt' } }
## STDOUT:
csv
rep
## END

#### switch -Regex fills $Matches
# from: about_Switch (-Regex; $Matches is set by the matching clause)
switch -Regex ('user42') { '(\d+)$' { "number $($Matches[1])" } }
## stdout: number 42

#### switch -File reads lines
# from: about_Switch (-File processes each line of a file)
Set-Content -Path lines.txt -Value 'alpha', 'beta'
switch -File lines.txt { 'beta' { 'found beta' } default { "other $_" } }
## STDOUT:
other alpha
found beta
## END

#### return writes its value and leaves
# from: about_Return
function Get-Two { 'one'; return 'two'; 'three' }
Get-Two
## STDOUT:
one
two
## END

#### output of all statements is returned
# from: about_Return (every statement's output is part of the result)
function Get-Many { 1; 2; return }
(Get-Many).Count
## stdout: 2

#### exit with a code
# from: about_Language_Keywords (exit)
'before'
exit 4
'after'
## stdout: before
## status: 4

#### exit code from a script file
# from: about_Scripts / powershell.exe -File (exit N sets the process exit code)
param($Code)
"code $Code"
exit $Code
## mode: file
## args: 7
## stdout: code 7
## status: 7

#### trap continue resumes after the failing statement
# from: about_Trap (continue in a trap)
trap { "trapped: $_"; continue }
throw 'oops'
'after'
## STDOUT:
trapped: oops
after
## END

#### trap without continue shows the error and continues
# from: about_Trap (without break/continue the error is written and execution continues)
trap { 'in trap' }
throw 'bad'
'next'
## STDOUT:
in trap
next
## END

#### nested loops with the same variable
# from: about_Foreach (the loop variable is an ordinary variable of the scope)
foreach ($i in 1..2) { }
$i
## stdout: 2

#### increment statements write nothing
# from: about_Assignment_Operators (++ as a statement has no output)
$i = 1
$i++
++$i
$i
## stdout: 3

#### assignment of if statement
# from: about_If (statements can be used as values)
$v = if ($true) { 'yes' } else { 'no' }
$v
## stdout: yes

#### array unrolling on output
# from: about_Pipelines (arrays are enumerated one level when written)
function Get-Arr { @(1, 2, 3) }
(Get-Arr | Measure-Object).Count
function Get-Wrapped { , @(1, 2, 3) }
(Get-Wrapped | Measure-Object).Count
## STDOUT:
3
1
## END

#### break outside a loop stops the script
# from: about_Break (break outside a loop ends the script)
'a'
break
'b'
## stdout: a
