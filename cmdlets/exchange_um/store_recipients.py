"""Recipients in the Exchange store: users and mailboxes, their lookup and CRUD.

Layer: data layer (SQLite only); mixed into UMStore. Core identity fields are columns (indexed for
identity resolution); every other Set-User/Set-Mailbox property lives in the JSON `props` by its
Exchange name. Email addresses are proxy strings (`SMTP:` primary, `smtp:` secondary, `EUM:` while
UM-enabled); the `proxy` table keeps SMTP addresses unique across the organization.
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Iterable, Iterator, Mapping
from datetime import datetime
from typing import Any

from . import errors
from .identity import IdentityQuery, escape_rdn, name_query, recipient_query
from .records import MailboxRecord
from .store_base import StoreBase, atomic, dumps, loads

RCOLS = (
    "r.id, r.guid, r.name, r.alias, r.display_name, r.first_name, r.last_name, r.sam, r.upn, r.smtp, "
    "r.proxies, r.dn, r.canonical, r.legacy_dn, r.ou, r.rtype, r.rtd, r.db, r.server, r.exchange_guid, "
    "r.um_enabled, r.created, r.changed, r.props"
)
DATABASE = "Mailbox Database 0311695863"
LEGACY_PREFIX = "/o=First Organization/ou=Exchange Administrative Group (FYDIBOHF23SPDLT)/cn=Recipients/cn="
MAILBOX_TYPES = ("UserMailbox",)
_ALIAS_BAD = re.compile(r"[^A-Za-z0-9!#$%&'*+\-/=?^_`{|}~.]")
_ORDER = {
    "name": "r.name",
    "displayname": "r.display_name",
    "alias": "r.alias",
    "primarysmtpaddress": "r.smtp",
    "userprincipalname": "r.upn",
    "samaccountname": "r.sam",
    "whencreated": "r.created",
    "whenchanged": "r.changed",
    "serverlegacydn": "r.server",
}
# Set-User/Set-Mailbox property -> column; the rest goes to props.
_COLUMN_PROPS = {
    "Alias": "alias",
    "DisplayName": "display_name",
    "FirstName": "first_name",
    "LastName": "last_name",
    "SamAccountName": "sam",
    "UserPrincipalName": "upn",
}


def record_from_row(row: tuple[Any, ...]) -> MailboxRecord:
    """A MailboxRecord from a row selected with RCOLS."""
    return MailboxRecord(
        id=row[0],
        guid=row[1],
        name=row[2],
        alias=row[3],
        display_name=row[4],
        first_name=row[5],
        last_name=row[6],
        sam_account_name=row[7],
        user_principal_name=row[8],
        primary_smtp_address=row[9],
        email_addresses=loads(row[10]) or [],
        distinguished_name=row[11],
        identity=row[12],
        legacy_exchange_dn=row[13],
        organizational_unit=row[14],
        recipient_type=row[15],
        recipient_type_details=row[16],
        database=row[17],
        server_name=row[18],
        exchange_guid=row[19],
        um_enabled=bool(row[20]),
        when_created=StoreBase._dt(row[21]),
        when_changed=StoreBase._dt(row[22]),
        props=loads(row[23]),
    )


def make_alias(name: str) -> str:
    """Exchange's alias from a name: characters invalid in an alias dropped."""
    return _ALIAS_BAD.sub("", name)[:64] or "user"


