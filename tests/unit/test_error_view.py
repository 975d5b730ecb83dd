"""Byte-exact error rendering: the worked examples of formatting spec §10 (W=119, B=120)."""

from __future__ import annotations

from pwshlite.errors import ErrorCategory, ErrorRecord, InvocationInfo, ParseError, ParseFailure, Source, Span
from pwshlite.format.error_view import position_lines, render_error_record, render_parse_failure, wrap_line


def _span(text: str, start: int, end: int, path: str | None = None) -> Span:
    return Span(Source(text, path), start, end)


def _expect(block: str) -> str:
    """Spec examples mark line ends with ¶."""
    return "".join(line[:-1] + "\n" for line in block.strip("\n").split("\n"))


def test_wrap_example_2_1() -> None:
    assert wrap_line("The quick brown fox jumps", 10) == ["The quick ", "brown fox ", "jumps"]


def test_cmdlet_error_get_item() -> None:
    line = "Get-Item C:\\nope"
    record = ErrorRecord(
        message="Cannot find path 'C:\\nope' because it does not exist.",
        error_id="PathNotFound",
        category=ErrorCategory.ObjectNotFound,
        exception_type="System.Management.Automation.ItemNotFoundException",
        target_object="C:\\nope",
        activity="Get-Item",
        fq_suffix="Microsoft.PowerShell.Commands.GetItemCommand",
        invocation=InvocationInfo(
            command_name="Get-Item",
            invocation_name="gi",
            command_kind="Cmdlet",
            extent=_span("gi C:\\nope", 0, 10),
        ),
    )
    assert render_error_record(record) == _expect("""
gi : Cannot find path 'C:\\nope' because it does not exist.¶
At line:1 char:1¶
+ gi C:\\nope¶
+ ~~~~~~~~~~¶
    + CategoryInfo          : ObjectNotFound: (C:\\nope:String) [Get-Item], ItemNotFoundException¶
    + FullyQualifiedErrorId : PathNotFound,Microsoft.PowerShell.Commands.GetItemCommand¶
 ¶
""")
    assert line  # the unaliased form differs only in the prefix


def test_unknown_command_wraps_message() -> None:
    record = ErrorRecord(
        message="The term 'Get-Mailboxx' is not recognized as the name of a cmdlet, function, script file, or "
        "operable program. Check the spelling of the name, or if a path was included, verify that the path is "
        "correct and try again.",
        error_id="CommandNotFoundException",
        category=ErrorCategory.ObjectNotFound,
        exception_type="System.Management.Automation.CommandNotFoundException",
        target_object="Get-Mailboxx",
        invocation=InvocationInfo(invocation_name="Get-Mailboxx", extent=_span("Get-Mailboxx jdoe", 0, 12)),
    )
    assert render_error_record(record) == _expect("""
Get-Mailboxx : The term 'Get-Mailboxx' is not recognized as the name of a cmdlet, function, script file, or operable ¶
program. Check the spelling of the name, or if a path was included, verify that the path is correct and try again.¶
At line:1 char:1¶
+ Get-Mailboxx jdoe¶
+ ~~~~~~~~~~~~¶
    + CategoryInfo          : ObjectNotFound: (Get-Mailboxx:String) [], CommandNotFoundException¶
    + FullyQualifiedErrorId : CommandNotFoundException¶
 ¶
""")


def test_throw_string() -> None:
    record = ErrorRecord(
        message="boom",
        error_id="boom",
        category=ErrorCategory.OperationStopped,
        target_object="boom",
        invocation=InvocationInfo(extent=_span('throw "boom"', 0, 12)),
    )
    assert render_error_record(record) == _expect("""
boom¶
At line:1 char:1¶
+ throw "boom"¶
+ ~~~~~~~~~~~~¶
    + CategoryInfo          : OperationStopped: (boom:String) [], RuntimeException¶
    + FullyQualifiedErrorId : boom¶
 ¶
""")


def test_write_error_at_prompt_has_no_position() -> None:
    record = ErrorRecord(
        message="boom",
        error_id="Microsoft.PowerShell.Commands.WriteErrorException",
        exception_type="Microsoft.PowerShell.Commands.WriteErrorException",
        activity="Write-Error",
        invocation=InvocationInfo(command_kind="ScriptBlock", script_block_text='Write-Error "boom"'),
    )
    assert render_error_record(record) == _expect("""
Write-Error "boom" : boom¶
    + CategoryInfo          : NotSpecified: (:) [Write-Error], WriteErrorException¶
    + FullyQualifiedErrorId : Microsoft.PowerShell.Commands.WriteErrorException¶
 ¶
""")


