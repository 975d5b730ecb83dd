"""Unit tests of the recipient, RBAC, audit and UM-family cmdlets, the OPATH filter and the role table."""

from __future__ import annotations

import pytest
from pwshlite.cmdlets.exchange_um import command_visible, denied_parameter, rbac
from pwshlite.cmdlets.exchange_um._filter import compile_filter
from pwshlite.cmdlets.exchange_um.errors import ExchangeError

from pwshlite.objects import PSObject

from .exchange_fakes import open_test_store, run


@pytest.fixture
def store(tmp_path):  # type: ignore[no-untyped-def]
    s = open_test_store(tmp_path)
    yield s
    s.close()


def test_every_cmdlet_of_the_spec_is_declared_with_its_parameters() -> None:
    import json
    from pathlib import Path

    from .exchange_fakes import cmdlet_class

    spec = Path("/work/shared/exchange/cmdlets.json")
    if not spec.exists():
        pytest.skip("shared spec not present")
    data = json.loads(spec.read_text())["cmdlets"]
    for name, c in data.items():
        info = cmdlet_class(name).info
        declared = {p.casefold() for p in info.parameter_order}
        wanted = {p["name"].casefold() for ps in c["parameter_sets"].values() for p in ps} - {
            "confirm",
            "whatif",
        }
        assert wanted <= declared, (name, wanted - declared)
        assert info.examples, name
        if any(p["name"] == "WhatIf" for ps in c["parameter_sets"].values() for p in ps):
            assert info.supports_should_process, name


def test_filter_forms() -> None:
    obj = PSObject([("Name", "Tony Smith"), ("UMEnabled", True), ("Count", 3)])
    assert compile_filter("{UMEnabled -eq $true}")(obj)  # type: ignore[misc]
    assert compile_filter("Name -like 'Tony*'")(obj)  # type: ignore[misc]
    assert not compile_filter("Name -like 'Kim*' -or UMEnabled -eq $false")(obj)  # type: ignore[misc]
    assert compile_filter("(Name -like 'Tony*') -and -not (Count -gt 5)")(obj)  # type: ignore[misc]
    with pytest.raises(ExchangeError):
        compile_filter("Name -frob 'x'")


def test_get_mailbox_filters_and_table_shape(store) -> None:  # type: ignore[no-untyped-def]
    names = [m.get("Name") for m in run(store, "Get-Mailbox", Filter="{UMEnabled -eq $true}").output]
    assert sorted(names) == ["Tony", "Tony Smith"]
    (mb,) = run(store, "Get-Mailbox", Identity="tony@contoso.com").output
    assert mb.get("ProhibitSendQuota") == "Unlimited" and mb.get("ServerName") == "ex01"
    assert mb.type_names[0] == "Deserialized.Microsoft.Exchange.Data.Directory.Management.Mailbox"
    r = run(store, "Get-Mailbox", Identity="nosuchuser")
    assert r.error_messages == [
        "The operation couldn't be performed because object 'nosuchuser' couldn't be found on 'DC01.contoso.com'."
    ]
    assert r.errors[0].fully_qualified_error_id.endswith(
        ",Microsoft.Exchange.Management.RecipientTasks.GetMailbox"
    )


def test_get_user_and_recipient_filters(store) -> None:  # type: ignore[no-untyped-def]
    users = run(store, "Get-User", Filter="{UMEnabled -eq $true}").output
    assert sorted(u.get("Name") for u in users) == ["Tony", "Tony Smith"]
    rec = run(
        store, "Get-Recipient", Filter="Name -like 'Tony*'", RecipientTypeDetails=["UserMailbox"]
    ).output
    assert sorted(r.get("Name") for r in rec) == ["Tony", "Tony Smith"]
    assert run(store, "Get-Recipient", Anr="Ton").output


