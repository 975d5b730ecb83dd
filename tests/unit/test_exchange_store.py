"""The Exchange store: creation and seeding, keys, transactions, recipients, dial plans, policies."""

from __future__ import annotations

import os
import sqlite3
import stat
from pathlib import Path

import pytest
from pwshlite.cmdlets.exchange_um.errors import ExchangeError, StoreKeyError
from pwshlite.cmdlets.exchange_um.store import resolve_config

from .exchange_store_helpers import clean_env, new_store


@pytest.fixture(autouse=True)
def _env(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    clean_env(monkeypatch, tmp_path)


def test_demo_organization(tmp_path: Path) -> None:
    store = new_store(tmp_path)
    names = [r.name for r in store.iter_recipients(mailbox_only=True)]
    assert len(names) >= 8 and {"Administrator", "Tony", "Tony Smith"} <= set(names)
    tony = store.resolve_mailbox("tony")
    assert (tony.alias, tony.primary_smtp_address, tony.identity) == (
        "tony",
        "tony@contoso.com",
        "contoso.com/Users/Tony",
    )
    assert store.resolve_mailbox("tonysmith@contoso.com").display_name == "Tony Smith"
    dp = store.resolve_dial_plan("Contoso DP")
    assert (dp.number_of_digits, dp.uri_type, dp.policies) == (5, "TelExtn", ["Contoso DP Default Policy"])
    ums = {u.mailbox.alias: u.extensions for u in store.iter_um_mailboxes()}
    assert set(ums) == {"tony", "tonysmith"} and all(len(e[0]) == 5 for e in ums.values())
    assert "Organization Management" in [g.name for g in store.iter_role_groups()]
    admin = store.acting_user
    assert admin.primary_smtp_address == "administrator@contoso.com"
    assert {"UM Mailboxes", "Unified Messaging", "Mail Recipients"} <= store.roles_of(admin)
    welcome = [m.recipients for m in store.iter_messages(kind="UMWelcome")]
    assert welcome == [["tony@contoso.com"], ["tonysmith@contoso.com"]]


def test_demo_guids_are_stable_and_seed_is_fast(tmp_path: Path) -> None:
    import time

    start = time.perf_counter()
    one = new_store(tmp_path, "a.db")
    elapsed = time.perf_counter() - start
    two = new_store(tmp_path, "b.db")
    assert one.resolve_mailbox("tony").guid == two.resolve_mailbox("tony").guid
    assert one.resolve_dial_plan("Contoso DP").guid == two.resolve_dial_plan("Contoso DP").guid
    assert elapsed < 1.0


def test_seed_none(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PWSHLITE_SEED", "none")
    store = new_store(tmp_path)
    assert [r.name for r in store.iter_recipients()] == ["Administrator"]
    assert list(store.iter_dial_plans()) == []
    assert len(list(store.iter_role_groups())) == 5


def test_path_resolution(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    assert resolve_config().path == str(tmp_path / "xdg" / "pwshlite" / "org.db")
    assert resolve_config("/x/y.db").key_file == "/x/y.db.key"
    monkeypatch.setenv("PWSHLITE_STORE", str(tmp_path / "env.db"))
    monkeypatch.setenv("PWSHLITE_KEY_FILE", str(tmp_path / "k"))
    config = resolve_config("/ignored.db")
    assert (config.path, config.key_file) == (str(tmp_path / "env.db"), str(tmp_path / "k"))


def test_key_file_mode_and_schema(tmp_path: Path) -> None:
    store = new_store(tmp_path)
    assert stat.S_IMODE(os.stat(tmp_path / "org.db.key").st_mode) == 0o600
    conn = sqlite3.connect(tmp_path / "org.db")
    assert conn.execute("PRAGMA user_version").fetchone()[0] >= 1
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    store.close()


def _digest(path: Path) -> bytes:
    conn = sqlite3.connect(path)
    dump = "\n".join(conn.iterdump()).encode()
    conn.close()
    return dump


def test_missing_key_fails_and_changes_nothing(tmp_path: Path) -> None:
    new_store(tmp_path).close()
    before = _digest(tmp_path / "org.db")
    os.rename(tmp_path / "org.db.key", tmp_path / "moved.key")
    with pytest.raises(StoreKeyError, match="was not found"):
        new_store(tmp_path)
    assert not (tmp_path / "org.db.key").exists()  # no new key silently created
    assert _digest(tmp_path / "org.db") == before
    assert new_store(tmp_path, key_file=str(tmp_path / "moved.key")).resolve_mailbox("tony")


def test_wrong_key_fails_and_changes_nothing(tmp_path: Path) -> None:
    new_store(tmp_path).close()
    before = _digest(tmp_path / "org.db")
    (tmp_path / "other.key").write_bytes(os.urandom(32))
    with pytest.raises(StoreKeyError, match="doesn't belong"):
        new_store(tmp_path, key_file=str(tmp_path / "other.key"))
    (tmp_path / "junk.key").write_text("not a key")
    with pytest.raises(StoreKeyError, match="not a pwshlite key"):
        new_store(tmp_path, key_file=str(tmp_path / "junk.key"))
    assert _digest(tmp_path / "org.db") == before


def test_fixed_key_file_for_a_new_store(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    key = tmp_path / "fixed.key"
    key.write_bytes(bytes(range(32)))
    monkeypatch.setenv("PWSHLITE_KEY_FILE", str(key))
    store = new_store(tmp_path)
    assert not (tmp_path / "org.db.key").exists()
    assert store.pin_state(store.resolve_mailbox("tony")).user_id == "tony@contoso.com"


def test_transaction_rolls_back_everything(tmp_path: Path) -> None:
    store = new_store(tmp_path)
    with pytest.raises(ExchangeError):
        with store.transaction():
            store.new_mailbox("Half Made", alias="halfmade")
            store.new_dial_plan("Half DP", 4, "1")
            store.new_mailbox("Tony")  # duplicate DN -> error after two creations
    assert store.match_recipients("halfmade") == []
    assert store.match_dial_plans("Half DP") == []
    assert store.match_policies("Half DP Default Policy") == []


def test_newer_schema_is_refused(tmp_path: Path) -> None:
    new_store(tmp_path).close()
    conn = sqlite3.connect(tmp_path / "org.db")
    conn.execute("PRAGMA user_version = 99")
    conn.close()
    with pytest.raises(ExchangeError, match="schema version 99"):
        new_store(tmp_path)


def test_recipients_crud(tmp_path: Path) -> None:
    store = new_store(tmp_path)
    rec = store.new_mailbox(
        "Jane Doe", first_name="Jane", last_name="Doe", organizational_unit="contoso.com/Sales"
    )
    assert (rec.alias, rec.primary_smtp_address, rec.identity) == (
        "JaneDoe",
        "JaneDoe@contoso.com",
        "contoso.com/Sales/Jane Doe",
    )
    assert rec.distinguished_name == "CN=Jane Doe,OU=Sales,DC=contoso,DC=com"
    assert rec.legacy_exchange_dn and rec.legacy_exchange_dn.endswith("-JaneDoe")
    assert store.get_recipient(rec.id) == rec  # the returned record is what was stored
    rec = store.set_recipient(
        rec, {"Name": "Jane Q Doe", "Office": "B1", "PrimarySmtpAddress": "jane@contoso.com"}
    )
    assert rec.identity == "contoso.com/Sales/Jane Q Doe" and rec.props["Office"] == "B1"
    assert rec.email_addresses == ["SMTP:jane@contoso.com", "smtp:JaneDoe@contoso.com"]
    assert store.resolve_mailbox("JaneDoe@contoso.com").id == rec.id
    with pytest.raises(ExchangeError, match="is already being used by the proxy addresses"):
        store.new_mailbox("Other", primary_smtp_address="jane@contoso.com")
    rec = store.set_recipient(rec, {"Alias": "janeq"})
    assert rec.alias == "janeq" and rec.email_addresses[0] == "SMTP:janeq@contoso.com"
    assert "smtp:jane@contoso.com" in rec.email_addresses
    rec = store.set_recipient(rec, {"Alias": "jq", "EmailAddressPolicyEnabled": False})
    assert rec.primary_smtp_address == "janeq@contoso.com"
    user = store.disable_mailbox(rec)
    assert user.recipient_type_details == "User" and user.primary_smtp_address is None
    assert store.match_recipients("Jane Q Doe", mailbox_only=True) == []
    user = store.enable_mailbox(user, alias="jdoe")
    assert user.primary_smtp_address == "jdoe@contoso.com"
    store.remove_recipient(user)
    assert store.match_recipients("jdoe") == []


def test_iteration_filters(tmp_path: Path) -> None:
    store = new_store(tmp_path)
    assert [r.name for r in store.iter_recipients(anr="Ton")] == ["Tony", "Tony Smith"]
    assert [r.alias for r in store.iter_recipients(um_enabled=True)] == ["tony", "tonysmith"]
    names = [r.name for r in store.iter_recipients(order_by="Name", descending=True, limit=2)]
    assert names == ["Tony Smith", "Tony"]
    assert len(list(store.iter_recipients(limit=3, batch=2))) == 3
    assert [r.recipient_type_details for r in store.iter_recipients(types=["DiscoveryMailbox"])] == [
        "DiscoveryMailbox"
    ]


def test_dial_plans_and_policies(tmp_path: Path) -> None:
    store = new_store(tmp_path)
    dp = store.new_dial_plan("Fabrikam DP", 4, "44", uri_type="sipname")
    assert dp.uri_type == "SipName" and dp.policies == ["Fabrikam DP Default Policy"]
    assert dp.props["AudioCodec"] == "Mp3" and dp.props["OutsideLineAccessCode"] == "9"
    assert store.resolve_dial_plan(dp.guid).id == dp.id
    assert store.resolve_dial_plan(dp.distinguished_name).id == dp.id
    dp = store.set_dial_plan(dp, {"AudioCodec": "Wma", "CountryOrRegionCode": "33"})
    assert (dp.props["AudioCodec"], dp.country_code) == ("Wma", "33")
    with pytest.raises(ExchangeError, match="can't be changed"):
        store.set_dial_plan(dp, {"NumberOfDigitsInExtension": 6})
    with pytest.raises(ExchangeError, match="already exists"):
        store.new_dial_plan("fabrikam dp", 4, "44")
    with pytest.raises(ExchangeError):
        store.new_dial_plan("Bad", 21, "1")
    pol = store.resolve_policy("Fabrikam DP Default Policy")
    assert (pol.min_pin_length, pol.pin_lifetime_days, pol.pin_history_count) == (6, 60, 5)
    assert (pol.max_logon_attempts, pol.logon_failures_before_pin_reset, pol.allow_common_patterns) == (
        15,
        5,
        False,
    )
    assert pol.props["MaxGreetingDuration"] == 5 and pol.is_default
    pol = store.set_policy(pol, {"MinPINLength": 8, "PINLifetime": None, "AllowFax": False})
    assert (pol.min_pin_length, pol.pin_lifetime_days, pol.props["AllowFax"]) == (8, None, False)
    with pytest.raises(ExchangeError, match="LogonFailuresBeforePINReset"):
        store.set_policy(pol, {"MaxLogonAttempts": 5})
    with pytest.raises(ExchangeError, match="associated with one or more UM mailbox policies"):
        store.remove_dial_plan(dp)
    extra = store.new_policy("Fabrikam Extra", "Fabrikam DP")
    assert [p.name for p in store.iter_policies(dp)] == ["Fabrikam DP Default Policy", "Fabrikam Extra"]
    with pytest.raises(ExchangeError, match="The dial plan with identity Nope does not exist."):
        store.new_policy("X", "Nope")
    store.remove_policy(extra)
    store.remove_policy(pol)
    store.remove_dial_plan(store.resolve_dial_plan("Fabrikam DP"))
    assert store.match_dial_plans("Fabrikam DP") == []


def test_in_use_dial_plan_and_policy_are_kept(tmp_path: Path) -> None:
    store = new_store(tmp_path)
    pol = store.resolve_policy("Contoso DP Default Policy")
    with pytest.raises(ExchangeError) as info:
        store.remove_policy(pol)
    assert (
        info.value.message
        == "Couldn't delete mailbox policy Contoso DP Default Policy because it is associated with users."
    )
    with pytest.raises(ExchangeError) as info:
        store.remove_dial_plan(store.resolve_dial_plan("Contoso DP"))
    assert (
        info.value.message
        == "There are UM users who are associated by their UM mailbox policy with the dial plan. "
    )


def test_objects_and_audit(tmp_path: Path) -> None:
    store = new_store(tmp_path)
    gw = store.new_object("UMIPGateway", "GW1", {"Address": "10.0.0.5", "Port": 5060})
    store.new_object(
        "UMHuntGroup", "HG1", {"UMDialPlan": "Contoso DP", "PilotIdentifier": "20000"}, parent=gw
    )
    assert store.resolve_object("UMHuntGroup", "GW1\\HG1").parent_id == gw.id
    store.new_policy("Spare", "Contoso DP")
    with pytest.raises(ExchangeError):
        store.new_object("UMIPGateway", "gw1")
    gw = store.set_object(gw, {"Port": 5061})
    assert gw.props == {"Address": "10.0.0.5", "Port": 5061}
    store.audit("Set-UMMailboxPIN", {"Identity": "tony", "Pin": "482913"}, "contoso.com/Users/Tony", True)
    store.audit(
        "Set-UMMailboxPIN", [("Identity", "tony"), ("PIN", "482913")], "contoso.com/Users/Tony", False, "boom"
    )
    entries = list(store.iter_audit(cmdlets=["set-ummailboxpin"]))
    assert [e.succeeded for e in entries] == [False, True]
    assert entries[1].parameters == [("Identity", "tony"), ("Pin", "********")]
    assert entries[0].caller == "contoso.com/Users/Administrator"
    assert list(store.iter_audit(object_ids=["Tony"], limit=1))[0].error == "boom"
    store.remove_object(gw)
    assert list(store.iter_objects("UMHuntGroup")) == []


def test_role_groups(tmp_path: Path) -> None:
    store = new_store(tmp_path)
    group = store.resolve_role_group("UM Management")
    assert group.roles == ["UM Mailboxes", "UM Prompts", "Unified Messaging"]
    lisa = store.resolve_mailbox("lisaandrews")
    assert store.roles_of(lisa) == frozenset()
    store.add_role_group_member(group, lisa)
    assert store.roles_of(lisa) == {"UM Mailboxes", "UM Prompts", "Unified Messaging"}
    with pytest.raises(ExchangeError, match="already a member"):
        store.add_role_group_member(group, lisa)
    store.remove_role_group_member(store.resolve_role_group("um management"), lisa)
    assert store.roles_of(lisa) == frozenset()
    viewer = store.resolve_mailbox("pilarpinilla")
    assert store.roles_of(viewer) == {"View-Only Configuration", "View-Only Recipients"}
    names = [a.name for a in store.iter_role_assignments(role="UM Mailboxes")]
    assert "UM Mailboxes-Organization Management" in names and "UM Mailboxes-UM Management" in names
    assert "UM Mailboxes-Organization Management-Delegating" in names
    mine = list(store.iter_role_assignments(assignee="pilarpinilla"))
    assert {a.role for a in mine} == {"View-Only Configuration", "View-Only Recipients"}
    assert store.set_acting_user("kimakers").alias == "kimakers"
    assert store.caller_identity == "contoso.com/Users/Kim Akers"


def test_forward_migration(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from pwshlite.cmdlets.exchange_um import store_schema

    new_store(tmp_path).close()
    current = store_schema.schema_version()

    def to_v2(conn: sqlite3.Connection) -> None:
        conn.execute("ALTER TABLE recipient ADD COLUMN nickname TEXT")

    monkeypatch.setattr(store_schema, "MIGRATIONS", [*store_schema.MIGRATIONS, to_v2])
    store = new_store(tmp_path)
    assert store.resolve_mailbox("tony").alias == "tony"
    store.close()
    conn = sqlite3.connect(tmp_path / "org.db")
    assert conn.execute("PRAGMA user_version").fetchone()[0] == current + 1
    assert "nickname" in [row[1] for row in conn.execute("PRAGMA table_info(recipient)")]
    conn.close()


def test_open_does_not_wait_for_a_writer(tmp_path: Path) -> None:
    import time

    writer = new_store(tmp_path)
    with writer.transaction():
        writer.new_mailbox("Held Open", alias="heldopen")
        start = time.perf_counter()
        reader = new_store(tmp_path)
        assert reader.match_recipients("heldopen") == []  # not committed yet
        assert time.perf_counter() - start < 2.0
    assert reader.resolve_mailbox("heldopen").name == "Held Open"


def test_stale_records_do_not_undo_other_sessions(tmp_path: Path) -> None:
    one, two = new_store(tmp_path), new_store(tmp_path)
    kim_one = one.resolve_mailbox("kimakers")
    two.enable_um(two.resolve_mailbox("kimakers"), "Contoso DP Default Policy", extensions=["20040"])
    with pytest.raises(ExchangeError, match="already enabled for Unified Messaging"):
        one.enable_um(kim_one, "Contoso DP Default Policy", extensions=["20041"])
    policy_one = one.resolve_policy("Contoso DP Default Policy")
    two.set_policy(two.resolve_policy("Contoso DP Default Policy"), {"AllowFax": False, "MinPINLength": 8})
    one.set_policy(policy_one, {"VoiceMailText": "hello"})
    final = one.resolve_policy("Contoso DP Default Policy")
    assert (final.props["AllowFax"], final.min_pin_length, final.props["VoiceMailText"]) == (
        False,
        8,
        "hello",
    )
    lisa_one = one.resolve_mailbox("lisaandrews")
    two.set_recipient(two.resolve_mailbox("lisaandrews"), {"Office": "B2"})
    assert one.set_recipient(lisa_one, {"Department": "Sales"}).props == {
        "Phone": "+1 425 555 0107",
        "Office": "B2",
        "Department": "Sales",
    }
    two.remove_recipient(two.resolve_mailbox("lisaandrews"))
    with pytest.raises(ExchangeError, match="object 'contoso.com/Users/Lisa Andrews' couldn't be found"):
        one.set_recipient(lisa_one, {"Office": "B3"})
