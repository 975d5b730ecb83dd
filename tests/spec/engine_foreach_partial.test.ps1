#### output written before a throw in ForEach-Object still goes down the pipeline
# from: about_Throw / about_Pipelines (objects are written as the script block produces them)
try { 1..3 | ForEach-Object { $_; if ($_ -eq 2) { throw 'boom' } } } catch { "caught $($_.Exception.Message)" }
## STDOUT:
1
2
caught boom
## END

#### output written before break in ForEach-Object is kept
# from: about_Break (break outside a loop stops the script; output already written stays)
1..5 | ForEach-Object { $_; if ($_ -eq 3) { break } }
'not reached'
## STDOUT:
1
2
3
## END

#### redirection writes what Out-File writes: Unicode with a BOM
# from: about_Redirection (5.1: `>` and `>>` send output to Out-File, whose default encoding is Unicode)
'a' > r.txt
'b' >> r.txt
Get-Content r.txt
(Get-Content r.txt -Encoding Byte -TotalCount 6) -join ','
## STDOUT:
a
b
255,254,97,0,10,0
## END
