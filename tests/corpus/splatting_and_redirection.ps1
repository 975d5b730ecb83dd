$common = @{
    ErrorAction = 'SilentlyContinue'
    WarningAction = 'SilentlyContinue'
}
$pinParams = @{ Identity = 'kim@contoso.com'; Pin = '246810'; PinExpired = $true }
Set-UMMailboxPIN @pinParams @common -Confirm:$false
Get-UMMailbox -Identity tony@contoso.com 2>&1 | Out-File .\um.log -Append
Get-UMMailboxPIN -Identity tony@contoso.com 2>$null
Get-Mailbox *> $null
Get-Mailbox > .\mbx.txt
Get-Mailbox >> .\mbx.txt
& "$env:ExchangeInstallPath\bin\RemoteExchange.ps1"
. .\lib\helpers.ps1
& $scriptBlock -Name x 1 2
$sb = { param($a, $b) $a + $b }
& $sb 1 2
. { $inner = 1 }
cmd.exe /c echo hello
robocopy C:\src D:\dst /MIR /R:1 /W:1
Write-Output -- -NotAParameter
icacls C:\Reports --% /grant Everyone:(OI)(CI)F
$result = Invoke-Command -ScriptBlock { Get-Date } -ArgumentList $a, $b
Get-ChildItem -Path C:\Reports\*.csv -Recurse | Remove-Item -WhatIf
Start-Process -FilePath notepad.exe -ArgumentList '/A', "C:\Temp\a b.txt" -Wait
Get-Service | Where-Object Status -eq Running | Select-Object -First 5
Get-EventLog -LogName Application -Newest 10 -EntryType Error, Warning
$x = ,(1, 2)
$y = @(Get-Mailbox).Count
[string]::Join(', ', @('a', 'b'))
[System.IO.Path]::Combine($env:TEMP, "out.csv")
[datetime]::Now.AddDays(-30).ToString('yyyy-MM-dd')
$today = (Get-Date).Date
$bits = 0x10 -band 0xFF -bor 1 -shl 2
$msg = "Total: {0:N2} MB" -f ($size / 1MB)
$ok = $name -like 'tony*' -or $name -match '^k' -and $name -notcontains 'x'
$parts = 'a,b;c' -split '[,;]'
$joined = $parts -join '|'
$replaced = 'tony@contoso.com' -replace '@.*$', ''
$isStr = $joined -is [string] -and $joined -isnot [int]
$conv = '42' -as [int]
