"""Set-User: Change the attributes of a user account (name, phone numbers, address, title, ...)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime

from pwshlite.cmdlet import Cmdlet, Context, Example, Parameter, Switch, ValidateLength, ValidateSet, cmdlet

from ._common import bound_values, id_text, merge_multivalued
from ._params import UserContactIdParameter, UserIdParameter
from ._task import task


@cmdlet("Set-User", supports_should_process=True, dotnet_type="Set-User")
class SetUser(Cmdlet):
    """Set-User: Change the attributes of a user account (name, phone numbers, address, title, ...)."""

    Identity: UserIdParameter = Parameter(position=0, mandatory=True, pipeline=True, by_property_name=True)
    AllowUMCallsFromNonUsers: str | None = Parameter(
        validate=ValidateSet("None", "SearchEnabled"),
        type_name="Microsoft.Exchange.Data.AllowUMCallsFromNonUsersFlags",
    )
    Arbitration: Switch = Parameter()
    AssistantName: str | None = Parameter()
    AuthenticationPolicy: str | None = Parameter()
    BlockCloudCache: bool | None = Parameter()
    CanHaveCloudCache: bool | None = Parameter()
    CertificateSubject: object | None = Parameter(
        type_name="Microsoft.Exchange.Data.MultiValuedProperty`1[System.String]"
    )
    City: str | None = Parameter()
    ClearDataEncryptionPolicy: Switch = Parameter()
    Company: str | None = Parameter()
    CountryOrRegion: str | None = Parameter(type_name="Microsoft.Exchange.Data.CountryInfo")
    CreateDTMFMap: bool | None = Parameter()
    Department: str | None = Parameter()
    DesiredWorkloads: str | None = Parameter(type_name="Microsoft.Exchange.Data.MailboxWorkloadFlags")
    DisplayName: str | None = Parameter(validate=ValidateLength(0, 256))
    DomainController: str | None = Parameter(type_name="Microsoft.Exchange.Data.Fqdn")
    EXOModuleEnabled: bool | None = Parameter()
    Fax: str | None = Parameter()
    FirstName: str | None = Parameter()
    Force: Switch = Parameter()
    GeoCoordinates: str | None = Parameter(type_name="Microsoft.Exchange.Data.GeoCoordinates")
    HomePhone: str | None = Parameter()
    IgnoreDefaultScope: Switch = Parameter()
    IsShadowMailbox: bool | None = Parameter()
    Initials: str | None = Parameter()
    LastName: str | None = Parameter()
    LinkedCredential: object | None = Parameter(type_name="System.Management.Automation.PSCredential")
    LinkedDomainController: str | None = Parameter()
    LinkedMasterAccount: UserIdParameter | None = Parameter()
    MailboxRegion: str | None = Parameter()
    MailboxRegionSuffix: str | None = Parameter(type_name="Microsoft.Exchange.Data.MailboxRegionSuffixValue")
    ManagedOnboardingType: str | None = Parameter(type_name="Microsoft.Exchange.Data.ManagedOnboardingType")
    Manager: UserContactIdParameter | None = Parameter()
    MobilePhone: str | None = Parameter()
    Name: str | None = Parameter(validate=ValidateLength(0, 64))
    Notes: str | None = Parameter()
    Office: str | None = Parameter()
    OtherFax: object | None = Parameter(
        type_name="Microsoft.Exchange.Data.MultiValuedProperty`1[System.String]"
    )
    OtherHomePhone: object | None = Parameter(
        type_name="Microsoft.Exchange.Data.MultiValuedProperty`1[System.String]"
    )
    OtherTelephone: object | None = Parameter(
        type_name="Microsoft.Exchange.Data.MultiValuedProperty`1[System.String]"
    )
    Pager: str | None = Parameter()
    PermanentlyClearPreviousMailboxInfo: Switch = Parameter()
    Phone: str | None = Parameter()
    PhoneticDisplayName: str | None = Parameter(validate=ValidateLength(0, 256))
    PostalCode: str | None = Parameter()
    PostOfficeBox: object | None = Parameter(
        type_name="Microsoft.Exchange.Data.MultiValuedProperty`1[System.String]"
    )
    PublicFolder: Switch = Parameter()
    RemotePowerShellEnabled: bool | None = Parameter()
    RemoveMailboxProvisioningConstraint: Switch = Parameter()
    ResetPasswordOnNextLogon: bool | None = Parameter()
    SamAccountName: str | None = Parameter(validate=ValidateLength(0, 20))
    SeniorityIndex: int | None = Parameter()
    SimpleDisplayName: str | None = Parameter()
    SkipDualWrite: Switch = Parameter()
    StateOrProvince: str | None = Parameter()
    StreetAddress: str | None = Parameter()
    StsRefreshTokensValidFrom: datetime | None = Parameter()
    TelephoneAssistant: str | None = Parameter()
    Title: str | None = Parameter()
    UMCallingLineIds: object | None = Parameter(
        type_name="Microsoft.Exchange.Data.MultiValuedProperty`1[System.String]"
    )
    UMDtmfMap: object | None = Parameter(
        type_name="Microsoft.Exchange.Data.MultiValuedProperty`1[System.String]"
    )
    UserPrincipalName: str | None = Parameter()
    VIP: bool | None = Parameter()
    WebPage: str | None = Parameter()
    WindowsEmailAddress: str | None = Parameter(type_name="Microsoft.Exchange.Data.SmtpAddress")

    examples = (
        Example(
            'Set-User -Identity tony@contoso.com -Phone "+1 425 555 0100" -Title "Sales Manager"',
            "Set phone and title",
        ),
        Example(
            'Set-User -Identity tony@contoso.com -DisplayName "Tony Smith (Sales)"', "Change the display name"
        ),
    )

    def process(self, ctx: Context) -> Iterator[object]:
        with task(self, ctx, TASK) as t:
            rec = t.store.resolve_recipient(id_text(self.Identity) or "")
            changes = bound_values(self, ctx, skip=_ACTIONS)
            merge_multivalued(self, changes, rec.props)
            if not ctx.should_process(str(self.Identity), "Set-User"):
                return
            t.ran, t.modified = True, rec.identity
            t.store.set_recipient(rec, changes)
        yield from ()


TASK = "Microsoft.Exchange.Management.RecipientTasks.SetUser"
_ACTIONS = (
    "Arbitration",
    "PublicFolder",
    "ClearDataEncryptionPolicy",
    "PermanentlyClearPreviousMailboxInfo",
    "RemoveMailboxProvisioningConstraint",
    "SkipDualWrite",
    "LinkedCredential",
)
