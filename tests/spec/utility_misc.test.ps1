# Compare-Object, Get-Unique, Tee-Object, Select-String, ConvertTo-Html, Export-/Import-Clixml.

#### compare-object side indicators
# from: Compare-Object docs example 1 (difference => first, then reference <=)
Compare-Object 1,2,3 2,3,4
## STDOUT:

InputObject SideIndicator
----------- -------------
          4 =>           
          1 <=           


## END

#### compare-object include equal
# from: Compare-Object docs (-IncludeEqual writes == as matches are found)
Compare-Object 1,2,3 2,3,4 -IncludeEqual | ForEach-Object { "$($_.InputObject)$($_.SideIndicator)" }
## STDOUT:
2==
3==
4=>
1<=
## END

#### compare-object exclude different
# from: Compare-Object docs (-ExcludeDifferent with -IncludeEqual)
(Compare-Object a,b b,c -IncludeEqual -ExcludeDifferent).InputObject
## STDOUT:
b
## END

#### get-unique adjacent only
# from: Get-Unique docs (input must be sorted; adjacent duplicates removed)
('a','a','b','a' | Get-Unique) -join ','
## STDOUT:
a,b,a
## END

#### tee-object variable
# from: Tee-Object docs (-Variable)
1..3 | Tee-Object -Variable v | Measure-Object | Select-Object -ExpandProperty Count
$v -join ','
## STDOUT:
3
1,2,3
## END

#### select-string input objects
# from: Select-String docs (MatchInfo shows the line for piped strings)
'alpha', 'beta', 'ALPHABET' | Select-String 'alph'
## STDOUT:

alpha
ALPHABET


## END

#### select-string file matches
# from: Select-String docs (file:line:text)
"one`ntwo`nthree" | Set-Content a.txt
Select-String -Path a.txt -Pattern 't'
## STDOUT:

a.txt:2:two
a.txt:3:three


## END

#### select-string context
# from: Select-String docs (-Context: > marks the match)
"one`ntwo`nthree`nfour" | Set-Content a.txt
Select-String -Path a.txt -Pattern 'three' -Context 1
## STDOUT:

  a.txt:2:two
> a.txt:3:three
  a.txt:4:four


## END

#### select-string quiet notmatch simplematch
# from: Select-String docs (-Quiet -NotMatch -SimpleMatch -CaseSensitive); 5.1 SelectStringCommand writes no False for unmatched piped input
'abc' | Select-String 'x' -Quiet
'abc' | Select-String 'b' -Quiet
('a.c', 'abc' | Select-String 'a.c' -SimpleMatch).Line
('ab', 'cd' | Select-String 'ab' -NotMatch).Line
('ab', 'AB' | Select-String 'ab' -CaseSensitive).Line
## STDOUT:
True
a.c
cd
ab
## END

#### convertto-html page
# from: ConvertTo-Html 5.1 output (XHTML Strict DOCTYPE, HTML TABLE title, colgroup line)
[pscustomobject]@{Name='a<b';Count=1} | ConvertTo-Html
## STDOUT:
<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN"  "http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<title>HTML TABLE</title>
</head><body>
<table>
<colgroup><col/><col/></colgroup>
<tr><th>Name</th><th>Count</th></tr>
<tr><td>a&lt;b</td><td>1</td></tr>
</table>
</body></html>
## END

#### convertto-html fragment list with pre and post content
# from: ConvertTo-Html docs (-Fragment -As List -PreContent -PostContent)
[pscustomobject]@{A=1;B=2}, [pscustomobject]@{A=3;B=4} | ConvertTo-Html -Fragment -As List -Property A -PreContent '<h2>x</h2>' -PostContent 'end'
## STDOUT:
<h2>x</h2>
<table>
<tr><td>A:</td><td>1</td></tr>
<tr><td><hr></td></tr>
<tr><td>A:</td><td>3</td></tr>
</table>
end
## END

#### convertto-html title css and calculated column
# from: ConvertTo-Html docs (-Title -CssUri, calculated properties with width)
[pscustomobject]@{A=2} | ConvertTo-Html -Title 'Report' -CssUri 'style.css' -Property @{Label='Twice';Expression={$_.A * 2};Width='10'}
## STDOUT:
<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN"  "http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<title>Report</title>
<link rel="stylesheet" type="text/css" href="style.css" />
</head><body>
<table>
<colgroup><col width = "10"/></colgroup>
<tr><th>Twice</th></tr>
<tr><td>4</td></tr>
</table>
</body></html>
## END

