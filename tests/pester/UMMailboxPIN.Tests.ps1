# Get-UMMailboxPIN and Set-UMMailboxPIN against the demo organization (a fresh copy for this file).
# from: exchange-um-behaviour.md (demo users, Contoso DP Default Policy: MinPINLength 6, PINLifetime 60 days)

Describe 'Get-UMMailboxPIN' {
    It 'reports the demo users' {
        $users = Get-UMMailboxPIN | ForEach-Object { "$($_.UserID)" } | Sort-Object
        $users | Should -Be @('tony@contoso.com', 'tonysmith@contoso.com')
    }

    It 'reports <UserID> as a first-time user' -TestCases @(
        @{ UserID = 'tony@contoso.com' }
        @{ UserID = 'tonysmith@contoso.com' }
    ) {
        param($UserID)
        $pin = Get-UMMailboxPIN -Identity $UserID
        $pin.FirstTimeUser | Should -BeTrue
        $pin.LockedOut | Should -BeFalse
    }

    It 'fails for an unknown identity' {
        { Get-UMMailboxPIN -Identity nobody@contoso.com -ErrorAction Stop } | Should -Throw 'nobody@contoso.com'
    }
}

Describe 'Set-UMMailboxPIN' {
    It 'rejects a weak PIN' {
        { Set-UMMailboxPIN -Identity tony@contoso.com -Pin 1234 -ErrorAction Stop } |
            Should -Throw -ExpectedMessage 'must be at least 6 digits long'
    }

    It 'rejects the consecutive PIN <Pin>' -TestCases @(@{ Pin = '123456' }, @{ Pin = '654321' }, @{ Pin = '111111' }) {
        param($Pin)
        { Set-UMMailboxPIN -Identity tony@contoso.com -Pin $Pin -ErrorAction Stop } | Should -Throw
    }

    It 'accepts a strong PIN that does not expire' {
        $result = Set-UMMailboxPIN -Identity tony@contoso.com -Pin 7391846 -PinExpired $false -SendEmail $false
        "$($result.UserID)" | Should -Be 'tony@contoso.com'
        (Get-UMMailboxPIN -Identity tony@contoso.com).PinExpired | Should -BeFalse
    }
}

Describe 'PIN lifetime' {
    BeforeAll {
        $savedNow = $env:PWSHLITE_NOW
        $env:PWSHLITE_NOW = '2026-01-01T09:00:00'
        $null = Set-UMMailboxPIN -Identity tonysmith@contoso.com -Pin 7391846 -PinExpired $false -SendEmail $false
    }
    AfterAll {
        $env:PWSHLITE_NOW = $savedNow
    }

    It 'keeps a PIN valid within PINLifetime days' {
        $env:PWSHLITE_NOW = '2026-02-15T09:00:00'
        (Get-UMMailboxPIN -Identity tonysmith@contoso.com).PinExpired | Should -BeFalse
    }

    It 'reports PinExpired after PINLifetime days' {
        $env:PWSHLITE_NOW = '2026-03-03T09:00:00'
        (Get-UMMailboxPIN -Identity tonysmith@contoso.com).PinExpired | Should -BeTrue
    }
}
