# UM report: calculated properties, sorting, grouping and a here-string summary.
$mailboxes = Get-UMMailbox -ResultSize Unlimited
$report = $mailboxes |
    Select-Object DisplayName, PrimarySmtpAddress,
        @{Name = 'Extension'; Expression = { $_.Extensions[0] }},
        @{n = 'PinExpired'; e = { (Get-UMMailboxPIN -Identity $_.Identity).PinExpired }},
        @{label = 'Policy'; expression = { $_.UMMailboxPolicy.ToString().ToUpper() }} |
    Sort-Object -Property @{Expression = 'PinExpired'; Descending = $true}, DisplayName

$byPolicy = $report | Group-Object Policy | Sort-Object Count -Descending
foreach ($g in $byPolicy) {
    "{0,-40} {1,5}" -f $g.Name, $g.Count
}

$expired = @($report | Where-Object { $_.PinExpired -eq $true }).Count
$pct = if ($report.Count -gt 0) { [Math]::Round(100.0 * $expired / $report.Count, 1) } else { 0 }

$body = @"
UM PIN report for $($env:USERDNSDOMAIN)
Generated: $(Get-Date -Format 'yyyy-MM-dd HH:mm')
Mailboxes: $($report.Count)
Expired PINs: $expired ($pct%)
"@

$footer = @'
This report lists $mailboxes literally; nothing expands here.
'@

$report | Export-Csv -Path "C:\Reports\um_$(Get-Date -Format yyyyMMdd).csv" -NoTypeInformation -Encoding UTF8
Write-Host $body
Write-Output $footer
$report | Measure-Object | Select-Object -ExpandProperty Count