class RecipientsMixin(StoreBase):
    """Users and mailboxes."""

    _acting: MailboxRecord | None
    _acting_identity: str

    # --- lookup ----------------------------------------------------------------------------------

    def match_recipients(
        self, identity: str, *, mailbox_only: bool = False, limit: int | None = None
    ) -> list[MailboxRecord]:
        """Every recipient an identity names (several for wildcards or ambiguous names)."""
        found = self._match(recipient_query(identity), mailbox_only, limit)
        if not found and "/" in identity and "@" not in identity:
            # a name that merely contains a slash ("Sales/Marketing") rather than a canonical name
            found = self._match(name_query(identity.strip()), mailbox_only, limit)
        return found

    def _match(self, query: IdentityQuery, mailbox_only: bool, limit: int | None) -> list[MailboxRecord]:
        sql = f"SELECT {RCOLS} FROM recipient r WHERE {query.where}"
        if mailbox_only:
            sql += " AND r.rtype = 'UserMailbox'"
        sql += " ORDER BY r.name, r.id"
        if limit is not None:
            sql += f" LIMIT {int(limit)}"
        return [record_from_row(row) for row in self._conn.execute(sql, query.params)]

    def resolve_recipient(self, identity: str, *, mailbox_only: bool = False) -> MailboxRecord:
        """Exactly one recipient: raises Exchange's not-found or ambiguous error otherwise."""
        found = self.match_recipients(identity, mailbox_only=mailbox_only, limit=2)
        if not found:
            raise errors.not_found(identity, self.dc)
        if len(found) > 1:
            raise errors.ambiguous(identity)
        return found[0]

    def resolve_mailbox(self, identity: str) -> MailboxRecord:
        """Exactly one mailbox (users without a mailbox do not match)."""
        return self.resolve_recipient(identity, mailbox_only=True)

    def fresh(self, rec: MailboxRecord) -> MailboxRecord:
        """The current stored state of `rec` (records are snapshots; a pipeline may hold old ones).
        Raises not-found with the record's identity if it was removed meanwhile."""
        row = self._one(f"SELECT {RCOLS} FROM recipient r WHERE r.id = ?", (rec.id,))
        if row is None:
            raise errors.not_found(rec.identity, self.dc)
        return record_from_row(row)

    def get_recipient(self, recipient_id: int) -> MailboxRecord:
        """A recipient by its row id (fresh copy after a change)."""
        row = self._one(f"SELECT {RCOLS} FROM recipient r WHERE r.id = ?", (recipient_id,))
        if row is None:
            raise errors.not_found(str(recipient_id), self.dc)
        return record_from_row(row)

    def iter_recipients(
        self,
        *,
        mailbox_only: bool = False,
        types: Iterable[str] | None = None,
        anr: str | None = None,
        um_enabled: bool | None = None,
        order_by: str | None = None,
        descending: bool = False,
        limit: int | None = None,
        batch: int = 500,
    ) -> Iterator[MailboxRecord]:
        """Stream recipients (bounded memory): optional RecipientTypeDetails filter, -Anr prefix
        match on name, display name, first/last name and alias, UMEnabled filter, -SortBy."""
        where: list[str] = ["1"]
        params: list[Any] = []
        if mailbox_only:
            where.append("r.rtype = 'UserMailbox'")
        if types is not None:
            kinds = list(types)
            where.append(f"r.rtd IN ({','.join('?' * len(kinds))})")
            params.extend(kinds)
        if anr:
            like = anr.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
            cols = ("r.name", "r.display_name", "r.first_name", "r.last_name", "r.alias", "r.sam")
            where.append("(" + " OR ".join(f"{c} LIKE ? ESCAPE '\\'" for c in cols) + ")")
            params.extend([like] * len(cols))
        if um_enabled is not None:
            where.append("r.um_enabled = ?")
            params.append(int(um_enabled))
        if order_by:
            yield from self._iter_sorted(where, params, order_by, descending, limit)
            return
        yield from self._iter_keyset(" AND ".join(where), params, limit, batch)

    def _iter_keyset(
        self, where: str, params: list[Any], limit: int | None, batch: int
    ) -> Iterator[MailboxRecord]:
        last, sent = 0, 0
        while limit is None or sent < limit:
            size = batch if limit is None else min(batch, limit - sent)
            sql = f"SELECT {RCOLS} FROM recipient r WHERE {where} AND r.id > ? ORDER BY r.id LIMIT {size}"
            rows = self._conn.execute(sql, (*params, last)).fetchall()
            for row in rows:
                yield record_from_row(row)
            sent += len(rows)
            if len(rows) < size:
                return
            last = rows[-1][0]

    def _iter_sorted(
        self, where: list[str], params: list[Any], order_by: str, descending: bool, limit: int | None
    ) -> Iterator[MailboxRecord]:
        column = _ORDER.get(order_by.casefold())
        if column is None:
            raise errors.invalid_value(
                f"The property {order_by} can't be used to sort the results.", order_by
            )
        direction = "DESC" if descending else "ASC"
        sql = (
            f"SELECT {RCOLS} FROM recipient r WHERE {' AND '.join(where)} ORDER BY {column} {direction}, r.id"
        )
        if limit is not None:
            sql += f" LIMIT {int(limit)}"
        cursor = self._conn.execute(sql, params)
        while rows := cursor.fetchmany(500):
            for row in rows:
                yield record_from_row(row)

    def count_recipients(self, *, mailbox_only: bool = False) -> int:
        sql = "SELECT count(*) FROM recipient" + (" WHERE rtype = 'UserMailbox'" if mailbox_only else "")
        return int(self._one(sql)[0])

    # --- acting user -------------------------------------------------------------------------------

    @property
    def acting_user(self) -> MailboxRecord:
        """The session user (PWSHLITE_USER / --as, default Administrator), resolved once."""
        if self._acting is None:
            self._acting = self.resolve_recipient(self._acting_identity)
        return self._acting

    def set_acting_user(self, identity: str) -> MailboxRecord:
        """Switch the session user (raises not-found for an unknown identity)."""
        self._acting = self.resolve_recipient(identity)
        self._acting_identity = identity
        return self._acting

    @property
    def caller_identity(self) -> str:
        """The acting user's canonical name (the audit log's Caller)."""
        try:
            return self.acting_user.identity
        except errors.ExchangeError:
            return f"{self.domain}/Users/{self._acting_identity}"

    # --- creation --------------------------------------------------------------------------------

    def _ou(self, organizational_unit: str | None) -> tuple[str, str]:
        """(canonical OU, DN suffix) from a canonical name or an OU/CN DN; default Users container."""
        if not organizational_unit:
            return f"{self.domain}/Users", "CN=Users,DC=contoso,DC=com"
        text = organizational_unit.strip().rstrip("/")
        if "=" in text.split(",")[0]:
            parts = [p.split("=", 1)[1] for p in text.split(",") if p[:3].upper() in ("OU=", "CN=")]
            return "/".join([self.domain, *reversed(parts)]), text
        pieces = text.split("/")
        if pieces[0].casefold() == self.domain.casefold():
            pieces = pieces[1:]
        suffix = ",".join(f"OU={escape_rdn(p)}" for p in reversed(pieces) if p)
        if len(pieces) == 1 and pieces[0].casefold() == "users":
            suffix = "CN=Users"
        return "/".join([self.domain, *pieces]), f"{suffix},DC=contoso,DC=com"

    def _unique_sam(self, wanted: str) -> str:
        base = (re.sub(r'[\\/\[\]:;|=,+*?<>"@ ]', "", wanted) or "user")[:20]
        candidate, n = base, 1
        while self._one("SELECT 1 FROM recipient WHERE sam = ?", (candidate,)):
            n += 1
            candidate = f"{base[: 20 - len(str(n))]}{n}"
        return candidate

    def _add_proxies(self, recipient_id: int, owner: str, proxies: Iterable[str]) -> None:
        for proxy in proxies:
            prefix, _, address = proxy.partition(":")
            if prefix.casefold() != "smtp":
                continue
            try:
                self._conn.execute(
                    "INSERT INTO proxy(address, recipient_id) VALUES(?, ?)", (address, recipient_id)
                )
            except sqlite3.IntegrityError:
                row = self._one(
                    "SELECT r.name FROM proxy p JOIN recipient r ON r.id = p.recipient_id WHERE p.address = ?",
                    (address,),
                )
                raise errors.proxy_in_use(f"SMTP:{address}", row[0] if row else owner) from None

    @atomic
    def new_mailbox(
        self,
        name: str,
        *,
        alias: str | None = None,
        display_name: str | None = None,
        first_name: str | None = None,
        last_name: str | None = None,
        user_principal_name: str | None = None,
        primary_smtp_address: str | None = None,
        sam_account_name: str | None = None,
        organizational_unit: str | None = None,
        database: str | None = None,
        recipient_type_details: str = "UserMailbox",
        props: Mapping[str, Any] | None = None,
        now: datetime | None = None,
    ) -> MailboxRecord:
        """New-Mailbox: a user with a mailbox. Alias defaults from the name, the primary SMTP address
        and UPN to alias@domain. Raises on a duplicate DN or email address."""
        return self._insert_recipient(
            name,
            mailbox=True,
            alias=alias,
            display_name=display_name,
            first_name=first_name,
            last_name=last_name,
            upn=user_principal_name,
            smtp=primary_smtp_address,
            sam=sam_account_name,
            ou=organizational_unit,
            database=database,
            rtd=recipient_type_details,
            props=props,
            now=now,
        )

    @atomic
    def new_user(
        self,
        name: str,
        *,
        display_name: str | None = None,
        first_name: str | None = None,
        last_name: str | None = None,
        user_principal_name: str | None = None,
        sam_account_name: str | None = None,
        organizational_unit: str | None = None,
        props: Mapping[str, Any] | None = None,
        now: datetime | None = None,
    ) -> MailboxRecord:
        """A user account without a mailbox (RecipientTypeDetails User)."""
        return self._insert_recipient(
            name,
            mailbox=False,
            alias=None,
            display_name=display_name,
            first_name=first_name,
            last_name=last_name,
            upn=user_principal_name,
            smtp=None,
            sam=sam_account_name,
            ou=organizational_unit,
            database=None,
            rtd="User",
            props=props,
            now=now,
        )

    def _insert_recipient(self, name: str, *, mailbox: bool, **kw: Any) -> MailboxRecord:
        if not name or len(name) > 64:
            raise errors.invalid_value("The Name property must be 1 to 64 characters long.", name)
        canonical_ou, suffix = self._ou(kw["ou"])
        dn = f"CN={escape_rdn(name)},{suffix}"
        if self._one("SELECT 1 FROM recipient WHERE dn = ?", (dn,)):
            raise errors.already_exists(name, dn, self.dc)
        alias = kw["alias"] or (make_alias(name) if mailbox else None)
        sam = kw["sam"] or self._unique_sam(alias or name)
        if kw["sam"] and self._one("SELECT 1 FROM recipient WHERE sam = ?", (sam,)):
            raise errors.already_exists(sam, f"{self.netbios}\\{sam}", self.dc)  # type: ignore[attr-defined]
        upn = kw["upn"] or f"{alias or sam}@{self.domain}"
        smtp = (kw["smtp"] or f"{alias}@{self.domain}") if mailbox else None
        guid = self._new_guid("recipient", name)
        legacy = f"{LEGACY_PREFIX}{guid.replace('-', '')}-{alias}" if mailbox else None
        us = self._us(kw["now"])
        proxies = [f"SMTP:{smtp}"] if smtp else []
        values = (
            guid,
            name,
            alias,
            kw["display_name"] or name,
            kw["first_name"],
            kw["last_name"],
            sam,
            upn,
            smtp,
            dumps(proxies),
            dn,
            f"{canonical_ou}/{name}",
            legacy,
            canonical_ou,
            "UserMailbox" if mailbox else "User",
            kw["rtd"],
            (kw["database"] or DATABASE) if mailbox else None,
            self.server.lower() if mailbox else None,
            self._new_guid("mailbox", name) if mailbox else None,
            us,
            us,
            dumps(dict(kw["props"] or {})),
        )
        with self._write():
            cur = self._conn.execute(
                "INSERT INTO recipient(guid, name, alias, display_name, first_name, last_name, sam, upn, smtp, "
                "proxies, dn, canonical, legacy_dn, ou, rtype, rtd, db, server, exchange_guid, um_enabled, "
                "created, changed, props) VALUES(?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,0,?,?,?)",
                values,
            )
            rid = int(cur.lastrowid or 0)
            self._add_proxies(rid, name, proxies)
        return record_from_row((rid, *values[:19], 0, *values[19:]))

    # --- changes ---------------------------------------------------------------------------------

    @atomic
    def enable_mailbox(
        self,
        rec: MailboxRecord,
        *,
        alias: str | None = None,
        database: str | None = None,
        primary_smtp_address: str | None = None,
        recipient_type_details: str = "UserMailbox",
        now: datetime | None = None,
    ) -> MailboxRecord:
        """Enable-Mailbox: give a user a mailbox (error text for an existing mailbox is Exchange's)."""
        rec = self.fresh(rec)
        if rec.has_mailbox:
            raise errors.ExchangeError(
                f"The user {rec.identity} already has a mailbox.",
                "RecipientTaskException",
                target=rec.identity,
            )
        alias = alias or make_alias(rec.sam_account_name or rec.name)
        smtp = primary_smtp_address or f"{alias}@{self.domain}"
        with self._write():
            self._add_proxies(rec.id, rec.name, [f"SMTP:{smtp}"])
            self._conn.execute(
                "UPDATE recipient SET alias=?, smtp=?, proxies=?, legacy_dn=?, rtype='UserMailbox', rtd=?, db=?, "
                "server=?, exchange_guid=?, changed=? WHERE id=?",
                (
                    alias,
                    smtp,
                    dumps([f"SMTP:{smtp}"]),
                    f"{LEGACY_PREFIX}{rec.guid.replace('-', '')}-{alias}",
                    recipient_type_details,
                    database or DATABASE,
                    self.server.lower(),
                    self._new_guid("mailbox", rec.name),
                    self._us(now),
                    rec.id,
                ),
            )
        return self.get_recipient(rec.id)

    @atomic
    def disable_mailbox(self, rec: MailboxRecord, *, now: datetime | None = None) -> MailboxRecord:
        """Disable-Mailbox: the mailbox goes (UM disabled first), the user account stays."""
        rec = self.fresh(rec)
        with self._write():
            if rec.um_enabled:
                self.disable_um(rec, keep_properties=False, now=now)  # type: ignore[attr-defined]
            self._conn.execute("DELETE FROM proxy WHERE recipient_id = ?", (rec.id,))
            self._conn.execute(
                "UPDATE recipient SET alias=NULL, smtp=NULL, proxies='[]', legacy_dn=NULL, rtype='User', "
                "rtd='User', db=NULL, server=NULL, exchange_guid=NULL, changed=? WHERE id=?",
                (self._us(now), rec.id),
            )
        return self.get_recipient(rec.id)

    @atomic
    def set_recipient(
        self, rec: MailboxRecord, changes: Mapping[str, Any], *, now: datetime | None = None
    ) -> MailboxRecord:
        """Set-User/Set-Mailbox: `changes` maps Exchange property names to new values. Name renames
        (DN and canonical name follow), PrimarySmtpAddress/EmailAddresses rewrite the proxies."""
        rec = self.fresh(rec)
        sets: dict[str, Any] = {}
        props = dict(rec.props)
        for key, value in changes.items():
            if key == "Name":
                self._rename(rec, str(value), sets)
            elif key in _COLUMN_PROPS:
                sets[_COLUMN_PROPS[key]] = value
                if key == "Alias" and self._policy_applies(rec, changes):
                    sets["proxies"] = self._with_primary(rec.email_addresses, f"{value}@{self.domain}")
            elif key in ("PrimarySmtpAddress", "WindowsEmailAddress"):
                sets["proxies"] = self._with_primary(rec.email_addresses, str(value))
            elif key == "EmailAddresses":
                sets["proxies"] = [str(v) for v in value]
            else:
                props[key] = value
        with self._write():
            if "proxies" in sets:
                proxies = sets["proxies"]
                primary = next((p[5:] for p in proxies if p.startswith("SMTP:")), rec.primary_smtp_address)
                self._conn.execute("DELETE FROM proxy WHERE recipient_id = ?", (rec.id,))
                self._add_proxies(rec.id, rec.name, proxies)
                sets["smtp"], sets["proxies"] = primary, dumps(proxies)
            sets["props"], sets["changed"] = dumps(props), self._us(now)
            assignments = ", ".join(f"{col} = ?" for col in sets)
            self._conn.execute(f"UPDATE recipient SET {assignments} WHERE id = ?", (*sets.values(), rec.id))
        return self.get_recipient(rec.id)

    def _rename(self, rec: MailboxRecord, name: str, sets: dict[str, Any]) -> None:
        if not name or len(name) > 64:
            raise errors.invalid_value("The Name property must be 1 to 64 characters long.", name)
        suffix = rec.distinguished_name.split(",", 1)[1] if "," in rec.distinguished_name else ""
        dn = f"CN={escape_rdn(name)},{suffix}"
        row = self._one("SELECT id FROM recipient WHERE dn = ?", (dn,))
        if row and row[0] != rec.id:
            raise errors.already_exists(name, dn, self.dc)
        sets.update(name=name, dn=dn, canonical=f"{rec.organizational_unit}/{name}")

    @staticmethod
    def _policy_applies(rec: MailboxRecord, changes: Mapping[str, Any]) -> bool:
        """The default email address policy stamps alias@domain as the new primary address when the
        alias changes (unless the policy is off or the same call sets the addresses itself)."""
        explicit = {"PrimarySmtpAddress", "WindowsEmailAddress", "EmailAddresses"} & set(changes)
        enabled = changes.get("EmailAddressPolicyEnabled", rec.props.get("EmailAddressPolicyEnabled", True))
        return rec.has_mailbox and not explicit and bool(enabled)

    @staticmethod
    def _with_primary(proxies: list[str], address: str) -> list[str]:
        rest = [("smtp:" + p[5:]) if p.startswith("SMTP:") else p for p in proxies]
        rest = [p for p in rest if p.casefold() != f"smtp:{address}".casefold()]
        return [f"SMTP:{address}", *rest]

    @atomic
    def remove_recipient(self, rec: MailboxRecord) -> None:
        """Remove-Mailbox: delete the user and everything hanging off it (UM data, memberships)."""
        with self._write():
            self._conn.execute("DELETE FROM um_extension WHERE recipient_id = ?", (rec.id,))
            self._conn.execute("DELETE FROM recipient WHERE id = ?", (rec.id,))
