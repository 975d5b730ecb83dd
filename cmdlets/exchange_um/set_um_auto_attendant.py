"""Set-UMAutoAttendant: Change a UM auto attendant (hours, greetings, menus, pilot numbers, ...)."""

from __future__ import annotations

from collections.abc import Iterator

from pwshlite.cmdlet import Cmdlet, Context, Example, Parameter, Switch, ValidateLength, ValidateSet, cmdlet

from ._common import as_list, bound_values, confirm, id_text, merge_multivalued, whatif_text
from ._config import check_pilots
from ._params import AddressListIdParameter, OrganizationalUnitIdParameter, UMAutoAttendantIdParameter
from ._task import task


@cmdlet("Set-UMAutoAttendant", supports_should_process=True, dotnet_type="Set-UMAutoAttendant")
class SetUMAutoAttendant(Cmdlet):
    """Set-UMAutoAttendant: Change a UM auto attendant (hours, greetings, menus, pilot numbers, ...)."""

    Identity: UMAutoAttendantIdParameter = Parameter(
        position=0, mandatory=True, pipeline=True, by_property_name=True
    )
    AfterHoursKeyMapping: object | None = Parameter(
        type_name="Microsoft.Exchange.Data.MultiValuedProperty`1[System.String]"
    )
    AfterHoursKeyMappingEnabled: bool | None = Parameter()
    AfterHoursMainMenuCustomPromptEnabled: bool | None = Parameter()
    AfterHoursMainMenuCustomPromptFilename: str | None = Parameter()
    AfterHoursTransferToOperatorEnabled: bool | None = Parameter()
    AfterHoursWelcomeGreetingEnabled: bool | None = Parameter()
    AfterHoursWelcomeGreetingFilename: str | None = Parameter()
    AllowDialPlanSubscribers: bool | None = Parameter()
    AllowedInCountryOrRegionGroups: object | None = Parameter(
        type_name="Microsoft.Exchange.Data.MultiValuedProperty`1[System.String]"
    )
    AllowedInternationalGroups: object | None = Parameter(
        type_name="Microsoft.Exchange.Data.MultiValuedProperty`1[System.String]"
    )
    AllowExtensions: bool | None = Parameter()
    BusinessHoursKeyMapping: object | None = Parameter(
        type_name="Microsoft.Exchange.Data.MultiValuedProperty`1[System.String]"
    )
    BusinessHoursKeyMappingEnabled: bool | None = Parameter()
    BusinessHoursMainMenuCustomPromptEnabled: bool | None = Parameter()
    BusinessHoursMainMenuCustomPromptFilename: str | None = Parameter()
    BusinessHoursSchedule: list[str] | None = Parameter(
        type_name="Microsoft.Exchange.Data.ScheduleInterval[]"
    )
    BusinessHoursTransferToOperatorEnabled: bool | None = Parameter()
    BusinessHoursWelcomeGreetingEnabled: bool | None = Parameter()
    BusinessHoursWelcomeGreetingFilename: str | None = Parameter()
    BusinessLocation: str | None = Parameter()
    BusinessName: str | None = Parameter()
    CallSomeoneEnabled: bool | None = Parameter()
    ContactAddressList: AddressListIdParameter | None = Parameter()
    ContactRecipientContainer: OrganizationalUnitIdParameter | None = Parameter()
    ContactScope: str | None = Parameter(
        validate=ValidateSet("DialPlan", "GlobalAddressList", "AddressList"),
        type_name="Microsoft.Exchange.Data.DialScopeEnum",
    )
    DomainController: str | None = Parameter(type_name="Microsoft.Exchange.Data.Fqdn")
    DTMFFallbackAutoAttendant: UMAutoAttendantIdParameter | None = Parameter()
    ForceUpgrade: Switch = Parameter()
    HolidaySchedule: object | None = Parameter(
        type_name="Microsoft.Exchange.Data.MultiValuedProperty`1[System.String]"
    )
    InfoAnnouncementEnabled: str | None = Parameter(
        validate=ValidateSet("True", "False", "Uninterruptible"),
        type_name="Microsoft.Exchange.Data.InfoAnnouncementEnabledEnum",
    )
    InfoAnnouncementFilename: str | None = Parameter()
    Language: str | None = Parameter(type_name="Microsoft.Exchange.Data.UMLanguage")
    MatchedNameSelectionMethod: str | None = Parameter(
        validate=ValidateSet("Department", "Title", "Location", "None", "Prompt", "Inherited"),
        type_name="Microsoft.Exchange.Data.AutoAttendantDisambiguationFieldEnum",
    )
    Name: str | None = Parameter(validate=ValidateLength(0, 64))
    NameLookupEnabled: bool | None = Parameter()
    OperatorExtension: str | None = Parameter()
    PilotIdentifierList: object | None = Parameter(
        type_name="Microsoft.Exchange.Data.MultiValuedProperty`1[System.String]"
    )
    SendVoiceMsgEnabled: bool | None = Parameter()
    SpeechEnabled: bool | None = Parameter()
    Timezone: str | None = Parameter()
    TimeZoneName: str | None = Parameter(type_name="Microsoft.Exchange.Data.UMTimeZone")
    WeekStartDay: str | None = Parameter(
        validate=ValidateSet("Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"),
        type_name="System.DayOfWeek",
    )

    examples = (
        Example(
            "New-UMAutoAttendant MyUMAutoAttendant -UMDialPlan 'Contoso DP' | Out-Null; New-UMAutoAttendant MyOtherAA -UMDialPlan 'Contoso DP' | Out-Null; "
            "Set-UMAutoAttendant -Identity MyUMAutoAttendant -DTMFFallbackAutoAttendant MyOtherAA "
            "-OperatorExtension 50100 -AfterHoursTransferToOperatorEnabled $true",
            "Fallback auto attendant and operator transfer after hours",
        ),
        Example(
            'New-UMAutoAttendant MyUMAutoAttendant -UMDialPlan "Contoso DP" | Out-Null; Set-UMAutoAttendant -Identity MyUMAutoAttendant -BusinessName "Contoso, Ltd."',
            "Business name",
        ),
    )

    def process(self, ctx: Context) -> Iterator[object]:
        with task(self, ctx, TASK) as t:
            aa = t.store.resolve_object("UMAutoAttendant", id_text(self.Identity) or "")
            changes = bound_values(self, ctx, skip=("ForceUpgrade",))
            merge_multivalued(self, changes, aa.props)
            if "PilotIdentifierList" in changes:
                pilots = as_list(changes["PilotIdentifierList"])
                check_pilots(t.store, str(aa.props.get("UMDialPlan", "")), pilots, aa.name)
            if not confirm(ctx, whatif_text("Set-UMAutoAttendant", self.Identity)):
                return
            t.ran, t.modified = True, aa.name
            t.store.set_object(aa, changes)
        yield from ()


TASK = "Microsoft.Exchange.Management.Tasks.UM.SetUMAutoAttendant"
