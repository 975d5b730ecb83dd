"""The admin center's pages: Recipients, mailbox details, UM Mailbox, Reset PIN, UM dial plans and
mailbox policies (PIN policies). Each page runs cmdlets through `Runner` as the signed-in user.

Host layer (pwshlite.eac). Script texts are constants; everything the visitor typed reaches the engine
as a variable ($eac...). Errors are the cmdlets' own ErrorRecords, shown as text in the page.
"""

from __future__ import annotations

import re
from typing import Any

from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from . import auth
from .app import EAC, forbidden, redirect
from .runner import Result, prop, text

PAGE_SIZE = 50
_GUID = re.compile(r"^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$")

LIST_MAILBOXES = """
if ($eacQuery -and $eacQuery.Contains('@')) {
    Get-Mailbox -Identity $eacQuery -ErrorAction SilentlyContinue | Select-Object -Skip $eacSkip -First $eacTake
} elseif ($eacQuery) {
    Get-Mailbox -Anr $eacQuery -ResultSize $eacSize | Select-Object -Skip $eacSkip
} else {
    Get-Mailbox -ResultSize $eacSize | Select-Object -Skip $eacSkip
}
"""
GET_MAILBOX = "Get-Mailbox -Identity $eacId; Get-Recipient -Identity $eacId"
GET_UM_MAILBOX = "Get-UMMailbox -Identity $eacId; Get-UMMailboxPIN -Identity $eacId"
RESET_GENERATED = (
    "Set-UMMailboxPIN -Identity $eacId -PINExpired $eacExpired -SendEmail $eacSend -Confirm:$false"
)
RESET_TYPED = "Set-UMMailboxPIN -Identity $eacId -Pin $eacPin -PINExpired $eacExpired -SendEmail $eacSend -Confirm:$false"
LIST_UM = "Get-UMDialPlan; Get-UMMailboxPolicy"
GET_POLICY = "Get-UMMailboxPolicy -Identity $eacId"
SET_POLICY = (
    "Set-UMMailboxPolicy -Identity $eacId -MinPINLength $eacMin -PINLifetime $eacLifetime "
    "-PINHistoryCount $eacHistory -MaxLogonAttempts $eacMaxLogon "
    "-LogonFailuresBeforePINReset $eacResetAfter -AllowCommonPatterns $eacCommon -Confirm:$false"
)
POLICY_FIELDS = (
    "MinPINLength", "PINLifetime", "PINHistoryCount", "MaxLogonAttempts", "LogonFailuresBeforePINReset",
)  # fmt: skip


def signed_in(request: Request) -> tuple[EAC, auth.WebSession] | Response:
    """The app state and the visitor's session, or a redirect to the sign-in page."""
    eac: EAC = request.app.state.eac
    session = eac.session_of(request)
    if session is None or not session.user:
        return redirect("/signin")
    return eac, session


def _guid(request: Request) -> str | None:
    value = str(request.path_params.get("guid", ""))
    return value if _GUID.match(value) else None


def _page_number(raw: str | None) -> int:
    return max(1, min(int(raw), 1_000_000)) if raw and raw.isdigit() else 1


async def recipients(request: Request) -> Response:
    state = signed_in(request)
    if isinstance(state, Response):
        return state
    eac, session = state
    query = (request.query_params.get("q") or "").strip()[:256]
    page = _page_number(request.query_params.get("page"))
    skip = (page - 1) * PAGE_SIZE
    result = eac.runner.run(
        session.user or "", LIST_MAILBOXES,
        eacQuery=query, eacSkip=skip, eacTake=PAGE_SIZE + 1, eacSize=skip + PAGE_SIZE + 1,
    )  # fmt: skip
    rows = [_mailbox_row(obj) for obj in result.output[:PAGE_SIZE]]
    return eac.render(
        request, "recipients.html", session, rows=rows, query=query, page=page,
        has_next=len(result.output) > PAGE_SIZE, errors=result.messages, first_index=skip + 1,
    )  # fmt: skip


def _mailbox_row(obj: Any) -> dict[str, str]:
    return {
        "guid": text(prop(obj, "Guid")),
        "name": text(prop(obj, "DisplayName")) or text(prop(obj, "Name")),
        "alias": text(prop(obj, "Alias")),
        "email": text(prop(obj, "PrimarySmtpAddress")),
        "um": "Enabled" if prop(obj, "UMEnabled") is True else "Disabled",
        "type": text(prop(obj, "RecipientTypeDetails")),
    }


