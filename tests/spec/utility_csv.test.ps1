# Import-Csv / Export-Csv / ConvertTo-Csv / ConvertFrom-Csv (formatting.md Appendix B; 5.1 CsvCommands.cs).

#### convertto-csv appendix b example
# from: formatting.md Appendix B example
[pscustomobject]@{Name='a "b"';Count=1;Note=$null} | ConvertTo-Csv
## STDOUT:
#TYPE System.Management.Automation.PSCustomObject
"Name","Count","Note"
"a ""b""","1",
## END

#### convertto-csv notypeinformation and delimiter
# from: formatting.md Appendix B rules 2-3 (columns fixed by the first object)
[pscustomobject]@{A=1;B=2}, [pscustomobject]@{B=3;C=4} | ConvertTo-Csv -NoTypeInformation -Delimiter ';'
## STDOUT:
"A";"B"
"1";"2"
;"3"
## END

#### convertto-csv selected type name
# from: formatting.md Appendix B rule 1 (#TYPE Selected.<type>)
'abc' | Select-Object Length | ConvertTo-Csv
## STDOUT:
#TYPE Selected.System.String
"Length"
"3"
## END

#### convertto-csv arrays print their type name
# from: formatting.md Appendix B rule 3 (arrays become System.Object[])
[pscustomobject]@{L=@(1,2);H=@{a=1}} | ConvertTo-Csv -NoTypeInformation
## STDOUT:
"L","H"
"System.Object[]","System.Collections.Hashtable"
## END

#### convertfrom-csv header and leniency
# from: CsvCommands.cs ImportCsvHelper.ParseNextRecord (5.1-era source)
'Name,Count', ' "b,c" , 2', 'x,"q""uote"' | ConvertFrom-Csv | Format-Table -AutoSize
## STDOUT:

Name Count 
---- ----- 
b,c  2     
x    q"uote


## END

#### convertfrom-csv header parameter
# from: Import-Csv docs, -Header
'1;2' | ConvertFrom-Csv -Delimiter ';' -Header A,B,C | Format-List
## STDOUT:


A : 1
B : 2
C : 



## END

#### convertfrom-csv empty header gets H1 with a warning
# from: Import-Csv docs (5.1): empty header names get default names and a warning
'a,,b', '1,2,3' | ConvertFrom-Csv | Format-List
## STDOUT:
WARNING: One or more headers were not specified. Default names starting with "H" have been used in place of any missing
 headers.


a  : 1
H1 : 2
b  : 3



## END

#### convertfrom-csv duplicate header
# from: CsvCommands.cs ValidatePropertyNames (MemberAlreadyPresent)
'a,A', '1,2' | ConvertFrom-Csv
## STDOUT:
## END
## STDERR:
ConvertFrom-Csv : The member "A" is already present.
At line:2 char:16
+ 'a,A', '1,2' | ConvertFrom-Csv
+                ~~~~~~~~~~~~~~~
    + CategoryInfo          : NotSpecified: (:) [ConvertFrom-Csv], ExtendedTypeSystemException
    + FullyQualifiedErrorId : AlreadyPresentPSMemberInfoInternalCollectionAdd,Microsoft.PowerShell.Commands.ConvertFro 
   mCsvCommand
 
## END
## status: 1

#### export-csv then import-csv
# from: Import-Csv docs example 1 (round trip); type names CSV:<type> from ImportCsvHelper
[pscustomobject]@{Id=1;Name='x'}, [pscustomobject]@{Id=2;Name='y'} | Export-Csv out.csv
Get-Content out.csv
$rows = Import-Csv out.csv
$rows[1].Name
## STDOUT:
#TYPE System.Management.Automation.PSCustomObject
"Id","Name"
"1","x"
"2","y"
y
## END

#### export-csv default encoding is ascii
# from: formatting.md 14.2 item 8 (5.1 Export-Csv default ASCII)
[pscustomobject]@{Name='café'} | Export-Csv a.csv -NoTypeInformation
(Import-Csv a.csv).Name
## STDOUT:
caf?
## END

#### export-csv utf8 keeps characters
# from: Export-Csv docs, -Encoding
[pscustomobject]@{Name='café'} | Export-Csv u.csv -NoTypeInformation -Encoding UTF8
(Import-Csv u.csv).Name
## STDOUT:
café
## END

#### export-csv append
# from: CsvCommands.cs ExportCsvCommand (append reuses the existing header)
[pscustomobject]@{A=1;B=2} | Export-Csv a.csv -NoTypeInformation
[pscustomobject]@{B=4;A=3} | Export-Csv a.csv -Append
Get-Content a.csv
## STDOUT:
"A","B"
"1","2"
"3","4"
## END

