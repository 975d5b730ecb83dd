# pwshlite's Pester runner tested with itself: scoping, TestCases, TestDrive, mocks and Should -Throw.
# from: Pester 4 documentation (about_Pester, about_Mocking, about_TestDrive, about_Should)

$fileLevel = 'file'

function Get-Greeting([string] $Name) { "Hello, $Name" }

Describe 'scoping' {
    $describeLevel = 'describe'

    BeforeEach { $perTest = 'fresh' }

    It 'sees variables of the file and the Describe block' {
        $fileLevel | Should -Be 'file'
        $describeLevel | Should -Be 'describe'
    }

    It 'gets a fresh scope for every test' {
        $perTest | Should -Be 'fresh'
        $perTest = 'changed'
        $leaked = 'set in a test'
    }

    It 'does not see what an earlier test set' {
        $leaked | Should -BeNullOrEmpty
        $perTest | Should -Be 'fresh'
    }

    It 'knows the folder of the test file' {
        $PSScriptRoot | Should -Not -BeNullOrEmpty
        Join-Path $PSScriptRoot 'PesterSelf.Tests.ps1' | Should -Exist
    }

    It 'adds <a> and <b> to get <sum>' -TestCases @(
        @{ a = 1; b = 2; sum = 3 }
        @{ a = -1; b = 1; sum = 0 }
    ) {
        param($a, $b, $sum)
        $a + $b | Should -Be $sum
    }
}

Describe 'TestDrive' {
    It 'is a folder of its own' {
        Set-Content -Path 'TestDrive:\notes.txt' -Value 'voice mail'
        'TestDrive:\notes.txt' | Should -Exist
        Join-Path $TestDrive 'notes.txt' | Should -FileContentMatch 'voice'
    }

    Context 'a nested block' {
        It 'shares the folder of its Describe' {
            'TestDrive:\notes.txt' | Should -Exist
            Set-Content -Path 'TestDrive:\context.txt' -Value 'only here'
        }
    }

    It 'loses what the nested block created' {
        'TestDrive:\context.txt' | Should -Not -Exist
        'TestDrive:\notes.txt' | Should -Exist
    }
}

Describe 'Mock' {
    Mock Get-Greeting { "Hi, $Name" } -ParameterFilter { $Name -eq 'Tony' }

    It 'replaces calls that pass the filter' {
        Get-Greeting -Name Tony | Should -BeExactly 'Hi, Tony'
    }

    It 'leaves other calls to the real command' {
        Get-Greeting -Name Ana | Should -Be 'Hello, Ana'
    }

    It 'counts the calls made in the Describe block' {
        Assert-MockCalled Get-Greeting -Times 1 -Exactly -Scope Describe
    }

    It 'replaces a cmdlet with the parameters of the cmdlet' {
        Mock Get-UMMailboxPIN { [pscustomobject]@{ UserID = "$Identity"; LockedOut = $true } } -Verifiable
        (Get-UMMailboxPIN tony@contoso.com).LockedOut | Should -BeTrue
        Assert-MockCalled Get-UMMailboxPIN -Times 1 -Exactly -Scope It -ParameterFilter { "$Identity" -eq 'tony@contoso.com' }
        Assert-VerifiableMock
    }
}

Describe 'Should -Throw' {
    It 'finds the message in the error, ignoring case' {
        { throw 'The mailbox is locked out.' } | Should -Throw -ExpectedMessage 'LOCKED OUT'
    }

    It 'passes the error record through with -PassThru' {
        $err = { Write-Error 'boom' -ErrorId 'BoomId' -ErrorAction Stop } | Should -Throw -PassThru
        $err.FullyQualifiedErrorId | Should -BeLike 'BoomId*'
    }
}

Describe 'setup blocks apply wherever they are written (Pester 4 hoisting)' {
    It 'sees a BeforeAll written below it' {
        $fromBeforeAll | Should -Be 'set once'
    }

    It 'sees a BeforeEach written below it' {
        $fromBeforeEach | Should -Be 'set per test'
    }

    BeforeAll { $fromBeforeAll = 'set once' }
    BeforeEach { $fromBeforeEach = 'set per test' }
}

Describe 'break and continue end the test only (Pester 4)' {
    It 'stops at break' {
        $true | Should -BeTrue
        break
        throw 'not reached'
    }

    It 'still runs the next test' {
        $true | Should -BeTrue
    }
}
