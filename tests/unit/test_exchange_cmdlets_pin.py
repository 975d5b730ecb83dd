"""Unit tests of the PIN procedure cmdlets (Get-UMMailboxPIN, Set-UMMailboxPIN) against a demo store."""

from __future__ import annotations

import pytest

from .exchange_fakes import open_test_store, run


@pytest.fixture
def store(tmp_path):  # type: ignore[no-untyped-def]
    s = open_test_store(tmp_path)
    yield s
    s.close()


def test_get_pin_one_user_has_the_exchange_shape(store) -> None:  # type: ignore[no-untyped-def]
    r = run(store, "Get-UMMailboxPIN", Identity="tony@contoso.com")
    assert not r.error_messages
    (obj,) = r.output
    assert obj.type_names[0] == "Deserialized.Microsoft.Exchange.Management.Tasks.UM.UMMailboxPin"
    assert obj.type_names[-1] == "Deserialized.System.Object"
    assert obj.names()[:8] == [
        "PSComputerName",
        "RunspaceId",
        "PSShowComputerName",
        "UserID",
        "PinExpired",
        "FirstTimeUser",
        "LockedOut",
        "ObjectState",
    ]
    assert obj.get("UserID") == "tony@contoso.com"
    assert obj.get("IsValid") is True
    assert obj.get("Identity") == "contoso.com/Users/Tony"


def test_get_pin_all_users_lists_only_um_enabled(store) -> None:  # type: ignore[no-untyped-def]
    r = run(store, "Get-UMMailboxPIN")
    ids = sorted(o.get("UserID") for o in r.output)
    assert "tony@contoso.com" in ids and "tonysmith@contoso.com" in ids
    assert "administrator@contoso.com" not in ids
    assert not r.warnings


def test_get_pin_result_size_warns_when_more_exist(store) -> None:  # type: ignore[no-untyped-def]
    r = run(store, "Get-UMMailboxPIN", ResultSize=1)
    assert len(r.output) == 1
    assert r.warnings == [
        "There are more results available than are currently displayed. To view them, increase the value for the "
        "ResultSize parameter."
    ]
    assert len(run(store, "Get-UMMailboxPIN", ResultSize="Unlimited").output) >= 2


def test_get_pin_unknown_and_non_um_users_are_not_found(store) -> None:  # type: ignore[no-untyped-def]
    for who in ("nosuchuser", "administrator@contoso.com"):
        r = run(store, "Get-UMMailboxPIN", Identity=who)
        assert r.output == []
        (err,) = r.errors
        assert (
            err.message
            == f"The operation couldn't be performed because object '{who}' couldn't be found on 'DC01.contoso.com'."
        )
        assert err.remote
        assert err.category_text == "NotSpecified: (:) [Get-UMMailboxPin], ManagementObjectNotFoundException"
        assert err.fully_qualified_error_id.startswith("[Server=EX01,RequestId=")
        assert err.fully_qualified_error_id.endswith(
            ",Microsoft.Exchange.Management.Tasks.UM.GetUMMailboxPIN"
        )
        assert "[FailureCategory=Cmdlet-ManagementObjectNotFoundException]" in err.fully_qualified_error_id
        assert err.extra["PSComputerName"] == "ex01.contoso.com"


def test_get_pin_takes_pipeline_objects_from_get_um_mailbox(store) -> None:  # type: ignore[no-untyped-def]
    mailboxes = run(store, "Get-UMMailbox").output
    r = run(store, "Get-UMMailboxPIN", pipeline=mailboxes)
    assert sorted(o.get("UserID") for o in r.output) == sorted(m.get("PrimarySmtpAddress") for m in mailboxes)


def test_set_pin_weak_pin_rejected_with_exchange_text(store) -> None:  # type: ignore[no-untyped-def]
    r = run(store, "Set-UMMailboxPIN", Identity="tony@contoso.com", Pin="1234")
    (err,) = r.errors
    assert err.message.startswith(
        "The PIN you entered is not valid. Your PIN must contain only numbers, and must be at least 6"
    )
    assert err.category_text == "InvalidArgument: (:) [Set-UMMailboxPIN], WeakPinException"
    assert "1234" not in err.fully_qualified_error_id


