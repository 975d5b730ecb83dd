"""ConvertFrom-SecureString: converts a secure string to an encrypted standard string."""

from __future__ import annotations

from pwshlite.cmdlet import Cmdlet, Context, Example, Parameter, cmdlet
from pwshlite.errors import ErrorCategory
from pwshlite.objects import SecureString as SecureStringValue

from . import _secure
from ._common import write_error


@cmdlet("ConvertFrom-SecureString", default_set="Secure", outputs=("System.String",))
class ConvertFromSecureString(Cmdlet):
    """Converts a secure string to an encrypted standard string (per-user protection, or AES with -Key)."""

    SecureString: SecureStringValue = Parameter(position=0, mandatory=True, pipeline=True)
    SecureKey: SecureStringValue | None = Parameter(position=1, sets=("Secure",))
    Key: list[int] | None = Parameter(sets=("Open",), type_name="System.Byte[]")

    examples = (
        Example(
            "$pw = ConvertTo-SecureString 'P@ssw0rd' -AsPlainText -Force; ConvertFrom-SecureString $pw",
            "An encrypted string for the current user",
        ),
        Example(
            "$pw = ConvertTo-SecureString 'P@ssw0rd' -AsPlainText -Force; ConvertFrom-SecureString $pw -Key (1..16)",
            "An encrypted string any holder of the key can open",
        ),
    )

    def process(self, ctx: Context) -> list[str]:
        value = self.SecureString
        text = value.reveal() if isinstance(value, SecureStringValue) else ""
        try:
            if self.Key is not None or self.SecureKey is not None:
                key = _secure.key_bytes(self.Key if self.Key is not None else self.SecureKey)
                return [_secure.encrypt_with_key(text, key)]
            return [_secure.protect(text)]
        except _secure.SecureStringError as exc:
            write_error(
                ctx, str(exc), "ExportSecureString_InvalidArgument_CryptographicError", ErrorCategory.InvalidArgument,
                None, "System.Security.Cryptography.CryptographicException",
            )  # fmt: skip
            return []