#### clixml round trip
# from: Export-Clixml / Import-Clixml docs
[pscustomobject]@{Name='x';Count=2;List=@(1,'two');When=[datetime]'2020-01-02T03:04:05'} | Export-Clixml o.xml
$o = Import-Clixml o.xml
$o.Name; $o.Count; $o.List[1]; $o.When.Year
$o.pstypenames[0]
## STDOUT:
x
2
two
2020
Deserialized.System.Management.Automation.PSCustomObject
## END

#### clixml file layout
# from: PowerShell serialization schema (Objs Version 1.1.0.1, TN, MS)
[pscustomobject]@{a=1} | Export-Clixml o.xml
Get-Content o.xml
## STDOUT:
<Objs Version="1.1.0.1" xmlns="http://schemas.microsoft.com/powershell/2004/04">
  <Obj RefId="0">
    <TN RefId="0">
      <T>System.Management.Automation.PSCustomObject</T>
      <T>System.Object</T>
    </TN>
    <MS>
      <I32 N="a">1</I32>
    </MS>
  </Obj>
</Objs>
## END

#### convertto-html string input is a star column
# from: 5.1 ConvertToHtmlCommand.InitializeResolvedNameMshParameters (one resolved name keeps the '*' text)
'hello' | ConvertTo-Html -Fragment
## STDOUT:
<table>
<colgroup><col/></colgroup>
<tr><th>*</th></tr>
<tr><td>5</td></tr>
</table>
## END

#### group-object asstring needs ashashtable
# from: UtilityCommonStrings GroupObjectWithHashTable (5.1 GroupObjectCommand.EndProcessing)
1, 2 | Group-Object -AsString
## STDOUT:
## END
## STDERR:
Group-Object : The command cannot be run because the AsString parameter requires that you specify the AsHashtable 
parameter.
At line:2 char:8
+ 1, 2 | Group-Object -AsString
+        ~~~~~~~~~~~~~~~~~~~~~~
    + CategoryInfo          : InvalidArgument: (True:SwitchParameter) [Group-Object], ArgumentException
    + FullyQualifiedErrorId : ArgumentException,Microsoft.PowerShell.Commands.GroupObjectCommand
 
## END
## status: 1

#### sort-object case-sensitive
# from: Sort-Object docs (-CaseSensitive: lowercase first for equal letters)
('b', 'B', 'a', 'A' | Sort-Object -CaseSensitive) -join ','
## STDOUT:
a,A,b,B
## END

#### compare-object by property
# from: Compare-Object docs (-Property)
$a = [pscustomobject]@{Name='x';V=1}, [pscustomobject]@{Name='y';V=2}
$b = [pscustomobject]@{Name='x';V=9}
Compare-Object $a $b -Property Name
## STDOUT:

Name SideIndicator
---- -------------
y    <=           


## END

#### tee-object file append
# from: Tee-Object docs (-FilePath -Append)
'one' | Tee-Object -FilePath t.txt | Out-Null
'two' | Tee-Object -FilePath t.txt -Append | Out-Null
Get-Content t.txt
## STDOUT:
one
two
## END

#### clixml securestring round trip
# from: Export-Clixml docs (credentials stay encrypted for the user who exported them)
[pscustomobject]@{User='admin'; Password=(ConvertTo-SecureString 'p@ss' -AsPlainText -Force)} | Export-Clixml c.xml
(Get-Content c.xml -Raw).Contains('p@ss')
$c = Import-Clixml c.xml
$c.Password.GetType().FullName
## STDOUT:
False
System.Security.SecureString
## END

#### convertto-json nested arrays at depth
# from: formatting.md Appendix A rules 3-4
@{a=@(1,@(2,3))} | ConvertTo-Json
## STDOUT:
{
    "a":  [
              1,
              [
                  2,
                  3
              ]
          ]
}
## END

#### import-csv then group and measure
# from: admin pipeline (Import-Csv | Group-Object | Sort-Object)
'Dept,Name', 'IT,a', 'HR,b', 'IT,c' | Set-Content users.csv
Import-Csv users.csv | Group-Object Dept | Sort-Object Count -Descending | Select-Object Name, Count
## STDOUT:

