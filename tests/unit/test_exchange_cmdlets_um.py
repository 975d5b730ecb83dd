"""Unit tests of the UM mailbox, dial plan, policy and Test-UMConnectivity cmdlets against a demo store."""

from __future__ import annotations

import pytest

from .exchange_fakes import open_test_store, run


@pytest.fixture
def store(tmp_path):  # type: ignore[no-untyped-def]
    s = open_test_store(tmp_path)
    yield s
    s.close()


def _ext(store, who: str) -> str:  # type: ignore[no-untyped-def]
    (obj,) = run(store, "Get-UMMailbox", Identity=who).output
    return str(obj.get("Extensions")[0])


def test_new_dial_plan_creates_default_policy_and_removal_order(store) -> None:  # type: ignore[no-untyped-def]
    r = run(store, "New-UMDialPlan", Name="Sales DP", CountryOrRegionCode="1", NumberOfDigitsInExtension=4)
    assert r.messages == ['Creating UM dial plan "Sales DP" with "4" digits in the extension.']
    (dp,) = r.output
    assert dp.get("UMMailboxPolicies") == ["Sales DP Default Policy"]
    assert dp.get("DistinguishedName").startswith(
        "CN=Sales DP,CN=UM DialPlan Container,CN=First Organization,"
    )
    assert dp.get("ObjectClass") == ["top", "msExchUMDialPlan"]
    assert dp.names()[-1] == "ObjectState"
    r = run(store, "Remove-UMDialPlan", Identity="Sales DP")
    assert r.error_messages == ["This UM dial plan is associated with one or more UM mailbox policies."]
    assert (
        r.errors[0].category_text
        == "InvalidOperation: (:) [Remove-UMDialPlan], DialPlanAssociatedWithObjectsException"
    )
    assert run(store, "Remove-UMMailboxPolicy", Identity="Sales DP Default Policy").error_messages == []
    assert run(store, "Remove-UMDialPlan", Identity="Sales DP").error_messages == []
    assert [d.get("Name") for d in run(store, "Get-UMDialPlan").output] == ["Contoso DP"]


def test_remove_policy_in_use_is_refused(store) -> None:  # type: ignore[no-untyped-def]
    r = run(store, "Remove-UMMailboxPolicy", Identity="Contoso DP Default Policy")
    assert r.error_messages == [
        "Couldn't delete mailbox policy Contoso DP Default Policy because it is associated with users."
    ]


def test_policy_pin_settings_ranges_and_unlimited(store) -> None:  # type: ignore[no-untyped-def]
    name = "Contoso DP Default Policy"
    (p,) = run(store, "Get-UMMailboxPolicy", Identity=name).output
    assert (p.get("MinPINLength"), p.get("PINLifetime"), p.get("PINHistoryCount")) == (6, "60.00:00:00", 5)
    assert (p.get("MaxLogonAttempts"), p.get("LogonFailuresBeforePINReset")) == (15, 5)
    assert p.get("AllowCommonPatterns") is False
    assert run(store, "Set-UMMailboxPolicy", Identity=name, MinPINLength=3).error_messages == [
        "The value must be between 4 and 24, inclusive. Value: 3."
    ]
    bad = run(store, "Set-UMMailboxPolicy", Identity=name, LogonFailuresBeforePINReset=15).error_messages
    assert bad and "LogonFailuresBeforePINReset" in bad[0]
    assert (
        run(
            store, "Set-UMMailboxPolicy", Identity=name, PINLifetime="Unlimited", MaxLogonAttempts="Unlimited"
        ).error_messages
        == []
    )
    (p,) = run(store, "Get-UMMailboxPolicy", Identity=name).output
    assert (p.get("PINLifetime"), p.get("MaxLogonAttempts")) == ("Unlimited", "Unlimited")


def test_enable_um_mailbox_checks_extension_and_welcome(store) -> None:  # type: ignore[no-untyped-def]
    policy = "Contoso DP Default Policy"
    taken = _ext(store, "tony")
    r = run(store, "Enable-UMMailbox", Identity="kimakers", UMMailboxPolicy=policy, Extensions=taken)
    assert r.error_messages == [
        f"Extension {taken} is already assigned to another user on dial plan Contoso DP or on an equivalent dial plan."
    ]
    r = run(store, "Enable-UMMailbox", Identity="kimakers", UMMailboxPolicy=policy, Extensions="123")
    assert r.error_messages[0].startswith("123 is not a valid extension or phone number.")
    r = run(
        store,
        "Enable-UMMailbox",
        Identity="kimakers",
        UMMailboxPolicy=policy,
        Extensions="23456",
        ValidateOnly=True,
    )
    assert r.error_messages == [] and [o.get("Extensions") for o in r.output] == [["23456"]]  # as it would be
    assert run(store, "Get-UMMailbox", Identity="kimakers").error_messages  # still not UM-enabled
    r = run(store, "Enable-UMMailbox", Identity="kimakers", UMMailboxPolicy=policy, Extensions="23456")
    assert r.messages == [f'Enabling UM mailbox "kimakers" with UM mailbox policy "{policy}".']
    (um,) = r.output
    assert um.get("UMEnabled") is True and um.get("Extensions") == ["23456"]
    assert um.get("EmailAddresses")[0] == "EUM:23456;phone-context=Contoso DP.contoso.com"
    again = run(store, "Enable-UMMailbox", Identity="kimakers", UMMailboxPolicy=policy, Extensions="23457")
    assert again.error_messages == ["User Kim Akers is already enabled for Unified Messaging."]


