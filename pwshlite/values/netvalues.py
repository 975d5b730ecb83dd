"""System.Net.IPAddress ([ipaddress]) and System.Net.Mail.MailAddress ([mailaddress]) values.

Layer: values (imports only pwshlite.objects, pwshlite.errors and the standard library). Exchange
scripts use them to validate gateway addresses and SMTP addresses.

Public API:
    IPAddressValue.parse(text) -> IPAddressValue        raises ValueError("An invalid IP address was specified.")
    MailAddressValue.parse(text) -> MailAddressValue    raises ValueError(.NET's FormatException text)
    Both have ps_property_names / ps_get (Address, AddressFamily... / Address, User, Host, DisplayName).
"""

from __future__ import annotations

import ipaddress
import re
from typing import Any

from pwshlite.objects import EnumValue

from .types import register_type

BAD_IP = "An invalid IP address was specified."
BAD_MAIL = "The specified string is not in the form required for an e-mail address."


class IPAddressValue:
    """System.Net.IPAddress: prints as the address; AddressFamily is InterNetwork / InterNetworkV6."""

    __slots__ = ("address",)
    type_name = "System.Net.IPAddress"

    def __init__(self, address: ipaddress.IPv4Address | ipaddress.IPv6Address) -> None:
        self.address = address

    @classmethod
    def parse(cls, text: str) -> IPAddressValue:
        try:
            return cls(ipaddress.ip_address(text.strip()))
        except ValueError:
            raise ValueError(BAD_IP) from None

    def ps_property_names(self) -> list[str]:
        return ["Address", "AddressFamily", "ScopeId", "IsIPv6Multicast", "IsIPv6LinkLocal", "IsIPv6SiteLocal",
                "IsIPv6Teredo", "IsIPv4MappedToIPv6", "IPAddressToString"]  # fmt: skip

    def ps_get(self, name: str) -> tuple[bool, Any]:
        key = name.casefold()
        v6 = self.address.version == 6
        if key == "addressfamily":
            return True, EnumValue(
                "System.Net.Sockets.AddressFamily",
                "InterNetworkV6" if v6 else "InterNetwork",
                23 if v6 else 2,
            )
        if key == "ipaddresstostring":
            return True, str(self)
        if key == "address" and not v6:
            return True, int.from_bytes(self.address.packed, "little")  # .NET stores the bytes little-endian
        flags = {
            "isipv6multicast": v6 and self.address.is_multicast,
            "isipv6linklocal": v6 and self.address.is_link_local,
            "isipv6sitelocal": v6 and self.address.is_site_local,  # type: ignore[union-attr]
            "isipv6teredo": v6 and self.address.teredo is not None,  # type: ignore[union-attr]
            "isipv4mappedtoipv6": v6 and self.address.ipv4_mapped is not None,  # type: ignore[union-attr]
        }
        if key in flags:
            return True, bool(flags[key])
        if key == "scopeid" and v6:
            return True, 0
        return False, None

    def __eq__(self, other: object) -> bool:
        return isinstance(other, IPAddressValue) and other.address == self.address

    def __hash__(self) -> int:
        return hash(self.address)

    def __str__(self) -> str:
        return str(self.address)


_MAIL = re.compile(r'^\s*(?:(?P<display>"[^"]*"|[^<>]*?)\s*<(?P<angle>[^<>]+)>|(?P<plain>[^\s<>]+))\s*$')
_ADDRESS = re.compile(r"^(?P<user>[^@\s]+)@(?P<host>[^@\s]+)$")


class MailAddressValue:
    """System.Net.Mail.MailAddress: `"Display" <user@host>` or `user@host`."""

    __slots__ = ("user", "host", "display_name")
    type_name = "System.Net.Mail.MailAddress"

    def __init__(self, user: str, host: str, display_name: str = "") -> None:
        self.user = user
        self.host = host
        self.display_name = display_name

    @classmethod
    def parse(cls, text: str) -> MailAddressValue:
        m = _MAIL.match(text)
        if m is None:
            raise ValueError(BAD_MAIL)
        address = m.group("angle") or m.group("plain") or ""
        parts = _ADDRESS.match(address.strip())
        if parts is None or parts.group("host").startswith(".") or parts.group("host").endswith("."):
            raise ValueError(BAD_MAIL)
        display = (m.group("display") or "").strip().strip('"')
        return cls(parts.group("user"), parts.group("host"), display)

    @property
    def address(self) -> str:
        return f"{self.user}@{self.host}"

    def ps_property_names(self) -> list[str]:
        return ["DisplayName", "User", "Host", "Address"]

    def ps_get(self, name: str) -> tuple[bool, Any]:
        values = {
            "displayname": self.display_name,
            "user": self.user,
            "host": self.host,
            "address": self.address,
        }
        key = name.casefold()
        return (True, values[key]) if key in values else (False, None)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, MailAddressValue) and other.address.casefold() == self.address.casefold()

    def __hash__(self) -> int:
        return hash(self.address.casefold())

    def __str__(self) -> str:
        return f'"{self.display_name}" <{self.address}>' if self.display_name else self.address


register_type("System.Net.IPAddress", ("System.Object",), ("ipaddress",))
register_type("System.Net.Mail.MailAddress", ("System.Object",), ("mailaddress",))