Name Count
---- -----
IT       2
HR       1


## END

#### import-clixml include total count
# from: PowerShell source XmlCommands.cs ImportXmlHelper.Import (NewTotalCount(0, 0) before the objects) and CommandBaseStrings.resx PagingSupportUnknownTotalCountTemplate
1, 2, 3 | Export-Clixml n.xml
Import-Clixml n.xml -IncludeTotalCount
$t = Import-Clixml n.xml -IncludeTotalCount -First 0
"[$t] $($t.Accuracy) $($t -eq 0) $(@($t).Count)"
## STDOUT:
Unknown total count
1
2
3
[Unknown total count] 0 True 1
## END

#### import-clixml skip and first
# from: PowerShell source XmlCommands.cs ImportXmlHelper.Import (skip then take, per file)
'a', 'b', 'c', 'd' | Export-Clixml s.xml
(Import-Clixml s.xml -Skip 1 -First 2) -join ','
(Import-Clixml s.xml -Skip 3) -join ','
(Import-Clixml s.xml -First 1) -join ','
@(Import-Clixml s.xml -Skip 9).Count
(Import-Clixml s.xml, s.xml -First 1) -join ','
## STDOUT:
b,c
d
a
0
a,a
## END

#### import-clixml paging flattens a saved collection
# from: PowerShell source XmlCommands.cs ImportXmlHelper.Import (with -Skip/-First an ICollection is written element by element; without paging the V2 behaviour writes it whole)
,(1, 2, 3) | Export-Clixml l.xml
(Import-Clixml l.xml | Measure-Object).Count
(Import-Clixml l.xml -Skip 1 | Measure-Object).Count
(Import-Clixml l.xml -First 2) -join ','
@{k='v'} | Export-Clixml h.xml
(Import-Clixml h.xml -First 1).GetType().FullName
(Import-Clixml h.xml -First 1).Key
## STDOUT:
1
2
1,2
System.Collections.DictionaryEntry
k
## END

#### import-clixml first is a UInt64
# from: Import-Clixml 5.1 docs (-First <UInt64>, SupportsPaging) and .NET's OverflowException text
1 | Export-Clixml n.xml
Import-Clixml n.xml -First -1
## STDERR:
Import-Clixml : Cannot bind parameter 'First'. Cannot convert value "-1" to type "System.UInt64". Error: "Value was 
either too large or too small for a UInt64."
At line:3 char:28
+ Import-Clixml n.xml -First -1
+                            ~~
    + CategoryInfo          : InvalidArgument: (:) [Import-Clixml], ParameterBindingException
    + FullyQualifiedErrorId : CannotConvertArgumentNoMessage,Microsoft.PowerShell.Commands.ImportClixmlCommand
 
## END
## status: 1

#### import-clixml skip not a number
# from: Import-Clixml 5.1 docs (-Skip <UInt64>) and .NET's FormatException text
1 | Export-Clixml n.xml
Import-Clixml n.xml -Skip many
## STDERR:
Import-Clixml : Cannot bind parameter 'Skip'. Cannot convert value "many" to type "System.UInt64". Error: "Input 
string was not in a correct format."
At line:3 char:27
+ Import-Clixml n.xml -Skip many
+                           ~~~~
    + CategoryInfo          : InvalidArgument: (:) [Import-Clixml], ParameterBindingException
    + FullyQualifiedErrorId : CannotConvertArgumentNoMessage,Microsoft.PowerShell.Commands.ImportClixmlCommand
 
## END
## status: 1

#### select-string context shows each line once
# from: 5.1 SelectStringCommand DisplayContextTracker/LogicalContextTracker (display context skips lines already shown; PreContext/PostContext keep all N lines)
"a`nm1`nb`nm2`nc`nd`nm3`nm4`ne" | Set-Content a.txt
$m = Select-String -Path a.txt -Pattern '^m' -Context 1
$m | ForEach-Object { $_.ToString() }
$m | ForEach-Object { "$($_.Line): $($_.Context.PreContext -join '+')/$($_.Context.PostContext -join '+') shown $($_.Context.DisplayPreContext -join '+')/$($_.Context.DisplayPostContext -join '+')" }
## STDOUT:
  a.txt:1:a
> a.txt:2:m1
  a.txt:3:b
