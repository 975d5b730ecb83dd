"""Set-ADServerSettings: The session's Active Directory scope (-ViewEntireForest, preferred DC).

The emulated organization has one domain and one domain controller, so the settings are kept for
the session (per organization store) and change no result.
"""

from __future__ import annotations

import weakref
from collections.abc import Iterator
from typing import Any

from pwshlite.cmdlet import Cmdlet, Context, Example, Parameter, cmdlet

from ._common import bound_values
from ._task import store_of


@cmdlet(
    "Set-ADServerSettings",
    default_set="FullParams",
    supports_should_process=True,
    dotnet_type="Set-ADServerSettings",
)
class SetADServerSettings(Cmdlet):
    """Set-ADServerSettings: The session's Active Directory scope (-ViewEntireForest, preferred DC).

    The emulated organization has one domain and one domain controller, so the settings are kept for
    the session (per organization store) and change no result.
    """

    RunspaceServerSettings: object | None = Parameter(
        mandatory=True,
        pipeline=True,
        by_property_name=True,
        sets=("Instance",),
        type_name="Microsoft.Exchange.Data.Directory.RunspaceServerSettingsPresentationObject",
    )
    ConfigurationDomainController: str | None = Parameter(
        sets=("FullParams",), type_name="Microsoft.Exchange.Data.Fqdn"
    )
    PreferredGlobalCatalog: str | None = Parameter(
        sets=("FullParams",), type_name="Microsoft.Exchange.Data.Fqdn"
    )
    RecipientViewRoot: str | None = Parameter(sets=("FullParams", "SingleDC"))
    SetPreferredDomainControllers: object | None = Parameter(
        sets=("FullParams",), type_name="Microsoft.Exchange.Data.MultiValuedProperty`1[System.String]"
    )
    ViewEntireForest: bool | None = Parameter(sets=("FullParams", "SingleDC"))
    PreferredServer: str | None = Parameter(
        position=0, sets=("SingleDC",), type_name="Microsoft.Exchange.Data.Fqdn"
    )

    examples = (Example("Set-ADServerSettings -ViewEntireForest $true", "Search the whole forest"),)

    def process(self, ctx: Context) -> Iterator[object]:
        store = store_of(ctx)
        SETTINGS.setdefault(store, {}).update(bound_values(self, ctx))
        yield from ()


SETTINGS: weakref.WeakKeyDictionary[Any, dict[str, Any]] = weakref.WeakKeyDictionary()
