"""Set-Content: writes new content or replaces the content in a file."""

from __future__ import annotations

from pwshlite.cmdlet import Example, cmdlet

from ._content_cmdlet import ContentWriter


@cmdlet("Set-Content", default_set="Path", supports_should_process=True, aliases=("sc",))
class SetContent(ContentWriter):
    """Writes new content or replaces the content in a file (ANSI and CRLF unless -Encoding says otherwise, as 5.1 writes)."""

    append = False

    examples = (
        Example("Set-Content -Path ./notes.txt -Value 'Hello, World'", "Set one line"),
        Example("Get-Date | Set-Content -Path ./dates.txt", "Set what the pipeline gives"),
    )
