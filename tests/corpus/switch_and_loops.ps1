$lines = Get-Content .\um_log.txt
$stats = @{ Errors = 0; Warnings = 0; Other = 0 }
:outer foreach ($line in $lines) {
    switch -Regex ($line) {
        '^ERROR\s+(\d+)' { $stats.Errors++; if ([int]$Matches[1] -gt 500) { break outer } }
        '^WARN' { $stats['Warnings'] += 1; continue }
        'ignore me' { }
        default { $stats.Other = $stats.Other + 1 }
    }
}
switch -Wildcard -CaseSensitive ($env:COMPUTERNAME) {
    'EX*' { 'Exchange server' }
    'DC*' { 'Domain controller' }
}
switch (1, 2, 3) { 1 { 'one' } { $_ -gt 1 } { 'more' } }
for ($i = 10; $i -gt 0; $i -= 2) { Write-Output $i }
for (;;) { break }
$n = 0
while ($n -lt 3) { $n++ }
do { $n-- } while ($n -gt 0)
do {
    $n += 1
} until ($n -ge 5)
$squares = foreach ($k in 1..5) { $k * $k }
$squares[-1], $squares[0..2], $squares.Count
$h = [ordered]@{}
$h.Add('a', 1); $h['b'] = 2
$keys = $h.Keys | Sort-Object
trap [System.DivideByZeroException] { Write-Warning 'division'; continue }
$x = 1 / $n
$list = New-Object 'System.Collections.Generic.List[string]'
[void]$list.Add('x')
$dict = New-Object 'System.Collections.Generic.Dictionary[string,int]'
[System.Collections.Generic.List[int]]$ints = @(1, 2, 3)
$ints.ForEach({ $_ * 2 })
