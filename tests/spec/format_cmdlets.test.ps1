# Format-Table / Format-List / Format-Wide / Format-Custom and Out-String / Out-File (formatting.md §4-§8).

#### format-table calculated width on the first column
# from: formatting.md §4.3 example (mode c)
[pscustomobject]@{a=1;b='x'} | Format-Table @{n='a';e={$_.a};Width=5}, b | Out-String -Width 30 -Stream
## STDOUT:

    a b                       
    - -                       
    1 x                       


## END

#### format-table hide table headers
# from: formatting.md §4.5 example
[pscustomobject]@{a=1;b='x'} | Format-Table -HideTableHeaders
## STDOUT:

1 x


## END

#### format-table truncates fixed columns
# from: formatting.md §4.6 example
$rows = [pscustomobject]@{Name='Microsoft.Exchange';Size=1234567890}, [pscustomobject]@{Name='ab';Size=12}
$rows | Format-Table @{n='Name';e='Name';w=6}, @{n='Size';e='Size';w=5}
## STDOUT:

Name    Size
----    ----
Mic... ...90
ab        12


## END

#### format-table wrap
# from: formatting.md §4.7 example
[pscustomobject]@{Name='a';Note="first line`nsecond line"} | Format-Table -Wrap
## STDOUT:

Name Note                  
---- ----                  
a    first line            
     second line           


## END

#### format-table group by
# from: formatting.md §4.8 example
$rows = @(
  [pscustomobject]@{Name='Spooler';Id=1;Status='Running'}
  [pscustomobject]@{Name='W32Time';Id=22;Status='Running'}
  [pscustomobject]@{Name='Fax';Id=333;Status='Stopped'}
)
$rows | Format-Table Name, Id -GroupBy Status
## STDOUT:


   Status: Running

Name    Id
----    --
Spooler  1
W32Time 22


   Status: Stopped

Name  Id
----  --
Fax  333


## END

#### format-table format string and alignment
# from: formatting.md §4.9 example
$rows = [pscustomobject]@{Name='a';Size=1.5MB}, [pscustomobject]@{Name='bb';Size=1GB}
$rows | Format-Table Name, @{n='Size(MB)';e={$_.Size/1MB};FormatString='N2';a='right'}
## STDOUT:

Name Size(MB)
---- --------
a        1.50
bb   1,024.00


## END

#### format-table center alignment
# from: formatting.md §4.9 example
[pscustomobject]@{one=1} | Format-Table @{l='one';e='one';width=10;alignment='center'}
## STDOUT:

   one    
   ---    
    1     


## END

#### format-table wildcard property and missing name
# from: formatting.md §4.1 rule 3
[pscustomobject]@{Name='a';NameX='b';Other=1} | Format-Table Name*, Nope
## STDOUT:

Name NameX Nope
---- ----- ----
a    b         


## END

#### format-table unknown calculated key
# from: FormatAndOut_MshParameter IllegalKeyError; formatting.md §10.5 layout
[pscustomobject]@{a=1} | Format-Table @{foo=1}
## STDERR:
Format-Table : The foo key is not valid.
At line:2 char:26
+ [pscustomobject]@{a=1} | Format-Table @{foo=1}
+                          ~~~~~~~~~~~~~~~~~~~~~
    + CategoryInfo          : InvalidArgument: (:) [Format-Table], NotSupportedException
    + FullyQualifiedErrorId : DictionaryKeyIllegal,Microsoft.PowerShell.Commands.FormatTableCommand
 
## END
## status: 1

#### format-list multi-line value
# from: formatting.md §5.2 example
[pscustomobject]@{Name='jdoe';Notes="line one`r`nline two"} | Format-List
## STDOUT:


Name  : jdoe
Notes : line one
        line two



## END

#### format-list long value wraps
# from: formatting.md §5.2 example (Out-String -Width 40)
$o = [pscustomobject]@{Name='jdoe';Description='The quick brown fox jumps over the lazy dog again and again'}
$o | Format-List | Out-String -Width 40 -Stream
## STDOUT:


Name        : jdoe
Description : The quick brown fox jumps 
              over the lazy dog again 
              and again



## END

#### format-list label width per object
# from: formatting.md §5.2 example
[pscustomobject]@{a=1;bb=2}, [pscustomobject]@{ccc=3} | Format-List
## STDOUT:


a  : 1
bb : 2

ccc : 3



## END

#### format-list selected properties and star
# from: formatting.md §5.1
[pscustomobject]@{Name='x';Alias='y';Id=3} | Format-List N*, Id
[pscustomobject]@{p=1;q=2} | Format-List *
## STDOUT:


