"""New-UMDialPlan: Create a UM dial plan (and its "<name> Default Policy").

-NumberOfDigitsInExtension fixes the extension length (1-20). Unless -GenerateUMMailboxPolicy $false is
given, a UM mailbox policy named "<name> Default Policy" is created with the documented defaults.
"""

from __future__ import annotations

from collections.abc import Iterator

from pwshlite.cmdlet import (
    Cmdlet,
    Context,
    Example,
    Parameter,
    ValidateLength,
    ValidateRange,
    ValidateSet,
    cmdlet,
)

from ._common import bound_values, confirm, whatif_text
from ._task import task
from .objects import um_dial_plan


@cmdlet(
    "New-UMDialPlan",
    supports_should_process=True,
    outputs=("Microsoft.Exchange.Data.Directory.SystemConfiguration.UMDialPlan",),
    dotnet_type="New-UMDialPlan",
)
class NewUMDialPlan(Cmdlet):
    """New-UMDialPlan: Create a UM dial plan (and its "<name> Default Policy").

    -NumberOfDigitsInExtension fixes the extension length (1-20). Unless -GenerateUMMailboxPolicy $false is
    given, a UM mailbox policy named "<name> Default Policy" is created with the documented defaults.
    """

    Name: str = Parameter(position=0, mandatory=True, validate=ValidateLength(0, 64))
    CountryOrRegionCode: str = Parameter(mandatory=True)
    NumberOfDigitsInExtension: int = Parameter(mandatory=True, validate=ValidateRange(1, 20))
    AccessTelephoneNumbers: object | None = Parameter(
        type_name="Microsoft.Exchange.Data.MultiValuedProperty`1[System.String]"
    )
    DefaultLanguage: str | None = Parameter(type_name="Microsoft.Exchange.Data.UMLanguage")
    DomainController: str | None = Parameter(type_name="Microsoft.Exchange.Data.Fqdn")
    FaxEnabled: bool | None = Parameter()
    GenerateUMMailboxPolicy: bool | None = Parameter()
    URIType: str | None = Parameter(
        validate=ValidateSet("TelExtn", "E164", "SipName"), type_name="Microsoft.Exchange.Data.UMURIType"
    )
    VoIPSecurity: str | None = Parameter(
        validate=ValidateSet("SIPSecured", "Unsecured", "Secured"),
        type_name="Microsoft.Exchange.Data.UMVoIPSecurityType",
    )

    examples = (
        Example(
            "New-UMDialPlan -Name MyUMDialPlan -CountryOrRegionCode 1 -NumberOfDigitsInExtension 4",
            "Create a dial plan with 4-digit extensions",
        ),
        Example(
            'New-UMDialPlan -Name "Contoso Sales" -NumberOfDigitsInExtension 5 -CountryOrRegionCode 1 '
            "-URIType SipName",
            "Create a SIP URI dial plan",
        ),
    )

    def process(self, ctx: Context) -> Iterator[object]:
        result = None
        with task(self, ctx, TASK) as t:
            if not confirm(ctx, whatif_text("New-UMDialPlan", self.Name, self.NumberOfDigitsInExtension)):
                return
            t.ran = True
            t.modified = self.Name
            extra = bound_values(self, ctx, skip=_COLUMNS)
            result = t.store.new_dial_plan(
                self.Name,
                self.NumberOfDigitsInExtension,
                self.CountryOrRegionCode,
                uri_type=self.URIType or "TelExtn",
                generate_policy=True
                if self.GenerateUMMailboxPolicy is None
                else bool(self.GenerateUMMailboxPolicy),
                props=extra,
            )
        if result is not None:
            yield um_dial_plan(result)


TASK = "Microsoft.Exchange.Management.Tasks.UM.NewUMDialPlan"
_COLUMNS = ("Name", "NumberOfDigitsInExtension", "CountryOrRegionCode", "URIType", "GenerateUMMailboxPolicy")