> a.txt:4:m2
  a.txt:5:c
  a.txt:6:d
> a.txt:7:m3
> a.txt:8:m4
  a.txt:9:e
m1: a/b shown a/b
m2: b/c shown /c
m3: d/m4 shown d/
m4: m3/e shown /e
## END

#### select-string quiet and list over files
# from: 5.1 SelectStringCommand.ProcessRecord (files: True at the first match, else False, or $null with -List) and FlushTrackerQueue
"one`ntwo" | Set-Content a.txt
'zero two' | Set-Content b.log
Select-String -Path a.txt, b.log -Pattern two -Quiet
Select-String -Path a.txt, b.log -Pattern zzz -Quiet
$r = Select-String -Path a.txt -Pattern zzz -Quiet -List
$null -eq $r
(Select-String -Path a.txt -Pattern o -List).LineNumber
('a1', 'a2' | Select-String a -List).Count
## STDOUT:
True
False
True
1
2
## END

#### select-string include matches the full path
# from: 5.1 SelectStringCommand.meetsIncludeExcludeCriteria (WildcardPattern.IsMatch on the full file name)
'zero two' | Set-Content b.log
'two' | Set-Content a.txt
(Select-String -Path * -Pattern two -Include *.log).Filename
@(Select-String -Path * -Pattern two -Include b.log).Count
(Select-String -Path * -Pattern two -Exclude *.log).Filename
## STDOUT:
b.log
0
a.txt
## END

#### select-string directory and unreadable literal path
# from: 5.1 SelectStringCommand.ProcessFile (IOException/UnauthorizedAccessException -> MatchStringStrings.FileReadError "The file {0} cannot be read: {1}")
New-Item -ItemType Directory sub | Out-Null
'zero' | Set-Content a.txt
Select-String -Path * -Pattern zero -ErrorVariable e1 2>$null | ForEach-Object { $_.ToString() }
Select-String -LiteralPath nope.txt -Pattern zero -ErrorVariable e2 2>$null
foreach ($e in @($e1) + @($e2)) { $e.Exception.Message.Replace("$PWD", '.'); $e.FullyQualifiedErrorId; $e.CategoryInfo.Category }
## STDOUT:
a.txt:1:zero
The file ./sub cannot be read: Access to the path './sub' is denied.
ProcessingFile,Microsoft.PowerShell.Commands.SelectStringCommand
InvalidArgument
The file ./nope.txt cannot be read: Could not find file './nope.txt'.
ProcessingFile,Microsoft.PowerShell.Commands.SelectStringCommand
InvalidArgument
## END

#### select-string missing path ends the command
# from: 5.1 SelectStringCommand.ResolveFilePaths (GetResolvedProviderPathFromPSPath throws ItemNotFoundException)
'two' | Set-Content a.txt
try { Select-String -Path nope.txt, a.txt -Pattern two } catch { $_.Exception.Message.Replace("$PWD", '.'); $_.FullyQualifiedErrorId }
'after'
## STDOUT:
Cannot find path './nope.txt' because it does not exist.
PathNotFound,Microsoft.PowerShell.Commands.SelectStringCommand
after
## END

#### select-string invalid regex
# from: 5.1 SelectStringCommand.BeginProcessing (MatchStringStrings.InvalidRegex, no target object)
'x' | Select-String '('
## STDERR:
Select-String : The string ( is not a valid regular expression: parsing "(" - Not enough )'s.
At line:2 char:7
+ 'x' | Select-String '('
+       ~~~~~~~~~~~~~~~~~
    + CategoryInfo          : InvalidArgument: (:) [Select-String], ArgumentException
    + FullyQualifiedErrorId : InvalidRegex,Microsoft.PowerShell.Commands.SelectStringCommand
 
## END
## status: 1

#### select-string refilters MatchInfo input
# from: 5.1 SelectStringCommand.doMatch (a MatchInfo is matched on its Line and passed on; -Context is reset with FilterContextWarning)
"m1`nx`nm2" | Set-Content a.txt
Select-String -Path a.txt -Pattern m | Select-String 2 | ForEach-Object { $_.ToString() }
Select-String -Path a.txt -Pattern m -Context 1 | Select-String 1 | ForEach-Object { $_.ToString() }
Select-String -Path a.txt -Pattern m | Select-String 1 -Context 1 3>&1 | ForEach-Object { "$_" }
## STDOUT:
a.txt:3:m2
> a.txt:1:m1
The option "Context" is not valid when searching results that are piped from Select-String output.
a.txt:1:m1
## END