Name : x
Id   : 3





p : 1
q : 2



## END

#### format-wide two columns
# from: formatting.md §6 example
'alpha','beta','gamma','delta','epsilon' | % { [pscustomobject]@{Name=$_} } | Format-Wide | Out-String -Width 40 -Stream
## STDOUT:


alpha                beta               
gamma                delta              
epsilon                                 


## END

#### format-wide autosize
# from: formatting.md §6 example
'alpha','beta','gamma','delta','epsilon' | % { [pscustomobject]@{Name=$_} } | Format-Wide -AutoSize | Out-String -Width 40 -Stream
## STDOUT:


alpha    beta    gamma   delta   epsilon


## END

#### format-custom basic class layout
# from: Format-Custom default layout for objects without a custom view
[pscustomobject]@{a=1;b='x'} | Format-Custom
## STDOUT:

class PSCustomObject
{
  a = 1
  b = x
}



## END

#### out-string returns one string with line terminators
# from: formatting.md §1.6, §8
$s = [pscustomobject]@{a=1;b='hello'} | Out-String
$s.Length
($s -split "`n").Count
"a"," b" | Out-String -Stream | ForEach-Object { "[$_]" }
## STDOUT:
27
7
[a]
[ b]
## END

#### out-file writes the formatted lines
# from: formatting.md §8 (Out-File), Out-File -Encoding
[pscustomobject]@{a=1;b='hello'} | Out-File -FilePath out.txt -Encoding utf8
Get-Content out.txt | ForEach-Object { "[$_]" }
## STDOUT:
[]
[a b    ]
[- -    ]
[1 hello]
[]
[]
## END

#### out-file no clobber
# from: Out-File -NoClobber (5.1 NoClobber error)
"x" | Out-File a.txt
try { "y" | Out-File a.txt -NoClobber -ErrorAction Stop } catch {
  $_.Exception.Message -replace "'.*/", "'"
  $_.FullyQualifiedErrorId
  $_.CategoryInfo.Category
}
## STDOUT:
The file 'a.txt' already exists.
NoClobber,Microsoft.PowerShell.Commands.OutFileCommand
ResourceExists
## END

#### out-file missing directory
# from: .NET DirectoryNotFoundException text for a missing folder
try { "x" | Out-File nodir/a.txt -ErrorAction Stop } catch {
  $_.Exception.Message -replace "'.*/nodir", "'nodir"
  $_.FullyQualifiedErrorId
  $_.Exception.GetType().FullName
}
## STDOUT:
Could not find a part of the path 'nodir/a.txt'.
FileOpenFailure,Microsoft.PowerShell.Commands.OutFileCommand
System.IO.DirectoryNotFoundException
## END

#### out-file append
# from: Out-File -Append
"one" | Out-File log.txt
"two" | Out-File log.txt -Append
Get-Content log.txt
## STDOUT:
one
two
## END

#### out-string width below the minimum
# from: Out-String -Width ValidateRange(2, Int32.MaxValue); formatting.md §10.6
1 | Out-String -Width 1
## STDERR:
Out-String : Cannot validate argument on parameter 'Width'. The 1 argument is less than the minimum allowed range of 
2. Supply an argument that is greater than or equal to 2 and then try the command again.
At line:2 char:23
+ 1 | Out-String -Width 1
+                       ~
    + CategoryInfo          : InvalidData: (:) [Out-String], ParameterBindingValidationException
    + FullyQualifiedErrorId : ParameterArgumentValidationError,Microsoft.PowerShell.Commands.OutStringCommand
 
## END
## status: 1

#### format-wide autosize and column conflict
# from: 5.1 FormatCannotSpecifyAutosizeAndColumns
1,2 | Format-Wide -AutoSize -Column 2
## STDERR:
Format-Wide : Cannot specify both the -AutoSize and -Column parameters.
At line:2 char:7
+ 1,2 | Format-Wide -AutoSize -Column 2
+       ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
    + CategoryInfo          : InvalidArgument: (:) [Format-Wide], PSArgumentException
    + FullyQualifiedErrorId : FormatCannotSpecifyAutosizeAndColumns,Microsoft.PowerShell.Commands.FormatWideCommand
 
## END
## status: 1

#### format-table autosize hides a column that does not fit
# from: formatting.md §4.4 (warning text, host stream)
[pscustomobject]@{A='x'*20;B='y'*20;C='z'} | Format-Table -AutoSize | Out-String -Width 30 -Stream
## STDOUT:

WARNING: column "C" does not fit into the display and was removed.
A                    B        
-                    -        
xxxxxxxxxxxxxxxxxxxx yyyyyy...


## END

#### mixed objects after a view are listed out of band
# from: formatting.md §1.4 rule 3 (view mismatch)
@{a=1}; [pscustomobject]@{x=1}
## STDOUT:

Name                           Value                                                                                   
----                           -----                                                                                   
a                              1                                                                                       

x : 1



## END

#### format-list group by
# from: formatting.md §4.8 ("Format-List -GroupBy uses the same group header, then the list frame")
[pscustomobject]@{Name='a';Kind='x'}, [pscustomobject]@{Name='b';Kind='y'} | Format-List Name -GroupBy Kind
## STDOUT:


   Kind: x


Name : a



   Kind: y


Name : b



## END

#### format-wide column and property
# from: formatting.md §6 (-Column N, -Property)
1..5 | % { [pscustomobject]@{Id=$_;Tag="t$_"} } | Format-Wide Tag -Column 3 | Out-String -Width 30 -Stream
## STDOUT:


t1         t2        t3       
t4         t5                 


## END

#### out-file width and nonewline
# from: Out-File -Width / -NoNewline (formatting.md §1.2, §8)
[ordered]@{a=1} | Out-File w.txt -Width 40 -Encoding ascii
(Get-Content w.txt)[1].Length
'x','y' | Out-File n.txt -NoNewline -Encoding ascii
Get-Content n.txt
## STDOUT:
40
xy
## END

#### out-host writes to the host, not the pipeline
# from: Out-Host docs (output goes to the console)
$r = [pscustomobject]@{a=1} | Out-Host
$null -eq $r
## STDOUT:

a
-
1


True
## END

#### out-default transcript only shows nothing
# from: Out-Default -Transcript (output only to the transcript)
'hidden' | Out-Default -Transcript
'shown'
## STDOUT:
shown
## END

#### format-table group by a script block with a label
# from: formatting.md §4.8, §4.9 (GroupBy hashtable Label/Expression)
1..4 | % { [pscustomobject]@{N=$_} } | Format-Table N -GroupBy @{Label='Odd';Expression={$_.N % 2}}
## STDOUT:


   Odd: 1

N
-
1


   Odd: 0

N
-
2


   Odd: 1

N
-
3


   Odd: 0

N
-
4


## END

#### format-table view name that the type lacks
# from: FormatViewManager.ProcessUnknownViewName; FormatAndOut_format_xxx UnknownViewNameError, NonExistingViewNameError
[pscustomobject]@{a=1} | Format-Table -View Nope; 'next statement runs'
## STDOUT:
next statement runs
## END
## STDERR:
Format-Table : The view name Nope cannot be found. There are no existing Table views for 
System.Management.Automation.PSCustomObject objects.
At line:2 char:26
+ [pscustomobject]@{a=1} | Format-Table -View Nope; 'next statement run ...
+                          ~~~~~~~~~~~~~~~~~~~~~~~
    + CategoryInfo          : ObjectNotFound: (Nope:String) [Format-Table], PipelineStoppedException
    + FullyQualifiedErrorId : FormatViewNotFound,Microsoft.PowerShell.Commands.FormatTableCommand
## END

#### format-table view name with other table views listed
# from: FormatViewManager.ProcessUnknownViewName; FormatAndOut_format_xxx InvalidViewNameError (Dictionary view)
@{a=1} | Format-Table -View Nope
## STDERR:
Format-Table : The view name Nope cannot be found. Specify one of the following Table views and try again: Dictionary.
At line:2 char:10
+ @{a=1} | Format-Table -View Nope
+          ~~~~~~~~~~~~~~~~~~~~~~~
    + CategoryInfo          : ObjectNotFound: (Nope:String) [Format-Table], PipelineStoppedException
    + FullyQualifiedErrorId : FormatViewNotFound,Microsoft.PowerShell.Commands.FormatTableCommand
## END
## status: 1

#### format-list view name that only another shape has
# from: FormatViewManager.ProcessUnknownViewName; UnknownViewNameErrorSuffix + SuggestValidViewNamePrefix
Get-Date -Year 2026 -Month 1 -Day 2 | Format-List -View DateTime
## STDERR:
Format-List :  The view name DateTime cannot be found in the List formatting. Try using one of these other format 
cmdlets: Format-Custom
At line:2 char:39
+ Get-Date -Year 2026 -Month 1 -Day 2 | Format-List -View DateTime
+                                       ~~~~~~~~~~~~~~~~~~~~~~~~~~
    + CategoryInfo          : ObjectNotFound: (DateTime:String) [Format-List], PipelineStoppedException
    + FullyQualifiedErrorId : FormatViewNotFound,Microsoft.PowerShell.Commands.FormatListCommand
