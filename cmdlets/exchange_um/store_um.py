"""UM mailboxes and their PINs in the Exchange store: enable/disable, PIN state, PIN set, TUI logon.

Layer: data layer; mixed into UMStore. The PIN never reaches SQLite: each UM mailbox row holds one
AES-GCM blob (pin_crypto) bound to the mailbox GUID; rules come from pin_policy. Get-UMMailboxPIN's
values are computed from the decrypted blob, the policy and now.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from datetime import datetime
from typing import Any

from . import errors, pin_policy
from .mail import pin_reset_mail, welcome_mail
from .pin_crypto import PinData, PinDataError
from .records import (
    UM_MAILBOX_DEFAULTS,
    DialPlanRecord,
    MailboxRecord,
    PinState,
    PolicyRecord,
    TuiLogonResult,
    UMMailboxRecord,
)
from .store_base import atomic, dumps, loads
from .store_dialplans import DialPlanMixin
from .store_recipients import RCOLS, record_from_row

_UCOLS = f"{RCOLS}, m.enabled, m.dial_plan_id, d.name, m.policy_id, p.name, m.sip, m.enabled_at, m.props"
_UJOIN = (
    "FROM um_mailbox m JOIN recipient r ON r.id = m.recipient_id JOIN dial_plan d ON d.id = m.dial_plan_id "
    "JOIN um_policy p ON p.id = m.policy_id"
)
LOGON_FAILED = "The logon wasn't successful. Check the PIN that was provided."


class UMMixin(DialPlanMixin):
    """UM mailboxes, PIN data and the TUI logon simulation."""

    # --- reading -----------------------------------------------------------------------------------

    def _extensions(self, recipient_id: int) -> list[str]:
        rows = self._all(
            "SELECT extension FROM um_extension WHERE recipient_id = ? ORDER BY position", (recipient_id,)
        )
        return [r[0] for r in rows]

    def _um(self, row: tuple[Any, ...], extensions: list[str] | None = None) -> UMMailboxRecord:
        rec = record_from_row(row)
        n = 24
        return UMMailboxRecord(
            mailbox=rec,
            enabled=bool(row[n]),
            dial_plan_id=row[n + 1],
            dial_plan_name=row[n + 2],
            policy_id=row[n + 3],
            policy_name=row[n + 4],
            extensions=extensions if extensions is not None else self._extensions(rec.id),
            sip_resource_identifier=row[n + 5],
            when_enabled=self._dt(row[n + 6]),
            props={**UM_MAILBOX_DEFAULTS, **loads(row[n + 7])},
        )

    def um_mailbox(self, rec: MailboxRecord, *, include_disabled: bool = False) -> UMMailboxRecord | None:
        """The UM side of a mailbox, or None when it is not UM-enabled (or only has kept properties,
        unless include_disabled)."""
        row = self._one(f"SELECT {_UCOLS} {_UJOIN} WHERE m.recipient_id = ?", (rec.id,))
        if row is None or (not row[24] and not include_disabled):
            return None
        return self._um(row)

    def resolve_um_mailbox(self, identity: str) -> UMMailboxRecord:
        """Exactly one UM-enabled mailbox; a non-UM mailbox is not found (as Get-UMMailbox reports)."""
        rec = self.resolve_mailbox(identity)  # type: ignore[attr-defined]
        um = self.um_mailbox(rec)
        if um is None:
            raise errors.not_found(identity, self.dc)
        return um

    def iter_um_mailboxes(
        self,
        limit: int | None = None,
        *,
        dial_plan_id: int | None = None,
        policy_id: int | None = None,
        batch: int = 500,
    ) -> Iterator[UMMailboxRecord]:
        """Stream UM-enabled mailboxes in creation order with bounded memory (keyset pages)."""
        where = "m.enabled = 1"
        params: list[Any] = []
        if dial_plan_id is not None:
            where += " AND m.dial_plan_id = ?"
            params.append(dial_plan_id)
        if policy_id is not None:
            where += " AND m.policy_id = ?"
            params.append(policy_id)
        for rows in self._pages(
            f"SELECT {_UCOLS} {_UJOIN} WHERE {where}", "m.recipient_id", params, limit, batch
        ):
            exts = self._extension_map([row[0] for row in rows])
            for row in rows:
                yield self._um(row, exts.get(row[0], []))

    def _pages(
        self, select: str, key: str, params: list[Any], limit: int | None, batch: int
    ) -> Iterator[list[Any]]:
        last, sent = 0, 0
        while limit is None or sent < limit:
            size = batch if limit is None else min(batch, limit - sent)
            rows = self._all(f"{select} AND {key} > ? ORDER BY {key} LIMIT {size}", (*params, last))
            if rows:
                yield rows
            sent += len(rows)
            if len(rows) < size:
                return
            last = rows[-1][0]

    def _extension_map(self, ids: list[int]) -> dict[int, list[str]]:
        if not ids:
            return {}
        marks = ",".join("?" * len(ids))
        rows = self._all(
            f"SELECT recipient_id, extension FROM um_extension WHERE recipient_id IN ({marks}) "
            "ORDER BY recipient_id, position",
            tuple(ids),
        )
        out: dict[int, list[str]] = {}
        for rid, ext in rows:
            out.setdefault(rid, []).append(ext)
        return out

    def count_um_mailboxes(self) -> int:
        return int(self._one("SELECT count(*) FROM um_mailbox WHERE enabled = 1")[0])

    # --- enabling ----------------------------------------------------------------------------------

    def _check_extensions(self, dp: DialPlanRecord, extensions: list[str], rec_id: int | None) -> None:
        dp_id = dp.id
        pilots = {str(p) for p in (dp.props.get("AccessTelephoneNumbers") or [])}
        pilots |= {str(p) for p in (dp.props.get("PilotIdentifierList") or [])}
        for ext in extensions:
            if not pin_policy.is_digits(ext) or len(ext) != dp.number_of_digits:
                raise errors.bad_extension(ext, dp.number_of_digits)
            if ext in pilots:
                raise errors.extension_is_pilot(ext, dp.name)
            row = self._one(
                "SELECT recipient_id FROM um_extension WHERE dial_plan_id = ? AND extension = ?", (dp_id, ext)
            )
            if row is not None and row[0] != rec_id:
                raise errors.extension_in_use(ext, dp.name)
        if len(set(extensions)) != len(extensions):
            raise errors.extension_in_use(extensions[0], dp.name)

    def _default_extension(self, rec: MailboxRecord, digits: int) -> list[str]:
        """Exchange's fallback: the trailing digits of the user's phone number, if it has enough."""
        phone = "".join(c for c in str(rec.props.get("Phone") or "") if "0" <= c <= "9")
        if len(phone) < digits:
            raise errors.no_extension()
        return [phone[-digits:]]

    def _check_sip(self, uri_type: str, dp_name: str, sip: str | None) -> str | None:
        if uri_type == "TelExtn":
            return sip
        if not sip:
            raise errors.sip_required(dp_name)
        value = sip[4:] if sip[:4].casefold() == "sip:" else sip
        ok = (
            ("@" in value)
            if uri_type == "SipName"
            else (value.startswith("+") and pin_policy.is_digits(value[1:]))
        )
        if not ok:
            raise errors.invalid_value(
                f"{sip} isn't a valid SIP resource identifier for a {uri_type} dial plan.", sip
            )
        if self._one("SELECT 1 FROM um_mailbox WHERE sip = ? AND enabled = 1", (value,)):
            raise errors.sip_in_use(value)
        return value

    @atomic
    def enable_um(
        self,
        rec: MailboxRecord,
        policy: PolicyRecord | str,
        *,
        extensions: Iterable[str] | None = None,
        pin: str | None = None,
        pin_expired: bool | None = None,
        sip_resource_identifier: str | None = None,
        notify_email: str | None = None,
        pilot_number: str | None = None,
        automatic_speech_recognition: bool = True,
        validate_only: bool = False,
        send_mail: bool = True,
        now: datetime | None = None,
    ) -> tuple[UMMailboxRecord | None, str | None]:
        """Enable-UMMailbox. Returns (the UM mailbox, the generated PIN or None). With validate_only
        every check runs and nothing is written: (None, None). A generated PIN is expired unless
        pin_expired is False; a given PIN is expired only when pin_expired is True. The welcome
        message (UMEnabledText, and the PIN when it was generated) goes to notify_email or the
        primary SMTP address."""
        rec = self.fresh(rec)  # type: ignore[attr-defined]
        if not rec.has_mailbox:
            raise errors.not_found(rec.identity, self.dc)
        if rec.um_enabled:
            raise errors.already_um_enabled(rec.identity)
        pol = self.resolve_policy(policy)
        dp = self.get_dial_plan(pol.dial_plan_id)
        exts = (
            [str(e) for e in extensions] if extensions else self._default_extension(rec, dp.number_of_digits)
        )
        self._check_extensions(dp, exts, rec.id)
        sip = self._check_sip(dp.uri_type, dp.name, sip_resource_identifier)
        if pin is not None:
            pin_policy.check_pin(pin, pol, exts)
            expired = bool(pin_expired)
        else:
            expired = pin_expired is not False
        if validate_only:
            return None, None
        generated = pin_policy.generate_pin(pol, exts) if pin is None else None
        now_dt = self.now(now)
        data = pin_policy.apply_new_pin(self._keys, None, pin or generated or "", now_dt, expired)
        props: dict[str, Any] = {"AutomaticSpeechRecognitionEnabled": bool(automatic_speech_recognition)}
        if pilot_number:
            props["PilotNumber"] = pilot_number
        us = self._us(now_dt)
        with self._write():
            kept = self._one("SELECT props FROM um_mailbox WHERE recipient_id = ?", (rec.id,))
            merged = {**(loads(kept[0]) if kept else {}), **props}
            self._conn.execute(
                "INSERT OR REPLACE INTO um_mailbox(recipient_id, enabled, dial_plan_id, policy_id, sip, pin_blob, "
                "enabled_at, props) VALUES(?,1,?,?,?,?,?,?)",
                (rec.id, dp.id, pol.id, sip, self._keys.seal_pin_data(data, rec.guid), us, dumps(merged)),
            )
            self._write_extensions(rec, dp.id, dp.name, exts, us)
            if send_mail:
                self._mail(
                    rec, notify_email, welcome_mail(rec, dp, pol, exts, generated), "UMWelcome", now_dt
                )
        um = self.um_mailbox(rec)
        return um, generated

    def _write_extensions(
        self, rec: MailboxRecord, dp_id: int, dp_name: str, exts: list[str], us: int
    ) -> None:
        self._conn.execute("DELETE FROM um_extension WHERE recipient_id = ?", (rec.id,))
        self._conn.executemany(
            "INSERT INTO um_extension(dial_plan_id, extension, recipient_id, position) VALUES(?,?,?,?)",
            [(dp_id, ext, rec.id, i) for i, ext in enumerate(exts)],
        )
        current = loads(self._one("SELECT proxies FROM recipient WHERE id = ?", (rec.id,))[0]) or []
        proxies = [p for p in current if not p.upper().startswith("EUM:")]
        eum = [f"EUM:{ext};phone-context={dp_name}.{self.domain}" for ext in exts]
        eum = [("EUM:" if i == 0 else "eum:") + p[4:] for i, p in enumerate(eum)]
        self._conn.execute(
            "UPDATE recipient SET proxies = ?, um_enabled = 1, changed = ? WHERE id = ?",
            (dumps(eum + proxies), us, rec.id),
        )

    @atomic
    def disable_um(
        self, rec: MailboxRecord, *, keep_properties: bool = True, now: datetime | None = None
    ) -> None:
        """Disable-UMMailbox: UM stops, the extensions are freed and the PIN data is erased. With
        keep_properties the policy/dial plan/settings stay on the mailbox for a later re-enable."""
        rec = self.fresh(rec)  # type: ignore[attr-defined]
        if not rec.um_enabled:
            raise errors.already_um_disabled(rec.identity)
        us = self._us(now)
        with self._write():
            self._conn.execute("DELETE FROM um_extension WHERE recipient_id = ?", (rec.id,))
            if keep_properties:
                self._conn.execute(
                    "UPDATE um_mailbox SET enabled = 0, pin_blob = NULL WHERE recipient_id = ?", (rec.id,)
                )
            else:
                self._conn.execute("DELETE FROM um_mailbox WHERE recipient_id = ?", (rec.id,))
            current = loads(self._one("SELECT proxies FROM recipient WHERE id = ?", (rec.id,))[0]) or []
            proxies = [p for p in current if not p.upper().startswith("EUM:")]
            self._conn.execute(
                "UPDATE recipient SET proxies = ?, um_enabled = 0, changed = ? WHERE id = ?",
                (dumps(proxies), us, rec.id),
            )

    @atomic
    def set_um_mailbox(
        self, um: UMMailboxRecord, changes: Mapping[str, Any], *, now: datetime | None = None
    ) -> UMMailboxRecord:
        """Set-UMMailbox: UMMailboxPolicy (a policy of the same dial plan), Extensions (validated;
        empty is refused), SIPResourceIdentifier, Name (renames the mailbox), other settings to props."""
        current = self.um_mailbox(self.fresh(um.mailbox))  # type: ignore[attr-defined]
        if current is None:
            raise errors.mailbox_not_um_enabled(um.mailbox.identity)
        um = current
        props = {k: v for k, v in um.props.items() if UM_MAILBOX_DEFAULTS.get(k, object()) != v}
        rec = um.mailbox
        with self._write():
            for key, value in changes.items():
                if key == "UMMailboxPolicy":
                    self._assign_policy(um, value)
                elif key == "Extensions":
                    exts = [str(e) for e in (value or [])]
                    if not exts:
                        raise errors.clear_extensions()
                    self._check_extensions(self.get_dial_plan(um.dial_plan_id), exts, rec.id)
                    self._write_extensions(rec, um.dial_plan_id, um.dial_plan_name, exts, self._us(now))
                elif key == "SIPResourceIdentifier":
                    dp = self.get_dial_plan(um.dial_plan_id)
                    sip = (
                        self._check_sip(dp.uri_type, dp.name, value)
                        if value != um.sip_resource_identifier
                        else value
                    )
                    self._conn.execute("UPDATE um_mailbox SET sip = ? WHERE recipient_id = ?", (sip, rec.id))
                elif key == "Name":
                    rec = self.set_recipient(rec, {"Name": value}, now=now)  # type: ignore[attr-defined]
                else:
                    props[key] = value
            self._conn.execute(
                "UPDATE um_mailbox SET props = ? WHERE recipient_id = ?", (dumps(props), rec.id)
            )
            self._conn.execute("UPDATE recipient SET changed = ? WHERE id = ?", (self._us(now), rec.id))
        fresh = self.um_mailbox(rec)
        assert fresh is not None
        return fresh

    def _assign_policy(self, um: UMMailboxRecord, value: Any) -> None:
        pol = self.resolve_policy(value)
        if pol.dial_plan_id != um.dial_plan_id:
            raise errors.ExchangeError(
                f"The UM mailbox policy {pol.name} isn't associated with UM dial plan {um.dial_plan_name}.",
                "RecipientTaskException",
                errors.ErrorCategory.InvalidArgument,
                pol.name,
            )
        self._conn.execute(
            "UPDATE um_mailbox SET policy_id = ? WHERE recipient_id = ?", (pol.id, um.mailbox.id)
        )

    # --- PIN state -----------------------------------------------------------------------------------

    def _pin_row(self, rec: MailboxRecord) -> tuple[bytes | None, int] | None:
        row = self._one(
            "SELECT pin_blob, policy_id FROM um_mailbox WHERE recipient_id = ? AND enabled = 1", (rec.id,)
        )
        return None if row is None else (row[0], row[1])

    def _open_pin(self, rec: MailboxRecord, blob: bytes | None) -> PinData:
        return self._open_blob(rec.guid, rec.primary_smtp_address or rec.identity, blob)

    def _open_blob(self, guid: str, smtp: str, blob: bytes | None) -> PinData:
        if blob is None:
            raise errors.pin_info_unreadable(smtp, "The mailbox has no PIN data.")
        try:
            return self._keys.open_pin_data(bytes(blob), guid)
        except PinDataError as exc:
            raise errors.pin_info_unreadable(smtp, str(exc)) from None

    def _state(self, rec: MailboxRecord, data: PinData, policy: PolicyRecord, now: datetime) -> PinState:
        return self._state_of(rec.guid, rec.primary_smtp_address or "", rec.identity, data, policy, now)

    def _state_of(
        self, guid: str, smtp: str, identity: str, data: PinData, policy: PolicyRecord, now: datetime
    ) -> PinState:
        return PinState(
            mailbox_guid=guid,
            user_id=smtp,
            identity=identity,
            pin_expired=pin_policy.pin_expired(data, policy, now),
            first_time_user=data.first_time,
            locked_out=pin_policy.locked_out(data, policy),
            failed_attempts=data.failures,
            last_set=self._dt(data.last_set_us) if data.last_set_us else None,
        )

    def pin_state(self, rec: MailboxRecord, *, now: datetime | None = None) -> PinState:
        """Get-UMMailboxPIN for one mailbox. Raises the not-valid-UM-user error for a non-UM user and
        `Unified Messaging PIN info couldn't be retrieved ...` for unreadable PIN data."""
        found = self._pin_row(rec)
        if found is None:
            raise errors.not_valid_um_user(rec.primary_smtp_address or rec.identity)
        data = self._open_pin(rec, found[0])
        return self._state(rec, data, self.get_policy(found[1]), self.now(now))

    def iter_pin_states(
        self, limit: int | None = None, *, now: datetime | None = None, batch: int = 1000
    ) -> Iterator[PinState]:
        """Get-UMMailboxPIN without -Identity: every UM-enabled mailbox, streamed. A mailbox whose PIN
        data can't be read yields a PinState with `error` set (the cmdlet reports it and goes on)."""
        when = self.now(now)
        policies: dict[int, PolicyRecord] = {}
        select = (
            "SELECT m.recipient_id, r.guid, r.smtp, r.canonical, m.pin_blob, m.policy_id FROM um_mailbox m "
            "JOIN recipient r ON r.id = m.recipient_id WHERE m.enabled = 1"
        )
        for rows in self._pages(select, "m.recipient_id", [], limit, batch):
            for _, guid, smtp, identity, blob, policy_id in rows:
                policy = policies.get(policy_id) or policies.setdefault(policy_id, self.get_policy(policy_id))
                smtp = smtp or ""
                try:
                    data = self._open_blob(guid, smtp or identity, blob)
                except errors.ExchangeError as exc:
                    yield PinState(guid, smtp, identity, False, False, False, error=exc)
                    continue
                yield self._state_of(guid, smtp, identity, data, policy, when)

    # --- PIN changes ---------------------------------------------------------------------------------

    def _save_pin(self, rec: MailboxRecord, data: PinData) -> None:
        blob = self._keys.seal_pin_data(data, rec.guid)
        self._conn.execute("UPDATE um_mailbox SET pin_blob = ? WHERE recipient_id = ?", (blob, rec.id))

    @atomic
    def set_pin(
        self,
        rec: MailboxRecord,
        pin: str | None = None,
        *,
        pin_expired: bool | None = None,
        locked_out: bool = False,
        send_email: bool = True,
        notify_email: str | None = None,
        now: datetime | None = None,
    ) -> str | None:
        """Set-UMMailboxPIN. A given PIN is checked against the policy and the PIN history; without one
        a PIN is generated. Expired: pin_expired if given, else True for a generated PIN. locked_out
        False (the default) clears the lock and the failure count; True locks the mailbox. The reset
        message (ResetPINText + the PIN) is sent unless send_email is False. Returns the generated PIN
        (never logged) or None."""
        found = self._pin_row(rec)
        if found is None:
            raise errors.not_um_enabled_pin(rec.primary_smtp_address or rec.identity)
        policy = self.get_policy(found[1])
        old = self._open_pin(rec, found[0]) if found[0] is not None else None
        exts = self._extensions(rec.id)

        def seen(candidate: str) -> bool:
            return old is not None and self._keys.in_history(candidate, old.history, policy.pin_history_count)

        if pin is not None:
            pin_policy.check_pin(pin, policy, exts, seen)
        new_pin = pin if pin is not None else pin_policy.generate_pin(policy, exts, seen)
        expired = pin_expired if pin_expired is not None else pin is None
        now_dt = self.now(now)
        data = pin_policy.apply_new_pin(self._keys, old, new_pin, now_dt, expired)
        data.locked_out = bool(locked_out)
        with self._write():
            self._save_pin(rec, data)
            self._conn.execute("UPDATE recipient SET changed = ? WHERE id = ?", (self._us(now_dt), rec.id))
            if send_email:
                self._mail(rec, notify_email, pin_reset_mail(rec, policy, new_pin), "PinReset", now_dt)
        return new_pin if pin is None else None

    @atomic
    def tui_logon(
        self,
        dial_plan: Any,
        extension: str,
        pin: str,
        *,
        new_pin: str | None = None,
        now: datetime | None = None,
    ) -> TuiLogonResult:
        """A telephone-user-interface logon as the mailbox with `extension` in `dial_plan`.
        Wrong PIN: failure counted; at LogonFailuresBeforePINReset the PIN is reset to a generated,
        expired one and mailed; at MaxLogonAttempts the mailbox locks and even the right PIN fails.
        Right PIN: the count clears; must_change_pin when the PIN is expired. `new_pin` simulates the
        caller choosing a new PIN after logging on (policy-checked; clears expired and first-time).
        Raises `The UM dial plan <dp> doesn't exist.` for an unknown dial plan."""
        try:
            dp = self.resolve_dial_plan(dial_plan)
        except errors.ExchangeError:
            raise errors.dial_plan_missing_tui(str(dial_plan)) from None
        row = self._one(
            f"SELECT {RCOLS} FROM um_extension e JOIN recipient r ON r.id = e.recipient_id "
            "JOIN um_mailbox m ON m.recipient_id = r.id AND m.enabled = 1 WHERE e.dial_plan_id = ? AND e.extension = ?",
            (dp.id, str(extension)),
        )
        if row is None:
            reason = (
                f"The user with extension '{extension}' and dial plan '{dp.name}' isn't UM-enabled, or is enabled "
                "for UM on a mailbox that isn't supported by this Mailbox server."
            )
            return TuiLogonResult(False, reason, None)
        rec = record_from_row(row)
        now_dt = self.now(now)
        with self._write():
            found = self._pin_row(rec)
            assert found is not None
            policy = self.get_policy(found[1])
            data = self._open_pin(rec, found[0])
            if pin_policy.locked_out(data, policy):
                return TuiLogonResult(
                    False, LOGON_FAILED, rec, locked_out=True, failed_attempts=data.failures
                )
            if self._keys.verify_pin(str(pin), data.verifier):
                return self._logon_ok(rec, data, policy, new_pin, now_dt)
            return self._logon_failed(rec, data, policy, now_dt)

    def _logon_ok(
        self, rec: MailboxRecord, data: PinData, policy: PolicyRecord, new_pin: str | None, now: datetime
    ) -> TuiLogonResult:
        pin_policy.record_success(data)
        must_change = pin_policy.pin_expired(data, policy, now)
        if new_pin is not None:
            exts = self._extensions(rec.id)
            pin_policy.check_pin(
                new_pin,
                policy,
                exts,
                lambda c: self._keys.in_history(c, data.history, policy.pin_history_count),
            )
            data = pin_policy.apply_new_pin(self._keys, data, new_pin, now, False)
            data.first_time = False
            must_change = False
        elif not must_change:
            data.first_time = False
        self._save_pin(rec, data)
        return TuiLogonResult(True, None, rec, must_change_pin=must_change, failed_attempts=0)

    def _logon_failed(
        self, rec: MailboxRecord, data: PinData, policy: PolicyRecord, now: datetime
    ) -> TuiLogonResult:
        reset_now, locked_now = pin_policy.record_failure(data, policy)
        if reset_now:
            exts = self._extensions(rec.id)
            fresh = pin_policy.generate_pin(
                policy, exts, lambda c: self._keys.in_history(c, data.history, policy.pin_history_count)
            )
            failures = data.failures
            data = pin_policy.apply_new_pin(self._keys, data, fresh, now, True)
            data.failures, data.reset_done = failures, True
            self._mail(rec, None, pin_reset_mail(rec, policy, fresh), "PinReset", now)
        self._save_pin(rec, data)
        return TuiLogonResult(
            False,
            LOGON_FAILED,
            rec,
            locked_out=locked_now,
            pin_was_reset=reset_now,
            failed_attempts=data.failures,
        )

    def _mail(
        self, rec: MailboxRecord, to: str | None, content: tuple[str, str], kind: str, now: datetime
    ) -> None:
        subject, body = content
        self.send_mail(kind, rec, to or rec.primary_smtp_address or "", subject, body, now=now)  # type: ignore[attr-defined]
