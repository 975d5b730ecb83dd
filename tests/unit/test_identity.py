"""Identity resolution: every form of -Identity, wildcards, ambiguity and Exchange's error texts."""

from __future__ import annotations

import pytest
from pwshlite.cmdlets.exchange_um.errors import ExchangeError
from pwshlite.cmdlets.exchange_um.identity import config_query, escape_rdn, parse_guid, recipient_query
from pwshlite.cmdlets.exchange_um.store import UMStore

from .exchange_store_helpers import clean_env, new_store


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> UMStore:
    tmp = tmp_path_factory.mktemp("identity")
    with pytest.MonkeyPatch.context() as mp:
        clean_env(mp, tmp)
        return new_store(tmp)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("5e0f6c3b-8a53-4f0b-9d6e-3c2a1b0f9e87", "guid"),
        ("{5E0F6C3B-8A53-4F0B-9D6E-3C2A1B0F9E87}", "guid"),
        ("CN=Tony Smith,CN=Users,DC=contoso,DC=com", "dn"),
        ("/o=First Organization/ou=x/cn=Recipients/cn=abc-tony", "legacy_dn"),
        ("CONTOSO\\tony", "account"),
        ("contoso.com/Users/Tony", "canonical"),
        ("tony@contoso.com", "smtp"),
        ("SMTP:tony@contoso.com", "smtp"),
        ("Tony Smith", "name"),
        ("tony*", "wildcard"),
    ],
)
def test_classification(text: str, kind: str) -> None:
    assert recipient_query(text).kind == kind


def test_guid_parsing_and_rdn_escaping() -> None:
    assert parse_guid("not-a-guid") is None
    assert parse_guid("5E0F6C3B8A534F0B9D6E3C2A1B0F9E87") == "5e0f6c3b-8a53-4f0b-9d6e-3c2a1b0f9e87"
    assert escape_rdn("Smith, Tony") == "Smith\\, Tony"
    assert config_query("CN=Smith\\, DP,CN=UM DialPlan Container,CN=x").params == ("Smith, DP",)


def _forms(store: UMStore) -> list[str]:
    rec = store.resolve_mailbox("tonysmith")
    assert rec.legacy_exchange_dn and rec.exchange_guid
    return [
        "Tony Smith",
        "tony smith",
        "tonysmith",
        "TonySmith@Contoso.com",
        "SMTP:tonysmith@contoso.com",
        rec.distinguished_name,
        "contoso.com/Users/Tony Smith",
        rec.guid,
        rec.guid.upper(),
        rec.exchange_guid,
        "CONTOSO\\tonysmith",
        "contoso.com\\tonysmith",
        rec.legacy_exchange_dn,
    ]


def test_every_form_resolves_the_same_mailbox(store: UMStore) -> None:
    expected = store.resolve_mailbox("tonysmith").id
    for form in _forms(store):
        assert store.resolve_recipient(form).id == expected, form


def test_display_name_and_upn(store: UMStore) -> None:
    rec = store.new_user("Jo Bloggs User", display_name="Jo Bloggs", user_principal_name="jo@contoso.com")
    assert store.resolve_recipient("Jo Bloggs").id == rec.id
    assert store.resolve_recipient("jo@contoso.com").id == rec.id
    with pytest.raises(ExchangeError, match="couldn't be found"):
        store.resolve_mailbox("Jo Bloggs")  # a user without a mailbox is not a mailbox


def test_not_found_text(store: UMStore) -> None:
    with pytest.raises(ExchangeError) as info:
        store.resolve_mailbox("nosuchuser")
    err = info.value
    assert err.message == (
        "The operation couldn't be performed because object 'nosuchuser' couldn't be found on 'DC01.contoso.com'."
    )
    assert err.exception == "ManagementObjectNotFoundException" and err.error_id == "8CB0F6F7"
    assert store.match_recipients("OTHERDOMAIN\\tony") == []


def test_ambiguous_text(store: UMStore) -> None:
    store.new_mailbox("Anthony", alias="anthony", display_name="Tony")
    with pytest.raises(ExchangeError) as info:
        store.resolve_mailbox("Tony")
    assert (
        info.value.message == "The operation couldn't be performed because 'Tony' matches multiple entries."
    )
    assert info.value.exception == "ManagementObjectAmbiguousException"
    assert store.resolve_mailbox("tony@contoso.com").alias == "tony"  # an unambiguous form still works


def test_wildcards(store: UMStore) -> None:
    names = [r.name for r in store.match_recipients("tony*")]
    assert {"Tony", "Tony Smith"} <= set(names) and "Kim Akers" not in names
    assert [r.name for r in store.match_recipients("*Pinilla")] == ["Pilar Pinilla"]
    assert store.match_recipients("100%_literal*") == []


def test_config_identities(store: UMStore) -> None:
    dp = store.resolve_dial_plan("Contoso DP")
    for form in ("contoso dp", dp.guid, dp.distinguished_name, "Contoso*"):
        assert store.resolve_dial_plan(form).id == dp.id
    pol = store.resolve_policy("Contoso DP Default Policy")
    for form in (pol.guid, pol.distinguished_name, "contoso dp default policy"):
        assert store.resolve_policy(form).id == pol.id
    with pytest.raises(ExchangeError, match="object 'Nope' couldn't be found"):
        store.resolve_policy("Nope")
    with pytest.raises(ExchangeError, match="The dial plan with identity Nope does not exist."):
        store.resolve_dial_plan("Nope", task_error=True)
    group = store.resolve_role_group("contoso.com/Microsoft Exchange Security Groups/Help Desk")
    assert group.name == "Help Desk"


def test_name_with_a_slash(store: UMStore) -> None:
    rec = store.new_mailbox("Sales/Marketing", alias="salesmarketing")
    assert store.resolve_mailbox("Sales/Marketing").id == rec.id
    assert rec.identity == "contoso.com/Users/Sales/Marketing"