async def mailbox(request: Request) -> Response:
    state = signed_in(request)
    if isinstance(state, Response):
        return state
    eac, session = state
    guid = _guid(request)
    if guid is None:
        return not_found(request, eac, session)
    result = eac.runner.run(session.user or "", GET_MAILBOX, eacId=guid)
    if result.first is None:
        return not_found(request, eac, session, result)
    obj = result.first
    fields = [
        (label, text(prop(obj, name)))
        for label, name in (
            ("Display name", "DisplayName"), ("Alias", "Alias"), ("User principal name", "UserPrincipalName"),
            ("Primary email address", "PrimarySmtpAddress"), ("Recipient type", "RecipientTypeDetails"),
            ("Database", "Database"), ("Organizational unit", "OrganizationalUnit"),
        )
    ]  # fmt: skip
    return eac.render(
        request, "mailbox.html", session, guid=guid, row=_mailbox_row(obj), fields=fields,
        phone=text(prop(result.output[-1], "Phone")),
    )  # fmt: skip


def pin_status(pin: Any) -> list[tuple[str, str]]:
    """PIN status as the EAC words it, from a Get-UMMailboxPIN object."""
    return [
        ("PIN expired", "Yes" if prop(pin, "PinExpired") is True else "No"),
        ("Locked out", "Yes" if prop(pin, "LockedOut") is True else "No"),
        ("First-time user", "Yes" if prop(pin, "FirstTimeUser") is True else "No"),
    ]


def _um_view(eac: EAC, user: str, guid: str) -> tuple[Result, dict[str, Any]]:
    result = eac.runner.run(user, GET_UM_MAILBOX, eacId=guid)
    um = next((o for o in result.output if prop(o, "UMDialPlan") is not None), None)
    pin = next((o for o in result.output if prop(o, "PinExpired") is not None), None)
    values: dict[str, Any] = {"guid": guid, "um": None, "pin": None}
    if um is not None:
        values["um"] = [
            (label, text(prop(um, name)))
            for label, name in (
                ("Display name", "DisplayName"), ("UM dial plan", "UMDialPlan"),
                ("UM mailbox policy", "UMMailboxPolicy"), ("Extensions", "Extensions"),
                ("SIP resource identifier", "SIPResourceIdentifier"), ("Email address", "PrimarySmtpAddress"),
            )
        ]  # fmt: skip
        values["name"] = text(prop(um, "DisplayName"))
    if pin is not None:
        values["pin"] = pin_status(pin)
        values["user_id"] = text(prop(pin, "UserID"))
    return result, values


async def um_mailbox(request: Request) -> Response:
    state = signed_in(request)
    if isinstance(state, Response):
        return state
    eac, session = state
    guid = _guid(request)
    if guid is None:
        return not_found(request, eac, session)
    result, values = _um_view(eac, session.user or "", guid)
    if values["um"] is None:
        return not_found(request, eac, session, result)
    can_reset = eac.runner.can_run(session.user or "", "Set-UMMailboxPIN")
    return eac.render(
        request, "um_mailbox.html", session, can_reset=can_reset, errors=result.messages, **values
    )


async def reset_pin_page(request: Request) -> Response:
    state = signed_in(request)
    if isinstance(state, Response):
        return state
    eac, session = state
    guid = _guid(request)
    if guid is None:
        return not_found(request, eac, session)
    result, values = _um_view(eac, session.user or "", guid)
    if values["um"] is None:
        return not_found(request, eac, session, result)
    can_reset = eac.runner.can_run(session.user or "", "Set-UMMailboxPIN")
    form = {"mode": "generate", "expired": True, "send": True}
    return eac.render(request, "reset_pin.html", session, can_reset=can_reset, form=form, errors=[], **values)


async def reset_pin(request: Request) -> Response:
    state = signed_in(request)
    if isinstance(state, Response):
        return state
    eac, session = state
    guid = _guid(request)
    data = await request.form()
    if not auth.csrf_ok(session, data.get("csrf")):
        return forbidden(
            request, "The form expired or did not come from this site. Reload the page and try again."
        )
    if guid is None:
        return not_found(request, eac, session)
    typed = data.get("mode") == "type"
    pin = str(data.get("pin") or "") if typed else ""
    expired, send = data.get("expired") == "on", data.get("send") == "on"
    user = session.user or ""
    if typed:
        result = eac.runner.run(user, RESET_TYPED, eacId=guid, eacPin=pin, eacExpired=expired, eacSend=send)
    else:
        result = eac.runner.run(user, RESET_GENERATED, eacId=guid, eacExpired=expired, eacSend=send)
    _, values = _um_view(eac, user, guid)
    if not result.ok:
        form = {"mode": "type" if typed else "generate", "expired": expired, "send": send}
        return eac.render(
            request, "reset_pin.html", session, status=400, can_reset=True, form=form, errors=result.messages,
            **values,
        )  # fmt: skip
    # the one place a PIN appears in a page: the confirmation of a PIN the administrator typed
    return eac.render(
        request, "reset_done.html", session, typed=typed, typed_pin=pin if typed else None, expired=expired,
        send=send, **values,
    )  # fmt: skip


