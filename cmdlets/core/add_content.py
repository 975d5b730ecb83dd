"""Add-Content: appends content, such as words or data, to a file."""

from __future__ import annotations

from pwshlite.cmdlet import Example, cmdlet

from ._content_cmdlet import ContentWriter


@cmdlet("Add-Content", default_set="Path", supports_should_process=True, aliases=("ac",))
class AddContent(ContentWriter):
    """Appends content, such as words or data, to a file (ANSI and CRLF unless -Encoding says otherwise, as 5.1 writes)."""

    append = True

    examples = (
        Example("Add-Content -Path ./notes.txt -Value 'Hello, World'", "Add one line"),
        Example("Get-Date | Add-Content -Path ./dates.txt", "Add what the pipeline gives"),
    )