#### select-string encoding names
# from: 5.1 SelectStringCommand -Encoding ValidateSet (lower case, utf32 before ascii)
'x' | Select-String x -Encoding latin1
## STDERR:
Select-String : Cannot validate argument on parameter 'Encoding'. The argument "latin1" does not belong to the set 
"unicode,utf7,utf8,utf32,ascii,bigendianunicode,default,oem" specified by the ValidateSet attribute. Supply an 
argument that is in the set and then try the command again.
At line:2 char:33
+ 'x' | Select-String x -Encoding latin1
+                                 ~~~~~~
    + CategoryInfo          : InvalidData: (:) [Select-String], ParameterBindingValidationException
    + FullyQualifiedErrorId : ParameterArgumentValidationError,Microsoft.PowerShell.Commands.SelectStringCommand
 
## END
## status: 1

#### file open failures have no target object
# from: 5.1 PathUtils.ReportFileOpenFailure (ErrorRecord(e, "FileOpenFailure", OpenError, null)); a missing folder is .NET's DirectoryNotFoundException
try { Import-Csv nope.csv } catch { "$($_.CategoryInfo.Category) $($_.CategoryInfo.Reason) [$($_.TargetObject)] $($_.FullyQualifiedErrorId)" }
try { 1 | Tee-Object nodir/t.txt } catch { $_.Exception.Message.Replace("$PWD", '.'); "$($_.CategoryInfo.Reason) [$($_.TargetObject)]" }
try { 1 | Export-Clixml nodir/t.xml } catch { $_.Exception.Message.Replace("$PWD", '.') }
## STDOUT:
OpenError FileNotFoundException [] FileOpenFailure,Microsoft.PowerShell.Commands.ImportCsvCommand
Could not find a part of the path './nodir/t.txt'.
DirectoryNotFoundException []
Could not find a part of the path './nodir/t.xml'.
## END

#### noclobber shows PathUtils' ErrorDetails message
# from: 5.1 PathUtils.MasterStreamOpen (IOException with ErrorDetails PathUtilsStrings.UtilityFileExistsNoClobber "File {0} already exists and {1} was specified.", target the resolved path)
'x' | Out-File a.txt
try { 'y' | Out-File a.txt -NoClobber } catch { "$_"; $_.Exception.Message.Replace("$PWD", '.'); $_.CategoryInfo.TargetName.Replace("$PWD", '.') }
try { [pscustomobject]@{A=1} | Export-Csv a.txt -NoClobber } catch { "$_" }
try { 1 | Export-Clixml -LiteralPath a.txt -NoClobber } catch { "$_" }
'z' | Out-File a.txt -NoClobber -Append
(Get-Content a.txt) -join ','
## STDOUT:
File a.txt already exists and NoClobber was specified.
The file './a.txt' already exists.
./a.txt
File a.txt already exists and NoClobber was specified.
File a.txt already exists and NoClobber was specified.
x,z
## END

#### compare-object syncwindow range
# from: 5.1 CompareObjectCommand ([ValidateRange(0, Int32.MaxValue)] SyncWindow)
Compare-Object 1 2 -SyncWindow -1
## STDERR:
Compare-Object : Cannot validate argument on parameter 'SyncWindow'. The -1 argument is less than the minimum allowed 
range of 0. Supply an argument that is greater than or equal to 0 and then try the command again.
At line:2 char:32
+ Compare-Object 1 2 -SyncWindow -1
+                                ~~
    + CategoryInfo          : InvalidData: (:) [Compare-Object], ParameterBindingValidationException
    + FullyQualifiedErrorId : ParameterArgumentValidationError,Microsoft.PowerShell.Commands.CompareObjectCommand
 
## END
## status: 1

#### compare-object syncwindow zero
# from: 5.1 CompareObjectCommand.Process (with SyncWindow 0 an unmatched pair is written at once: difference first)
(Compare-Object 1,2,3 3,2,1 -SyncWindow 0 | ForEach-Object { "$($_.InputObject)$($_.SideIndicator)" }) -join ' '
(Compare-Object a,b b,c -ExcludeDifferent | Measure-Object).Count
## STDOUT:
3=> 1<= 1=> 3<=
0
## END

