"""Generic configuration objects, RBAC (role groups, members, role assignments), the admin audit log
and accepted domains in the Exchange store.

Layer: data layer (SQLite only); mixed into UMStore. Generic objects (UMIPGateway, UMHuntGroup with
its gateway as parent, UMAutoAttendant, UMCallAnsweringRule, ExchangeServer, MailboxDatabase, ...)
are a kind, a name unique per (kind, parent) and JSON props. The audit log never holds a secret:
parameters named in SECRET_PARAMETERS are stored as `********`.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from datetime import datetime
from typing import Any

from . import errors
from .identity import config_query, recipient_query
from .records import (
    AuditRecord,
    MailboxRecord,
    ObjectRecord,
    RoleAssignmentRecord,
    RoleGroupRecord,
)
from .store_base import StoreBase, atomic, dumps, loads

SECRET_PARAMETERS = frozenset(
    {"pin", "password", "newpassword", "oldpassword", "credential", "confirmpassword", "pinexpiredpin"}
)
REDACTED = "********"
_GROUP_COLS = "id, guid, name, description, managed_by, created, changed"
_RA_COLS = (
    "a.id, a.guid, a.name, a.role, a.delegation, a.enabled, a.created, a.changed, g.name, r.name, r.canonical"
)


def redact(parameters: Mapping[str, Any] | Iterable[tuple[str, Any]]) -> list[tuple[str, str]]:
    """(name, text) pairs with secret parameter values replaced by ********."""
    out = []
    pairs = parameters.items() if isinstance(parameters, Mapping) else parameters
    for name, value in pairs:
        if name.casefold() in SECRET_PARAMETERS:
            out.append((name, REDACTED))
        elif isinstance(value, list | tuple):
            out.append((name, ",".join(str(v) for v in value)))
        else:
            out.append((name, "" if value is None else str(value)))
    return out


class RbacMixin(StoreBase):
    """Generic objects, role groups and assignments, audit log, accepted domains."""

    # --- generic objects -------------------------------------------------------------------------

    def _object(self, row: tuple[Any, ...]) -> ObjectRecord:
        return ObjectRecord(
            id=row[0],
            kind=row[1],
            guid=row[2],
            name=row[3],
            parent_id=row[4] or None,
            when_created=self._dt(row[5]),
            when_changed=self._dt(row[6]),
            props=loads(row[7]),
        )

    @atomic
    def new_object(
        self,
        kind: str,
        name: str,
        props: Mapping[str, Any] | None = None,
        *,
        parent: ObjectRecord | None = None,
        now: datetime | None = None,
    ) -> ObjectRecord:
        """Store a configuration object; raises the duplicate error when (kind, parent, name) exists."""
        parent_id = parent.id if parent else 0
        if self._one(
            "SELECT 1 FROM object WHERE kind = ? AND parent_id = ? AND name = ?", (kind, parent_id, name)
        ):
            raise errors.already_exists(name, f"CN={name},{self.org_name}", self.dc)
        us = self._us(now)
        with self._write():
            cur = self._conn.execute(
                "INSERT INTO object(kind, guid, name, parent_id, created, changed, props) VALUES(?,?,?,?,?,?,?)",
                (kind, self._new_guid(kind, name), name, parent_id, us, us, dumps(dict(props or {}))),
            )
        return self.get_object(int(cur.lastrowid or 0))

    def get_object(self, object_id: int) -> ObjectRecord:
        row = self._one(
            "SELECT id, kind, guid, name, parent_id, created, changed, props FROM object WHERE id = ?",
            (object_id,),
        )
        if row is None:
            raise errors.not_found(str(object_id), self.dc)
        return self._object(row)

    def match_objects(
        self, kind: str, identity: str | None = None, *, parent: ObjectRecord | None = None
    ) -> list[ObjectRecord]:
        """Objects of a kind (GUID, DN or name; `parent\\name` for children such as hunt groups)."""
        sql = "SELECT id, kind, guid, name, parent_id, created, changed, props FROM object WHERE kind = ?"
        params: list[Any] = [kind]
        if identity is not None and "\\" in identity and parent is None:
            parent_name, _, identity = identity.partition("\\")
            sql += " AND parent_id IN (SELECT id FROM object WHERE name = ?)"
            params.append(parent_name)
        if parent is not None:
            sql += " AND parent_id = ?"
            params.append(parent.id)
        if identity is not None:
            query = config_query(identity)
            sql += f" AND {query.where}"
            params.extend(query.params)
        return [self._object(row) for row in self._all(sql + " ORDER BY name, id", tuple(params))]

    def resolve_object(self, kind: str, identity: str, *, parent: ObjectRecord | None = None) -> ObjectRecord:
        found = self.match_objects(kind, identity, parent=parent)
        if not found:
            raise errors.not_found(identity, self.dc)
        if len(found) > 1:
            raise errors.ambiguous(identity)
        return found[0]

    def iter_objects(self, kind: str, *, parent: ObjectRecord | None = None) -> Iterator[ObjectRecord]:
        yield from self.match_objects(kind, None, parent=parent)

    @atomic
    def set_object(
        self, obj: ObjectRecord, changes: Mapping[str, Any], *, now: datetime | None = None
    ) -> ObjectRecord:
        """Merge `changes` into the object's props (Name renames)."""
        obj = self.get_object(obj.id)
        props = {**obj.props, **{k: v for k, v in changes.items() if k != "Name"}}
        name = str(changes.get("Name", obj.name))
        with self._write():
            self._conn.execute(
                "UPDATE object SET name = ?, props = ?, changed = ? WHERE id = ?",
                (name, dumps(props), self._us(now), obj.id),
            )
        return self.get_object(obj.id)

    @atomic
    def remove_object(self, obj: ObjectRecord) -> None:
        """Delete the object and its children."""
        with self._write():
            self._conn.execute("DELETE FROM object WHERE parent_id = ?", (obj.id,))
            self._conn.execute("DELETE FROM object WHERE id = ?", (obj.id,))

    # --- role groups -----------------------------------------------------------------------------

    def _role_group(self, row: tuple[Any, ...]) -> RoleGroupRecord:
        roles = [
            r[0]
            for r in self._all("SELECT role FROM role_group_role WHERE group_id = ? ORDER BY role", (row[0],))
        ]
        members = [
            r[0]
            for r in self._all(
                "SELECT r.canonical FROM role_group_member m JOIN recipient r ON r.id = m.recipient_id "
                "WHERE m.group_id = ? ORDER BY r.name",
                (row[0],),
            )
        ]
        return RoleGroupRecord(
            row[0],
            row[1],
            row[2],
            row[3],
            roles,
            members,
            loads(row[4]) or [],
            self._dt(row[5]),
            self._dt(row[6]),
        )

    def iter_role_groups(self) -> Iterator[RoleGroupRecord]:
        for row in self._all(f"SELECT {_GROUP_COLS} FROM role_group ORDER BY name"):
            yield self._role_group(row)

    def resolve_role_group(self, identity: str) -> RoleGroupRecord:
        """A role group by name, GUID, DN or canonical name (contoso.com/Microsoft Exchange Security
        Groups/<name>)."""
        text = identity.rsplit("/", 1)[-1] if "/" in identity else identity
        query = config_query(text)
        rows = self._all(f"SELECT {_GROUP_COLS} FROM role_group WHERE {query.where}", query.params)
        if not rows:
            raise errors.not_found(identity, self.dc)
        if len(rows) > 1:
            raise errors.ambiguous(identity)
        return self._role_group(rows[0])

    @atomic
    def new_role_group(
        self,
        name: str,
        description: str,
        roles: Iterable[str],
        *,
        delegating: bool = False,
        now: datetime | None = None,
    ) -> RoleGroupRecord:
        """A role group with one Regular assignment per role ("<Role>-<Group>") and, when delegating,
        one DelegatingOrgWide assignment per role ("<Role>-<Group>-Delegating")."""
        us = self._us(now)
        with self._write():
            cur = self._conn.execute(
                f"INSERT INTO role_group({_GROUP_COLS[4:]}) VALUES(?,?,?,?,?,?)",
                (self._new_guid("rolegroup", name), name, description, dumps([]), us, us),
            )
            gid = int(cur.lastrowid or 0)
            rows = []
            for role in roles:
                self._conn.execute("INSERT INTO role_group_role(group_id, role) VALUES(?, ?)", (gid, role))
                rows.append((f"{role}-{name}", role, "Regular"))
                if delegating:
                    rows.append((f"{role}-{name}-Delegating", role, "DelegatingOrgWide"))
            self._conn.executemany(
                "INSERT INTO role_assignment(guid, name, role, group_id, delegation, enabled, created, changed) "
                "VALUES(?,?,?,?,?,1,?,?)",
                [(self._new_guid("assignment", n), n, r, gid, d, us, us) for n, r, d in rows],
            )
        return self.resolve_role_group(name)

    def role_group_members(self, group: RoleGroupRecord) -> list[MailboxRecord]:
        from .store_recipients import RCOLS, record_from_row

        rows = self._all(
            f"SELECT {RCOLS} FROM role_group_member m JOIN recipient r ON r.id = m.recipient_id "
            "WHERE m.group_id = ? ORDER BY r.name",
            (group.id,),
        )
        return [record_from_row(row) for row in rows]

    @atomic
    def add_role_group_member(
        self, group: RoleGroupRecord, member: MailboxRecord, *, now: datetime | None = None
    ) -> None:
        """Add-RoleGroupMember (text for an existing member chosen after Exchange's group error)."""
        if self._one(
            "SELECT 1 FROM role_group_member WHERE group_id = ? AND recipient_id = ?", (group.id, member.id)
        ):
            raise errors.ExchangeError(
                f'The recipient "{member.identity}" is already a member of the group "{group.identity}".',
                "MemberAlreadyExistsException",
                errors.ErrorCategory.InvalidArgument,
                member.identity,
            )
        with self._write():
            self._conn.execute(
                "INSERT INTO role_group_member(group_id, recipient_id) VALUES(?, ?)", (group.id, member.id)
            )
            self._conn.execute("UPDATE role_group SET changed = ? WHERE id = ?", (self._us(now), group.id))

    @atomic
    def remove_role_group_member(
        self, group: RoleGroupRecord, member: MailboxRecord, *, now: datetime | None = None
    ) -> None:
        if not self._one(
            "SELECT 1 FROM role_group_member WHERE group_id = ? AND recipient_id = ?", (group.id, member.id)
        ):
            raise errors.ExchangeError(
                f'The recipient "{member.identity}" isn\'t a member of the group "{group.identity}".',
                "MemberNotFoundException",
                errors.ErrorCategory.InvalidArgument,
                member.identity,
            )
        with self._write():
            self._conn.execute(
                "DELETE FROM role_group_member WHERE group_id = ? AND recipient_id = ?", (group.id, member.id)
            )
            self._conn.execute("UPDATE role_group SET changed = ? WHERE id = ?", (self._us(now), group.id))

    def iter_role_assignments(
        self,
        *,
        role: str | None = None,
        assignee: str | None = None,
        identity: str | None = None,
        delegating: bool | None = None,
    ) -> Iterator[RoleAssignmentRecord]:
        """Get-ManagementRoleAssignment: filter by role name, assignee (role group name or user
        identity), assignment name, or delegation (True: DelegatingOrgWide only)."""
        sql = (
            f"SELECT {_RA_COLS} FROM role_assignment a LEFT JOIN role_group g ON g.id = a.group_id "
            "LEFT JOIN recipient r ON r.id = a.recipient_id WHERE 1"
        )
        params: list[Any] = []
        if role is not None:
            sql += " AND a.role = ? COLLATE NOCASE"
            params.append(role)
        if identity is not None:
            query = config_query(identity, "a.name")
            sql += f" AND {query.where.replace('guid =', 'a.guid =')}"
            params.extend(query.params)
        if delegating is not None:
            sql += " AND a.delegation " + ("!= 'Regular'" if delegating else "= 'Regular'")
        if assignee is not None:
            sql += " AND (g.name = ? COLLATE NOCASE OR a.group_id IN (SELECT group_id FROM role_group_member WHERE recipient_id = ?) OR a.recipient_id = ?)"
            rid = self._assignee_id(assignee)
            params.extend([assignee, rid, rid])
        for row in self._all(sql + " ORDER BY a.name", tuple(params)):
            is_group = row[8] is not None
            name = row[8] if is_group else row[9]
            ident = f"{self.domain}/Microsoft Exchange Security Groups/{row[8]}" if is_group else row[10]
            yield RoleAssignmentRecord(
                row[0],
                row[1],
                row[2],
                row[3],
                name,
                "RoleGroup" if is_group else "User",
                ident,
                row[4],
                bool(row[5]),
                self._dt(row[6]),
                self._dt(row[7]),
            )

    def _assignee_id(self, assignee: str) -> int:
        query = recipient_query(assignee)
        rows = self._all(f"SELECT id FROM recipient WHERE {query.where} LIMIT 2", query.params)
        return int(rows[0][0]) if len(rows) == 1 else -1

    def roles_of(self, rec: MailboxRecord) -> frozenset[str]:
        """The management roles the user holds through enabled Regular assignments (via role groups
        or directly)."""
        rows = self._all(
            "SELECT DISTINCT a.role FROM role_assignment a WHERE a.enabled = 1 AND a.delegation = 'Regular' AND "
            "(a.recipient_id = ? OR a.group_id IN (SELECT group_id FROM role_group_member WHERE recipient_id = ?))",
            (rec.id, rec.id),
        )
        return frozenset(r[0] for r in rows)

    # --- audit log -------------------------------------------------------------------------------

    def audit(
        self,
        cmdlet_name: str,
        parameters: Mapping[str, Any] | Iterable[tuple[str, Any]],
        object_modified: str,
        succeeded: bool,
        error: str | None = None,
        *,
        modified_properties: Iterable[str] = (),
        caller: str | None = None,
        now: datetime | None = None,
    ) -> None:
        """Record one state-changing cmdlet run. Call it inside the cmdlet's transaction on success,
        and after the rollback (outside any transaction) on failure. Secret values are redacted; the
        caller passes error texts that contain no secret (Exchange's texts never echo a PIN)."""
        who = caller or self.caller_identity  # type: ignore[attr-defined]
        with self._write():
            self._conn.execute(
                "INSERT INTO audit_log(run_date, caller, cmdlet, object_modified, parameters, modified, succeeded, "
                "error) VALUES(?,?,?,?,?,?,?,?)",
                (
                    self._us(now),
                    who,
                    cmdlet_name,
                    object_modified,
                    dumps(redact(parameters)),
                    dumps(list(modified_properties)),
                    int(succeeded),
                    error,
                ),
            )

    def iter_audit(
        self,
        *,
        start: datetime | None = None,
        end: datetime | None = None,
        cmdlets: Iterable[str] | None = None,
        object_ids: Iterable[str] | None = None,
        user_ids: Iterable[str] | None = None,
        succeeded: bool | None = None,
        limit: int | None = 1000,
    ) -> Iterator[AuditRecord]:
        """Search-AdminAuditLog: newest first. user_ids match the caller's canonical name or its
        last segment; object_ids match ObjectModified exactly or by last segment."""
        where, params = ["1"], []
        for cond, value in (("run_date >= ?", start), ("run_date <= ?", end)):
            if value is not None:
                where.append(cond)
                params.append(self._us(value))
        if succeeded is not None:
            where.append("succeeded = ?")
            params.append(int(succeeded))
        names = {c.casefold() for c in cmdlets} if cmdlets else None
        objects = {o.casefold() for o in object_ids} if object_ids else None
        users = {u.casefold() for u in user_ids} if user_ids else None
        sql = f"SELECT * FROM audit_log WHERE {' AND '.join(where)} ORDER BY run_date DESC, id DESC"
        count = 0
        for row in self._conn.execute(sql, params):
            if names and row[3].casefold() not in names:
                continue
            if objects and not {row[4].casefold(), row[4].rsplit("/", 1)[-1].casefold()} & objects:
                continue
            if users and not {row[2].casefold(), row[2].rsplit("/", 1)[-1].casefold()} & users:
                continue
            if limit is not None and count >= limit:
                return
            count += 1
            params_list = [tuple(p) for p in loads(row[5]) or []]
            yield AuditRecord(
                row[0],
                self._dt(row[1]),
                row[2],
                row[3],
                row[4],
                params_list,
                loads(row[6]) or [],
                bool(row[7]),
                row[8],
            )

    # --- accepted domains ------------------------------------------------------------------------

    @atomic
    def add_accepted_domain(
        self, name: str, domain: str, *, default: bool = False, now: datetime | None = None
    ) -> None:
        us = self._us(now)
        with self._write():
            self._conn.execute(
                "INSERT INTO accepted_domain(guid, name, domain, domain_type, is_default, created, changed) "
                "VALUES(?,?,?,'Authoritative',?,?,?)",
                (self._new_guid("domain", name), name, domain, int(default), us, us),
            )

    def iter_accepted_domains(self) -> Iterator[dict[str, Any]]:
        """Accepted domains as dicts: Name, DomainName, DomainType, Default, Guid, WhenCreated, WhenChanged."""
        for row in self._all(
            "SELECT guid, name, domain, domain_type, is_default, created, changed FROM accepted_domain ORDER BY name"
        ):
            yield {
                "Guid": row[0],
                "Name": row[1],
                "DomainName": row[2],
                "DomainType": row[3],
                "Default": bool(row[4]),
                "WhenCreated": self._dt(row[5]),
                "WhenChanged": self._dt(row[6]),
            }
