# Select-Object, Sort-Object, Group-Object, Measure-Object (formatting.md §9).

#### select-object property order and calculated property
# from: formatting.md §9.1 (properties in -Property order; calculated Name/Expression)
[pscustomobject]@{a=1;b=2;c=3} | Select-Object c, @{n='double';e={$_.a * 2}}, a
## STDOUT:

c double a
- ------ -
3      2 1


## END

#### select-object missing property is null
# from: formatting.md §9.1 (a name that matches nothing still creates the property)
[pscustomobject]@{a=1} | Select-Object a, nothere | Format-List
## STDOUT:


a       : 1
nothere : 



## END

#### select-object wildcard and exclude
# from: formatting.md §9.1 (wildcards expand in the input's property order)
[pscustomobject]@{Name='n';NameX='x';Other=1} | Select-Object Name*, Other -ExcludeProperty *X
## STDOUT:

Name Other
---- -----
n        1


## END

#### select-object duplicate property error
# from: SelectObjectStrings AlreadyExistingProperty; SelectObjectCommand.WriteAlreadyExistingPropertyError (target: the input)
[pscustomobject]@{a=1} | Select-Object a, a
## STDOUT:

a
-
1


## END
## STDERR:
Select-Object : The property cannot be processed because the property "a" already exists.
At line:2 char:26
+ [pscustomobject]@{a=1} | Select-Object a, a
+                          ~~~~~~~~~~~~~~~~~~
    + CategoryInfo          : InvalidOperation: (@{a=1}:PSObject) [Select-Object], PSArgumentException
    + FullyQualifiedErrorId : AlreadyExistingUserSpecifiedPropertyNoExpand,Microsoft.PowerShell.Commands.SelectObjectC 
   ommand
 
## END
## status: 1

#### select-object first last skip index
# from: Select-Object docs (-First -Last -Skip -Index; -Skip counts from the end with -Last)
(1..10 | Select-Object -First 3) -join ','
(1..10 | Select-Object -Last 2) -join ','
(1..10 | Select-Object -Skip 8) -join ','
(1..10 | Select-Object -Last 2 -Skip 1) -join ','
(1..10 | Select-Object -Index 1, 5) -join ','
(1..10 | Select-Object -First 2 -Last 2) -join ','
## STDOUT:
1,2,3
9,10
9,10
8,9
2,6
1,2,9,10
## END

#### select-object unique is case-sensitive
# from: Select-Object -Unique (case-sensitive comparison, unlike Sort-Object -Unique)
('a', 'A', 'a', 'b' | Select-Object -Unique) -join ','
## STDOUT:
a,A,b
## END

#### select-object expandproperty
# from: formatting.md §9.1 (-ExpandProperty emits the value, collections enumerated)
[pscustomobject]@{L=@(1,2,3)} | Select-Object -ExpandProperty L
## STDOUT:
1
2
3
## END

#### select-object expandproperty missing
# from: SelectObjectStrings: ExpandPropertyNotFound
[pscustomobject]@{a=1} | Select-Object -ExpandProperty b
## STDOUT:
## END
## STDERR:
Select-Object : Property "b" cannot be found.
At line:2 char:26
+ [pscustomobject]@{a=1} | Select-Object -ExpandProperty b
+                          ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
    + CategoryInfo          : InvalidArgument: (@{a=1}:PSObject) [Select-Object], PSArgumentException
    + FullyQualifiedErrorId : ExpandPropertyNotFound,Microsoft.PowerShell.Commands.SelectObjectCommand
 
## END
## status: 1

#### select-object bad hashtable key
# from: FormatAndOut_MshParameter IllegalKeyError (DictionaryKeyIllegal)
1 | Select-Object @{n='x';foo=1}
## STDOUT:
## END
## STDERR:
Select-Object : The foo key is not valid.
At line:2 char:5
+ 1 | Select-Object @{n='x';foo=1}
+     ~~~~~~~~~~~~~~~~~~~~~~~~~~~~
    + CategoryInfo          : InvalidArgument: (:) [Select-Object], NotSupportedException
    + FullyQualifiedErrorId : DictionaryKeyIllegal,Microsoft.PowerShell.Commands.SelectObjectCommand
## END
## status: 1

#### select-object type name
# from: formatting.md §9.1 (Selected.<type>)
[pscustomobject]@{a=1} | Select-Object a | Get-Member | Select-Object -First 1 -ExpandProperty TypeName
## STDOUT:
Selected.System.Management.Automation.PSCustomObject
## END

#### sort-object numbers strings and descending
# from: formatting.md §9.2 (case-insensitive, -Descending)
(3, 1, 10, 2 | Sort-Object) -join ','
('b', 'A', 'c' | Sort-Object -Descending) -join ','
('b', 'a', 'B', 'A' | Sort-Object -Unique) -join ','
## STDOUT:
1,2,3,10
c,b,A
a,b
## END

#### sort-object hashtable directions
# from: Sort-Object docs (hashtable with Expression and Descending)
$rows = [pscustomobject]@{G=1;N='b'}, [pscustomobject]@{G=2;N='a'}, [pscustomobject]@{G=1;N='a'}
$rows | Sort-Object @{e='G';Descending=$true}, N | ForEach-Object { "$($_.G)$($_.N)" }
## STDOUT:
2a
1a
1b
## END

