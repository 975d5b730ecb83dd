# Core date, random, sleep, transcript and history cmdlets (docs.microsoft.com Microsoft.PowerShell.Utility /
# Microsoft.PowerShell.Host; PowerShell's Get-Date/New-TimeSpan/Get-Random tests). PWSHLITE_NOW fixes "now".

#### get-date honours pwshlite_now
# from: issue 5 (PWSHLITE_NOW fixes now); docs Get-Date example 1 (DateTime shown as long date and long time)
(Get-Date).ToString("yyyy-MM-dd HH:mm:ss")
(Get-Date).DayOfWeek
## env: PWSHLITE_NOW=2026-03-04T05:06:07
## STDOUT:
2026-03-04 05:06:07
Wednesday
## END

#### get-date format and uformat
# from: docs Get-Date examples 2 and 3 (-Format .NET specifiers, -UFormat specifiers)
Get-Date -Format "yyyy-MM-dd HH:mm:ss"
Get-Date -Format "dddd MM/dd/yyyy HH:mm K"
Get-Date -UFormat "%Y/%m/%d %A %j %H:%M"
Get-Date -Date "2020-02-29" -Format D
## env: PWSHLITE_NOW=2026-03-04T05:06:07
## env: TZ=UTC
## STDOUT:
2026-03-04 05:06:07
Wednesday 03/04/2026 05:06 +00:00
2026/03/04 Wednesday 063 05:06
Saturday, February 29, 2020
## END

#### get-date parts move the date like addmonths and adddays
# from: Get-Date.Tests.ps1 (-Year -Month -Day -Hour -Minute -Second); GetDateCommand uses AddMonths/AddDays
(Get-Date -Year 2020 -Month 2 -Day 29 -Hour 0 -Minute 0 -Second 0).ToString("yyyy-MM-dd HH:mm:ss")
(Get-Date -Month 2 -Day 31).ToString("yyyy-MM-dd")
## env: PWSHLITE_NOW=2026-03-04T05:06:07
## STDOUT:
2020-02-29 00:00:00
2026-03-03
## END

#### get-date display hint
# from: docs Get-Date example 4 (-DisplayHint Date)
Get-Date -DisplayHint Date
Get-Date -DisplayHint Time
## env: PWSHLITE_NOW=2026-03-04T05:06:07
## STDOUT:

Wednesday, March 4, 2026
5:06:07 AM


## END

#### new-timespan
# from: docs New-TimeSpan examples 1 and 2; New-TimeSpan.Tests.ps1
(New-TimeSpan -Hours 1 -Minutes 25).TotalMinutes
(New-TimeSpan -Start (Get-Date -Year 2026 -Month 1 -Day 1) -End (Get-Date)).Days
(New-TimeSpan -End (Get-Date -Year 2026 -Month 3 -Day 5)).Days
## env: PWSHLITE_NOW=2026-03-04T05:06:07
## STDOUT:
85
62
1
## END

#### get-random ranges and types
# from: Get-Random.Tests.ps1 (Int32 for int bounds, Double for double bounds; -SetSeed repeats)
$r = Get-Random -Maximum 10 -Count 50
($r | Where-Object { $_ -lt 0 -or $_ -ge 10 }).Count
$r[0].GetType().Name
(Get-Random -Minimum 1.5 -Maximum 2.5).GetType().Name
(Get-Random -SetSeed 7 -Maximum 1000) -eq (Get-Random -SetSeed 7 -Maximum 1000)
## STDOUT:
0
Int32
Double
True
## END

#### get-random picks distinct list items
# from: docs Get-Random example 6 (-Count from a collection: no item twice)
(1..10 | Get-Random -Count 3 | Sort-Object -Unique).Count
(Get-Random -InputObject a,b -Count 5 | Sort-Object) -join ","
## STDOUT:
3
a,b
## END

#### get-random minimum not below maximum
# from: GetRandomCommandStrings.resx MinGreaterThanOrEqualMax
try { Get-Random -Minimum 10 -Maximum 5 } catch { $_.Exception.Message; $_.FullyQualifiedErrorId }
## STDOUT:
The Minimum value (10) cannot be greater than or equal to the Maximum value (5).
MinGreaterThanOrEqualMax,Microsoft.PowerShell.Commands.GetRandomCommand
## END

#### start-sleep
# from: docs Start-Sleep examples 1 and 2
Start-Sleep -Milliseconds 10
Start-Sleep 0
"slept"
## STDOUT:
slept
## END

#### transcript records host output between start and stop
# from: docs Start-Transcript / Stop-Transcript (header and footer blocks; "Transcript started, output file is")
$t = Join-Path (Get-Location).Path t.txt
(Start-Transcript -Path t.txt) -eq "Transcript started, output file is $t"
"hello"
Write-Host "host line"
$null = Stop-Transcript
$lines = Get-Content t.txt
$lines[0]
$lines[1]
$lines[-6]
$lines[-5]
$lines[-3]
## STDOUT:
True
hello
host line
**********************
Windows PowerShell transcript start
hello
host line
Windows PowerShell transcript end
## END

#### transcript never contains secret parameter values
# from: issue 5 (the PIN never appears in transcripts); parameters declared secret are masked
Start-Transcript -Path t.txt | Out-Null
$pw = ConvertTo-SecureString 'Sup3rSecret!' -AsPlainText -Force
"done"
Stop-Transcript | Out-Null
(Get-Content t.txt -Raw).Contains('Sup3rSecret!')
## STDOUT:
done
False
## END

