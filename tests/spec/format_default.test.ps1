# Out-Default: shape selection, out-of-band objects, frames (formatting.md §1, §3.6, §3.7, §9).

#### strings and numbers are raw lines
# from: formatting.md §1.4 example "Strings and numbers"
"hello"; 42; $true; 3.5
## STDOUT:
hello
42
True
3.5
## END

#### null writes nothing
# from: formatting.md §1.1 rule 4
$null; @()
## STDOUT:
## END

#### one object is a table with its frame
# from: formatting.md §1.5 example
[pscustomobject]@{a=1;b='hello'}
## STDOUT:

a b    
- -    
1 hello


## END

#### mixed objects share the first table
# from: formatting.md §1.4 example "Mixed PSCustomObjects"
[pscustomobject]@{a=1;b=2}; [pscustomobject]@{c=3}
## STDOUT:

a b
- -
1 2
   


## END

#### a string in the middle of a table is written raw
# from: formatting.md §1.4 example
[pscustomobject]@{Name='a';Size=10}; 'hello'; [pscustomobject]@{Name='bb';Size=200}
## STDOUT:

Name Size
---- ----
a      10
hello
bb    200


## END

#### view mismatch is listed out of band
# from: formatting.md §1.4 example "View mismatch"
[datetime]'2026-11-27 13:04:05'; [pscustomobject]@{a=1}
## STDOUT:

Friday, November 27, 2026 1:04:05 PM

a : 1



## END

#### five properties make a list
# from: formatting.md §5.2 example
[pscustomobject]@{A=1;Bb='two';Ccc=$true;D=$null;Eeeee='x'}
## STDOUT:


A     : 1
Bb    : two
Ccc   : True
D     : 
Eeeee : x



## END

#### strings left numbers right
# from: formatting.md §4.2 example
[pscustomobject]@{a='abc';b=123}
## STDOUT:

a     b
-     -
abc 123


## END

#### embedded newline is cut in a table cell
# from: formatting.md §4.6 example
[pscustomobject]@{Name='a';Note="first line`nsecond line"}
## STDOUT:

Name Note                  
---- ----                  
a    first line...         


## END

#### hashtable uses the Name/Value view
# from: formatting.md §3.6 example
[ordered]@{a=1; b=1,2,3} | Out-String -Width 60 -Stream
## STDOUT:

Name                           Value                        
----                           -----                        
a                              1                            
b                              {1, 2, 3}                    


## END

#### time span list view
# from: formatting.md §3.7 example
New-TimeSpan -Minutes 5
## STDOUT:


Days              : 0
Hours             : 0
Minutes           : 5
Seconds           : 0
Milliseconds      : 0
Ticks             : 3000000000
TotalDays         : 0.00347222222222222
TotalHours        : 0.0833333333333333
TotalMinutes      : 5
TotalSeconds      : 300
TotalMilliseconds : 300000



## END

#### collections in cells
# from: formatting.md §3.5 examples (L=4 as in plain PowerShell)
$FormatEnumerationLimit = 4
[pscustomobject]@{x=1..10; y=@(1,$null,2); z=@()}
## STDOUT:

x               y             z 
-               -             - 
{1, 2, 3, 4...} {1, $null, 2} {}


## END

#### the Exchange shell shows 16 collection items
# from: formatting.md §3.5 (EMS sets $FormatEnumerationLimit = 16)
[pscustomobject]@{x=1..20}
## STDOUT:

x                                                         
-                                                         
{1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16...}


## END

#### FormatEnumerationLimit changes the collection form
# from: formatting.md §3.5 ($FormatEnumerationLimit)
$FormatEnumerationLimit = 2
[pscustomobject]@{x=1..10}
## STDOUT:

x        
-        
{1, 2...}


## END

#### group-object view
# from: formatting.md §9.3 example
'a','b','a' | Group-Object | Out-String -Width 60 -Stream
## STDOUT:

Count Name                      Group                       
----- ----                      -----                       
    2 a                         {a, a}                      
    1 b                         {b}                         


## END

#### measure-object list
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
