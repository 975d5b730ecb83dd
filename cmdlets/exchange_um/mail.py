"""PIN and welcome messages: composed with the stdlib email package, stored encrypted, tracked.

Layer: data layer; MailMixin is mixed into UMStore. The message (headers + body, RFC 5322 bytes) is
sealed with AES-GCM (pin_crypto, AAD = Message-ID) before it reaches SQLite: the PIN inside is never
stored in clear. Subject, sender and recipients stay clear for Get-MessageTrackingLog. When
PWSHLITE_MAILDROP names a directory, each message is also written there as <n>-<kind>.eml (mode
0600) after its transaction commits, for test harnesses.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from datetime import datetime
from email.charset import QP, Charset
from email.message import Message
from email.policy import Compat32
from email.utils import format_datetime, make_msgid
from pathlib import Path
from typing import Any

from .pin_crypto import PinDataError
from .records import DialPlanRecord, MailboxRecord, MessageRecord, PolicyRecord, TrackingRecord
from .store_base import StoreBase, atomic, dumps, loads

SYSTEM_MAILBOX = "MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e"
PIN_SUBJECT = "Your Unified Messaging PIN"
WELCOME_SUBJECT = "Welcome to Exchange Unified Messaging"


def pin_reset_mail(rec: MailboxRecord, policy: PolicyRecord, pin: str) -> tuple[str, str]:
    """(subject, body) of the PIN reset message; the body starts with Exchange's sentence."""
    lines = [f"Your PIN for Unified Messaging is {pin}.", ""]
    if policy.reset_pin_text:
        lines += [policy.reset_pin_text, ""]
    lines.append(f"This message was sent to {rec.display_name} by Microsoft Exchange Unified Messaging.")
    return PIN_SUBJECT, "\n".join(lines) + "\n"


def welcome_mail(
    rec: MailboxRecord, dp: DialPlanRecord, policy: PolicyRecord, extensions: list[str], pin: str | None
) -> tuple[str, str]:
    """(subject, body) of the UM welcome message: UMEnabledText, extension, access numbers and, when
    the PIN was generated, the PIN."""
    lines = [f"{rec.display_name}, you have been enabled for Unified Messaging.", ""]
    if policy.um_enabled_text:
        lines += [policy.um_enabled_text, ""]
    lines.append(f"Your extension: {', '.join(extensions)}")
    numbers = dp.props.get("AccessTelephoneNumbers") or []
    if numbers:
        lines.append(f"Access number: {', '.join(str(n) for n in numbers)}")
    if pin is not None:
        lines.append(f"Your PIN for Unified Messaging is {pin}.")
    lines += ["", "You will be asked to change your PIN the first time you sign in."]
    return WELCOME_SUBJECT, "\n".join(lines) + "\n"


def build_message(sender: str, to: str, subject: str, body: str, message_id: str, sent: datetime) -> Message:
    """An RFC 5322 text/plain UTF-8 message. The compat32 policy is used on purpose: the modern
    header registry costs ~1.5 ms per message, a quarter of the bulk-provisioning budget."""
    msg = Message(policy=_POLICY)
    msg["From"] = f"Microsoft Exchange <{sender}>"
    msg["To"] = to
    msg["Subject"] = subject
    msg["Date"] = format_datetime(sent)
    msg["Message-ID"] = message_id
    msg["X-MS-Exchange-Organization-SCL"] = "-1"
    msg.set_payload(body, charset="us-ascii" if body.isascii() else _UTF8_QP)
    return msg


def message_bytes(sender: str, to: str, subject: str, body: str, message_id: str, sent: datetime) -> bytes:
    """build_message(...).as_bytes(), written directly when every header and the body are plain ASCII
    (the PIN and welcome messages always are: ~4x faster than the email package); otherwise the
    email package encodes it."""
    headers = (to, subject, sender, message_id)
    if (
        body.isascii()
        and "\r" not in body
        and all(h.isascii() and "\n" not in h and len(h) < 900 for h in headers)
    ):
        return (
            f"From: Microsoft Exchange <{sender}>\nTo: {to}\nSubject: {subject}\n"
            f"Date: {format_datetime(sent)}\nMessage-ID: {message_id}\nX-MS-Exchange-Organization-SCL: -1\n"
            'MIME-Version: 1.0\nContent-Type: text/plain; charset="us-ascii"\nContent-Transfer-Encoding: 7bit\n\n'
            f"{body}"
        ).encode("ascii")
    return build_message(sender, to, subject, body, message_id, sent).as_bytes()


class _PlainHeaders(Compat32):
    """compat32 without header folding for short ASCII values (ours always are); anything else is
    folded by compat32 as usual."""

    def _fold(self, name: str, value: Any, sanitize: bool) -> str:
        if isinstance(value, str) and value.isascii() and len(name) + len(value) < 996 and "\n" not in value:
            return f"{name}: {value}{self.linesep}"
        return str(super()._fold(name, value, sanitize))  # type: ignore[misc]


_POLICY = _PlainHeaders()
_UTF8_QP = Charset("utf-8")
_UTF8_QP.body_encoding = QP