def test_set_pin_known_pin_not_expired_then_reported(store) -> None:  # type: ignore[no-untyped-def]
    r = run(store, "Set-UMMailboxPIN", Identity="tony@contoso.com", Pin="7391846", PINExpired=False)
    assert r.error_messages == []
    assert [o.get("PinExpired") for o in r.output] == [False]  # Set-UMMailboxPIN writes the PIN information
    assert r.messages == ['Setting UM mailbox PIN "tony@contoso.com".']
    (obj,) = run(store, "Get-UMMailboxPIN", Identity="tony@contoso.com").output
    assert obj.get("PinExpired") is False
    assert obj.get("LockedOut") is False


def test_set_pin_locked_out_true_locks_and_default_clears(store) -> None:  # type: ignore[no-untyped-def]
    run(store, "Set-UMMailboxPIN", Identity="tony@contoso.com", LockedOut=True, SendEmail=False)
    assert run(store, "Get-UMMailboxPIN", Identity="tony@contoso.com").output[0].get("LockedOut") is True
    run(store, "Set-UMMailboxPIN", Identity="tony@contoso.com", SendEmail=False)
    (obj,) = run(store, "Get-UMMailboxPIN", Identity="tony@contoso.com").output
    assert obj.get("LockedOut") is False
    assert obj.get("PinExpired") is True  # a generated PIN must be changed


def test_set_pin_whatif_changes_nothing(store) -> None:  # type: ignore[no-untyped-def]
    r = run(
        store, "Set-UMMailboxPIN", whatif=True, Identity="tony@contoso.com", Pin="7391846", PINExpired=False
    )
    assert r.whatif == ['What if: Setting UM mailbox PIN "tony@contoso.com".']
    assert run(store, "Get-UMMailboxPIN", Identity="tony@contoso.com").output[0].get("PinExpired") is True


def test_set_pin_non_um_user_fails(store) -> None:  # type: ignore[no-untyped-def]
    r = run(store, "Set-UMMailboxPIN", Identity="administrator@contoso.com", Pin="7391846")
    assert r.error_messages == ["User administrator@contoso.com isn't enabled for Unified Messaging."]


def test_set_pin_audit_entry_is_redacted(store) -> None:  # type: ignore[no-untyped-def]
    run(store, "Set-UMMailboxPIN", Identity="tony@contoso.com", Pin="7391846", PINExpired=False)
    run(store, "Set-UMMailboxPIN", Identity="tony@contoso.com", Pin="1111")
    events = list(store.iter_audit(cmdlets=["Set-UMMailboxPIN"]))
    assert [e.succeeded for e in events] == [False, True]
    for event in events:
        assert dict(event.parameters)["Pin"] != "7391846"
        assert "1111" not in str(event.parameters)


def test_pins_never_reach_the_store_files_in_clear(tmp_path) -> None:  # type: ignore[no-untyped-def]
    s = open_test_store(tmp_path)
    pins = ["7391846", "8402957", "5643892", "4418207"]
    run(s, "Set-UMMailboxPIN", Identity="tony", Pin=pins[0], PINExpired=False)
    run(s, "Set-UMMailboxPIN", Identity="tony", Pin=pins[1], SendEmail=False)
    run(
        s,
        "Enable-UMMailbox",
        Identity="kimakers",
        UMMailboxPolicy="Contoso DP Default Policy",
        Extensions="20005",
        PIN=pins[2],
    )
    run(
        s,
        "Test-UMConnectivity",
        parameter_set="TuiLogonSpecific",
        UMDialPlan="Contoso DP",
        Phone="20005",
        PIN=pins[3],
        TUILogon=True,
    )
    run(s, "Set-UMMailboxPIN", Identity="tony", Pin="1234")  # rejected: the error must not echo it
    s.close()
    blobs = b"".join(p.read_bytes() for p in tmp_path.iterdir() if p.is_file())
    for pin in pins:
        assert pin.encode() not in blobs, pin
