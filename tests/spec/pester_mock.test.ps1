# Pester: Mock, Assert-MockCalled and Pester commands used in the wrong place (through the CLI).

#### Mock: the newest matching filter wins and the filterless mock comes last
# from: Pester 4 Mock help (ParameterFilters are evaluated in reverse order of creation; mocks without filters last)
function Get-Thing { param($Name) "real $Name" }
Describe 'order' {
    Mock Get-Thing { 'catch-all' }
    Mock Get-Thing { 'filter A' } -ParameterFilter { $Name -like 'a*' }
    Mock Get-Thing { 'filter AB' } -ParameterFilter { $Name -like 'ab*' }
    It 'picks a mock' {
        Get-Thing abc | Should -Be 'filter AB'
        Get-Thing axe | Should -Be 'filter A'
        Get-Thing zed | Should -Be 'catch-all'
    }
}
## env: PWSHLITE_PESTER_FIXED_TIME=1
## STDOUT:

Describing order
  [+] picks a mock 0ms
## END

#### Assert-MockCalled failure messages
# from: Pester 4 Functions/Mock.ps1 (Assert-MockCalled messages, the doubled 'with with' included)
function Get-Thing { param($Name) "real $Name" }
Describe 'counts' {
    Mock Get-Thing { 'mocked' }
    It 'calls' { $null = Get-Thing a; $null = Get-Thing b; $null = Get-Thing abc }
    It 'reports' {
        try { Assert-MockCalled Get-Thing -Times 2 -Exactly -Scope Describe } catch { Write-Host $_.Exception.Message }
        try { Assert-MockCalled Get-Thing -Times 5 -Scope Describe } catch { Write-Host $_.Exception.Message }
        try { Assert-MockCalled Get-Thing -ExclusiveFilter { $Name -eq 'abc' } -Scope Describe } catch { Write-Host $_.Exception.Message }
        try { Assert-MockCalled Get-Thing -Scope It } catch { Write-Host $_.Exception.Message }
        try { Assert-MockCalled Get-Date } catch { Write-Host $_.Exception.Message }
        try { Assert-MockCalled Get-NoSuchThing } catch { Write-Host $_.Exception.Message }
    }
}
## env: PWSHLITE_PESTER_FIXED_TIME=1
## STDOUT:

Describing counts
  [+] calls 0ms
Expected Get-Thing to be called 2 times exactly but was called 3 times
Expected Get-Thing to be called at least 5 times but was called 3 times
Expected Get-Thing to only be called with with parameters matching the specified filter, but 2 non-matching calls were made
Expected Get-Thing to be called at least 1 times but was called 0 times
You did not declare a mock of the Get-Date Command.
Could not find Command Get-NoSuchThing
  [+] reports 0ms
## END

#### Pester commands outside a test script
# from: Pester 4 Assert-DescribeInProgress ("may only be used from a Pester test script")
foreach ($command in { Mock Get-Date { 1 } }, { It 'x' { } }, { BeforeEach { } }, { Assert-MockCalled Get-Date }) {
    try { & $command } catch { $_.Exception.Message }
}
## env: PWSHLITE_PESTER_FIXED_TIME=1
## STDOUT:
The Mock command may only be used from a Pester test script.
The It command may only be used from a Pester test script.
The BeforeEach command may only be used from a Pester test script.
The Assert-MockCalled command may only be used from a Pester test script.
## END

#### a mocked cmdlet binds like the cmdlet: positions and pipeline input
# from: Pester 4 Mock (the mock's param block is the original command's metadata)
Describe 'binding' {
    Mock Get-UMMailboxPIN { "PIN state of $Identity" }
    It 'binds' {
        Get-UMMailboxPIN tony@contoso.com | Write-Host
        'tonysmith@contoso.com' | Get-UMMailboxPIN | Write-Host
        Assert-MockCalled Get-UMMailboxPIN -Times 2 -Exactly -Scope It
    }
}
## env: PWSHLITE_PESTER_FIXED_TIME=1
## STDOUT:

Describing binding
PIN state of tony@contoso.com
PIN state of tonysmith@contoso.com
  [+] binds 0ms
## END
