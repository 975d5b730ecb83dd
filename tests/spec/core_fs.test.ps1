# Core file-system cmdlets: content, items, paths, locations (docs.microsoft.com Microsoft.PowerShell.Management;
# PowerShell's test/powershell/Modules/Microsoft.PowerShell.Management tests). {TMP} is the case's folder.

#### set-content writes ansi with crlf by default
# from: docs Set-Content (-Encoding: the default in Windows PowerShell 5.1 is Default, the ANSI code page)
Set-Content a.txt "hi"
(Get-Content a.txt -Encoding Byte) -join ","
## STDOUT:
104,105,13,10
## END

#### set-content encodings write a byte order mark
# from: docs Set-Content -Encoding (UTF8 and Unicode write a BOM in 5.1)
Set-Content u.txt "hi" -Encoding UTF8
(Get-Content u.txt -Encoding Byte) -join ","
Set-Content w.txt "hi" -Encoding Unicode
(Get-Content w.txt -Encoding Byte) -join ","
Set-Content b.txt "hi" -Encoding BigEndianUnicode -NoNewline
(Get-Content b.txt -Encoding Byte) -join ","
## STDOUT:
239,187,191,104,105,13,10
255,254,104,0,105,0,13,0,10,0
254,255,0,104,0,105
## END

#### content round trip through a unicode file
# from: docs Get-Content (a byte-order mark selects the encoding); docs Add-Content example 1
Set-Content w.txt "caf$([char]0xe9)" -Encoding Unicode
Add-Content w.txt "two"
Get-Content w.txt
## STDOUT:
café
two
## END

#### get-content totalcount tail raw readcount
# from: docs Get-Content examples 2 and 3 (-TotalCount, -Tail), -Raw, -ReadCount
Set-Content l.txt 1,2,3,4,5
Get-Content l.txt -TotalCount 2
Get-Content l.txt -Tail 2
Get-Content l.txt -First 1
(Get-Content l.txt -Raw).Length
(Get-Content l.txt -ReadCount 2).Count
## STDOUT:
1
2
4
5
1
15
3
## END

#### get-content delimiter keeps the delimiter
# from: docs Get-Content example 5 (-Delimiter; Windows PowerShell 5.1 keeps the delimiter at the end of each item)
Set-Content d.txt "a,b,c" -NoNewline
(Get-Content d.txt -Delimiter ",") -join "|"
## STDOUT:
a,|b,|c
## END

#### get-content missing file
# from: formatting.md §10.5 (Cannot find path ... ItemNotFoundException, PathNotFound)
Get-Content C:\nope
## STDERR:
Get-Content : Cannot find path 'C:\nope' because it does not exist.
At line:2 char:1
+ Get-Content C:\nope
+ ~~~~~~~~~~~~~~~~~~~
    + CategoryInfo          : ObjectNotFound: (C:\nope:String) [Get-Content], ItemNotFoundException
    + FullyQualifiedErrorId : PathNotFound,Microsoft.PowerShell.Commands.GetContentCommand
 
## END
## status: 1

#### get-content missing relative file reports the full path
# from: docs about_Providers (paths are resolved against the current location); ItemNotFoundException
Get-Content nope.txt -ErrorAction SilentlyContinue -ErrorVariable ev
$ev[0].Exception.Message -replace [regex]::Escape((Get-Location).Path), '<here>'
$ev[0].TargetObject -replace [regex]::Escape((Get-Location).Path), '<here>'
## STDOUT:
Cannot find path '<here>/nope.txt' because it does not exist.
<here>/nope.txt
## END

#### get-content of a windows drive path that is not here
# from: formatting.md §10.5 (Get-Item C:\nope message shows the path as typed)
Get-Content C:\nope -ErrorAction SilentlyContinue -ErrorVariable ev
$ev[0].Exception.Message
## STDOUT:
Cannot find path 'C:\nope' because it does not exist.
## END

