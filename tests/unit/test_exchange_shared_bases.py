"""Unit tests of the Exchange cmdlets built on the private base modules of cmdlets/exchange_um (the
_role_group_member, _call_answering_rule, _um_service, _recipient_listing and _um_object_task families):
their parameter order and the behaviour each family shares."""

from __future__ import annotations

import importlib
import pkgutil

import pwshlite.cmdlets.exchange_um as exchange_um
import pytest

from pwshlite.cmdlet import Cmdlet

from .exchange_fakes import cmdlet_class, open_test_store, run


@pytest.fixture
def store(tmp_path):  # type: ignore[no-untyped-def]
    s = open_test_store(tmp_path)
    yield s
    s.close()


def test_a_cmdlet_module_holds_no_undecorated_cmdlet_class() -> None:
    # cmdlet modules import a base module, not its classes: a module's Cmdlet classes are its cmdlets
    for module in pkgutil.iter_modules(exchange_um.__path__):
        if module.name.startswith("_"):
            continue
        mod = importlib.import_module(f"pwshlite.cmdlets.exchange_um.{module.name}")
        for name, value in vars(mod).items():
            if isinstance(value, type) and issubclass(value, Cmdlet) and value is not Cmdlet:
                assert "info" in vars(value), (module.name, name)


@pytest.mark.parametrize(
    "name,order",
    [
        (
            "Add-RoleGroupMember",
            ["Identity", "Member", "BypassSecurityGroupManagerCheck", "DomainController"],
        ),
        ("Remove-UMCallAnsweringRule", ["Identity", "DomainController", "Mailbox"]),
        ("Disable-UMServer", ["Identity", "DomainController", "Immediate"]),
        ("Enable-UMService", ["Identity", "DomainController"]),
        ("Get-UMServer", ["Identity", "DomainController"]),
        ("Disable-UMIPGateway", ["Identity", "DomainController", "Immediate"]),
        ("Get-UMHuntGroup", ["Identity", "DomainController", "UMDialPlan"]),
    ],
)
def test_parameter_order(name: str, order: list[str]) -> None:
    assert cmdlet_class(name).info.parameter_order == order


def test_parameter_order_of_the_longer_lists() -> None:
    server = cmdlet_class("Set-UMServer").info.parameter_order
    assert server[:5] == [
        "Identity",
        "DialPlans",
        "DomainController",
        "ExternalServiceFqdn",
        "GrammarGenerationSchedule",
    ]
    service = cmdlet_class("Set-UMService").info.parameter_order
    assert service[:5] == [
        "Identity",
        "DialPlans",
        "DomainController",
        "GrammarGenerationSchedule",
        "IPAddressFamily",
    ]
    for name in ("Get-User", "Get-Recipient", "Get-Mailbox"):
        assert cmdlet_class(name).info.parameter_order[0] == "Anr", name
    assert cmdlet_class("Get-User").info.parameter_order[-1] == "Identity"
    dial_plan = cmdlet_class("Set-UMDialPlan").info.parameter_order
    assert dial_plan[0] == "Identity" and dial_plan[-1] == "WelcomeGreetingFilename"


def test_role_group_member_add_and_remove(store) -> None:  # type: ignore[no-untyped-def]
    add = run(store, "Add-RoleGroupMember", whatif=True, Identity="Help Desk", Member="tony@contoso.com")
    assert add.whatif == [
        'What if: Performing the operation "Add member "contoso.com/Users/Tony"" on target "Help Desk".'
    ]
    assert (
        run(store, "Add-RoleGroupMember", Identity="Help Desk", Member="tony@contoso.com").error_messages
        == []
    )
    assert (
        run(store, "Remove-RoleGroupMember", Identity="Help Desk", Member="tony@contoso.com").error_messages
        == []
    )
    again = run(store, "Remove-RoleGroupMember", Identity="Help Desk", Member="tony@contoso.com")
    assert (
        again.errors[0].category_text
        == "InvalidArgument: (:) [Remove-RoleGroupMember], MemberNotFoundException"
    )


def test_call_answering_rule_enable_disable_remove(store) -> None:  # type: ignore[no-untyped-def]
    assert run(store, "New-UMCallAnsweringRule", Name="Late", Mailbox="tony@contoso.com").error_messages == []
    off = run(store, "Disable-UMCallAnsweringRule", whatif=True, Identity="Late", Mailbox="tony@contoso.com")
    assert off.whatif == ['What if: Performing the operation "Disable-UMCallAnsweringRule" on target "Late".']
    run(store, "Disable-UMCallAnsweringRule", Identity="Late", Mailbox="tony@contoso.com")
    (rule,) = run(store, "Get-UMCallAnsweringRule", Mailbox="tony@contoso.com").output
    assert rule.get("Enabled") is False
    run(store, "Enable-UMCallAnsweringRule", Identity="Late", Mailbox="tony@contoso.com")
    (rule,) = run(store, "Get-UMCallAnsweringRule", Mailbox="tony@contoso.com").output
    assert rule.get("Enabled") is True
    # without -Mailbox the rule is looked up among the session user's (Administrator's) rules
    assert run(store, "Remove-UMCallAnsweringRule", Identity="Late").error_messages == [
        "The operation couldn't be performed because object 'Late' couldn't be found on 'DC01.contoso.com'."
    ]
    assert run(store, "Remove-UMCallAnsweringRule", Identity="Late", Mailbox="tony@contoso.com").errors == []
    assert run(store, "Get-UMCallAnsweringRule", Mailbox="tony@contoso.com").output == []