#### stop-transcript without a transcript
# from: docs Stop-Transcript; 5.1 message "The host is not currently transcribing."
try { Stop-Transcript } catch { $_.Exception.Message }
## STDOUT:
An error occurred stopping transcription: The host is not currently transcribing.
## END

#### get-history in a script file
# from: docs Get-History (lists commands entered at the console; a script adds none)
Write-Output one
@(Get-History).Count
## mode: file
## STDOUT:
one
0
## END

#### get-date format and uformat of a given date
# from: Get-Date.Tests.ps1 "using -format produces the correct output" and "using -uformat produces the correct output"
Get-Date -Date:"Jan 1, 2020" -Format:"MMM-dd-yy"
Get-Date -Date:"Jan 1, 2020" -UFormat:"%s"
Get-Date -Date 0030-01-01T00:00:00 -UFormat %y/%m/%d-%H
## env: TZ=UTC
## STDOUT:
Jan-01-20
1577836800
30/01/01-00
## END

#### get-date uformat specifiers
# from: Get-Date.Tests.ps1 "using -uformat 'aAbBcCdDehHIjmMpr'" and "'StTuUVwWxXyYZ'" (5.1 week numbers are DayOfYear / 7)
Get-Date -Date 1/1/0030 -UFormat %a%A%b%B%c%C%d%D%e%h%H%I%j%m%M%p%r
Get-Date -Date 1/1/0030 -UFormat %S%T%u%U%V%w%W%x%X%y%Y%%
## STDOUT:
TueTuesdayJanJanuaryTue Jan  1 00:00:00 003000101/01/30 1Jan00120010100AM12:00:00 AM
0000:00:002012001/01/3000:00:00300030%
## END

#### get-date file date formats
# from: Get-Date.Tests.ps1 "-Format FileDate works" / "FileDateTime works" (added in PowerShell 5.0)
Get-Date -Date 0030-01-01T01:02:03.0004 -Format FileDate
Get-Date -Date 0030-01-01T01:02:03.0004 -Format FileDateTime
## STDOUT:
00300101
00300101T0102030004
## END

#### get-date empty uformat
# from: Get-Date.Tests.ps1 "Passing '<name>' to -uformat produces a descriptive error" (ParameterArgumentValidationError)
try { Get-Date -Date 1/1/1970 -UFormat "" -ErrorAction Stop } catch { $_.FullyQualifiedErrorId }
## STDOUT:
ParameterArgumentValidationError,Microsoft.PowerShell.Commands.GetDateCommand
## END

#### get-date with all parts
# from: Get-Date.Tests.ps1 "Get-Date with all parameters returns proper results"
$r = Get-Date -Date ([datetime]"2001-05-06 07:08:09") -Year 1973 -Month 2 -Day 22 -Hour 15 -Minute 40 -Second 10 -Millisecond 200
$r.ToString("yyyy-MM-dd HH:mm:ss.fff")
## STDOUT:
1973-02-22 15:40:10.200
## END

#### get-date from the pipeline by property name
# from: Get-Date.Tests.ps1 "Get-date works with pipeline input" and "the LastWriteTime alias works with pipeline input"
$x = New-Object System.Management.Automation.PSObject
$x | Add-Member -MemberType NoteProperty -Name Date -Value ([datetime]"2020-01-02")
@(@($x, $x) | Get-Date).Count
Set-Content a.txt x
(Get-ChildItem a.txt | Get-Date) -is [datetime]
## STDOUT:
2
True
## END

#### get-command metadata: Parameters, ParameterSets and the list view
# from: CmdletInfo.Parameters / ParameterSets / CommandParameterSetInfo.ToString(); PowerShellCore.format.ps1xml CmdletInfo list view
$c = Get-Command Get-Item
$c.Parameters.Keys -join ','
$c.Parameters['Path'].ParameterType.FullName
$c.Parameters['Path'].ParameterSets['Path'].IsMandatory
$c.Verb + '/' + $c.Noun + '/' + $c.DefaultParameterSet
$c.ParameterSets | Format-Table Name, IsDefault -AutoSize
"$($c.ParameterSets[1])"
(Get-Command Set-UMMailboxPIN).Parameters.ContainsKey('WhatIf')
## STDOUT:
Path,LiteralPath,Filter,Include,Exclude,Force,Verbose,Debug,ErrorAction,WarningAction,InformationAction,ErrorVariable,WarningVariable,InformationVariable,OutVariable,OutBuffer,PipelineVariable
System.String[]
True
Get/Item/Path

Name        IsDefault
----        ---------
Path             True
LiteralPath     False


-LiteralPath <string[]> [-Filter <string>] [-Include <string[]>] [-Exclude <string[]>] [-Force] [<CommonParameters>]
True
## END

#### New-Alias and Set-Alias -PassThru write the alias; aliases show as name -> definition
# from: New-Alias/Set-Alias docs (-PassThru returns an object representing the alias); AliasInfo.DisplayName
Set-Alias zz Get-Date -PassThru | Format-Table CommandType, DisplayName -AutoSize
(New-Alias yy Get-Item -PassThru).Definition
(Get-Command gci).DisplayName
## STDOUT:

CommandType DisplayName   
----------- -----------   
Alias       zz -> Get-Date


Get-Item
gci -> Get-ChildItem
## END
