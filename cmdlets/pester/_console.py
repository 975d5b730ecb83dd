"""Pester 4's console report: group headers, `[+]`/`[-]` result lines, failure details, summary.

Layer: cmdlets/pester internals; writes through ctx.write_host with Pester 4's colours (shown only
on a terminal). Layout (Functions/Output.ps1, PesterState's IndentLevel): a blank line before each header, two
spaces per indent level, results one level deeper than their group, failure lines two spaces deeper
than their result line.
"""

from __future__ import annotations

from pwshlite.cmdlet import Context

from ._state import Run, TestResult, human_time

MARGIN = "  "
_HEADERS = {"Describe": ("Describing {0}", "Green"), "Context": ("Context {0}", "Cyan"),
            "Script": ("Executing script {0}", "Green")}  # fmt: skip


def _shows(run: Run, flag: str) -> bool:
    return flag in run.show


def indent_level(stack_size: int) -> int:
    """Pester's IndentLevel: the group stack (Root included) minus the root and one level."""
    return max(0, stack_size - 2)


def write_header(ctx: Context, run: Run, kind: str, name: str, level: int) -> None:
    """Written once the group is entered; a Context header always has one margin (Write-Context)."""
    flag = "Describe" if kind == "Script" else kind
    if not _shows(run, flag):
        return
    text, colour = _HEADERS[kind]
    margin = MARGIN if kind == "Context" else MARGIN * level
    ctx.write_host("")
    ctx.write_host(margin + text.format(name), fg=colour)


def write_start(ctx: Context, run: Run, paths: list[str]) -> None:
    if not _shows(run, "Header"):
        return
    message = "Executing all tests in '{}'".format("', '".join(paths))
    if run.test_name:
        message += " matching test name {}".format(" ".join(run.test_name))
    if run.tags:
        message += " with Tags {}".format(" ".join(run.tags))
    ctx.write_host(message, fg="White")


def write_result(ctx: Context, run: Run, result: TestResult, level: int) -> None:
    if result.result not in run.show:
        return
    margin = MARGIN * (level + 1)
    took = human_time(result.time)
    if result.result == "Passed":
        ctx.write_host(f"{margin}[+] {result.name} {took}", fg="DarkGreen")
    elif result.result == "Failed":
        ctx.write_host(f"{margin}[-] {result.name} {took}", fg="Red")
        for line in result.lines:
            ctx.write_host(margin + MARGIN + line, fg="Red")
    elif result.result == "Skipped":
        ctx.write_host(f"{margin}[!] {result.name}, is skipped{_because(result)} {took}", fg="Yellow")
    elif result.result == "Pending":
        ctx.write_host(f"{margin}[?] {result.name}, is pending{_because(result)} {took}", fg="Gray")
    else:
        ctx.write_host(f"{margin}[?] {result.name}, is inconclusive{_because(result)} {took}", fg="Gray")


def _because(result: TestResult) -> str:
    """Set-ItResult -Because: `, because <reason>` after the result word."""
    data = getattr(result.error, "target_object", None)
    inner = data["Data"] if data is not None and "Data" in data else None
    because = inner["Because"] if inner is not None and "Because" in inner else None
    return f", because {because}" if because else ""


def write_summary(ctx: Context, run: Run, seconds: float) -> None:
    if not _shows(run, "Summary"):
        return
    root = run.root
    ctx.write_host(f"Tests completed in {human_time(seconds)}", fg="White")
    counts = [root.count(kind) for kind in ("Passed", "Failed", "Skipped", "Pending", "Inconclusive")]
    ctx.write_host(
        "Tests Passed: {}, Failed: {}, Skipped: {}, Pending: {}, Inconclusive: {} ".format(*counts),
        fg="Red" if counts[1] else "DarkGreen",
    )
