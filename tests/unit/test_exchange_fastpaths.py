"""Fast paths of the Exchange cmdlet layer give exactly what the general code gives: hand-written
message bytes vs the email package, and the string form / multi-valued values of output objects."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from pwshlite.cmdlets.exchange_um.mail import build_message, message_bytes
from pwshlite.cmdlets.exchange_um.objects import T_UM_PIN, build, mvp, spec, string_form, type_names

from pwshlite.objects import PSObject
from pwshlite.values.convert import to_string
from pwshlite.values.types import ArrayList

SENT = datetime(2026, 1, 2, 3, 4, 5, tzinfo=UTC)


@pytest.mark.parametrize(
    "body",
    ["Your PIN is 123456.\n", "Héllo\n", "a\r\nb\n", "x" * 2000 + "\n", "From here\n.\n", "a\rb", ""],
)
@pytest.mark.parametrize("subject", ["Your Unified Messaging PIN", "Bienvenüe"])
def test_message_bytes_match_the_email_package(body: str, subject: str) -> None:
    args = ("sys@contoso.com", "tony@contoso.com", subject, body, "<id@ex01.contoso.com>", SENT)
    assert message_bytes(*args) == build_message(*args).as_bytes()


def test_configurable_object_string_is_its_identity() -> None:
    obj = build(
        spec("Name Identity Extensions:m"),
        {"Name": "Tony", "Identity": "contoso.com/Users/Tony"},
        type_names("Microsoft.Exchange.Data.Directory.Management.UMMailbox"),
    )
    assert string_form(obj) == "contoso.com/Users/Tony"
    assert to_string(obj) == "contoso.com/Users/Tony"
    assert isinstance(obj.get("Extensions"), ArrayList) and obj.get("Extensions") == []


def test_pin_object_and_plain_classes_print_their_type_name() -> None:
    pin = build(
        spec("UserID Identity"), {"UserID": "tony@contoso.com", "Identity": "x"}, type_names(T_UM_PIN)
    )
    assert to_string(pin) == T_UM_PIN
    event = build(spec("EventId"), {"EventId": "SEND"}, type_names("Contoso.Event"), state=False)
    assert to_string(event) == "Contoso.Event"


def test_selected_objects_keep_the_pscustomobject_form() -> None:
    obj = PSObject([("Name", "Tony")], ["Selected.System.Management.Automation.PSCustomObject"])
    assert to_string(obj) == "@{Name=Tony}"


def test_mvp_values() -> None:
    assert mvp(None) == [] and mvp("a") == ["a"] and mvp(("a", "b")) == ["a", "b"]
    assert to_string(PSObject([("E", mvp(["a"]))], [])) == "@{E=System.Collections.ArrayList}"
