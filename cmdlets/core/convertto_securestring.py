"""ConvertTo-SecureString: converts plain text or encrypted standard strings to secure strings."""

from __future__ import annotations

from typing import Any

from pwshlite.cmdlet import Cmdlet, Context, Example, Parameter, Switch, cmdlet
from pwshlite.errors import ErrorCategory
from pwshlite.objects import SecureString

from . import _secure
from ._common import terminate, write_error


@cmdlet("ConvertTo-SecureString", default_set="Secure", outputs=("System.Security.SecureString",))
class ConvertToSecureString(Cmdlet):
    """Converts plain text (with -AsPlainText -Force) or an encrypted standard string to a SecureString."""

    String: str = Parameter(position=0, mandatory=True, pipeline=True, secret=True)
    AsPlainText: Switch = Parameter(position=1, sets=("PlainText",))
    Force: Switch = Parameter(position=2, sets=("PlainText",))
    SecureKey: SecureString | None = Parameter(position=1, sets=("Secure",))
    Key: list[int] | None = Parameter(sets=("Open",), type_name="System.Byte[]")

    examples = (
        Example(
            "$pw = ConvertTo-SecureString 'P@ssw0rd' -AsPlainText -Force",
            "Make a SecureString from plain text",
        ),
        Example(
            "$pw = ConvertTo-SecureString 'x' -AsPlainText -Force; $s = ConvertFrom-SecureString $pw; ConvertTo-SecureString $s",
            "Round-trip through an encrypted string",
        ),
    )

    def begin(self, ctx: Context) -> None:
        if self.AsPlainText and not self.Force:
            raise terminate(
                ctx,
                "The system cannot protect plain text input. To suppress this warning and convert the plain text to a "
                "SecureString, reissue the command specifying the Force parameter. For more information ,type: "
                "get-help ConvertTo-SecureString.",
                "ImportSecureString_InvalidArgument", ErrorCategory.InvalidArgument, None, "System.ArgumentException",
            )  # fmt: skip

    def process(self, ctx: Context) -> list[Any]:
        text = self.String or ""
        if self.AsPlainText:
            return [SecureString(text)]
        try:
            if self.Key is not None or self.SecureKey is not None:
                key = _secure.key_bytes(self.Key if self.Key is not None else self.SecureKey)
                return [SecureString(_secure.decrypt_with_key(text, key))]
            return [SecureString(_secure.unprotect(text))]
        except _secure.SecureStringError as exc:
            write_error(
                ctx, str(exc), "ImportSecureString_InvalidArgument_CryptographicError", ErrorCategory.InvalidArgument,
                None, "System.Security.Cryptography.CryptographicException",
            )  # fmt: skip
            return []
