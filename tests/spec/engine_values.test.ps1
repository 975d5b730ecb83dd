# Engine + value layer end to end: PowerShell's value semantics as issue #3 lists them.

#### left operand decides addition
# from: about_Arithmetic_Operators (the left operand's type decides)
"1" + 1
1 + "1"
## STDOUT:
11
2
## END

#### string multiplication and array concatenation
# from: about_Arithmetic_Operators ("ab" * 3; arrays + scalars)
"ab" * 3
(1, 2 + 3).Count
## STDOUT:
ababab
3
## END

#### comparisons ignore case unless c-prefixed
# from: about_Comparison_Operators (case-insensitive by default, c prefix is case-sensitive)
'ABC' -eq 'abc'
'ABC' -ceq 'abc'
'ABC' -ieq 'abc'
## STDOUT:
True
False
True
## END

#### comparison filters a collection
# from: about_Comparison_Operators (with a collection on the left the operator filters it)
(1, 2, 3, 4 -gt 2) -join ','
('a', 'b', 'a' -eq 'a').Count
## STDOUT:
3,4
2
## END

#### null on the left for collections
# from: about_Comparison_Operators ($null should be on the left side)
$arr = @($null, 1)
$null -eq $arr
(@(1, $null) -eq $null).Count
## STDOUT:
False
1
## END

#### truthiness
# from: about_Booleans (conversions to Boolean)
[bool]'' ; [bool]'x' ; [bool]0 ; [bool]@() ; [bool]@(0) ; [bool]@(1, 2) ; [bool]$null
## STDOUT:
False
True
False
False
False
True
False
## END

#### like and match
# from: about_Comparison_Operators (-like wildcards, -match regex and $Matches)
'report.csv' -like '*.csv'
'user42' -match '(\d+)'
$Matches[1]
'abc' -notmatch 'x'
## STDOUT:
True
True
42
True
## END

#### replace with regex and groups
# from: about_Comparison_Operators (-replace with $1 substitutions)
'John Smith' -replace '(\w+) (\w+)', '$2, $1'
'a.b.c' -replace '\.', '-'
'ABC' -creplace 'b', 'x'
## STDOUT:
Smith, John
a-b-c
ABC
## END

#### split and join
# from: about_Split, about_Join
('a,b,,c' -split ',').Count
('a1b2c' -split '\d') -join '|'
-join ('x', 'y')
(1, 2, 3) -join '+'
## STDOUT:
4
a|b|c
xy
1+2+3
## END

#### contains and in
# from: about_Comparison_Operators (containment operators)
1, 2, 3 -contains 2
'b' -in 'a', 'b'
'B' -cin 'a', 'b'
## STDOUT:
True
True
False
## END

#### format operator
# from: about_Operators (-f with .NET format strings)
'{0:N2}' -f 1234.5
'[{0,-6}]' -f 'ab'
'[{0,6}]' -f 'ab'
'{0:P1}' -f 0.256
'{0:X}' -f 255
'{0:yyyy-MM-dd}' -f [datetime]'2024-03-05'
## STDOUT:
1,234.50
[ab    ]
[    ab]
25.6 %
FF
2024-03-05
## END

#### ranges
# from: about_Operators (range operator, descending ranges)
(1..4) -join ','
(3..1) -join ','
## STDOUT:
1,2,3,4
3,2,1
## END

#### casts
# from: about_Type_Conversion
[int]'42' + 1
[int]3.5
[int]2.5
[string](1, 2)
[char]65
[double]'1.5'
## STDOUT:
43
4
2
1 2
A
1.5
## END

#### is and as
# from: about_Type_Operators
5 -is [int]
'5' -is [string]
'5' -as [int]
('x' -as [int]) -eq $null
## STDOUT:
True
True
5
True
## END

#### typed array
# from: about_Arrays (strongly typed arrays convert their elements)
[int[]]$nums = '1', '2'
$nums[0] + $nums[1]
## stdout: 3

#### hashtable keys are case-insensitive
# from: about_Hash_Tables (keys are case-insensitive)
$h = @{ Name = 'x' }
$h.name
$h['NAME']
$h.ContainsKey('nAmE')
## STDOUT:
x
x
True
## END

#### ordered hashtable keeps order
# from: about_Hash_Tables ([ordered])
$o = [ordered]@{ z = 1; a = 2 }
$o.Keys -join ','
## stdout: z,a

#### pscustomobject from a hashtable
# from: about_PSCustomObject
$p = [pscustomobject]@{ Name = 'Tony'; Age = 40 }
$p.Name
$p.psobject.Properties.Name -join ','
## STDOUT:
Tony
Name,Age
## END

#### member enumeration over an array
# from: about_Member-Access_Enumeration
$list = @([pscustomobject]@{ N = 1 }, [pscustomobject]@{ N = 2 })
$list.N -join ','
## stdout: 1,2