def test_binding_error_conversion_wraps() -> None:
    text = "Get-Random -Maximum abc"
    record = ErrorRecord(
        message='Cannot bind parameter \'Maximum\'. Cannot convert value "abc" to type "System.Int32". Error: '
        '"Input string was not in a correct format."',
        error_id="CannotConvertArgumentNoMessage",
        category=ErrorCategory.InvalidArgument,
        exception_type="System.Management.Automation.ParameterBindingException",
        activity="Get-Random",
        fq_suffix="Microsoft.PowerShell.Commands.GetRandomCommand",
        invocation=InvocationInfo(
            command_name="Get-Random", command_kind="Cmdlet", extent=_span(text, 20, 23)
        ),
    )
    assert render_error_record(record) == _expect("""
Get-Random : Cannot bind parameter 'Maximum'. Cannot convert value "abc" to type "System.Int32". Error: "Input string ¶
was not in a correct format."¶
At line:1 char:21¶
+ Get-Random -Maximum abc¶
+                     ~~~¶
    + CategoryInfo          : InvalidArgument: (:) [Get-Random], ParameterBindingException¶
    + FullyQualifiedErrorId : CannotConvertArgumentNoMessage,Microsoft.PowerShell.Commands.GetRandomCommand¶
 ¶
""")


def test_remote_exchange_error_layout() -> None:
    fqid = (
        "[Server=EXCH01,RequestId=3f0e1c2a-5b6d-4e7f-8a9b-0c1d2e3f4a5b,TimeStamp=11/27/2026 1:04:05 PM] "
        "[FailureCategory=Cmdlet-ManagementObjectNotFoundException] A1B2C3D4"
    )
    record = ErrorRecord(
        message="The operation couldn't be performed because object 'jdoe' couldn't be found on 'DC01.contoso.com'.",
        error_id=fqid,
        fq_suffix="Microsoft.Exchange.Management.RecipientTasks.GetMailbox",
        remote=True,
        category_text="NotSpecified: (:) [Get-Mailbox], ManagementObjectNotFoundException",
        extra={"PSComputerName": "exch01.contoso.com"},
    )
    assert render_error_record(record) == _expect("""
The operation couldn't be performed because object 'jdoe' couldn't be found on 'DC01.contoso.com'.¶
    + CategoryInfo          : NotSpecified: (:) [Get-Mailbox], ManagementObjectNotFoundException¶
    + FullyQualifiedErrorId : [Server=EXCH01,RequestId=3f0e1c2a-5b6d-4e7f-8a9b-0c1d2e3f4a5b,TimeStamp=11/27/2026 1:04: ¶
   05 PM] [FailureCategory=Cmdlet-ManagementObjectNotFoundException] A1B2C3D4,Microsoft.Exchange.Management.Recipient  ¶
  Tasks.GetMailbox¶
    + PSComputerName        : exch01.contoso.com¶
 ¶
""")


def test_parse_error_invalid_end_of_line() -> None:
    text = "cd C:\\temp && dir"
    failure = ParseFailure(
        [
            ParseError(
                "InvalidEndOfLine",
                "The token '&&' is not a valid statement separator in this version.",
                _span(text, 11, 13),
            )
        ]
    )
    assert render_parse_failure(failure) == _expect("""
At line:1 char:12¶
+ cd C:\\temp && dir¶
+            ~~¶
The token '&&' is not a valid statement separator in this version.¶
    + CategoryInfo          : ParserError: (:) [], ParentContainsErrorRecordException¶
    + FullyQualifiedErrorId : InvalidEndOfLine¶
 ¶
""")


def test_long_line_window_cuts_error() -> None:
    text = (
        "$results = Get-Mailbox -ResultSize Unlimited -Filter \"Department -eq 'Sales'\" | "
        "Select-Object Name, Alias"
    )
    assert position_lines(_span(text, 11, len(text))) == [
        "At line:1 char:12",
        '+ $results = Get-Mailbox -ResultSize Unlimited -Filter "Department -eq  ...',
        "+            " + "~" * 58,
    ]


def test_long_line_window_drops_before() -> None:
    text = (
        "Get-Mailbox -ResultSize Unlimited | Where-Object { $_.Database -eq 'DB01' } | Set-Mailbox -Identiy x"
    )
    start = text.index("-Identiy")
    lines = position_lines(_span(text, start, start + 8))
    assert lines[1] == "+ ... ed | Where-Object { $_.Database -eq 'DB01' } | Set-Mailbox -Identiy x"
    assert lines[2] == "+ " + " " * (lines[1].index("-Identiy") - 2) + "~~~~~~~~"


def test_script_file_position() -> None:
    span = _span("Write-Output 1\nGet-Foo\n", 15, 22, "/tmp/a.ps1")
    assert position_lines(span) == ["At /tmp/a.ps1:2 char:1", "+ Get-Foo", "+ ~~~~~~~"]