def test_disable_um_mailbox_then_pin_not_found(store) -> None:  # type: ignore[no-untyped-def]
    r = run(store, "Disable-UMMailbox", Identity="tonysmith")
    assert r.messages == ['The UM mailbox "tonysmith" is being disabled.']
    assert r.output[0].get("UMEnabled") is False
    assert run(store, "Get-UMMailboxPIN", Identity="tonysmith").error_messages
    assert run(store, "Disable-UMMailbox", Identity="tonysmith").error_messages


def test_set_um_mailbox_settings_and_non_um(store) -> None:  # type: ignore[no-untyped-def]
    assert run(store, "Set-UMMailbox", Identity="tony", TUIAccessToCalendarEnabled=False).error_messages == []
    (um,) = run(store, "Get-UMMailbox", Identity="tony").output
    assert um.get("TUIAccessToCalendarEnabled") is False
    r = run(store, "Set-UMMailbox", Identity="administrator", FaxEnabled=False)
    assert r.error_messages == ['The mailbox "administrator" isn\'t enabled for Unified Messaging.']


def _tui(store, ext: str, pin: str):  # type: ignore[no-untyped-def]
    return run(
        store,
        "Test-UMConnectivity",
        parameter_set="TuiLogonSpecific",
        UMDialPlan="Contoso DP",
        Phone=ext,
        PIN=pin,
        TUILogon=True,
    )


def test_tui_logon_lockout_sequence(store) -> None:  # type: ignore[no-untyped-def]
    ext = _ext(store, "tony")
    name = "Contoso DP Default Policy"
    run(
        store,
        "Set-UMMailboxPolicy",
        Identity=name,
        MaxLogonAttempts=3,
        LogonFailuresBeforePINReset="Unlimited",
    )
    run(store, "Set-UMMailboxPIN", Identity="tony", Pin="7391846", PINExpired=False, SendEmail=False)
    ok = _tui(store, ext, "7391846").output[0]
    assert ok.get("EntireOperationSuccess") is True and ok.get("ReasonForFailure") is None
    for _ in range(3):
        bad = _tui(store, ext, "0000000").output[0]
        assert bad.get("ReasonForFailure") == "The logon wasn't successful. Check the PIN that was provided."
    assert run(store, "Get-UMMailboxPIN", Identity="tony").output[0].get("LockedOut") is True
    assert _tui(store, ext, "7391846").output[0].get("EntireOperationSuccess") is False
    run(store, "Set-UMMailboxPIN", Identity="tony", Pin="7391847", PINExpired=False, SendEmail=False)
    assert _tui(store, ext, "7391847").output[0].get("EntireOperationSuccess") is True


def test_tui_logon_unknown_extension_and_dial_plan(store) -> None:  # type: ignore[no-untyped-def]
    r = _tui(store, "99999", "123456")
    assert (
        r.output[0]
        .get("ReasonForFailure")
        .startswith("The user with extension '99999' and dial plan 'Contoso DP'")
    )
    r = run(
        store,
        "Test-UMConnectivity",
        parameter_set="TuiLogonSpecific",
        UMDialPlan="Nope",
        Phone="1",
        PIN="1",
        TUILogon=True,
    )
    assert r.error_messages == ["The UM dial plan Nope doesn't exist."]


def test_pin_lifetime_expiry_follows_pwshlite_now(store, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("PWSHLITE_NOW", "2026-01-01T00:00:00Z")
    run(store, "Set-UMMailboxPIN", Identity="tony", Pin="7391846", PINExpired=False, SendEmail=False)
    assert run(store, "Get-UMMailboxPIN", Identity="tony").output[0].get("PinExpired") is False
    monkeypatch.setenv("PWSHLITE_NOW", "2026-03-01T00:00:00Z")  # 59 days later
    assert run(store, "Get-UMMailboxPIN", Identity="tony").output[0].get("PinExpired") is False
    monkeypatch.setenv("PWSHLITE_NOW", "2026-03-03T00:00:00Z")  # 61 days later: PINLifetime 60
    assert run(store, "Get-UMMailboxPIN", Identity="tony").output[0].get("PinExpired") is True


def test_raising_min_pin_length_expires_shorter_pins(store) -> None:  # type: ignore[no-untyped-def]
    run(store, "Set-UMMailboxPIN", Identity="tony", Pin="739184", PINExpired=False, SendEmail=False)
    assert run(store, "Get-UMMailboxPIN", Identity="tony").output[0].get("PinExpired") is False
    run(store, "Set-UMMailboxPolicy", Identity="Contoso DP Default Policy", MinPINLength=8)
    assert run(store, "Get-UMMailboxPIN", Identity="tony").output[0].get("PinExpired") is True


def test_auto_reset_after_logon_failures_mails_a_new_pin(store) -> None:  # type: ignore[no-untyped-def]
    ext = _ext(store, "tony")
    run(store, "Set-UMMailboxPolicy", Identity="Contoso DP Default Policy", LogonFailuresBeforePINReset=2)
    run(store, "Set-UMMailboxPIN", Identity="tony", Pin="7391846", PINExpired=False, SendEmail=False)
    before = len(
        run(store, "Get-MessageTrackingLog", Recipients=["tony@contoso.com"], EventId="DELIVER").output
    )
    for _ in range(2):
        _tui(store, ext, "0000000")
    after = run(store, "Get-MessageTrackingLog", Recipients=["tony@contoso.com"], EventId="DELIVER").output
    assert len(after) == before + 1
    assert _tui(store, ext, "7391846").output[0].get("EntireOperationSuccess") is False  # the PIN was reset
    (state,) = run(store, "Get-UMMailboxPIN", Identity="tony").output
    assert state.get("PinExpired") is True and state.get("LockedOut") is False
