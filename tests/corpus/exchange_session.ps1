# Connect to Exchange and run a few UM administration commands.
$cred = Get-Credential -UserName 'CONTOSO\admin' -Message 'Exchange admin'
$session = New-PSSession -ConfigurationName Microsoft.Exchange `
    -ConnectionUri http://ex01.contoso.com/PowerShell/ `
    -Authentication Kerberos -Credential $cred
Import-PSSession $session -DisableNameChecking -AllowClobber | Out-Null

Get-UMDialPlan | Format-List Name, NumberOfDigitsInExtension, URIType
New-UMDialPlan -Name "Contoso DP" -NumberOfDigitsInExtension 5 -URIType TelExtn -CountryOrRegionCode 1
Set-UMMailboxPolicy -Identity "Contoso DP Default Policy" -MinPINLength 6 -PINLifetime 60 -LogonFailuresBeforePINReset 5
Get-UMMailboxPolicy "Contoso DP Default Policy" | Select-Object MinPINLength, PINLifetime, AllowCommonPatterns
Disable-UMMailbox -Identity kim@contoso.com -KeepProperties $true -Confirm:$false
Get-UMMailbox | ? { $_.UMEnabled } | % { Get-UMMailboxPIN -Identity $_.Identity } | ft UserID, PinExpired, LockedOut -AutoSize
Set-UMMailbox -Identity tony@contoso.com -CallAnsweringAudioCodec Mp3 -TUIAccessToCalendarEnabled $false
$users = Get-Content .\aliases.txt | Where-Object { $_ -and $_ -notmatch '^\s*#' }
foreach ($u in $users) {
    if (-not (Get-UMMailbox -Identity $u -ErrorAction SilentlyContinue)) {
        Write-Host "$u is not UM-enabled" -ForegroundColor Yellow
        continue
    }
    Set-UMMailboxPIN -Identity $u -PinExpired $true
}
Remove-PSSession $session
