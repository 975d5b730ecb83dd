# Database sizes, large mailboxes and a mail report: common Exchange admin idioms.
$ErrorActionPreference = "Stop"
Set-StrictMode -Version Latest
$scriptPath = Split-Path -Parent $MyInvocation.MyCommand.Definition
$logFile = Join-Path $scriptPath ("log_{0:yyyyMMdd}.txt" -f (Get-Date))
function Write-Log([string]$Message, [ValidateSet('Info','Warn','Error')][string]$Level = 'Info') {
    $line = "{0} [{1}] {2}" -f (Get-Date -Format 's'), $Level.ToUpper(), $Message
    Add-Content -Path $logFile -Value $line
    switch ($Level) { 'Warn' { Write-Warning $Message } 'Error' { Write-Error $Message } default { Write-Verbose $Message } }
}
if (-not (Get-PSSnapin -Name Microsoft.Exchange.Management.PowerShell.SnapIn -ErrorAction SilentlyContinue)) {
    Add-PSSnapin Microsoft.Exchange.Management.PowerShell.SnapIn
}
$servers = @(Get-ExchangeServer | Where-Object { $_.IsMailboxServer -and $_.AdminDisplayVersion -like 'Version 15*' })
Write-Log "Found $($servers.Count) server(s)"
foreach ($srv in $servers) {
    $dbs = Get-MailboxDatabase -Server $srv.Name -Status | Sort-Object Name
    foreach ($db in $dbs) {
        $size = [math]::Round(($db.DatabaseSize.ToBytes() / 1GB), 2)
        $obj = New-Object -TypeName PSObject -Property ([ordered]@{
            Server   = $srv.Name
            Database = $db.Name
            SizeGB   = $size
            Mounted  = $db.Mounted
        })
        $results += $obj
    }
}
$results | Sort-Object SizeGB -Descending | Format-Table -AutoSize | Out-String | Write-Host
$mbx = Get-Mailbox -ResultSize Unlimited -Filter {RecipientTypeDetails -eq 'UserMailbox'}
$i = 0; $total = $mbx.Count
$mbx | ForEach-Object {
    $i++
    if ($i % 100 -eq 0) { Write-Progress -Activity 'Scanning' -Status "$i of $total" -PercentComplete (($i / $total) * 100) }
    $stats = Get-MailboxStatistics $_.Identity -ErrorAction SilentlyContinue
    if ($null -ne $stats -and $stats.TotalItemSize.Value.ToMB() -gt 2048) {
        [pscustomobject]@{ Name = $_.DisplayName; SizeMB = $stats.TotalItemSize.Value.ToMB(); Items = $stats.ItemCount }
    }
} | Export-Csv -NoTypeInformation -Encoding UTF8 -Path "$scriptPath\large_mailboxes.csv"
$body = $results | ConvertTo-Html -Fragment -Property Server, Database, SizeGB | Out-String
Send-MailMessage -To 'admin@contoso.com' -From "exchange@$env:USERDNSDOMAIN" -Subject "DB report $(Get-Date -f d)" -Body $body -BodyAsHtml -SmtpServer smtp.contoso.com
$cred = New-Object System.Management.Automation.PSCredential ('CONTOSO\svc', (ConvertTo-SecureString 'P@ss' -AsPlainText -Force))
$hash = @{}
Get-Content .\list.txt | Where-Object { $_ -match '^(?<alias>\w+),(?<ext>\d+)$' } | ForEach-Object {
    $hash[$Matches['alias']] = [int]$Matches.ext
}
$hash.GetEnumerator() | Sort-Object -Property Value | ForEach-Object { '{0,-20}{1,8}' -f $_.Key, $_.Value }
$array = 1..10 | Where-Object { $_ % 2 }
$first, $rest = $array
[string[]]$names = 'a', 'b'
$names += 'c'