def test_um_server_and_um_service_are_one_setting(store) -> None:  # type: ignore[no-untyped-def]
    assert run(store, "Disable-UMServer", Identity="EX01").error_messages == []
    again = run(store, "Disable-UMService", Identity="EX01")
    assert again.error_messages == ["The Unified Messaging service on server EX01 is already disabled."]
    (settings,) = run(store, "Get-UMService", Identity="EX01").output
    assert settings.get("Status") == "Disabled"
    assert run(store, "Enable-UMService", Identity="EX01").error_messages == []
    assert (
        run(store, "Set-UMServer", Identity="EX01", DialPlans=["contoso dp"], MaxCallsAllowed=50).errors == []
    )
    (settings,) = run(store, "Get-UMServer", Identity="EX01").output
    assert (settings.get("Status"), settings.get("DialPlans"), settings.get("MaxCallsAllowed")) == (
        "Enabled",
        ["Contoso DP"],
        50,
    )


def test_recipient_listings(store) -> None:  # type: ignore[no-untyped-def]
    users = {u.get("Name") for u in run(store, "Get-User", ResultSize="Unlimited").output}
    recipients = {r.get("Name") for r in run(store, "Get-Recipient", ResultSize="Unlimited").output}
    mailboxes = {m.get("Name") for m in run(store, "Get-Mailbox", ResultSize="Unlimited").output}
    assert mailboxes <= recipients <= users
    assert run(store, "Get-Recipient", RecipientType=["MailUser"]).output == []
    (tony,) = run(store, "Get-User", Identity="tony@contoso.com").output
    assert tony.get("Name") == "Tony"
    assert run(store, "Get-Mailbox", Identity="nobody").error_messages == [
        "The operation couldn't be performed because object 'nobody' couldn't be found on 'DC01.contoso.com'."
    ]


def test_um_object_status_changes(store) -> None:  # type: ignore[no-untyped-def]
    run(store, "New-UMAutoAttendant", Name="AA1", UMDialPlan="Contoso DP")
    assert run(store, "Disable-UMAutoAttendant", Identity="AA1").error_messages == [
        "The auto attendant AA1 is already disabled."
    ]
    assert run(store, "Enable-UMAutoAttendant", Identity="AA1").error_messages == []
    enabled = run(store, "Enable-UMAutoAttendant", Identity="AA1")
    assert enabled.error_messages == ["The auto attendant AA1 is already enabled."]
    assert (
        enabled.errors[0].category_text
        == "NotSpecified: (:) [Enable-UMAutoAttendant], AutoAttendantAlreadyEnabledException"
    )
    run(store, "New-UMIPGateway", Name="GW1", Address="10.10.10.1")
    assert run(store, "Enable-UMIPGateway", Identity="GW1").error_messages == [
        "The IP gateway GW1 has already been enabled."
    ]
    drop = run(store, "Disable-UMIPGateway", Identity="GW1", Immediate=True, confirm=False)
    assert drop.context.confirm_messages == [
        "Are you sure that you want to disable this UM IP gateway and disconnect all calls that are currently in process?"
    ]
    assert run(store, "Disable-UMIPGateway", Identity="GW1").error_messages == []
    assert run(store, "Disable-UMIPGateway", Identity="GW1").error_messages == [
        'The UM IP gateway "GW1" has already been disabled.'
    ]


def test_um_object_listing_and_removal(store) -> None:  # type: ignore[no-untyped-def]
    run(store, "New-UMIPGateway", Name="GW1", Address="10.10.10.1")
    run(store, "New-UMHuntGroup", Name="HG1", UMDialPlan="Contoso DP", UMIPGateway="GW1")
    (hg,) = run(store, "Get-UMHuntGroup", UMDialPlan="Contoso DP").output
    assert hg.get("Name") == "HG1"
    asked = run(store, "Remove-UMHuntGroup", Identity="GW1\\HG1", confirm=False)
    assert asked.context.confirm_messages == ['Removing UM hunt group "GW1\\HG1".']
    assert run(store, "Remove-UMHuntGroup", Identity="GW1\\HG1").errors == []
    (gw,) = run(store, "Get-UMIPGateway", Identity="GW1").output
    assert list(gw.get("HuntGroups")) == []
    assert run(store, "Get-UMHuntGroup").output == []
    assert run(store, "Get-UMAutoAttendant", Identity="NOPE").error_messages == [
        "The operation couldn't be performed because object 'NOPE' couldn't be found on 'DC01.contoso.com'."
    ]
