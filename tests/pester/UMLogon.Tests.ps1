# Telephone (TUI) sign-in against the demo organization: failed attempts, lockout and its reset.
# from: Set-UMMailboxPolicy MaxLogonAttempts / LogonFailuresBeforePINReset; Test-UMConnectivity -TUILogon

Describe 'Test-UMConnectivity -TUILogon' {
    BeforeAll {
        $dialPlan = 'Contoso DP'
        $extension = '20001'
        Set-UMMailboxPolicy -Identity 'Contoso DP Default Policy' -MaxLogonAttempts 3 -LogonFailuresBeforePINReset Unlimited
        $null = Set-UMMailboxPIN -Identity tony@contoso.com -Pin 7391846 -PinExpired $false -SendEmail $false

        function Invoke-TuiLogon([string] $Pin) {
            Test-UMConnectivity -UMDialPlan $dialPlan -Phone $extension -PIN $Pin -TUILogon $true
        }
    }

    It 'signs in with the right PIN' {
        (Invoke-TuiLogon -Pin 7391846).EntireOperationSuccess | Should -BeTrue
    }

    It 'explains a wrong PIN' {
        $result = Invoke-TuiLogon -Pin 000000
        $result.EntireOperationSuccess | Should -BeFalse
        $result.ReasonForFailure | Should -Be "The logon wasn't successful. Check the PIN that was provided."
    }

    Context 'a user is locked out after MaxLogonAttempts failed sign-ins' {
        BeforeAll {
            $null = Set-UMMailboxPIN -Identity tony@contoso.com -Pin 8402957 -PinExpired $false -SendEmail $false
            1..3 | ForEach-Object { $null = Invoke-TuiLogon -Pin 000000 }
        }

        It 'reports the mailbox as locked out' {
            (Get-UMMailboxPIN -Identity tony@contoso.com).LockedOut | Should -BeTrue
        }

        It 'refuses even the right PIN' {
            (Invoke-TuiLogon -Pin 8402957).EntireOperationSuccess | Should -BeFalse
        }

        It 'signs in again after Set-UMMailboxPIN resets the PIN' {
            $null = Set-UMMailboxPIN -Identity tony@contoso.com -Pin 5820394 -PinExpired $false -SendEmail $false
            (Get-UMMailboxPIN -Identity tony@contoso.com).LockedOut | Should -BeFalse
            (Invoke-TuiLogon -Pin 5820394).EntireOperationSuccess | Should -BeTrue
        }
    }
}
