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