## END
## status: 1

#### format-custom view by name
# from: DotNetTypes.format.ps1xml view "DateTime" (custom); FormatViewManager view lookup by name
Get-Date -Year 2026 -Month 1 -Day 2 -Hour 3 -Minute 4 -Second 5 | Format-Custom -View DateTime
## STDOUT:

Friday, January 2, 2026 3:04:05 AM


## END

#### format-table view ignored when properties are given
# from: FormatViewManager.Initialize (properties on the command line win over -View)
[pscustomobject]@{a=1} | Format-Table a -View Nope
## STDOUT:

a
-
1


## END

#### calculated property error is eaten by format-table
# from: PSPropertyExpression.GetValue catches RuntimeException (eatExceptions); PowerShell issue 6271
[pscustomobject]@{a=1} | Format-Table a, @{n='b';e={1/0; 'not reached'}}
## STDOUT:

a b
- -
1  


## END

#### format-table -DisplayError shows #ERR and #FMTERR
# from: FormatErrorPolicy errorStringInFormattedOutput / formatErrorStringInFormattedOutput
[pscustomobject]@{a=1} | Format-Table a, @{n='b';e={throw 'boom'}}, @{n='c';e='a';FormatString='{0'} -DisplayError
## STDOUT:

a b          c
- -          -
1 #ERR #FMTERR


## END

#### format-list -ShowError writes the failures after the entry
# from: FormatErrorManager.GenerateErrorRecord (mshExpressionError, formattingError); InnerFormatShapeCommand.WritePayloadObject
[pscustomobject]@{a=1} | Format-List a, @{n='b';e={1/0}}, @{n='c';e='a';FormatString='{0'} -ShowError
## STDOUT:


a : 1
b : 
c : 

Failed to evaluate expression "1/0".
    + CategoryInfo          : InvalidArgument: (@{a=1}:PSObject) [], RuntimeException
    + FullyQualifiedErrorId : mshExpressionError
Failed to interpret format string "{0".
    + CategoryInfo          : InvalidArgument: (@{a=1}:PSObject) [], FormatException
    + FullyQualifiedErrorId : formattingError


## END

#### format-list -Expand Both shows the collection and then its elements
# from: InnerFormatShapeCommand.ProcessCoreOutOfBand; FormatAndOut_format_xxx IEnum_Header, IEnum_ManyObjects
,(1,2) | Format-List -Expand Both
## STDOUT:
The following object supports IEnumerable:

Length         : 2
LongLength     : 2
Rank           : 1
SyncRoot       : {1, 2}
IsReadOnly     : False
IsFixedSize    : True
IsSynchronized : False
Count          : 2

The IEnumerable contains the following 2 objects:
1
2
## END

#### format-table -Expand Both with one element
# from: FormatAndOut_format_xxx IEnum_OneObject
,@('x') | Format-Table -Expand Both
## STDOUT:
The following object supports IEnumerable:

Length         : 1
LongLength     : 1
Rank           : 1
SyncRoot       : {x}
IsReadOnly     : False
IsFixedSize    : True
IsSynchronized : False
Count          : 1

The IEnumerable contains the following object:
x
## END

#### format-table -Expand CoreOnly formats the array object itself
# from: InnerFormatShapeCommand.ProcessRecord (CoreOnly); System.Array public properties
,(1,2) | Format-Table -Expand CoreOnly
## STDOUT:

Length LongLength Rank SyncRoot IsReadOnly IsFixedSize IsSynchronized Count
------ ---------- ---- -------- ---------- ----------- -------------- -----
     2          2    1 {1, 2}        False        True          False     2


## END

#### format-custom nested objects and collections
# from: ComplexViewObjectBrowser.DisplayObject / DisplayEnumeration (2-cell indentation, extra new line after ])
[pscustomobject]@{a=1;b=[pscustomobject]@{c=2};d=@(1,2)} | Format-Custom
## STDOUT:

class PSCustomObject
{
  a = 1
  b = 
    class PSCustomObject
    {
      c = 2
    }
  d = 
    [
      1
      2
    ]
    
}



## END

#### format-custom -Depth stops the expansion
# from: ComplexViewObjectBrowser.TreatAsLeafNode (level >= maxDepth)
[pscustomobject]@{a=[pscustomobject]@{b=[pscustomobject]@{c=1}}} | Format-Custom -Depth 1
## STDOUT:

