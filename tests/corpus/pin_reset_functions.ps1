function Reset-UserPin {
    <#
    .SYNOPSIS
        Resets the UM PIN of one user.
    #>
    [CmdletBinding()]
    [OutputType([string])]
    param(
        [Parameter(Mandatory = $true, ValueFromPipeline = $true, ValueFromPipelineByPropertyName)]
        [Alias('Alias', 'Id')]
        [string[]]$Identity,

        [ValidateRange(4, 24)]
        [int]$Length = 6,

        [ValidateSet('Expire', 'Keep')]
        [string]$Mode = 'Expire'
    )
    begin {
        $count = 0
        $rng = New-Object System.Random
    }
    process {
        foreach ($id in $Identity) {
            $digits = -join (1..$Length | ForEach-Object { $rng.Next(0, 10) })
            try {
                Set-UMMailboxPIN -Identity $id -Pin $digits -PinExpired ($Mode -eq 'Expire') -Confirm:$false -ErrorAction Stop
                $count++
                "Reset PIN for $id"
            }
            catch [System.ArgumentException], [System.InvalidOperationException] {
                Write-Error -Message "Invalid request for ${id}: $_" -Category InvalidArgument
            }
            catch {
                throw
            }
            finally {
                Write-Verbose "Processed $id"
            }
        }
    }
    end {
        Write-Verbose ("{0} PIN(s) reset" -f $count)
    }
}

filter Get-Expired { if ($_.PinExpired) { $_ } }

function Get-Stats([int]$Total, [int]$Failed = 0) {
    return [pscustomobject]@{ Total = $Total; Failed = $Failed; Ok = $Total - $Failed }
}

'tony@contoso.com', 'kim@contoso.com' | Reset-UserPin -Mode Keep -Verbose
Get-UMMailboxPIN | Get-Expired | Select-Object UserID, PinExpired, LockedOut
$s = Get-Stats -Total 10 -Failed 2
if ($s.Failed -gt 0 -and -not $s.Ok) { exit 1 } elseif ($s.Failed -eq 0) { exit 0 } else { return }