#### clear-content empties the file
# from: docs Clear-Content example 1
Set-Content a.txt "text"
Clear-Content a.txt
(Get-Item a.txt).Length
Test-Path a.txt
## STDOUT:
0
True
## END

#### set-content into a missing folder
# from: .NET DirectoryNotFoundException message; Set-Content GetContentWriterDirectoryNotFoundError
Set-Content nofolder/a.txt x -ErrorAction SilentlyContinue -ErrorVariable ev
$ev[0].Exception.Message -replace [regex]::Escape((Get-Location).Path), '<here>'
$ev[0].FullyQualifiedErrorId
## STDOUT:
Could not find a part of the path '<here>/nofolder/a.txt'.
GetContentWriterDirectoryNotFoundError,Microsoft.PowerShell.Commands.SetContentCommand
## END

#### test-path files folders wildcards and path type
# from: docs Test-Path examples 1, 4 and 5 (-PathType Leaf/Container, wildcards)
New-Item -ItemType Directory sub | Out-Null
Set-Content sub/c.txt x
Test-Path sub
Test-Path sub/c.txt -PathType Leaf
Test-Path sub -PathType Leaf
Test-Path sub -PathType Container
Test-Path sub/*.txt
Test-Path sub/nothing
Test-Path -Path "x*y" -IsValid
## STDOUT:
True
True
False
True
True
False
True
## END

#### get-childitem lists folders first then files
# from: docs Get-ChildItem example 1 (-Name); the FileSystem provider lists folders before files
New-Item -ItemType Directory d | Out-Null
Set-Location d
New-Item -ItemType Directory zsub | Out-Null
Set-Content b.txt 1; Set-Content a.csv 2; Set-Content zsub/c.txt 3
Get-ChildItem -Name
Get-ChildItem -Recurse -Name -Filter *.txt
Get-ChildItem -Directory -Name
Get-ChildItem -File | ForEach-Object { $_.Name + " " + $_.Length }
## STDOUT:
zsub
a.csv
b.txt
b.txt
zsub/c.txt
zsub
a.csv 3
b.txt 3
## END

#### get-childitem include needs recurse or a wildcard
# from: docs Get-ChildItem -Include ("effective only when the command includes the contents of an item, such as C:\Windows\*")
New-Item -ItemType Directory d | Out-Null
Set-Content d/b.txt 1; Set-Content d/a.csv 2
Get-ChildItem d -Include *.txt -Name
"--"
Get-ChildItem d/* -Include *.txt -Name
## STDOUT:
--
b.txt
## END

#### get-childitem missing path
# from: docs Get-ChildItem; ItemNotFoundException PathNotFound
Get-ChildItem nothere -ErrorAction SilentlyContinue -ErrorVariable ev
$ev[0].FullyQualifiedErrorId
$ev[0].CategoryInfo.Category
## STDOUT:
PathNotFound,Microsoft.PowerShell.Commands.GetChildItemCommand
ObjectNotFound
## END

#### file info properties
# from: docs FileInfo class (Name, BaseName, Extension, Length); 5.1 Mode column
Set-Content report.csv "abc"
$f = Get-Item report.csv
$f.Name; $f.BaseName; $f.Extension; $f.Length; $f.Mode; $f.PSIsContainer
(Get-Item .).Mode
$f.FullName -eq (Join-Path (Get-Location).Path report.csv)
## STDOUT:
report.csv
report
.csv
5
-a----
False
d-----
True
## END

#### new-item file and folder
# from: docs New-Item examples 1 and 2
$f = New-Item -Path testfile1.txt -ItemType File -Value "This is a text string."
$f.Name
Get-Content testfile1.txt
(New-Item -Path logfiles -ItemType Directory).PSIsContainer
## STDOUT:
testfile1.txt
This is a text string.
True
## END

#### new-item existing file and folder errors
# from: New-Item.Tests.ps1 (an existing item needs -Force); NewItemIOError / DirectoryExist
New-Item a.txt -ItemType File | Out-Null
New-Item a.txt -ItemType File -ErrorAction SilentlyContinue -ErrorVariable e1
$e1[0].FullyQualifiedErrorId
New-Item d -ItemType Directory | Out-Null
New-Item d -ItemType Directory -ErrorAction SilentlyContinue -ErrorVariable e2
$e2[0].FullyQualifiedErrorId
$e2[0].CategoryInfo.Category
(New-Item a.txt -ItemType File -Value new -Force).Length
## STDOUT:
NewItemIOError,Microsoft.PowerShell.Commands.NewItemCommand
DirectoryExist,Microsoft.PowerShell.Commands.NewItemCommand
ResourceExists
3
## END

#### remove-item whatif
# from: formatting.md §12.1 (What if: Performing the operation "Remove File" on target "...")
Set-Content a.txt x
Remove-Item a.txt -WhatIf
Test-Path a.txt
## STDOUT:
What if: Performing the operation "Remove File" on target "{TMP}/a.txt".
True
## END

#### remove-item files wildcards folders
# from: docs Remove-Item examples 1 and 2 (wildcards, -Recurse)
New-Item -ItemType Directory d | Out-Null
Set-Content d/x.txt 1; Set-Content d/y.txt 2; Set-Content d/keep.csv 3
Remove-Item d/*.txt
Get-ChildItem d -Name
Remove-Item d -Recurse
Test-Path d
## STDOUT:
keep.csv
False
## END

#### remove-item missing path
# from: docs Remove-Item; PathNotFound,Microsoft.PowerShell.Commands.RemoveItemCommand
Remove-Item gone.txt -ErrorAction SilentlyContinue -ErrorVariable ev
$ev[0].FullyQualifiedErrorId
## STDOUT:
PathNotFound,Microsoft.PowerShell.Commands.RemoveItemCommand
## END

#### copy move and rename
# from: docs Copy-Item example 1, Move-Item example 1, Rename-Item example 1
New-Item -ItemType Directory archive | Out-Null
Set-Content daily_file.txt data
Copy-Item daily_file.txt -Destination archive
Rename-Item daily_file.txt -NewName monday_file.txt
Move-Item monday_file.txt -Destination archive/moved.txt
Get-ChildItem archive -Name
Test-Path monday_file.txt
Get-Content archive/moved.txt
## STDOUT:
daily_file.txt
moved.txt
False
data
## END

#### copy-item recurse copies a folder tree
# from: docs Copy-Item example 2 (-Recurse)
New-Item -ItemType Directory src/inner -Force | Out-Null
Set-Content src/inner/f.txt x
Copy-Item src -Destination dst -Recurse
Test-Path dst/inner/f.txt
## STDOUT:
True
## END

#### join-path
# from: docs Join-Path examples 1 and 2
Join-Path -Path C:\Reports -ChildPath um.csv
Join-Path "path" "childpath"
Join-Path -Path "/tmp/" -ChildPath "/x"
## STDOUT:
C:\Reports\um.csv
path/childpath
/tmp/x
## END

#### split-path parts
# from: docs Split-Path examples 1, 2, 4 and 6 (-Qualifier, -Leaf, -NoQualifier, -IsAbsolute)
Split-Path -Path "C:\Test\Logs\*.log"
Split-Path -Path "C:\Test\Logs\*.log" -Leaf
Split-Path -Path "C:\Test\Logs\*.log" -Qualifier
Split-Path -Path "C:\Test\Logs\*.log" -NoQualifier
Split-Path -Path "C:\Test\Logs\app.log" -Extension
Split-Path -Path "C:\Test\Logs\app.log" -LeafBase
Split-Path -Path ".\My Pictures\*.jpg" -IsAbsolute
Split-Path -Path "/var/log/syslog"
## STDOUT:
C:\Test\Logs
*.log
C:
\Test\Logs\*.log
.log
app
False
/var/log
## END

#### split-path qualifier missing
# from: docs Split-Path -Qualifier (a path without a drive has no qualifier)
Split-Path -Path "a\b" -Qualifier -ErrorAction SilentlyContinue -ErrorVariable ev
$ev[0].Exception.Message
## STDOUT:
Cannot parse path because path 'a\b' does not have a qualifier specified.
## END

#### locations set push pop
# from: docs Push-Location example 1, Pop-Location example 1, Get-Location example 1
New-Item -ItemType Directory one/two -Force | Out-Null
Set-Location one
(Get-Location).Path -eq (Join-Path $HOME one)
Push-Location two
Split-Path (Get-Location).Path -Leaf
Pop-Location
Split-Path (Get-Location).Path -Leaf
## STDOUT:
True
two
one
## END

#### set-location missing folder
# from: docs Set-Location; PathNotFound,Microsoft.PowerShell.Commands.SetLocationCommand
try { Set-Location nowhere -ErrorAction Stop } catch { $_.FullyQualifiedErrorId }
## STDOUT:
PathNotFound,Microsoft.PowerShell.Commands.SetLocationCommand
## END

#### resolve-path relative and wildcards
# from: docs Resolve-Path examples 3 and 4 (wildcards, -Relative)
New-Item -ItemType Directory r | Out-Null
Set-Content r/a.log 1; Set-Content r/b.log 2
(Resolve-Path r/*.log | ForEach-Object { Split-Path $_.Path -Leaf }) -join ","
Resolve-Path r/a.log -Relative
## STDOUT:
a.log,b.log
./r/a.log
## END

#### get-content tail with readcount
# from: Get-Content.Tests.ps1 "should Get-Content with a variety of -Tail and -ReadCount" (readcount=2 tail=3, readcount=0)
Set-Content t.txt "AA","BB","CC","DD"
$r = Get-Content t.txt -ReadCount 2 -Tail 3
$r.Length
$r[0] -join ","
(Get-Content t.txt -ReadCount 0 -Tail 3) -join ","
@(Get-Content t.txt -TotalCount 0).Count
## STDOUT:
2
BB,CC
BB,CC,DD
0
## END

#### get-content tail and totalcount cannot coexist
# from: Get-Content.Tests.ps1 "Should throw TailAndHeadCannotCoexist when both -Tail and -TotalCount are used"
Set-Content t.txt x
try { Get-Content t.txt -Tail 1 -TotalCount 1 -ErrorAction Stop } catch { $_.Exception.Message; $_.FullyQualifiedErrorId }
## STDOUT:
The parameters TotalCount and Tail cannot be used together. Please specify only one parameter.
TailAndHeadCannotCoexist,Microsoft.PowerShell.Commands.GetContentCommand
## END

#### split-path leaf parent qualifier from the tests
# from: Split-Path.Tests.ps1 (leaf, parent, qualifier, noqualifier, piping, 'Does not split a drive letter')
Split-Path -Leaf /usr/bin
Split-Path -Leaf "\\server1\share1"
Split-Path -Parent "/usr/local/bin"
Split-Path -Parent "\\server1\share1"
Split-Path -Qualifier env:PATH
Split-Path env:PATH -NoQualifier
"usr/bin" | Split-Path
"[" + (Split-Path -Path 'C:\') + "]"
## STDOUT:
bin
share1
/usr/local
\\server1
env:
PATH
usr
[]
## END

#### split-path is absolute
# from: Split-Path.Tests.ps1 "Should be able to tell if a given path is an absolute path"
Split-Path -IsAbsolute fs:/usr/bin
Split-Path -IsAbsolute ..
Split-Path -IsAbsolute ~/
Split-Path -IsAbsolute /usr/..
## STDOUT:
True
False
False
True
## END

#### split-path resolve
# from: Split-Path.Tests.ps1 "Should be able to accept regular expression input and output an array for multiple objects"
Set-Content testfile1.ps1 x; Set-Content testfile2.ps1 y
Split-Path "*file*.ps1" -Leaf -Resolve | Sort-Object
## STDOUT:
testfile1.ps1
testfile2.ps1
## END

#### join-path drive names and remaining child paths
# from: Join-Path.Tests.ps1 ('Variable:' with 'foo'; multiple child paths by position)
Join-Path "Variable:" "foo"
Join-Path "Env:" "foo"
Join-Path one two three four five
## STDOUT:
Variable:\foo
Env:\foo
one/two/three/four/five
## END

#### join-path resolve of a missing item
# from: Join-Path.Tests.ps1 "should throw 'PathNotFound' when called with -Resolve and item does not exist"
try { Join-Path "Bogus" "Path" -Resolve -ErrorAction Stop } catch { $_.FullyQualifiedErrorId }
## STDOUT:
PathNotFound,Microsoft.PowerShell.Commands.JoinPathCommand
## END

#### environment and variable drives
# from: Test-Path.Tests.ps1 "Should return true if used on components other than filesystem objects"; docs about_Environment_Provider (Remove-Item Env:)
$env:PWSHLITE_SPEC_X = "1"
Test-Path Env:\PWSHLITE_SPEC_X
(Get-Item env:PWSHLITE_SPEC_X).Value
Get-Content env:PWSHLITE_SPEC_X
(Get-ChildItem env:PWSHLITE_SPEC_*).Name
Remove-Item env:PWSHLITE_SPEC_X
Test-Path env:PWSHLITE_SPEC_X
$answer = 42
Test-Path variable:answer
## STDOUT:
True
1
1
PWSHLITE_SPEC_X
False
True
## END

#### missing environment item
# from: docs about_Environment_Provider; ItemNotFoundException PathNotFound
Get-Item env:PWSHLITE_SPEC_NOPE
## STDERR:
Get-Item : Cannot find path 'Env:\PWSHLITE_SPEC_NOPE' because it does not exist.
At line:2 char:1
+ Get-Item env:PWSHLITE_SPEC_NOPE
+ ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
    + CategoryInfo          : ObjectNotFound: (Env:\PWSHLITE_SPEC_NOPE:String) [Get-Item], ItemNotFoundException
    + FullyQualifiedErrorId : PathNotFound,Microsoft.PowerShell.Commands.GetItemCommand
 
## END
## status: 1

#### content and item cmdlets whatif
# from: formatting.md §12.1; FileSystemProvider actions "Set Content", "Create File", "Copy File"
Set-Content a.txt x
Set-Content a.txt y -WhatIf
New-Item b.txt -WhatIf
Copy-Item a.txt c.txt -WhatIf
Get-Content a.txt
Test-Path b.txt, c.txt
## STDOUT:
What if: Performing the operation "Set Content" on target "Path: {TMP}/a.txt".
What if: Performing the operation "Create File" on target "Destination: {TMP}/b.txt".
What if: Performing the operation "Copy File" on target "Item: {TMP}/a.txt Destination: {TMP}/c.txt".
x
False
False
## END

#### items from the pipeline bind by PSPath
# from: docs Remove-Item example 4 / Rename-Item example 4 (pipeline input by property name LiteralPath, alias PSPath)
Set-Content a.txt 1; Set-Content b.txt 2; Set-Content keep.csv 3
Get-Item a.txt | Rename-Item -NewName c.txt
Get-ChildItem *.txt | Copy-Item -Destination (New-Item -ItemType Directory copies)
Get-ChildItem c.txt | Remove-Item
Get-ChildItem -Name
Get-ChildItem copies -Name
Get-ChildItem *.txt | Get-Content
## STDOUT:
copies
b.txt
keep.csv
b.txt
c.txt
2
## END

#### relative paths work below a current folder whose name has brackets
# from: LocationGlobber (only the path as typed is a wildcard pattern; the current location is literal)
New-Item -ItemType Directory 'a[1]' | Out-Null
Set-Location -LiteralPath 'a[1]'
Set-Content x.txt hi
Get-Content x.txt
(Get-ChildItem *.txt).Name
Test-Path x.txt
## STDOUT:
hi
x.txt
True
## END
