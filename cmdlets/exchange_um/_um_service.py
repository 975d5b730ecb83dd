"""The parameters and bodies shared by the -UMServer and -UMService cmdlets.

Get-, Set-, Enable- and Disable-UMServer are the Exchange 2010 names of Get-, Set-, Enable- and
Disable-UMService: both work on the same stored UM service settings of a server ("UMService").
Private helper: undecorated Cmdlet base classes; `@cmdlet` on a subclass picks up their `Parameter()`
declarations (pwshlite.cmdlet._parameter_specs). Each subclass names its task class.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import ClassVar

from pwshlite.cmdlet import Cmdlet, Context, Parameter

from ._common import bound_values, id_text
from ._config import dial_plan_names, save_settings, server_settings, toggle_status
from ._params import UMServerIdParameter
from ._task import reading, task
from .objects_config import generic_object

KIND = "UMService"  # the stored settings object of both names


class UMServiceReader(Cmdlet):
    """Get-UMService / Get-UMServer: the UM service settings of each matching server."""

    task_class: ClassVar[str]

    Identity: UMServerIdParameter | None = Parameter(position=0, pipeline=True, by_property_name=True)
    DomainController: str | None = Parameter(type_name="Microsoft.Exchange.Data.Fqdn")

    def process(self, ctx: Context) -> Iterator[object]:
        with reading(ctx, self.task_class) as store:
            for rec in server_settings(store, KIND, id_text(self.Identity)):
                yield generic_object(rec)


class UMServiceStatusChange(Cmdlet):
    """Enable- / Disable-UMService (and -UMServer): sets Status Enabled or Disabled after ShouldProcess,
    with the cmdlet's name as the action."""

    task_class: ClassVar[str]
    enabled: ClassVar[bool]

    Identity: UMServerIdParameter = Parameter(
        position=0, mandatory=True, pipeline=True, by_property_name=True
    )
    DomainController: str | None = Parameter(type_name="Microsoft.Exchange.Data.Fqdn")

    def process(self, ctx: Context) -> Iterator[object]:
        with task(self, ctx, self.task_class) as t:
            (rec,) = server_settings(t.store, KIND, id_text(self.Identity))
            if not ctx.should_process(rec.name, self.info.name):
                return
            t.ran, t.modified = True, rec.name
            toggle_status(t.store, rec, self.enabled, "Unified Messaging service")
        yield from ()


class UMServiceSetter(Cmdlet):
    """Set-UMService / Set-UMServer: saves the bound settings (-DialPlans resolved to dial plan names,
    added to or removed from the current list) after ShouldProcess, with the cmdlet's name as the
    action. The subclasses declare the settings after the three shared parameters."""

    task_class: ClassVar[str]

    Identity: UMServerIdParameter = Parameter(
        position=0, mandatory=True, pipeline=True, by_property_name=True
    )
    DialPlans: object | None = Parameter(
        type_name="Microsoft.Exchange.Data.MultiValuedProperty`1[System.String]"
    )
    DomainController: str | None = Parameter(type_name="Microsoft.Exchange.Data.Fqdn")

    def process(self, ctx: Context) -> Iterator[object]:
        with task(self, ctx, self.task_class) as t:
            (rec,) = server_settings(t.store, KIND, id_text(self.Identity))
            changes = bound_values(self, ctx)
            if "DialPlans" in changes:
                changes["DialPlans"] = dial_plan_names(
                    t.store, rec.props.get("DialPlans") or [], self.DialPlans
                )
            if not ctx.should_process(rec.name, self.info.name):
                return
            t.ran, t.modified = True, rec.name
            save_settings(t.store, rec, changes)
        yield from ()