#### export-csv append with a missing column
# from: CsvCommandStrings CannotAppendCsvWithMismatchedPropertyNames
[pscustomobject]@{A=1;B=2} | Export-Csv a.csv -NoTypeInformation
[pscustomobject]@{A=1} | Export-Csv a.csv -Append
## STDOUT:
## END
## STDERR:
Export-Csv : Cannot append CSV content to the following file: a.csv. The appended object does not have a property that 
corresponds to the following column: B. To continue with mismatched properties, add the -Force parameter, and then 
retry the command.
At line:3 char:26
+ [pscustomobject]@{A=1} | Export-Csv a.csv -Append
+                          ~~~~~~~~~~~~~~~~~~~~~~~~
    + CategoryInfo          : InvalidData: (B:String) [Export-Csv], InvalidOperationException
    + FullyQualifiedErrorId : CannotAppendCsvWithMismatchedPropertyNames,Microsoft.PowerShell.Commands.ExportCsvComman 
   d
 
## END
## status: 1

#### export-csv noclobber
# (stderr holds the full temporary path; its text is checked in tests/unit/test_utility_csv.py)
# from: PathUtils.ReportFileAlreadyExist (NoClobber)
'x' | Set-Content a.csv
[pscustomobject]@{A=1} | Export-Csv a.csv -NoClobber
## STDOUT:
## END
## status: 1

#### import-csv missing file
# (stderr holds the full temporary path; its text is checked in tests/unit/test_utility_csv.py)
# from: PathUtils.ReportFileOpenFailure (FileOpenFailure)
Import-Csv nope.csv
## STDOUT:
## END
## status: 1

#### import-csv utf16 with bom
# from: Import-Csv docs (5.1): the BOM decides the encoding
'"N"', '"é"' | Set-Content u16.csv -Encoding Unicode
(Import-Csv u16.csv).N
## STDOUT:
é
## END

#### a delimiter of more than one character is a binding error
# from: ConvertTo-Csv docs (-Delimiter is a System.Char); formatting.md §10.6 (conversion failure)
'a' | ConvertTo-Csv -Delimiter ab
## STDERR:
ConvertTo-Csv : Cannot bind parameter 'Delimiter'. Cannot convert value "ab" to type "System.Char". Error: "String 
must be exactly one character long."
At line:2 char:32
+ 'a' | ConvertTo-Csv -Delimiter ab
+                                ~~
    + CategoryInfo          : InvalidArgument: (:) [ConvertTo-Csv], ParameterBindingException
    + FullyQualifiedErrorId : CannotConvertArgumentNoMessage,Microsoft.PowerShell.Commands.ConvertToCsvCommand
 
## END
## status: 1

#### export-csv append keeps the file's encoding
# from: 5.1 ExportCsvCommand.CreateFileStream (the existing file is read with StreamReader(-Encoding or UTF-8, BOM detection); its CurrentEncoding writes the new rows)
[pscustomobject]@{A='x'} | Export-Csv a.csv -NoTypeInformation
[pscustomobject]@{A='é'} | Export-Csv a.csv -Append
[IO.File]::ReadAllBytes("$PWD/a.csv") -join ','
[pscustomobject]@{A='x'} | Export-Csv u.csv -NoTypeInformation -Encoding Unicode
[pscustomobject]@{A='y'} | Export-Csv u.csv -Append
(Import-Csv u.csv).A -join ','
## STDOUT:
34,65,34,10,34,120,34,10,34,195,169,34,10
x,y
## END

#### Import-Csv refuses a piped FileInfo as 5.1 does
# from: PowerShell issue 4473 (5.1: -LiteralPath binds PSPath and -Path the coerced FileInfo; fixed in 6.2)
'a,b', '1,2' | Set-Content t.csv
Get-ChildItem t.csv | Import-Csv
(Import-Csv t.csv).a
## STDOUT:
1
## END
## STDERR:
Import-Csv : You must specify either the -Path or -LiteralPath parameters, but not both.
At line:3 char:23
+ Get-ChildItem t.csv | Import-Csv
+                       ~~~~~~~~~~
    + CategoryInfo          : InvalidData: (:) [Import-Csv], InvalidOperationException
    + FullyQualifiedErrorId : CannotSpecifyPathAndLiteralPath,Microsoft.PowerShell.Commands.ImportCsvCommand
 
## END
