"""Identity resolution: which stored object an -Identity string names.

Layer: data layer; builds SQL WHERE clauses for store.py (no connection of its own). A recipient
identity may be a GUID, a distinguished name (CN=...), a canonical name (contoso.com/Users/Tony), a
domain\\account, a LegacyExchangeDN (/o=...), an SMTP address or UPN (anything with @, also with an
`SMTP:` prefix), or a name, alias, display name or SamAccountName. `*` is a wildcard in names (as in
Get-Mailbox -Identity tony*). Configuration objects (dial plans, policies, gateways) take a GUID, a
DN or a name. Matching is case-insensitive.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from .records import DOMAIN, NETBIOS

_SIMPLE = ("name", "alias", "display_name", "sam")


@dataclass(frozen=True, slots=True)
class IdentityQuery:
    """A WHERE clause over the recipient (or config) table and its parameters."""

    kind: str  # guid, dn, canonical, account, legacy_dn, smtp, name, wildcard
    where: str
    params: tuple[object, ...]


def parse_guid(text: str) -> str | None:
    """The lowercase GUID string when `text` is a GUID (with or without braces), else None."""
    candidate = text.strip().strip("{}")
    if len(candidate) not in (32, 36):
        return None
    try:
        return str(uuid.UUID(candidate))
    except ValueError:
        return None


def like_pattern(text: str) -> str:
    """A LIKE pattern (escape '\\') from a PowerShell-style `*`/`?` wildcard."""
    escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return escaped.replace("*", "%").replace("?", "_")


def has_wildcard(text: str) -> bool:
    return "*" in text or "?" in text


def recipient_query(identity: str) -> IdentityQuery:
    """Classify a recipient identity and return the WHERE clause that finds it."""
    text = identity.strip()
    guid = parse_guid(text)
    if guid:
        return IdentityQuery("guid", "(guid = ? OR exchange_guid = ?)", (guid, guid))
    if text[:3].upper() == "CN=":
        return IdentityQuery("dn", "dn = ?", (text,))
    if text[:3].lower() == "/o=":
        return IdentityQuery("legacy_dn", "legacy_dn = ?", (text,))
    if "\\" in text:
        domain, _, account = text.partition("\\")
        if domain.casefold() in (NETBIOS.casefold(), DOMAIN.casefold()):
            return IdentityQuery("account", "sam = ?", (account,))
        return IdentityQuery("account", "0", ())
    if "/" in text:
        return IdentityQuery("canonical", "canonical = ?", (text,))
    if "@" in text:
        address = text[5:] if text[:5].upper() == "SMTP:" else text
        where = "(upn = ? OR id IN (SELECT recipient_id FROM proxy WHERE address = ?))"
        return IdentityQuery("smtp", where, (address, address))
    return name_query(text)


def name_query(text: str) -> IdentityQuery:
    """Name, alias, display name or SamAccountName only (`*`/`?` wildcards allowed)."""
    if has_wildcard(text):
        pattern = like_pattern(text)
        where = " OR ".join(f"{col} LIKE ? ESCAPE '\\'" for col in _SIMPLE)
        return IdentityQuery("wildcard", f"({where})", (pattern,) * len(_SIMPLE))
    where = " OR ".join(f"{col} = ?" for col in _SIMPLE)
    return IdentityQuery("name", f"({where})", (text,) * len(_SIMPLE))


def config_query(identity: str, name_column: str = "name") -> IdentityQuery:
    """Classify a configuration-object identity (GUID, DN or name, `*` wildcards in names). The DN
    is matched by its first RDN value, since config DNs are derived from the name."""
    text = identity.strip()
    guid = parse_guid(text)
    if guid:
        return IdentityQuery("guid", "guid = ?", (guid,))
    if text[:3].upper() == "CN=":
        first = _first_rdn_value(text)
        return IdentityQuery("dn", f"{name_column} = ?", (first,))
    if has_wildcard(text):
        return IdentityQuery("wildcard", f"{name_column} LIKE ? ESCAPE '\\'", (like_pattern(text),))
    return IdentityQuery("name", f"{name_column} = ?", (text,))


def _first_rdn_value(dn: str) -> str:
    """`Contoso DP` from `CN=Contoso DP,CN=UM DialPlan Container,...` (handles `\\,` escapes)."""
    value, i, body = [], 3, dn
    while i < len(body):
        ch = body[i]
        if ch == "\\" and i + 1 < len(body):
            value.append(body[i + 1])
            i += 2
            continue
        if ch == ",":
            break
        value.append(ch)
        i += 1
    return "".join(value)


def escape_rdn(value: str) -> str:
    """Escape a name for use as an RDN value in a DN."""
    out = []
    for ch in value:
        if ch in ',+"\\<>;=':
            out.append("\\" + ch)
        else:
            out.append(ch)
    text = "".join(out)
    if text.startswith((" ", "#")):
        text = "\\" + text
    if text.endswith(" "):
        text = text[:-1] + "\\ "
    return text
