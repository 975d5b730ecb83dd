"""Get-Credential: gets a credential object (user name and SecureString password)."""

from __future__ import annotations

from typing import Any

from pwshlite.cmdlet import Cmdlet, Context, Example, Parameter, cmdlet
from pwshlite.objects import PSObject, SecureString

from . import _secure
from ._common import to_string
from .read_host import require_interactive


@cmdlet("Get-Credential", default_set="CredentialSet", outputs=("System.Management.Automation.PSCredential",))
class GetCredential(Cmdlet):
    """Gets a credential object based on a user name and password (given, or asked for interactively)."""

    Credential: Any = Parameter(
        position=0, sets=("CredentialSet",), type_name="System.Management.Automation.PSCredential"
    )
    Message: str | None = Parameter(sets=("MessageSet",))
    UserName: str | None = Parameter(position=0, sets=("MessageSet",))
    Title: str | None = Parameter(sets=("MessageSet",))

    examples = (
        Example(
            "$pw = ConvertTo-SecureString 'P@ssw0rd' -AsPlainText -Force; "
            "$c = New-Object System.Management.Automation.PSCredential ('CONTOSO\\admin', $pw); Get-Credential $c",
            "Pass an existing credential through",
        ),
        Example(
            "Get-Credential -UserName CONTOSO\\admin -Message 'Admin account'",
            "Ask for a password (interactive)",
        ),
    )

    def process(self, ctx: Context) -> list[PSObject]:
        given = self.Credential
        if isinstance(given, PSObject) and "System.Management.Automation.PSCredential" in given.type_names:
            return [given]
        user = self.UserName if self.UserName is not None else (None if given is None else to_string(given))
        require_interactive(ctx)
        if self.Message:
            ctx.write_host(self.Message)
        if user is None:
            user = ctx.read_line("User: ")
        password = ctx.read_line(f"Password for user {user}: ", secret=True)
        return [_secure.credential(user, SecureString(password))]