def test_new_set_remove_mailbox(store) -> None:  # type: ignore[no-untyped-def]
    r = run(store, "New-Mailbox", Name="Ben Miller", Alias="benm", FirstName="Ben", LastName="Miller")
    (mb,) = r.output
    assert mb.get("PrimarySmtpAddress") == "benm@contoso.com"
    assert run(store, "Set-Mailbox", Identity="benm", CustomAttribute1="Sales").error_messages == []
    assert run(store, "Get-Mailbox", Identity="benm").output[0].get("CustomAttribute1") == "Sales"
    assert run(store, "Set-User", Identity="benm", Title="Buyer").error_messages == []
    assert run(store, "Get-User", Identity="benm").output[0].get("Title") == "Buyer"
    assert run(store, "Remove-Mailbox", Identity="benm").error_messages == []
    assert run(store, "Get-Mailbox", Identity="benm").error_messages


def test_role_groups_and_assignments(store) -> None:  # type: ignore[no-untyped-def]
    names = [g.get("Name") for g in run(store, "Get-RoleGroup").output]
    for wanted in (
        "Organization Management",
        "View-Only Organization Management",
        "UM Management",
        "Recipient Management",
        "Help Desk",
    ):
        assert wanted in names
    members = run(store, "Get-RoleGroupMember", Identity="Organization Management").output
    assert "Administrator" in [m.get("Name") for m in members]
    assert run(store, "Add-RoleGroupMember", Identity="Help Desk", Member="kimakers").error_messages == []
    assert "Kim Akers" in [
        m.get("Name") for m in run(store, "Get-RoleGroupMember", Identity="Help Desk").output
    ]
    a = run(store, "Get-ManagementRoleAssignment", Role="UM Mailboxes").output
    assert "UM Mailboxes-UM Management" in [x.get("Name") for x in a]
    assert (
        a[0]
        .get("DistinguishedName")
        .endswith(
            ",CN=Role Assignments,CN=RBAC,CN=First Organization,CN=Microsoft Exchange,CN=Services,CN=Configuration,DC=contoso,DC=com"
        )
    )


def test_audit_log_records_success_and_failure(store) -> None:  # type: ignore[no-untyped-def]
    run(store, "Set-UMMailboxPIN", Identity="tony", Pin="7391846", SendEmail=False)
    run(store, "Set-UMMailboxPIN", Identity="nosuchuser", Pin="7391846")
    events = run(store, "Search-AdminAuditLog", Cmdlets="Set-UMMailboxPIN").output
    assert [e.get("Succeeded") for e in events] == [False, True]
    assert events[1].get("CmdletParameters") == ["Identity", "Pin", "SendEmail"]
    assert events[1].get("ObjectModified") == "contoso.com/Users/Tony"


def test_rbac_table() -> None:
    org = rbac.roles_for_groups(["Organization Management"])
    view = rbac.roles_for_groups(["View-Only Organization Management"])
    helpdesk = rbac.roles_for_groups(["Help Desk"])
    assert rbac.rbac_check(org, "Set-UMMailboxPIN", ["Identity", "Pin"])
    assert not rbac.rbac_check(view, "Set-UMMailboxPIN", ["Identity"])
    assert rbac.rbac_check(view, "Get-UMMailboxPIN", ["Identity", "Verbose"])
    assert rbac.rbac_check(helpdesk, "Set-UMMailbox", ["Identity", "TUIAccessToEmailEnabled"])
    assert not rbac.rbac_check(helpdesk, "Set-UMMailbox", ["Identity", "UMMailboxPolicy"])
    assert denied_parameter(helpdesk, "Set-UMMailbox", ["Identity", "UMMailboxPolicy"]) == "UMMailboxPolicy"
    assert not command_visible(view, "New-UMDialPlan")
    assert command_visible(view, "Where-Object")
    assert rbac.rbac_check(set(), "Get-ChildItem", [])


def test_session_roles_come_from_the_store(store) -> None:  # type: ignore[no-untyped-def]
    roles = rbac.session_roles(store)
    assert "UM Mailboxes" in roles and "Unified Messaging" in roles