#### measure-object counts the .NET string form
# from: 5.1 MeasureObjectCommand.AnalyzeValue (objValue.ToString(); TextCountUtilities) and [ValidateNotNullOrEmpty] Property
(,(1, 2) | Measure-Object -Character -Word).Characters
(" a b ", "c  d" | Measure-Object -Character -IgnoreWhiteSpace).Characters
("x`ny`n", "z" | Measure-Object -Line).Lines
1 | Measure-Object -Property @()
## STDOUT:
15
4
3
## END
## STDERR:
Measure-Object : Cannot validate argument on parameter 'Property'. The argument is null or empty. Provide an argument 
that is not null or empty, and then try the command again.
At line:5 char:30
+ 1 | Measure-Object -Property @()
+                              ~~~
    + CategoryInfo          : InvalidData: (:) [Measure-Object], ParameterBindingValidationException
    + FullyQualifiedErrorId : ParameterArgumentValidationError,Microsoft.PowerShell.Commands.MeasureObjectCommand
 
## END
## status: 1

#### null input where 5.1 allows it
# from: 5.1 ExportClixmlCommand ([AllowNull] InputObject -> <Nil />) and SelectStringCommand ([AllowNull] InputObject matched as "")
$null | Export-Clixml n.xml
Get-Content n.xml
$null -eq (Import-Clixml n.xml)
$null | Select-String '^$' | ForEach-Object { "[$($_.Line)] $($_.LineNumber)" }
## STDOUT:
<Objs Version="1.1.0.1" xmlns="http://schemas.microsoft.com/powershell/2004/04">
  <Nil />
</Objs>
True
[] 1
## END

#### convertto-html property keys and values
# from: 5.1 ConvertToHtmlCommand (ConvertHTMLExpressionParameterDefinition has expression/label/alignment/width only; WritePropertyValue joins every result with ", ")
[pscustomobject]@{N=1} | ConvertTo-Html -Fragment -Property @{l='X';e={2}}, @{e='N';width='20';a='right'}
try { [pscustomobject]@{N=1} | ConvertTo-Html -Property @{Name='X';Expression={1}} } catch { "$_"; $_.FullyQualifiedErrorId }
## STDOUT:
<table>
<colgroup><col/><col width = "20" align = "right"/></colgroup>
<tr><th>X</th><th>N</th></tr>
<tr><td>2</td><td>1</td></tr>
</table>
The Name key is not valid.
DictionaryKeyIllegal,Microsoft.PowerShell.Commands.ConvertToHtmlCommand
## END

#### convertto-html columns wait for an object that has them
# from: 5.1 ConvertToHtmlCommand.ProcessRecord (no header until the -Property names resolve on an object)
'abc', [pscustomobject]@{Zip=5} | ConvertTo-Html -Fragment -Property Zip
## STDOUT:
<table>
<colgroup><col/></colgroup>
<tr><th>Zip</th></tr>
<tr><td>5</td></tr>
</table>
## END

#### convertto-html list of several objects
# from: 5.1 ConvertToHtmlCommand.ProcessRecord (-As List: <hr> row between objects)
[pscustomobject]@{A=1;B='x'}, [pscustomobject]@{A=2;B='y'} | ConvertTo-Html -As List -Fragment -PreContent '<h2>x</h2>' -PostContent 'end'
## STDOUT:
<h2>x</h2>
<table>
<tr><td>A:</td><td>1</td></tr>
<tr><td>B:</td><td>x</td></tr>
<tr><td><hr></td></tr>
<tr><td>A:</td><td>2</td></tr>
<tr><td>B:</td><td>y</td></tr>
</table>
end
## END

#### convertto-html title must not be empty
# from: 5.1 ConvertToHtmlCommand ([ValidateNotNullOrEmpty] Title)
1 | ConvertTo-Html -Title ''
## STDERR:
ConvertTo-Html : Cannot validate argument on parameter 'Title'. The argument is null or empty. Provide an argument 
that is not null or empty, and then try the command again.
At line:2 char:27
+ 1 | ConvertTo-Html -Title ''
+                           ~~
    + CategoryInfo          : InvalidData: (:) [ConvertTo-Html], ParameterBindingValidationException
    + FullyQualifiedErrorId : ParameterArgumentValidationError,Microsoft.PowerShell.Commands.ConvertToHtmlCommand
 
