# Pester tests for the example admin scripts in this folder: copy this file next to your own scripts and adapt it.
# Run: pwshlite -Command "Invoke-Pester ./examples"
# Each *.Tests.ps1 file runs against its own fresh copy of the demo organization, so tests can change users,
# PINs and policies freely. Mock replaces an Exchange cmdlet when a test needs a situation that is hard to set up.

Describe 'reset-pin.ps1' {
    BeforeAll {
        $script = Join-Path $PSScriptRoot 'reset-pin.ps1'
    }

    It 'expires the PIN of the user it is given' {
        $null = Set-UMMailboxPIN -Identity tonysmith@contoso.com -Pin 7391846 -PinExpired $false -SendEmail $false
        $null = & $script -Identity tonysmith@contoso.com
        (Get-UMMailboxPIN -Identity tonysmith@contoso.com).PinExpired | Should -BeTrue
    }

    It 'leaves other users alone' {
        $null = Set-UMMailboxPIN -Identity tony@contoso.com -Pin 7391846 -PinExpired $false -SendEmail $false
        $null = & $script -Identity tonysmith@contoso.com
        (Get-UMMailboxPIN -Identity tony@contoso.com).PinExpired | Should -BeFalse
    }
}

Describe 'locked-out-report.ps1' {
    BeforeAll {
        $script = Join-Path $PSScriptRoot 'locked-out-report.ps1'
    }

    It 'reports a user locked out by failed telephone sign-ins' {
        Set-UMMailboxPolicy -Identity 'Contoso DP Default Policy' -MaxLogonAttempts 3 -LogonFailuresBeforePINReset Unlimited
        $null = Set-UMMailboxPIN -Identity tony@contoso.com -Pin 5820394 -PinExpired $false -SendEmail $false
        1..3 | ForEach-Object {
            $null = Test-UMConnectivity -UMDialPlan 'Contoso DP' -Phone 20001 -PIN 000000 -TUILogon $true
        }
        $csv = Join-Path $TestDrive 'report.csv'
        & $script -OutFile $csv | Should -Be '1 locked-out user(s) written to report.csv'
        (Import-Csv $csv).User | Should -Be 'tony@contoso.com'
    }

    It 'leaves out users who are not locked out (Get-UMMailboxPIN mocked)' {
        Mock Get-UMMailboxPIN {
            [pscustomobject]@{ UserID = 'ana@contoso.com'; PinExpired = $true; LockedOut = $true; FirstTimeUser = $false }
            [pscustomobject]@{ UserID = 'ben@contoso.com'; PinExpired = $true; LockedOut = $false; FirstTimeUser = $true }
        }
        $csv = Join-Path $TestDrive 'mocked.csv'
        & $script -OutFile $csv | Should -Be '1 locked-out user(s) written to mocked.csv'
        (Import-Csv $csv).User | Should -Be 'ana@contoso.com'
        Assert-MockCalled Get-UMMailboxPIN -Times 1 -Exactly -Scope It
    }

    It 'reports nobody when nobody is locked out' {
        Mock Get-UMMailboxPIN {
            [pscustomobject]@{ UserID = 'ben@contoso.com'; PinExpired = $true; LockedOut = $false; FirstTimeUser = $true }
        }
        $csv = Join-Path $TestDrive 'nobody.csv'
        & $script -OutFile $csv | Should -Be '0 locked-out user(s) written to nobody.csv'
    }
}