#### sort-object script block key
# from: Sort-Object docs (script block as -Property)
('ccc', 'a', 'bb' | Sort-Object { $_.Length }) -join ','
## STDOUT:
a,bb,ccc
## END

#### group-object table view
# from: formatting.md §9.3 example
'a','b','a' | Group-Object | Out-String -Width 60
## STDOUT:

Count Name                      Group                       
----- ----                      -----                       
    2 a                         {a, a}                      
    1 b                         {b}                         



## END

#### group-object noelement and property
# from: formatting.md §9.3 (-NoElement)
[pscustomobject]@{D='x'}, [pscustomobject]@{D='y'}, [pscustomobject]@{D='X'} | Group-Object D -NoElement
## STDOUT:

Count Name                     
----- ----                     
    2 x                        
    1 y                        


## END

#### group-object as hashtable
# from: Group-Object docs (-AsHashTable -AsString)
$h = 1, 2, 1 | Group-Object -AsHashTable -AsString
$h['1'].Count
## STDOUT:
2
## END

#### measure-object default list
# from: formatting.md §9.4 example
1,2,3 | Measure-Object
## STDOUT:


Count    : 3
Average  : 
Sum      : 
Maximum  : 
Minimum  : 
Property : 



## END

#### measure-object statistics
# from: formatting.md §9.4 example (-Sum -Average -Maximum -Minimum)
1,2,3 | Measure-Object -Sum -Average -Maximum -Minimum
## STDOUT:


Count    : 3
Average  : 2
Sum      : 6
Maximum  : 3
Minimum  : 1
Property : 



## END

#### measure-object text
# from: formatting.md §9.4 (TextMeasureInfo table)
"one two`nthree" | Measure-Object -Line -Word -Character
## STDOUT:

Lines Words Characters Property
----- ----- ---------- --------
    2     3         13         


## END

#### measure-object property not found
# from: 5.1 MeasureObjectCommand.WritePropertyNotFoundError (ErrorDetails, PSArgumentException, no target)
[pscustomobject]@{a=1} | Measure-Object -Property b
## STDOUT:
## END
## STDERR:
Measure-Object : The property "b" cannot be found in the input for any objects.
At line:2 char:26
+ [pscustomobject]@{a=1} | Measure-Object -Property b
+                          ~~~~~~~~~~~~~~~~~~~~~~~~~~
    + CategoryInfo          : InvalidArgument: (:) [Measure-Object], PSArgumentException
    + FullyQualifiedErrorId : GenericMeasurePropertyNotFound,Microsoft.PowerShell.Commands.MeasureObjectCommand
## END
## status: 1

#### measure-object non-numeric value empties the sum
# from: 5.1 MeasureObjectCommand (nonNumericError suppresses Sum and Average)
'a', 1 | Measure-Object -Sum 2>$null | Select-Object Count, Sum
## STDOUT:

Count Sum
----- ---
    2    


## END
## status: 1

#### measure-object maximum of strings
# from: 5.1 MeasureObjectCommand.Compare (GenericObjectMeasureInfo for non-numbers)
('b', 'c', 'a' | Measure-Object -Maximum -Minimum) | Select-Object Maximum, Minimum
## STDOUT:

Maximum Minimum
------- -------
c       a      


## END

#### select-object unique on pscustomobjects keeps one
# from: SelectObjectCommand.FilteredWriteObject (5.1 compares a PSCustomObject by its empty string form)
$rows = [pscustomobject]@{a=1}, [pscustomobject]@{a=2}
($rows | Select-Object -Unique | Measure-Object).Count
($rows | Select-Object a -Unique | Measure-Object).Count
## STDOUT:
1
2
## END

#### select-object wildcard that matches nothing
# from: SelectObjectCommand.ProcessParameter (the pattern becomes a $null property)
[pscustomobject]@{a=1} | Select-Object a, b* | Format-List
## STDOUT:


a  : 1
b* : 



## END

#### select-object first stops the upstream commands
# from: SelectObjectCommand.ProcessRecord (StopUpstreamCommandsException unless -Wait)
$n = 0; 1..100 | ForEach-Object { $script:n++; $_ } | Select-Object -First 2 | Out-Null; $n
$n = 0; 1..100 | ForEach-Object { $script:n++; $_ } | Select-Object -First 2 -Wait | Out-Null; $n
$n = 0; 1..100 | ForEach-Object { $script:n++; $_ } | Select-Object -Index 3 | Out-Null; $n
## STDOUT:
2
100
4
## END

#### select-object expandproperty with property on collection elements
# from: SelectObjectCommand.ProcessExpandParameter (elements get the selected properties)
[pscustomobject]@{Owner='jdoe'; Items=@([pscustomobject]@{Id=1}, [pscustomobject]@{Id=2})} | Select-Object Owner -ExpandProperty Items
## STDOUT:

Id Owner
-- -----
 1 jdoe 
 2 jdoe 


## END

#### a calculated property whose script fails gives $null and no error
# from: PowerShell issue 6271 (Select-Object evaluates calculated properties with eatExceptions)
$r = [pscustomobject]@{a=1} | Select-Object a, @{n='b';e={1/0}}, @{n='c';e={'x' -replace ')bad'}}, @{n='d';e={throw 'boom'; 2}}
$null -eq $r.b; $null -eq $r.c; $null -eq $r.d; $r.a
## STDOUT:
True
True
True
1
## END
