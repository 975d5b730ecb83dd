"""Deterministic generator of a realistic 10,000-line Exchange UM admin script (parser benchmark input).

Usage: python benchmarks/gen_script.py [LINES] > big.ps1   (default 10,000 lines; same output every run)
"""

from __future__ import annotations

import random
import sys

USERS = ["tony", "kim", "ana", "raj", "lee", "mia", "omar", "zoe", "ivan", "sara"]
POLICIES = ["Contoso DP Default Policy", "Fabrikam UM Policy", "Sales Dial Plan Policy"]

HEADER = """<#
.SYNOPSIS
    Provision and report Unified Messaging for Contoso mailboxes.
.DESCRIPTION
    Generated benchmark script: CSV provisioning, PIN resets and reports.
#>
[CmdletBinding()]
param(
    [Parameter(Mandatory = $false)]
    [string]$CsvPath = ".\\users.csv",
    [ValidateSet('Report', 'Provision')]
    [string]$Mode = 'Provision',
    [int]$MaxUsers = 500
)
$ErrorActionPreference = 'Stop'
$log = New-Object System.Collections.ArrayList
"""


def _function(rng: random.Random, n: int) -> str:
    rng.choice(USERS)  # keeps the random sequence stable
    policy = rng.choice(POLICIES)
    ext = rng.randint(10000, 99999)
    return f'''
function Set-UMUser{n} {{
    [CmdletBinding(SupportsShouldProcess = $true)]
    param(
        [Parameter(Mandatory = $true, ValueFromPipelineByPropertyName = $true)]
        [string]$Identity,
        [int]$Extension = {ext},
        [switch]$Force
    )
    process {{
        try {{
            $mbx = Get-Mailbox -Identity $Identity -ErrorAction Stop
            if ($mbx.UMEnabled -and -not $Force) {{
                Write-Verbose "Skipping $($mbx.Alias): already enabled"
                return
            }}
            $params = @{{
                Identity        = $Identity
                UMMailboxPolicy = "{policy}"
                Extensions      = $Extension
                Pin             = '{rng.randint(100000, 999999)}'
            }}
            Enable-UMMailbox @params -PinExpired:$false -Confirm:$false
            [void]$log.Add(("{{0}} enabled with extension {{1}}" -f $Identity, $Extension))
        }}
        catch [System.Management.Automation.RuntimeException] {{
            Write-Warning "Failed for ${{Identity}}: $($_.Exception.Message)"
        }}
        finally {{
            $count++
        }}
    }}
}}
'''


def _provision(rng: random.Random, n: int) -> str:
    user = rng.choice(USERS)
    return f'''
Import-Csv -Path $CsvPath | Where-Object {{ $_.Department -eq 'Sales{n}' }} | ForEach-Object {{
    $alias = $_.Alias.Trim()
    Set-UMUser{n} -Identity "$alias@contoso.com" -Extension ([int]$_.Extension + {n})
}}
Enable-UMMailbox -Identity {user}{n}@contoso.com -UMMailboxPolicy "{rng.choice(POLICIES)}" -Extensions {rng.randint(10000, 99999)} -Pin {rng.randint(100000, 999999)} -PinExpired:$false
Set-UMMailboxPIN -Identity {user}{n}@contoso.com -Pin {rng.randint(100000, 999999)} -PinExpired $true -Confirm:$false
'''


def _report(rng: random.Random, n: int) -> str:
    limit = rng.randint(1, 50)
    return f"""
$report{n} = Get-UMMailbox -ResultSize Unlimited |
    Select-Object DisplayName, Extensions,
        @{{ Name = 'PinExpired'; Expression = {{ (Get-UMMailboxPIN -Identity $_.Identity).PinExpired }} }},
        @{{ n = 'SizeMB'; e = {{ [Math]::Round($_.TotalItemSize / 1MB, 2) }} }}
$report{n} | Sort-Object DisplayName | Export-Csv -Path "C:\\Reports\\um{n}.csv" -NoTypeInformation
for ($i = 0; $i -lt {limit}; $i++) {{
    switch -Regex ($report{n}[$i].DisplayName) {{
        '^A' {{ $a++ }}
        '^[B-M]' {{ $b += 2 }}
        default {{ $c = $c + 1 }}
    }}
}}
$summary = @"
Report {n}: $($report{n}.Count) mailboxes, $a/$b/$c
Generated on $(Get-Date -Format 'yyyy-MM-dd')
"@
Write-Host $summary -ForegroundColor Green
"""


PIECES = (_function, _provision, _report)


def generate(lines: int = 10_000, seed: int = 5) -> str:
    rng = random.Random(seed)
    out = [HEADER]
    total = HEADER.count("\n")
    n = 0
    while True:
        piece = PIECES[n % len(PIECES)](rng, n)
        if total + piece.count("\n") > lines:
            break
        out.append(piece)
        total += piece.count("\n")
        n += 1
    while total < lines:
        out.append(f'Write-Verbose "padding line {total}" -Verbose:$false\n')
        total += 1
    return "".join(out)


def main() -> int:
    lines = int(sys.argv[1]) if len(sys.argv) > 1 else 10_000
    sys.stdout.write(generate(lines))
    return 0


if __name__ == "__main__":
    sys.exit(main())