class MailMixin(StoreBase):
    """Messages sent by the organization and the message tracking log."""

    def _internal(self, address: str) -> bool:
        return self._one("SELECT 1 FROM proxy WHERE address = ?", (address,)) is not None

    @atomic
    def send_mail(
        self,
        kind: str,
        rec: MailboxRecord | None,
        to: str,
        subject: str,
        body: str,
        *,
        now: datetime | None = None,
    ) -> MessageRecord:
        """Send (store encrypted + track) one message from the Exchange system mailbox to `to`."""
        sent = self.now(now)
        sender = f"{SYSTEM_MAILBOX}@{self.domain}"
        message_id = make_msgid(domain=f"{self.server}.{self.domain}".lower())
        raw = message_bytes(sender, to, subject, body, message_id, sent)
        sealed = self._keys.seal_message(raw, message_id)
        us = self._us(sent)
        with self._write():
            cur = self._conn.execute(
                "INSERT INTO message(message_id, kind, sender, recipients, subject, body, sent, recipient_id) "
                "VALUES(?,?,?,?,?,?,?,?)",
                (message_id, kind, sender, dumps([to]), subject, sealed, us, rec.id if rec else None),
            )
            mid = int(cur.lastrowid or 0)
            events = [("RECEIVE", "STOREDRIVER"), ("SUBMIT", "STOREDRIVER")]
            events.append(("DELIVER", "STOREDRIVER") if self._internal(to) else ("SEND", "SMTP"))
            self._conn.executemany(
                "INSERT INTO tracking_log(ts, event_id, source, sender, recipients, subject, message_id, "
                "internal_id, total_bytes, extra) VALUES(?,?,?,?,?,?,?,?,?,'{}')",
                [
                    (us + i, e, s, sender, dumps([to]), subject, message_id, mid, len(raw))
                    for i, (e, s) in enumerate(events)
                ],
            )
            drop = os.environ.get("PWSHLITE_MAILDROP")
            if drop:
                self.after_commit(lambda: _write_eml(drop, mid, kind, raw))
        return MessageRecord(mid, message_id, sender, [to], subject, sent, rec.guid if rec else None, kind)

    def iter_messages(
        self, recipient: MailboxRecord | None = None, kind: str | None = None
    ) -> Iterator[MessageRecord]:
        """Stored messages, oldest first (bodies stay encrypted; see read_message)."""
        sql = (
            "SELECT m.id, m.message_id, m.sender, m.recipients, m.subject, m.sent, r.guid, m.kind "
            "FROM message m LEFT JOIN recipient r ON r.id = m.recipient_id WHERE 1"
        )
        params: list[Any] = []
        if recipient is not None:
            sql += " AND m.recipient_id = ?"
            params.append(recipient.id)
        if kind is not None:
            sql += " AND m.kind = ?"
            params.append(kind)
        for row in self._all(sql + " ORDER BY m.id", tuple(params)):
            yield MessageRecord(
                row[0], row[1], row[2], loads(row[3]) or [], row[4], self._dt(row[5]), row[6], row[7]
            )

    def read_message(self, msg: MessageRecord) -> str:
        """The full decrypted message (RFC 5322 text). Raises PinDataError if tampered with."""
        row = self._one("SELECT body FROM message WHERE id = ?", (msg.id,))
        if row is None:
            raise PinDataError("The message no longer exists.")
        return self._keys.open_message(bytes(row[0]), msg.message_id).decode("utf-8", "replace")

    def iter_tracking(
        self,
        *,
        start: datetime | None = None,
        end: datetime | None = None,
        sender: str | None = None,
        recipients: list[str] | None = None,
        event_id: str | None = None,
        message_id: str | None = None,
        subject: str | None = None,
        limit: int | None = None,
    ) -> Iterator[TrackingRecord]:
        """Get-MessageTrackingLog: events oldest first, filtered as the cmdlet's parameters do
        (recipients: any match; subject: substring)."""
        where: list[str] = ["1"]
        params: list[Any] = []
        for cond, when in (("ts >= ?", start), ("ts <= ?", end)):
            if when is not None:
                where.append(cond)
                params.append(self._us(when))
        for col, value in (("sender", sender), ("event_id", event_id), ("message_id", message_id)):
            if value is not None:
                where.append(f"{col} = ? COLLATE NOCASE")
                params.append(value)
        if subject is not None:
            where.append("instr(lower(subject), lower(?)) > 0")
            params.append(subject)
        sql = f"SELECT * FROM tracking_log WHERE {' AND '.join(where)} ORDER BY ts, id"
        wanted = {r.casefold() for r in recipients} if recipients else None
        count = 0
        cursor = self._conn.execute(sql, params)
        while rows := cursor.fetchmany(500):
            for row in rows:
                rcpts = loads(row[5]) or []
                if wanted and not wanted.intersection(r.casefold() for r in rcpts):
                    continue
                if limit is not None and count >= limit:
                    return
                count += 1
                yield TrackingRecord(
                    row[0],
                    self._dt(row[1]),
                    row[2],
                    row[3],
                    row[4],
                    rcpts,
                    row[6],
                    row[7],
                    row[8],
                    row[9],
                    self.server,
                    loads(row[10]),
                )


def _write_eml(directory: str, number: int, kind: str, raw: bytes) -> None:
    path = Path(directory)
    path.mkdir(parents=True, exist_ok=True)
    name = path / f"{number:06d}-{kind}-{uuid.uuid4().hex[:8]}.eml"
    fd = os.open(name, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "wb") as handle:
        handle.write(raw)
