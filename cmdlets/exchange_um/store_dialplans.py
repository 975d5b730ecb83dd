"""UM dial plans and UM mailbox policies in the Exchange store.

Layer: data layer (SQLite only); mixed into UMStore. The PIN policy fields of a policy are columns
(read on every PIN operation); every other setting is JSON `props` by its Exchange name, and records
come back with the documented defaults merged in (records.DIAL_PLAN_DEFAULTS, POLICY_DEFAULTS).
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from datetime import datetime
from typing import Any

from . import errors
from .identity import config_query, escape_rdn
from .pin_policy import validate_policy_values
from .records import (
    CONFIG_DN,
    DIAL_PLAN_DEFAULTS,
    PIN_POLICY_DEFAULTS,
    POLICY_DEFAULTS,
    DialPlanRecord,
    PolicyRecord,
)
from .store_base import StoreBase, atomic, dumps, loads

URI_TYPES = {"telextn": "TelExtn", "e164": "E164", "sipname": "SipName"}
_DP_COLS = "id, guid, name, digits, uri_type, country_code, created, changed, props"
_POL_COLS = (
    "p.id, p.guid, p.name, p.dial_plan_id, d.name, p.min_pin_length, p.pin_lifetime, p.pin_history, "
    "p.max_logon, p.reset_failures, p.allow_common, p.reset_text, p.enabled_text, p.is_default, "
    "p.created, p.changed, p.props"
)
# PIN policy setting -> column of um_policy.
_PIN_COLUMNS = {
    "MinPINLength": "min_pin_length",
    "PINLifetime": "pin_lifetime",
    "PINHistoryCount": "pin_history",
    "MaxLogonAttempts": "max_logon",
    "LogonFailuresBeforePINReset": "reset_failures",
    "AllowCommonPatterns": "allow_common",
    "ResetPINText": "reset_text",
    "UMEnabledText": "enabled_text",
}
_FIXED_DIAL_PLAN = ("NumberOfDigitsInExtension", "URIType", "GenerateUMMailboxPolicy")


def _check_name(name: str) -> None:
    if not name or len(name) > 64:
        length = len(name or "")
        raise errors.invalid_value(
            "The length of the property is too long. The maximum length is 64 and the length of the value "
            f"provided is {length}."
            if length
            else "The Name property can't be empty.",
            name,
        )


class DialPlanMixin(StoreBase):
    """UM dial plans and UM mailbox policies."""

    # --- dial plans ------------------------------------------------------------------------------

    def _dial_plan(self, row: tuple[Any, ...]) -> DialPlanRecord:
        policies = [
            r[0]
            for r in self._all("SELECT name FROM um_policy WHERE dial_plan_id = ? ORDER BY name", (row[0],))
        ]
        props = {**DIAL_PLAN_DEFAULTS, **loads(row[8])}
        return DialPlanRecord(
            id=row[0],
            guid=row[1],
            name=row[2],
            number_of_digits=row[3],
            uri_type=row[4],
            country_code=row[5],
            distinguished_name=f"CN={escape_rdn(row[2])},CN=UM DialPlan Container,{CONFIG_DN}",
            phone_context=f"{row[2]}.{self.domain}",
            policies=policies,
            when_created=self._dt(row[6]),
            when_changed=self._dt(row[7]),
            props=props,
        )

    def _fresh_dial_plan(self, dp: DialPlanRecord) -> DialPlanRecord:
        row = self._one(f"SELECT {_DP_COLS} FROM dial_plan WHERE id = ?", (dp.id,))
        if row is None:
            raise errors.not_found(dp.name, self.dc)
        return self._dial_plan(row)

    def _fresh_policy(self, policy: PolicyRecord) -> PolicyRecord:
        if self._one("SELECT 1 FROM um_policy WHERE id = ?", (policy.id,)) is None:
            raise errors.not_found(policy.name, self.dc)
        return self.get_policy(policy.id)

    def get_dial_plan(self, dial_plan_id: int) -> DialPlanRecord:
        row = self._one(f"SELECT {_DP_COLS} FROM dial_plan WHERE id = ?", (dial_plan_id,))
        if row is None:
            raise errors.not_found(str(dial_plan_id), self.dc)
        return self._dial_plan(row)

    def match_dial_plans(self, identity: str | None = None) -> list[DialPlanRecord]:
        """Dial plans an identity names (all when None), ordered by name."""
        if identity is None:
            rows = self._all(f"SELECT {_DP_COLS} FROM dial_plan ORDER BY name")
        else:
            query = config_query(identity)
            rows = self._all(
                f"SELECT {_DP_COLS} FROM dial_plan WHERE {query.where} ORDER BY name", query.params
            )
        return [self._dial_plan(row) for row in rows]

    def resolve_dial_plan(
        self, identity: str | DialPlanRecord, *, task_error: bool = False
    ) -> DialPlanRecord:
        """Exactly one dial plan. task_error=True uses the UM tasks' text (`The dial plan with identity
        <id> does not exist.`) instead of the generic not-found text."""
        if isinstance(identity, DialPlanRecord):
            return identity
        found = self.match_dial_plans(identity)
        if not found:
            raise errors.dial_plan_missing(identity) if task_error else errors.not_found(identity, self.dc)
        if len(found) > 1:
            raise errors.ambiguous(identity)
        return found[0]

    def iter_dial_plans(self) -> Iterator[DialPlanRecord]:
        yield from self.match_dial_plans(None)

    @atomic
    def new_dial_plan(
        self,
        name: str,
        number_of_digits: int,
        country_code: str,
        *,
        uri_type: str = "TelExtn",
        generate_policy: bool = True,
        props: Mapping[str, Any] | None = None,
        now: datetime | None = None,
    ) -> DialPlanRecord:
        """New-UMDialPlan; also creates "<name> Default Policy" unless generate_policy is False."""
        _check_name(name)
        if not isinstance(number_of_digits, int) or not 1 <= number_of_digits <= 20:
            raise errors.invalid_value(
                f"The value must be between 1 and 20, inclusive. Value: {number_of_digits}.", number_of_digits
            )
        canonical = URI_TYPES.get(str(uri_type).casefold())
        if canonical is None:
            raise errors.invalid_value(f"The value {uri_type} is not a valid URIType.", uri_type)
        dn = f"CN={escape_rdn(name)},CN=UM DialPlan Container,{CONFIG_DN}"
        if self._one("SELECT 1 FROM dial_plan WHERE name = ?", (name,)):
            raise errors.already_exists(name, dn, self.dc)
        us = self._us(now)
        extra = dict(props or {})
        with self._write():
            cur = self._conn.execute(
                "INSERT INTO dial_plan(guid, name, digits, uri_type, country_code, created, changed, props) "
                "VALUES(?,?,?,?,?,?,?,?)",
                (
                    self._new_guid("dialplan", name),
                    name,
                    number_of_digits,
                    canonical,
                    str(country_code),
                    us,
                    us,
                    dumps(extra),
                ),
            )
            dp_id = int(cur.lastrowid or 0)
            if generate_policy:
                self.new_policy(f"{name} Default Policy", self.get_dial_plan(dp_id), is_default=True, now=now)
        return self.get_dial_plan(dp_id)

    @atomic
    def set_dial_plan(
        self, dp: DialPlanRecord, changes: Mapping[str, Any], *, now: datetime | None = None
    ) -> DialPlanRecord:
        """Set-UMDialPlan. Name renames; CountryOrRegionCode is a column; NumberOfDigitsInExtension,
        URIType and GenerateUMMailboxPolicy are fixed once created; the rest goes to props."""
        dp = self._fresh_dial_plan(dp)
        sets: dict[str, Any] = {}
        stored = {k: v for k, v in dp.props.items() if DIAL_PLAN_DEFAULTS.get(k, object()) != v}
        for key, value in changes.items():
            if key in _FIXED_DIAL_PLAN:
                raise errors.invalid_value(f"The {key} property of a UM dial plan can't be changed.", key)
            if key == "Name":
                _check_name(str(value))
                other = self._one("SELECT id FROM dial_plan WHERE name = ?", (value,))
                if other and other[0] != dp.id:
                    dn = f"CN={escape_rdn(str(value))},CN=UM DialPlan Container,{CONFIG_DN}"
                    raise errors.already_exists(str(value), dn, self.dc)
                sets["name"] = value
            elif key == "CountryOrRegionCode":
                sets["country_code"] = str(value)
            elif key == "MaxRecordingDuration" and value is not None and not 1 <= int(value) <= 100:
                raise errors.invalid_value(
                    f"The value must be between 1 and 100, inclusive. Value: {value}.", key
                )
            else:
                stored[key] = value
        sets["props"], sets["changed"] = dumps(stored), self._us(now)
        with self._write():
            assignments = ", ".join(f"{col} = ?" for col in sets)
            self._conn.execute(f"UPDATE dial_plan SET {assignments} WHERE id = ?", (*sets.values(), dp.id))
        return self.get_dial_plan(dp.id)

    @atomic
    def remove_dial_plan(self, dp: DialPlanRecord) -> None:
        """Remove-UMDialPlan; refused (Exchange's texts, in Exchange's order) while a server, UM users,
        policies, auto attendants or IP gateways (through hunt groups) still use it."""
        dp = self._fresh_dial_plan(dp)
        servers = dp.props.get("UMServers") or []
        if servers:
            raise errors.dial_plan_in_use("server", str(servers[0]))
        users = self._one(
            "SELECT 1 FROM um_mailbox m JOIN um_policy p ON p.id = m.policy_id WHERE p.dial_plan_id = ? "
            "AND m.enabled = 1 LIMIT 1",
            (dp.id,),
        )
        if users:
            raise errors.dial_plan_in_use("users")
        if self._one("SELECT 1 FROM um_policy WHERE dial_plan_id = ? LIMIT 1", (dp.id,)):
            raise errors.dial_plan_in_use("policies")
        for kind, reason in (("UMAutoAttendant", "auto_attendant"), ("UMHuntGroup", "gateway")):
            for obj in self.iter_objects(kind):  # type: ignore[attr-defined]
                ref = str(obj.props.get("UMDialPlan") or "")
                if ref.casefold() in (dp.name.casefold(), dp.guid):
                    other = obj.name if kind == "UMAutoAttendant" else self._object_parent_name(obj)
                    raise errors.dial_plan_in_use(reason, other)
        with self._write():
            self._conn.execute("DELETE FROM um_mailbox WHERE dial_plan_id = ? AND enabled = 0", (dp.id,))
            self._conn.execute("DELETE FROM um_extension WHERE dial_plan_id = ?", (dp.id,))
            self._conn.execute("DELETE FROM dial_plan WHERE id = ?", (dp.id,))

    def _object_parent_name(self, obj: Any) -> str:
        row = self._one("SELECT name FROM object WHERE id = ?", (obj.parent_id or 0,))
        return str(row[0]) if row else ""

    # --- policies --------------------------------------------------------------------------------

    def _policy(self, row: tuple[Any, ...]) -> PolicyRecord:
        return PolicyRecord(
            id=row[0],
            guid=row[1],
            name=row[2],
            dial_plan_id=row[3],
            dial_plan_name=row[4],
            distinguished_name=f"CN={escape_rdn(row[2])},CN=UM Mailbox Policies,{CONFIG_DN}",
            min_pin_length=row[5],
            pin_lifetime_days=row[6],
            pin_history_count=row[7],
            max_logon_attempts=row[8],
            logon_failures_before_pin_reset=row[9],
            allow_common_patterns=bool(row[10]),
            reset_pin_text=row[11],
            um_enabled_text=row[12],
            is_default=bool(row[13]),
            when_created=self._dt(row[14]),
            when_changed=self._dt(row[15]),
            props={**POLICY_DEFAULTS, **loads(row[16])},
        )

    def get_policy(self, policy_id: int) -> PolicyRecord:
        row = self._one(
            f"SELECT {_POL_COLS} FROM um_policy p JOIN dial_plan d ON d.id = p.dial_plan_id WHERE p.id = ?",
            (policy_id,),
        )
        if row is None:
            raise errors.not_found(str(policy_id), self.dc)
        return self._policy(row)

    def match_policies(
        self, identity: str | None = None, dial_plan: DialPlanRecord | None = None
    ) -> list[PolicyRecord]:
        """Policies an identity names (all when None), optionally only those of one dial plan."""
        where: list[str] = ["1"]
        params: list[Any] = []
        if identity is not None:
            query = config_query(identity, "p.name")
            where.append(query.where.replace("guid =", "p.guid ="))
            params.extend(query.params)
        if dial_plan is not None:
            where.append("p.dial_plan_id = ?")
            params.append(dial_plan.id)
        sql = (
            f"SELECT {_POL_COLS} FROM um_policy p JOIN dial_plan d ON d.id = p.dial_plan_id "
            f"WHERE {' AND '.join(where)} ORDER BY p.name"
        )
        return [self._policy(row) for row in self._all(sql, tuple(params))]

    def resolve_policy(
        self, identity: str | PolicyRecord, dial_plan: DialPlanRecord | None = None
    ) -> PolicyRecord:
        """Exactly one UM mailbox policy (name, GUID or DN)."""
        if isinstance(identity, PolicyRecord):
            return identity
        found = self.match_policies(identity, dial_plan)
        if not found:
            raise errors.not_found(identity, self.dc)
        if len(found) > 1:
            raise errors.ambiguous(identity)
        return found[0]

    def iter_policies(self, dial_plan: DialPlanRecord | None = None) -> Iterator[PolicyRecord]:
        yield from self.match_policies(None, dial_plan)

    @atomic
    def new_policy(
        self,
        name: str,
        dial_plan: DialPlanRecord | str,
        *,
        is_default: bool = False,
        now: datetime | None = None,
    ) -> PolicyRecord:
        """New-UMMailboxPolicy with the documented defaults, tied to one dial plan."""
        _check_name(name)
        dp = self.resolve_dial_plan(dial_plan, task_error=True)
        dn = f"CN={escape_rdn(name)},CN=UM Mailbox Policies,{CONFIG_DN}"
        if self._one("SELECT 1 FROM um_policy WHERE name = ?", (name,)):
            raise errors.already_exists(name, dn, self.dc)
        d = PIN_POLICY_DEFAULTS
        us = self._us(now)
        with self._write():
            cur = self._conn.execute(
                "INSERT INTO um_policy(guid, name, dial_plan_id, is_default, min_pin_length, pin_lifetime, "
                "pin_history, max_logon, reset_failures, allow_common, reset_text, enabled_text, created, "
                "changed, props) VALUES(?,?,?,?,?,?,?,?,?,?,?,?,?,?,'{}')",
                (
                    self._new_guid("policy", name),
                    name,
                    dp.id,
                    int(is_default),
                    d["MinPINLength"],
                    d["PINLifetime"],
                    d["PINHistoryCount"],
                    d["MaxLogonAttempts"],
                    d["LogonFailuresBeforePINReset"],
                    int(d["AllowCommonPatterns"]),
                    d["ResetPINText"],
                    d["UMEnabledText"],
                    us,
                    us,
                ),
            )
        return self.get_policy(int(cur.lastrowid or 0))

    @atomic
    def set_policy(
        self, policy: PolicyRecord, changes: Mapping[str, Any], *, now: datetime | None = None
    ) -> PolicyRecord:
        """Set-UMMailboxPolicy. Values use Exchange names; None = Unlimited for PINLifetime (days),
        MaxLogonAttempts and LogonFailuresBeforePINReset. Validates ranges, text lengths and
        LogonFailuresBeforePINReset < MaxLogonAttempts. UMDialPlan moves the policy (refused while UM
        users are assigned). Raising MinPINLength makes shorter PINs expire (computed, not rewritten)."""
        policy = self._fresh_policy(policy)
        current = {
            "MinPINLength": policy.min_pin_length,
            "PINLifetime": policy.pin_lifetime_days,
            "PINHistoryCount": policy.pin_history_count,
            "MaxLogonAttempts": policy.max_logon_attempts,
            "LogonFailuresBeforePINReset": policy.logon_failures_before_pin_reset,
        }
        validate_policy_values(current, changes)
        sets: dict[str, Any] = {}
        stored = {k: v for k, v in policy.props.items() if POLICY_DEFAULTS.get(k, object()) != v}
        for key, value in changes.items():
            if key in _PIN_COLUMNS:
                sets[_PIN_COLUMNS[key]] = int(value) if key == "AllowCommonPatterns" else value
            elif key == "Name":
                _check_name(str(value))
                other = self._one("SELECT id FROM um_policy WHERE name = ?", (value,))
                if other and other[0] != policy.id:
                    dn = f"CN={escape_rdn(str(value))},CN=UM Mailbox Policies,{CONFIG_DN}"
                    raise errors.already_exists(str(value), dn, self.dc)
                sets["name"] = value
            elif key == "UMDialPlan":
                sets["dial_plan_id"] = self._move_policy(policy, value)
            elif key == "IsDefault":
                sets["is_default"] = int(bool(value))
            else:
                stored[key] = value
        sets["props"], sets["changed"] = dumps(stored), self._us(now)
        with self._write():
            assignments = ", ".join(f"{col} = ?" for col in sets)
            self._conn.execute(
                f"UPDATE um_policy SET {assignments} WHERE id = ?", (*sets.values(), policy.id)
            )
        return self.get_policy(policy.id)

    def _move_policy(self, policy: PolicyRecord, target: Any) -> int:
        dp = self.resolve_dial_plan(target, task_error=True)
        if dp.id != policy.dial_plan_id and self._one(
            "SELECT 1 FROM um_mailbox WHERE policy_id = ? AND enabled = 1 LIMIT 1", (policy.id,)
        ):
            raise errors.ExchangeError(
                f"The UM mailbox policy {policy.name} can't be moved to dial plan {dp.name} because it is "
                "associated with users.",
                "CannotDeleteAssociatedMailboxPolicyException",
                errors.ErrorCategory.InvalidOperation,
                policy.name,
            )
        return dp.id

    @atomic
    def remove_policy(self, policy: PolicyRecord) -> None:
        """Remove-UMMailboxPolicy; refused while UM-enabled users are assigned. Kept UM properties of
        disabled mailboxes that point at the policy are dropped with it."""
        policy = self._fresh_policy(policy)
        if self._one("SELECT 1 FROM um_mailbox WHERE policy_id = ? AND enabled = 1 LIMIT 1", (policy.id,)):
            raise errors.policy_in_use(policy.name)
        with self._write():
            self._conn.execute("DELETE FROM um_mailbox WHERE policy_id = ? AND enabled = 0", (policy.id,))
            self._conn.execute("DELETE FROM um_policy WHERE id = ?", (policy.id,))