class PSCustomObject
{
  a = 
    class PSCustomObject
    {
      b = @{c=1}
    }
}



## END

#### format-custom calculated property with its own depth
# from: ComplexViewObjectBrowser.ProcessActiveAssociationList (DepthEntryKey)
[pscustomobject]@{a=[pscustomobject]@{b=[pscustomobject]@{c=1}}} | Format-Custom @{e='a';depth=1}
## STDOUT:

class PSCustomObject
{
  a = 
    class PSCustomObject
    {
      b = @{c=1}
    }
}



## END

#### format-custom stops at the enumeration limit
# from: ComplexViewObjectBrowser.DisplayEnumerationInner ($FormatEnumerationLimit, then ...)
$FormatEnumerationLimit = 2; [pscustomobject]@{n=1,2,3} | Format-Custom
## STDOUT:

class PSCustomObject
{
  n = 
    [
      1
      2
      ...
    ]
    
}



## END

#### format-custom -Depth 0 is out of range
# from: Format-Custom -Depth [ValidateRange(1, int.MaxValue)]
[pscustomobject]@{a=1} | Format-Custom -Depth 0
## STDERR:
Format-Custom : Cannot validate argument on parameter 'Depth'. The 0 argument is less than the minimum allowed range 
of 1. Supply an argument that is greater than or equal to 1 and then try the command again.
At line:2 char:47
+ [pscustomobject]@{a=1} | Format-Custom -Depth 0
+                                               ~
    + CategoryInfo          : InvalidData: (:) [Format-Custom], ParameterBindingValidationException
    + FullyQualifiedErrorId : ParameterArgumentValidationError,Microsoft.PowerShell.Commands.FormatCustomCommand
 
## END
## status: 1

#### format-custom label key is not valid
# from: Format-Custom calculated properties take Expression and Depth only (FormatAndOut_MshParameter IllegalKeyError)
[pscustomobject]@{a=1} | Format-Custom @{n='x';e='a'}
## STDERR:
Format-Custom : The n key is not valid.
At line:2 char:26
+ [pscustomobject]@{a=1} | Format-Custom @{n='x';e='a'}
+                          ~~~~~~~~~~~~~~~~~~~~~~~~~~~~
    + CategoryInfo          : InvalidArgument: (:) [Format-Custom], NotSupportedException
    + FullyQualifiedErrorId : DictionaryKeyIllegal,Microsoft.PowerShell.Commands.FormatCustomCommand
 
## END
## status: 1

#### format-wide uses the children view of Get-ChildItem
# from: FileSystem.format.ps1xml wide view "children" (directories as [{0}], grouped by PSParentPath); formatting.md §1.5
New-Item -ItemType Directory sub | Out-Null
Set-Content a.txt x
Get-ChildItem | Format-Wide -Column 2 | Out-String -Width 400 -Stream | ForEach-Object { "|$($_.TrimEnd())|" }
## STDOUT:
||
||
|    Directory: {TMP}|
||
||
||
|[sub]                                                                                                                                                                                                    a.txt|
||
||
## END

#### built-in list, table and wide views of hashtables, timespans and group -NoElement
# from: DotNetTypes.format.ps1xml DictionaryEntry list view, System.TimeSpan table and wide views; PowerShellCore.format.ps1xml GroupInfoNoElement list view
@{a=1} | Format-List
New-TimeSpan -Seconds 90 | Format-Table
New-TimeSpan -Seconds 90 | Format-Wide | Out-String -Width 20
'x','x','y' | Group-Object -NoElement | Format-List
## STDOUT:


Name  : a
Value : 1




Days Hours Minutes Seconds Milliseconds
---- ----- ------- ------- ------------
0    0     1       30      0           




90000               





Name   : x
Count  : 2
Values : {x}

Name   : y
Count  : 1
Values : {y}



## END

#### format-custom writes a blank line after each object
# from: PowerShell's Format-Custom.Tests.ps1 DRT ("Leaf Only Data": objects separated by a blank line); ComplexWriter.WriteObject flushes its empty buffer
[pscustomobject]@{val1=10; name='leaf 1'}, [pscustomobject]@{val2=20; name='leaf 2'} | Format-Custom | Out-String -Stream | ForEach-Object { "|$_|" }
## STDOUT:
||
|class PSCustomObject|
|{|
|  val1 = 10|
|  name = leaf 1|
|}|
||
|class PSCustomObject|
|{|
|  val2 = 20|
|  name = leaf 2|
|}|
||
||
||
## END
