"""Route tests of the web admin center (Starlette TestClient): sign-in, CSRF, rate limit, recipients,
UM mailbox page, Reset PIN, PIN policies, view-only RBAC, audit and security headers."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.unit.eac_helpers import (
    ADMIN_PASSWORD,
    UM_ADMIN,
    UM_ADMIN_PASSWORD,
    VIEWER,
    VIEWER_PASSWORD,
    client_for,
    copy_template,
    csrf_of,
    engine,
    make_template,
    sign_in,
    signed_in,
)

TONY = "6d755e42-0f13-5c8a-90fd-e099920420d4"  # demo GUIDs are stable (uuid5)


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    with pytest.MonkeyPatch.context() as mp:
        return make_template(tmp_path_factory.mktemp("eac-template"), mp)


@pytest.fixture
def store(template: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> str:
    for name in ("PWSHLITE_STORE", "PWSHLITE_KEY_FILE", "PWSHLITE_USER", "PWSHLITE_SEED"):
        monkeypatch.delenv(name, raising=False)
    return copy_template(template, tmp_path)


def tony_guid(store: str) -> str:
    return str(engine(store, "(Get-Mailbox tony).Guid")[0])


# -- sign-in ---------------------------------------------------------------------------------------------


def test_signin_sets_a_strict_httponly_expiring_cookie(store: str) -> None:
    client = client_for(store)
    page = client.get("/signin")
    assert '<label for="username">' in page.text and '<label for="password">' in page.text
    response = client.post(
        "/signin",
        data={
            "csrf": csrf_of(page.text),
            "username": "administrator@contoso.com",
            "password": ADMIN_PASSWORD,
        },
    )
    assert response.status_code == 303 and response.headers["location"] == "/recipients"
    cookie = response.headers["set-cookie"].lower()
    assert (
        "httponly" in cookie
        and "samesite=strict" in cookie
        and "max-age=28800" in cookie
        and "path=/" in cookie
    )
    assert client.get("/recipients").status_code == 200


def test_wrong_password_and_unknown_user_are_refused_alike(store: str) -> None:
    client = client_for(store)
    for user in ("Administrator", "nobody@contoso.com"):
        response = sign_in(client, user, "wrong")
        assert response.status_code == 401
        assert "The user name or password you entered isn&#39;t correct." in response.text
    assert client.get("/recipients").headers["location"] == "/signin"


def test_signin_without_csrf_token_is_refused(store: str) -> None:
    client = client_for(store)
    client.get("/signin")
    response = client.post("/signin", data={"username": "Administrator", "password": ADMIN_PASSWORD})
    assert response.status_code == 403
    assert "eac_session" not in response.headers.get(
        "set-cookie", ""
    ) or "Max-Age" not in response.headers.get("set-cookie", "")
    assert client.get("/recipients").status_code == 303


def test_signin_is_rate_limited(store: str) -> None:
    client = client_for(store)
    for _ in range(5):
        assert sign_in(client, "Administrator", "bad guess").status_code == 401
    response = sign_in(client, "Administrator", ADMIN_PASSWORD)  # even the right password waits
    assert response.status_code == 429
    assert "Too many failed sign-in attempts" in response.text and int(response.headers["retry-after"]) > 0


def test_forged_or_missing_session_cookie_goes_to_signin(store: str) -> None:
    client = client_for(store)
    assert client.get("/recipients").headers["location"] == "/signin"
    client.cookies.set("eac_session", "eyJ1IjoiQWRtaW5pc3RyYXRvciJ9.forged.signature")
    assert client.get("/mailbox/" + TONY + "/um").headers["location"] == "/signin"


def test_csrf_token_is_required_on_every_post(store: str) -> None:
    client = signed_in(store)
    guid = tony_guid(store)
    response = client.post(f"/mailbox/{guid}/reset-pin", data={"mode": "generate", "csrf": "not-the-token"})
    assert response.status_code == 403
    before = engine(store, "Get-UMMailboxPIN tony")[0]
    assert before.get("PinExpired") is True  # unchanged demo state


def test_signout_ends_the_session(store: str) -> None:
    client = signed_in(store)
    page = client.get("/recipients")
    assert client.post("/signout", data={"csrf": csrf_of(page.text)}).headers["location"] == "/signin"
    assert client.get("/recipients").status_code == 303


# -- recipients ------------------------------------------------------------------------------------------


def test_recipients_list_and_search(store: str) -> None:
    client = signed_in(store)
    page = client.get("/recipients").text
    assert "tony@contoso.com" in page and "Enabled" in page and "Disabled" in page
    found = client.get("/recipients", params={"q": "tony"}).text
    assert "tonysmith@contoso.com" in found and "tony@contoso.com" in found and "kimakers" not in found
    by_mail = client.get("/recipients", params={"q": "tonysmith@contoso.com"}).text
    assert "tonysmith@contoso.com" in by_mail and ">tony@contoso.com<" not in by_mail
    none = client.get("/recipients", params={"q": "zzz'; Remove-Mailbox tony"}).text
    assert "No mailboxes found." in none
    assert engine(store, "(Get-Mailbox tony).Alias") == ["tony"]


def test_recipients_paging(store: str) -> None:
    from pwshlite.cmdlets.exchange_um.store import open_store

    org = open_store(store)
    with org.transaction():
        for i in range(120):
            org.new_mailbox(f"Paging User {i:03}", alias=f"paging{i:03}")
    org.close()
    client = signed_in(store)
    pages = [client.get("/recipients", params={"page": n}).text for n in (1, 2, 3)]
    assert 'rel="next"' in pages[0] and 'rel="next"' in pages[1] and 'rel="next"' not in pages[2]
    assert pages[0].count("<tr><td><a href=") == 50 and pages[2].count("<tr><td><a href=") == 129 - 100
    assert "paging000@" in pages[0] and "paging041@" in pages[1] and "paging119@" in pages[2]
    assert "paging041@" not in pages[0] and 'rel="prev"' in pages[1]


# -- UM mailbox, Reset PIN ------------------------------------------------------------------------------


def test_mailbox_details_has_phone_and_voice_features(store: str) -> None:
    client = signed_in(store)
    page = client.get(f"/mailbox/{tony_guid(store)}").text
    assert "Phone and Voice Features" in page and 'id="um-details"' in page and "+1 425 555 0101" in page


def test_um_page_shows_get_um_mailbox_pin_values(store: str) -> None:
    from pwshlite.cmdlets.exchange_um.store import open_store

    org = open_store(store)
    org.set_pin(org.resolve_mailbox("tony"), "481537", pin_expired=False, locked_out=True, send_email=False)
    org.close()
    shell = engine(store, "Get-UMMailboxPIN -Identity tony@contoso.com")[0]
    page = signed_in(store).get(f"/mailbox/{tony_guid(store)}/um").text
    for label, prop in (
        ("PIN expired", "PinExpired"),
        ("Locked out", "LockedOut"),
        ("First-time user", "FirstTimeUser"),
    ):
        expected = "Yes" if shell.get(prop) else "No"
        assert (
            f'<dt>{label}</dt><dd><span class="status {"warn" if expected == "Yes" else "ok"}">{expected}</span>'
            in page
        )
    assert "Contoso DP" in page and "Contoso DP Default Policy" in page and "20001" in page
    assert 'id="reset-pin"' in page and "481537" not in page


def _reset(client, guid: str, **form: str):  # type: ignore[no-untyped-def]
    page = client.get(f"/mailbox/{guid}/reset-pin")
    assert page.status_code == 200 and 'checked>\n     <label for="expired">' in page.text.replace(
        " checked>", " checked>"
    )
    return client.post(f"/mailbox/{guid}/reset-pin", data={"csrf": csrf_of(page.text), **form})


def test_reset_with_generated_pin(store: str) -> None:
    client = signed_in(store)
    guid = tony_guid(store)
    engine(store, "Set-UMMailboxPIN tony -Pin 481537 -PINExpired $false -SendEmail $false")
    response = _reset(client, guid, mode="generate", expired="on", send="on")
    assert (
        response.status_code == 200
        and "A PIN was generated and sent to tony@contoso.com in email" in response.text
    )
    assert response.headers["cache-control"] == "no-store"
    assert engine(store, "(Get-UMMailboxPIN tony).PinExpired") == [True]
    mails = engine(
        store, "Get-MessageTrackingLog -Recipients tony@contoso.com -ResultSize Unlimited | Measure-Object"
    )
    assert mails[0].get("Count") >= 1


def test_reset_with_typed_pin_shows_it_once(store: str) -> None:
    from pwshlite.cmdlets.exchange_um.store import open_store

    client = signed_in(store)
    guid = tony_guid(store)
    response = _reset(client, guid, mode="type", pin="481537")  # boxes unticked: no expiry, no mail
    assert response.status_code == 200 and '<code id="typed-pin">481537</code>' in response.text
    assert "481537" not in str(response.url) and response.headers["cache-control"] == "no-store"
    assert engine(store, "(Get-UMMailboxPIN tony).PinExpired") == [False]
    org = open_store(store)
    result = org.tui_logon(org.resolve_dial_plan("Contoso DP"), "20001", "481537")
    org.close()
    assert result.success
    assert "481537" not in client.get(f"/mailbox/{guid}/um").text


def test_weak_pin_shows_exchange_error(store: str) -> None:
    client = signed_in(store)
    response = _reset(client, tony_guid(store), mode="type", pin="111111", expired="on")
    assert response.status_code == 400
    assert "The PIN you entered is not valid." in response.text and 'role="alert"' in response.text
    assert "111111" not in response.text


def test_audit_log_names_the_web_user(store: str) -> None:
    client = signed_in(store, UM_ADMIN, UM_ADMIN_PASSWORD)
    assert _reset(client, tony_guid(store), mode="generate", expired="on").status_code == 200
    entries = engine(store, "Search-AdminAuditLog -Cmdlets Set-UMMailboxPIN")
    assert entries and "Kim Akers" in str(entries[0].get("Caller"))


# -- view-only -------------------------------------------------------------------------------------------


def test_view_only_user_sees_no_controls_and_forged_post_is_refused(store: str) -> None:
    client = signed_in(store, VIEWER, VIEWER_PASSWORD)
    guid = tony_guid(store)
    um = client.get(f"/mailbox/{guid}/um").text
    assert "PIN expired" in um and 'id="reset-pin"' not in um and 'id="read-only"' in um
    form = client.get(f"/mailbox/{guid}/reset-pin").text
    assert 'id="reset-submit"' not in form
    response = client.post(
        f"/mailbox/{guid}/reset-pin",
        data={"csrf": csrf_of(um), "mode": "type", "pin": "481537", "expired": "on"},
    )
    assert response.status_code == 400
    assert "The term &#39;Set-UMMailboxPIN&#39; is not recognized" in response.text
    policies = client.get("/um").text
    policy = policies.split('href="/um/policy/')[1].split('"')[0]
    page = client.get(f"/um/policy/{policy}").text
    assert 'id="policy-form"' not in page and "Minimum PIN length" in page
    forged = client.post(f"/um/policy/{policy}", data={"csrf": csrf_of(page), "MinPINLength": "4"})
    assert forged.status_code == 400 and "is not recognized" in forged.text
    assert engine(store, "(Get-UMMailboxPolicy).MinPINLength") == [6]


# -- PIN policies ----------------------------------------------------------------------------------------


def _policy_form(client, policy: str) -> dict[str, str]:  # type: ignore[no-untyped-def]
    page = client.get(f"/um/policy/{policy}").text
    return {
        "csrf": csrf_of(page), "MinPINLength": "8", "PINLifetime": "30.00:00:00", "PINHistoryCount": "3",
        "MaxLogonAttempts": "Unlimited", "LogonFailuresBeforePINReset": "4",
    }  # fmt: skip


def test_policy_view_and_edit(store: str) -> None:
    client = signed_in(store)
    policy = str(engine(store, "(Get-UMMailboxPolicy).Guid")[0])
    page = client.get("/um").text
    assert "Contoso DP" in page and f"/um/policy/{policy}" in page
    response = client.post(
        f"/um/policy/{policy}", data={**_policy_form(client, policy), "AllowCommonPatterns": "on"}
    )
    assert response.status_code == 200 and 'id="saved"' in response.text
    shell = engine(store, "Get-UMMailboxPolicy")[0]
    assert shell.get("MinPINLength") == 8 and shell.get("PINHistoryCount") == 3
    assert shell.get("AllowCommonPatterns") is True and str(shell.get("MaxLogonAttempts")) == "Unlimited"
    assert str(shell.get("PINLifetime")).startswith("30.")


def test_policy_edit_shows_exchange_validation_error(store: str) -> None:
    client = signed_in(store)
    policy = str(engine(store, "(Get-UMMailboxPolicy).Guid")[0])
    response = client.post(f"/um/policy/{policy}", data={**_policy_form(client, policy), "MinPINLength": "2"})
    assert response.status_code == 400 and 'role="alert"' in response.text and "MinPINLength" in response.text
    assert engine(store, "(Get-UMMailboxPolicy).MinPINLength") == [6]


# -- headers ---------------------------------------------------------------------------------------------


def test_security_headers(store: str) -> None:
    client = signed_in(store)
    for url in ("/signin", "/recipients", f"/mailbox/{TONY}/um", f"/mailbox/{TONY}/reset-pin"):
        headers = client.get(url).headers
        csp = headers["content-security-policy"]
        assert "default-src 'none'" in csp and "frame-ancestors 'none'" in csp and "unsafe-inline" not in csp
        assert "script-src" not in csp  # no script allowed at all
        assert headers["x-frame-options"] == "DENY" and headers["x-content-type-options"] == "nosniff"
        assert headers["cache-control"] == "no-store"
    css = client.get("/static/eac.css")
    assert css.status_code == 200 and "text/css" in css.headers["content-type"]


def test_pages_have_no_inline_script_and_label_every_field(store: str) -> None:
    import re

    client = signed_in(store)
    policy = str(engine(store, "(Get-UMMailboxPolicy).Guid")[0])
    for url in ("/recipients", f"/mailbox/{TONY}/reset-pin", f"/um/policy/{policy}"):
        html = client.get(url).text
        assert "<script" not in html and " style=" not in html
        for field in re.findall(r'<input id="([^"]+)"', html) + re.findall(
            r'<input type="\w+" id="([^"]+)"', html
        ):
            assert f'<label for="{field}">' in html, (url, field)


def test_runner_passes_input_as_variables_and_forgets_them(store: str) -> None:
    from pwshlite.eac.runner import Runner

    runner = Runner(store)
    result = runner.run(
        "Administrator", "Get-Mailbox -Identity $eacId", eacId="tony'; Remove-Mailbox tony -Confirm:$false; '"
    )
    assert not result.ok and "couldn't be found" in result.messages[0]
    assert runner.run("Administrator", "$null -eq $eacId").output == [True]  # not left in the session
    assert [
        m.get("Alias")
        for m in runner.run("Administrator", "Get-Mailbox -Identity $eacId", eacId="tony").output
    ] == ["tony"]
    assert runner.can_run("Administrator", "Set-UMMailboxPIN") and not runner.can_run(
        "pilarpinilla", "Set-UMMailboxPIN"
    )
