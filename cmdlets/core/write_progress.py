"""Write-Progress: displays a progress bar in the console host (terminal only)."""

from __future__ import annotations

from pwshlite.cmdlet import Cmdlet, Context, Example, Parameter, Switch, ValidateRange, cmdlet


@cmdlet("Write-Progress")
class WriteProgress(Cmdlet):
    """Displays a progress bar within a PowerShell command window (nothing is shown when not on a terminal)."""

    Activity: str = Parameter(position=0, mandatory=True)
    Status: str = Parameter(position=1, default="Processing")
    Id: int = Parameter(position=2, default=0)
    PercentComplete: int = Parameter(default=-1, validate=ValidateRange(-1, 100))
    SecondsRemaining: int = Parameter(default=-1)
    CurrentOperation: str | None = Parameter()
    ParentId: int = Parameter(default=-1)
    Completed: Switch = Parameter()
    SourceId: int = Parameter(default=0)

    examples = (
        Example(
            "for ($i = 1; $i -le 100; $i++) { Write-Progress -Activity 'Search in Progress' "
            '-Status "$i% Complete:" -PercentComplete $i }',
            "Display the progress of a for loop",
        ),
    )

    def process(self, ctx: Context) -> None:
        status = self.Status if self.CurrentOperation is None else f"{self.Status} {self.CurrentOperation}"
        ctx.write_progress(self.Activity, status, self.PercentComplete, bool(self.Completed))
