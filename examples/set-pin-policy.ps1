# Tighten the PIN policy of the default UM mailbox policy and show the result
$policy = 'Contoso DP Default Policy'

$settings = @{
    MinPINLength                = 8
    PINLifetime                 = 30
    PINHistoryCount             = 10
    MaxLogonAttempts            = 10
    LogonFailuresBeforePINReset = 3
    AllowCommonPatterns         = $false
}
Set-UMMailboxPolicy -Identity $policy @settings

Get-UMMailboxPolicy -Identity $policy |
    Format-List Name, MinPINLength, PINLifetime, PINHistoryCount, MaxLogonAttempts, LogonFailuresBeforePINReset, AllowCommonPatterns