async def unified_messaging(request: Request) -> Response:
    state = signed_in(request)
    if isinstance(state, Response):
        return state
    eac, session = state
    result = eac.runner.run(session.user or "", LIST_UM)
    plans: list[dict[str, Any]] = []
    policies: list[dict[str, str]] = []
    for obj in result.output:
        if prop(obj, "NumberOfDigitsInExtension") is not None:
            plans.append({
                "name": text(prop(obj, "Name")), "digits": text(prop(obj, "NumberOfDigitsInExtension")),
                "country": text(prop(obj, "CountryOrRegionCode")), "uri": text(prop(obj, "URIType")),
                "policies": [text(v) for v in _items(prop(obj, "UMMailboxPolicies"))],
            })  # fmt: skip
        elif prop(obj, "MinPINLength") is not None:
            policies.append({
                "guid": text(prop(obj, "Guid")), "name": text(prop(obj, "Name")),
                "dial_plan": text(prop(obj, "UMDialPlan")),
            })  # fmt: skip
    guids = {p["name"].casefold(): p["guid"] for p in policies}
    for plan in plans:
        plan["policies"] = [(name, guids.get(name.casefold())) for name in plan["policies"]]
    return eac.render(request, "um.html", session, plans=plans, policies=policies, errors=result.messages)


def _items(value: Any) -> list[Any]:
    if value is None:
        return []
    return list(value) if isinstance(value, (list, tuple)) else [value]


def _policy_values(obj: Any) -> dict[str, str]:
    values = {name: text(prop(obj, name)) for name in POLICY_FIELDS}
    values["AllowCommonPatterns"] = "True" if prop(obj, "AllowCommonPatterns") is True else "False"
    return values


async def policy_page(request: Request) -> Response:
    state = signed_in(request)
    if isinstance(state, Response):
        return state
    eac, session = state
    guid = _guid(request)
    if guid is None:
        return not_found(request, eac, session)
    result = eac.runner.run(session.user or "", GET_POLICY, eacId=guid)
    if result.first is None:
        return not_found(request, eac, session, result)
    values = _policy_values(result.first)
    return _render_policy(request, eac, session, guid, result.first, values, [], saved=False)


def _render_policy(
    request: Request, eac: EAC, session: auth.WebSession, guid: str, obj: Any, values: dict[str, str],
    errors: list[str], *, saved: bool, status: int = 200,
) -> Response:  # fmt: skip
    can_edit = eac.runner.can_run(session.user or "", "Set-UMMailboxPolicy")
    return eac.render(
        request, "policy.html", session, status=status, guid=guid, name=text(prop(obj, "Name")),
        dial_plan=text(prop(obj, "UMDialPlan")), values=values, can_edit=can_edit, errors=errors, saved=saved,
    )  # fmt: skip


async def policy_save(request: Request) -> Response:
    state = signed_in(request)
    if isinstance(state, Response):
        return state
    eac, session = state
    guid = _guid(request)
    data = await request.form()
    if not auth.csrf_ok(session, data.get("csrf")):
        return forbidden(
            request, "The form expired or did not come from this site. Reload the page and try again."
        )
    if guid is None:
        return not_found(request, eac, session)
    typed = {name: str(data.get(name) or "").strip()[:64] for name in POLICY_FIELDS}
    common = data.get("AllowCommonPatterns") == "on"
    result = eac.runner.run(
        session.user or "", SET_POLICY, eacId=guid, eacMin=typed["MinPINLength"],
        eacLifetime=typed["PINLifetime"], eacHistory=typed["PINHistoryCount"],
        eacMaxLogon=typed["MaxLogonAttempts"], eacResetAfter=typed["LogonFailuresBeforePINReset"],
        eacCommon=common,
    )  # fmt: skip
    current = eac.runner.run(session.user or "", GET_POLICY, eacId=guid)
    if current.first is None:
        return not_found(request, eac, session, current)
    if not result.ok:
        values = {**typed, "AllowCommonPatterns": "True" if common else "False"}
        return _render_policy(
            request, eac, session, guid, current.first, values, result.messages, saved=False, status=400
        )
    return _render_policy(
        request, eac, session, guid, current.first, _policy_values(current.first), [], saved=True
    )


def not_found(request: Request, eac: EAC, session: auth.WebSession, result: Result | None = None) -> Response:
    messages = (
        result.messages if result is not None and result.messages else ["The object couldn't be found."]
    )
    return eac.render(request, "error.html", session, status=404, title="Not found", messages=messages)


ROUTES = [
    Route("/recipients", recipients),
    Route("/mailbox/{guid}", mailbox),
    Route("/mailbox/{guid}/um", um_mailbox),
    Route("/mailbox/{guid}/reset-pin", reset_pin_page, methods=["GET"]),
    Route("/mailbox/{guid}/reset-pin", reset_pin, methods=["POST"]),
    Route("/um", unified_messaging),
    Route("/um/policy/{guid}", policy_page, methods=["GET"]),
    Route("/um/policy/{guid}", policy_save, methods=["POST"]),
]