#### string methods
# from: System.String methods as used from PowerShell
' Hello '.Trim().ToUpper()
'Hello'.Substring(1, 3)
'a-b-c'.Split('-').Count
'Hello'.Replace('l', 'L')
'Hello'.StartsWith('He')
## STDOUT:
HELLO
ell
3
HeLLo
True
## END

#### static members
# from: about_Classes / static members of .NET types
[math]::Max(3, 7)
[string]::IsNullOrEmpty('')
[string]::Join('-', @('a', 'b'))
## STDOUT:
7
True
a-b
## END

#### ArrayList Add returns the index
# from: System.Collections.ArrayList.Add (the returned index is output unless suppressed)
$al = New-Object System.Collections.ArrayList
$al.Add('a')
[void]$al.Add('b')
$null = $al.Add('c')
$al.Count
## STDOUT:
0
3
## END

#### array index from the end and slices
# from: about_Arrays (negative indexes, ranges of indexes)
$a = 10, 20, 30, 40
$a[-1]
$a[1..2] -join ','
$a[5] -eq $null
## STDOUT:
40
20,30
True
## END

#### subexpressions in strings
# from: about_Quoting_Rules (subexpressions in double-quoted strings)
$u = [pscustomobject]@{ Name = 'Tony' }
"Name: $($u.Name), items: $(1 + 2)"
'single $u stays'
## STDOUT:
Name: Tony, items: 3
single $u stays
## END

#### multiple assignment
# from: about_Assignment_Operators (assigning multiple variables)
$first, $rest = 1, 2, 3
$first
$rest -join ','
## STDOUT:
1
2,3
## END

#### typed variable keeps converting
# from: about_Variables (type-constrained variables)
[int]$n = '5'
$n = '7'
$n + 1
## stdout: 8

#### increment and decrement operators
# from: about_Assignment_Operators (++ and --)
$i = 5
$i++
$i--
--$i
$i
## stdout: 4

#### compound assignment
# from: about_Assignment_Operators (+=, -=, *=, /=, %=)
$x = 10; $x += 5; $x -= 3; $x *= 2; $x /= 4; $x %= 4; $x
## stdout: 2

#### a variable assigned from a pipeline that wrote nothing holds AutomationNull
# from: about_Automatic_Variables / PowerShell 5.1 (AutomationNull.Value: an empty pipeline assigned to a
# variable enumerates as nothing, unlike $null which is sent as one object)
$l = 1..3 | Where-Object { $_ -gt 5 }
$l | ForEach-Object { 'ran' }
@($l).Count
$l -eq $null
$null -eq $l
"[$l]"
$n = $null
@($n).Count
$n | ForEach-Object { 'null is sent' }
## STDOUT:
0
True
True
[]
1
null is sent
## END

#### a function or script block that outputs nothing returns AutomationNull
# from: PowerShell 5.1 (a command invocation with no output yields AutomationNull.Value)
function Get-Nothing { }
$r = Get-Nothing
$r | ForEach-Object { 'ran' }
@($r).Count
$s = & { }
@($s).Count
$script:t = Get-Nothing
@($t).Count
(Get-Variable r).Value -eq $null
$r += 1
@($r).Count
## STDOUT:
0
0
0
True
1
## END

#### enum definitions: numbering, casts, [enum] helpers, defined before the script runs
# from: about_Enum (5.1): members count up from 0, `= value` resets the count; types exist before the script starts
$early = [Color]::Green
enum Color {
    Red
    Green = 5
    Blue
}
$early
[int][Color]::Blue
[Color]'red'
[Color]::Blue -eq 6
[enum]::GetNames([Color]) -join ','
[Color].Name
## STDOUT:
Green
6
Red
True
Red,Green,Blue
Color
## END

#### enum cast errors and duplicate members
# from: about_Enum; InvalidCastFromStringToEnum; MemberAlreadyDefined
enum Size { Small; Large }
[Size]'Huge'
## STDERR:
Cannot convert value "Huge" to type "Size". Error: "Unable to match the identifier name Huge to a valid enumerator 
name. Specify one of the following enumerator names and try again:
Small, Large"
At line:3 char:1
+ [Size]'Huge'
+ ~~~~~~~~~~~~
    + CategoryInfo          : InvalidArgument: (:) [], RuntimeException
    + FullyQualifiedErrorId : InvalidCastFromStringToEnum
 
## END
## status: 1

#### enum keyword without a name
# from: Parser.EnumDefinitionRule (MissingNameAfterKeyword)
enum
## STDERR:
At line:2 char:5
+ enum
+     ~
Missing name after enum keyword.
    + CategoryInfo          : ParserError: (:) [], ParentContainsErrorRecordException
    + FullyQualifiedErrorId : MissingNameAfterKeyword
 
## END
## status: 1
