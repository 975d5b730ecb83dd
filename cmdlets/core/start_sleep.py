"""Start-Sleep: suspends the activity in a script or session for the specified period of time."""

from __future__ import annotations

import time

from pwshlite.cmdlet import Cmdlet, Context, Example, Parameter, ValidateRange, cmdlet


@cmdlet("Start-Sleep", default_set="Seconds")
class StartSleep(Cmdlet):
    """Suspends the activity in a script or session for the specified period of time."""

    Seconds: int = Parameter(
        position=0,
        mandatory=True,
        pipeline=True,
        by_property_name=True,
        sets=("Seconds",),
        validate=ValidateRange(0, 2147483),
    )
    Milliseconds: int = Parameter(
        mandatory=True,
        by_property_name=True,
        sets=("Milliseconds",),
        aliases=("ms",),
        validate=ValidateRange(0, 2147483647),
    )

    examples = (
        Example("Start-Sleep -Seconds 1", "Pause for one second"),
        Example("Start-Sleep -Milliseconds 250", "Pause for a quarter of a second"),
    )

    def process(self, ctx: Context) -> None:
        if ctx.parameter_set == "Milliseconds" or "Milliseconds" in ctx.bound:
            time.sleep(self.Milliseconds / 1000)
        else:
            time.sleep(self.Seconds)
