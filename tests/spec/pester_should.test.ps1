# Pester: Should operators and their Pester 4 failure messages (through the CLI).

#### Should -Be and -BeExactly failure messages
# from: Pester 4 Functions/Assertions/Be.ps1 (ShouldBeFailureMessage, Get-CompareStringMessage)
function Show-Failure([scriptblock] $Assertion) { try { & $Assertion; 'passed' } catch { $_.Exception.Message } }
Show-Failure { 1 | Should -Be 2 }
Show-Failure { 'a' | Should -Not -Be 'A' }
Show-Failure { 'Tony' | Should -BeExactly 'tony' }
Show-Failure { 'ab' | Should -Be 'abc' -Because 'the name is longer' }
Show-Failure { @(1, 2, 3) | Should -Be @(1, 2, 4) }
Show-Failure { @(1, 2) | Should -Be @(1, 2) }
## STDOUT:
Expected 2, but got 1.
Expected 'A' to be different from the actual value, but got the same value.
Expected strings to be the same, but they were different.
String lengths are both 4.
Strings differ at index 0.
Expected: 'tony'
But was:  'Tony'
-----------^
Expected strings to be the same, because the name is longer, but they were different.
Expected length: 3
Actual length:   2
Strings differ at index 2.
Expected: 'abc'
But was:  'ab'
-------------^
Expected @(1, 2, 4), but got @(1, 2, 3).
passed
## END

#### Should null, boolean, pattern and type failure messages
# from: Pester 4 BeNullOrEmpty.ps1, BeTrueOrFalse.ps1, Match.ps1, MatchExactly.ps1, BeLike.ps1, BeLikeExactly.ps1, BeOfType.ps1
function Show-Failure([scriptblock] $Assertion) { try { & $Assertion; 'passed' } catch { $_.Exception.Message } }
Show-Failure { 'x' | Should -BeNullOrEmpty }
Show-Failure { $null | Should -Not -BeNullOrEmpty }
Show-Failure { 0 | Should -BeTrue }
Show-Failure { 'pin' | Should -Match '^\d+$' }
Show-Failure { 'PIN' | Should -MatchExactly 'pin' }
Show-Failure { 'tony@contoso.com' | Should -BeLike '*@fabrikam.com' }
Show-Failure { 'Tony' | Should -BeLikeExactly 'tony*' }
Show-Failure { 'ab' | Should -BeOfType ([int]) -Because 'reason' }
## STDOUT:
Expected $null or empty, but got 'x'.
Expected a value, but got $null or empty.
Expected $true, but got 0.
Expected regular expression '^\d+$' to match 'pin', but it did not match.
Expected regular expression 'pin' to case sensitively match 'PIN', but it did not match.
Expected like wildcard '*@fabrikam.com' to match 'tony@contoso.com', but it did not match.
Expected case sensitive like wildcard 'tony*' to match 'Tony', but it did not match.
Expected the value to have type [int] or any of its subtypes, because reason, but got 'ab' with type [string].
## END

#### Should ordering and collection failure messages
# from: Pester 4 BeGreaterThan.ps1, BeLessThan.ps1, BeIn.ps1, Contain.ps1, HaveCount.ps1, Exist.ps1
function Show-Failure([scriptblock] $Assertion) { try { & $Assertion; 'passed' } catch { $_.Exception.Message } }
Show-Failure { 3 | Should -BeGreaterThan 5 }
Show-Failure { 3 | Should -BeLessOrEqual 2 }
Show-Failure { 'd' | Should -BeIn @('a', 'b') }
Show-Failure { @('a', 'b') | Should -Contain 'c' }
Show-Failure { @(1, 2) | Should -HaveCount 3 }
Show-Failure { @() | Should -HaveCount 0 }
Show-Failure { './missing.txt' | Should -Exist }
## STDOUT:
Expected the actual value to be greater than 5, but got 3.
Expected the actual value to be less than or equal to 2, but got 3.
Expected collection @('a', 'b') to contain 'd', but it was not found.
Expected 'c' to be found in collection @('a', 'b'), but it was not found.
Expected a collection with size 3, but got collection with size 2 @(1, 2).
passed
Expected path './missing.txt' to exist, but it did not exist.
## END

#### Should -Throw failure messages
# from: Pester 4 PesterThrow.ps1 (case-insensitive substring match, filters joined with ', ', the error position appended)
function Show-Failure([scriptblock] $Assertion) { try { & $Assertion; 'passed' } catch { $_.Exception.Message } }
Show-Failure { { 'fine' } | Should -Throw }
Show-Failure { { throw 'locked' } | Should -Throw -ExpectedMessage 'unlocked' }
Show-Failure { { throw 'The mailbox is locked' } | Should -Throw -ExpectedMessage 'IS LOCKED' }
Show-Failure { { throw 'locked' } | Should -Throw -ErrorId 'NotThere' -ExpectedMessage 'x' }
Show-Failure { { throw 'locked' } | Should -Not -Throw }
## STDOUT:
Expected an exception, to be thrown, but no exception was thrown.
Expected an exception, with message 'unlocked' to be thrown, but the message was 'locked'. from line:4 char:18
    + Show-Failure { { throw 'locked' } | Should -Throw -ExpectedMessage 'unlocked' }
    +                  ~~~~~~~~~~~~~~
passed
Expected an exception, with message 'x', with FullyQualifiedErrorId 'NotThere' to be thrown, but the message was 'locked' and the FullyQualifiedErrorId was 'locked'. from line:6 char:18
    + Show-Failure { { throw 'locked' } | Should -Throw -ErrorId 'NotThere' -ExpectedMessage 'x' }
    +                  ~~~~~~~~~~~~~~
Expected no exception to be thrown, but an exception "locked" was thrown from line:7 char:18
    + Show-Failure { { throw 'locked' } | Should -Not -Throw }
    +                  ~~~~~~~~~~~~~~.
## END

#### legacy Pester 3 Should syntax
# from: Pester 4 Should.ps1 (legacy syntax without dashes still accepted)
function Show-Failure([scriptblock] $Assertion) { try { & $Assertion; 'passed' } catch { $_.Exception.Message } }
Show-Failure { 1 | Should Be 2 }
Show-Failure { 2 | Should Not Be 2 }
Show-Failure { $null | Should BeNullOrEmpty }
## STDOUT:
Expected 2, but got 1.
Expected 2 to be different from the actual value, but got the same value.
passed
## END