## END
## status: 1

#### file cmdlets resolve a wildcard path to one file
# from: 5.1 PathUtils.ResolveFilePath (ReportWildcardingFailure / ReportMultipleFilesNotSupported with PathUtilsStrings texts); -LiteralPath is taken as typed
'x' | Out-File a1.txt
'y' | Out-File a2.txt
'z' | Out-File a*1.txt
Get-Content a1.txt
try { 'x' | Out-File 'r[1].txt' } catch { "$_"; $_.FullyQualifiedErrorId; "[$($_.TargetObject)]" }
try { 'x' | Out-File a*.txt } catch { "$_"; $_.FullyQualifiedErrorId }
try { Import-Csv a*.txt } catch { $_.FullyQualifiedErrorId }
'x' | Out-File -LiteralPath 'r[1].txt'
Test-Path -LiteralPath 'r[1].txt'
## STDOUT:
z
Cannot perform operation because the wildcard path r[1].txt did not resolve to a file.
FileOpenFailure,Microsoft.PowerShell.Commands.OutFileCommand
[r[1].txt]
Cannot perform operation because the path resolved to more than one file. This command cannot operate on multiple files.
ReadWriteMultipleFilesNotSupported,Microsoft.PowerShell.Commands.OutFileCommand
ReadWriteMultipleFilesNotSupported,Microsoft.PowerShell.Commands.ImportCsvCommand
True
## END

#### file cmdlets confirm the path as typed
# from: 5.1 OutFileCommand (ShouldProcess(FilePath, OutFile_Action "Output to File")), ExportCsvCommand/ExportClixmlCommand (ShouldProcess(Path))
'a' | Out-File x.txt -WhatIf
1 | Export-Csv x.csv -WhatIf
1 | Export-Clixml x.xml -WhatIf
Test-Path x.txt, x.csv, x.xml
## STDOUT:
What if: Performing the operation "Output to File" on target "x.txt".
What if: Performing the operation "Export-Csv" on target "x.csv".
What if: Performing the operation "Export-Clixml" on target "x.xml".
False
False
False
## END

#### out-file and tee-object have no Path alias in 5.1
# from: 5.1 OutFileCommand (FilePath: [Parameter(Mandatory, Position=0, ParameterSetName="ByPath")], no alias) and Tee-Object 5.1 docs (-FilePath Aliases: none)
try { 1 | Out-File -Path x.txt } catch { $_.FullyQualifiedErrorId }
try { 1 | Tee-Object -Path x.txt } catch { $_.FullyQualifiedErrorId }
try { 1 | Export-Csv -Path '' } catch { $_.FullyQualifiedErrorId }
## STDOUT:
NamedParameterNotFound,Microsoft.PowerShell.Commands.OutFileCommand
NamedParameterNotFound,Microsoft.PowerShell.Commands.TeeObjectCommand
ParameterArgumentValidationError,Microsoft.PowerShell.Commands.ExportCsvCommand
## END

#### tee-object variable with no input
# from: 5.1 TeeObjectCommand (Set-Variable -Name fed the piped values: none -> $null, one -> the value, more -> an array)
@() | Tee-Object -Variable none
$null -eq $none
1 | Tee-Object -Variable one | Out-Null
$one.GetType().Name
1, 2 | Tee-Object -Variable two | Out-Null
$two.GetType().Name
## STDOUT:
True
Int32
Object[]
## END

#### import-clixml directive line and bad files
# from: 5.1 ImportXmlHelper.CreateXmlReader (skips a "#< CLIXML" first line) and XmlReader's messages; the XmlException leaves ProcessRecord without a target
1, 'a' | Export-Clixml o.xml
"#< CLIXML`n" + (Get-Content o.xml -Raw) | Set-Content p.xml
(Import-Clixml p.xml) -join ','
'abc' | Set-Content bad.xml
try { Import-Clixml bad.xml } catch { "$_"; $_.FullyQualifiedErrorId; "[$($_.TargetObject)]" }
Set-Content e.xml ''
try { Import-Clixml e.xml } catch { "$_" }
## STDOUT:
1,a
Data at the root level is invalid. Line 1, position 1.
System.Xml.XmlException,Microsoft.PowerShell.Commands.ImportClixmlCommand
[]
Root element is missing.
## END
