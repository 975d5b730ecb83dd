"""The interactive shell: a prompt_toolkit PromptSession wired to a pwshlite Session.

Host layer. prompt_toolkit and Pygments are imported only here (never in batch mode). One module per
concern: key_bindings (Enter/Ctrl+C/word moves), validator (continuation via the parser), lexer
(Pygments highlighting), history (secret lines kept out of the file), completer (commands, parameters,
values, variables, members).
"""

from __future__ import annotations

import os
import random
from typing import Any

TIPS = (
    "Get-UMMailboxPIN -Identity tony@contoso.com shows a user's voice mail PIN status.",
    "Set-UMMailboxPIN -Identity tony@contoso.com resets a PIN and mails the new one to the user.",
    "Get-Help <cmdlet> -Examples shows examples for any cmdlet; Get-Command *UM* lists the UM cmdlets.",
    "Get-UMMailboxPolicy | Format-List *PIN* shows the PIN policy of every UM mailbox policy.",
    "Press Tab to complete cmdlet, parameter and identity names; Ctrl+Space shows the menu.",
)


def color_enabled(stream: Any) -> bool:
    """Colour only on a terminal and when NO_COLOR is not set."""
    return not os.environ.get("NO_COLOR") and bool(getattr(stream, "isatty", lambda: False)())


def banner(session: Any) -> str:
    """The short EMS-style welcome: organization, store and a tip."""
    try:
        from pwshlite.cmdlets.exchange_um.store import UMStore

        store = session.resource(UMStore)
        info = store.org_info()
        org = f"{info['Name']} ({info['Domain']})"
        where = str(store.path)
    except Exception as exc:  # noqa: BLE001 - the banner reports a broken store instead of failing
        org, where = "unavailable", f"{getattr(session, 'store_path', None) or 'default'} ({exc})"
    user = getattr(session, "user", None) or "Administrator"
    return (
        "\n         Welcome to the Exchange Management Shell (pwshlite)!\n\n"
        f" Organization: {org}, signed in as {user}\n Store: {where}\n\n"
        " Full list of cmdlets: Get-Command\n Only Exchange cmdlets: Get-Command -Module ExchangeUM\n"
        " Help on a cmdlet: Get-Help <cmdlet> -Examples\n\n"
        f" Tip of the day: {random.choice(TIPS)}\n"
    )


def prompt_text(session: Any) -> str:
    """EMS's prompt `[PS] <location>>`, or the output of the user's `prompt` function when one is defined
    (about_Prompts); a failing or empty prompt function gives `PS>` as PowerShell's host does."""
    interp = getattr(session, "interp", None)
    fn = interp.scopes.find_function("prompt") if interp is not None else None
    if interp is not None and fn is not None:
        from pwshlite.values.convert import to_string

        try:
            text = "".join(to_string(item) for item in interp.invoke_block(fn.block, []))
        except Exception:  # noqa: BLE001 - a broken prompt function must not end the shell
            text = ""
        return text or "PS>"
    location = getattr(session, "cwd", None) or os.getcwd()
    return f"[PS] {location}>"


def _line_reader(color: bool) -> Any:
    """Prompts asked while a command runs (Read-Host, -Confirm, mandatory parameters) use prompt_toolkit
    too, masked for secrets, with their own in-memory history so answers never reach the history file."""
    from prompt_toolkit import PromptSession
    from prompt_toolkit.history import InMemoryHistory

    asker: PromptSession[str] = PromptSession(history=InMemoryHistory())

    def read(prompt: str, secret: bool) -> str:
        text: str = asker.prompt(prompt, is_password=secret)
        return text

    return read


def run_repl(session: Any, no_logo: bool = False) -> int:
    """Read-eval-print until `exit` or Ctrl+D; returns the exit code."""
    import sys

    from prompt_toolkit import PromptSession

    from pwshlite.repl.completer import PwshCompleter
    from pwshlite.repl.history import SecretFilteringHistory, history_path
    from pwshlite.repl.key_bindings import make_key_bindings
    from pwshlite.repl.lexer import make_lexer

    color = color_enabled(sys.stdout)
    history = SecretFilteringHistory(history_path())
    prompt: PromptSession[str] = PromptSession(
        history=history,
        lexer=make_lexer(color),
        completer=PwshCompleter(session),
        complete_while_typing=False,
        key_bindings=make_key_bindings(),
        multiline=True,
        prompt_continuation=lambda width, line_no, wrap: ">> ",
        enable_history_search=False,
    )
    session.line_reader = _line_reader(color)
    if not no_logo:
        print(banner(session))
    while True:
        shown = prompt_text(session)
        try:
            text = prompt.prompt(shown)
        except KeyboardInterrupt:
            continue
        except EOFError:
            return int(getattr(session, "last_exit_code", 0))
        if not text.strip():
            continue
        for listener in list(getattr(session, "host_listeners", ())):
            listener("input", shown + text)  # the typed line, as the console showed it (transcripts)
        session.sensitive_ran = False
        try:
            code = session.run_text(text)
        except KeyboardInterrupt:
            print()
            continue
        finally:
            history.settle(bool(getattr(session, "sensitive_ran", False)))
        if getattr(session, "exit_requested", False):
            return int(code)