def test_ip_gateway_hunt_group_auto_attendant(store) -> None:  # type: ignore[no-untyped-def]
    gw = run(store, "New-UMIPGateway", Name="GW1", Address="10.10.10.1").output[0]
    assert gw.get("Address") == "10.10.10.1" and gw.get("Port") == 5060 and gw.get("Status") == "Enabled"
    dup = run(store, "New-UMIPGateway", Name="GW2", Address="10.10.10.1")
    assert dup.error_messages == ["A UM IP gateway with address 10.10.10.1 already exists."]
    hg = run(
        store,
        "New-UMHuntGroup",
        Name="HG1",
        PilotIdentifier="5551234",
        UMDialPlan="Contoso DP",
        UMIPGateway="GW1",
    )
    assert hg.output[0].get("UMDialPlan") == "Contoso DP"
    assert run(store, "Remove-UMDialPlan", Identity="Contoso DP").error_messages  # still in use
    aa = run(store, "New-UMAutoAttendant", Name="AA1", UMDialPlan="Contoso DP", PilotIdentifierList=["56000"])
    assert aa.output[0].get("Status") == "Disabled"
    clash = run(
        store, "New-UMAutoAttendant", Name="AA2", UMDialPlan="Contoso DP", PilotIdentifierList=["56000"]
    )
    assert "already being used by auto attendant" in clash.error_messages[0]
    assert run(store, "Enable-UMAutoAttendant", Identity="AA1").error_messages == []
    assert run(store, "Get-UMAutoAttendant", Identity="AA1").output[0].get("Status") == "Enabled"
    assert run(store, "Disable-UMIPGateway", Identity="GW1").error_messages == []
    assert run(store, "Disable-UMIPGateway", Identity="GW1").error_messages == [
        'The UM IP gateway "GW1" has already been disabled.'
    ]
    dp = run(store, "Get-UMDialPlan", Identity="Contoso DP").output[0]
    assert dp.get("UMIPGateway") == ["GW1"] and dp.get("UMAutoAttendants") == ["AA1"]


def test_call_answering_rules_and_um_service(store) -> None:  # type: ignore[no-untyped-def]
    r = run(store, "New-UMCallAnsweringRule", Name="After hours", Mailbox="tony", Priority=2)
    assert r.error_messages == [] and r.output[0].get("Name") == "After hours"
    assert (
        run(store, "Disable-UMCallAnsweringRule", Identity="After hours", Mailbox="tony").error_messages == []
    )
    (rule,) = run(store, "Get-UMCallAnsweringRule", Mailbox="tony").output
    assert rule.get("Enabled") is False and rule.get("Priority") == 2
    assert run(store, "Get-UMService").output[0].get("Status") == "Enabled"
    assert run(store, "Set-UMService", Identity="EX01", DialPlans="Contoso DP").error_messages == []
    assert run(store, "Get-UMService", Identity="EX01").output[0].get("DialPlans") == ["Contoso DP"]
    assert run(store, "Get-UMActiveCalls").output == []


def test_parameter_types() -> None:
    from datetime import timedelta

    from pwshlite.cmdlets.exchange_um._params import MailboxIdParameter, Unlimited, parse_timespan

    assert Unlimited.parse("unlimited").is_unlimited and str(Unlimited.parse("Unlimited")) == "Unlimited"
    assert Unlimited.parse("15").as_int() == 15 and Unlimited.parse(7).as_int() == 7
    assert Unlimited.parse("60").as_timespan() == timedelta(days=60)
    assert parse_timespan("1.02:03:04") == timedelta(days=1, hours=2, minutes=3, seconds=4)
    with pytest.raises(ValueError):
        Unlimited.parse("lots").as_int()
    piped = PSObject(
        [("Identity", "contoso.com/Users/Tony"), ("Guid", "6d755e42-0f13-5c8a-90fd-e099920420d4")]
    )
    ident = MailboxIdParameter.parse(piped)
    assert ident.key == "6d755e42-0f13-5c8a-90fd-e099920420d4" and str(ident) == "contoso.com/Users/Tony"
    assert MailboxIdParameter.dotnet_name == "Microsoft.Exchange.Configuration.Tasks.MailboxIdParameter"
    with pytest.raises(ValueError):
        MailboxIdParameter.parse("  ")
