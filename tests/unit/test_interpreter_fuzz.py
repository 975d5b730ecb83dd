"""Engine robustness: thousands of generated and mutated scripts never raise a Python exception out of
the Session and never hang (bounded recursion ends with the call-depth error). Issue #3 quality bar."""

from __future__ import annotations

import io
import os
import signal
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pwshlite.runtime.session import Session

CORPUS = [
    "$a = 1..5; $a | Where-Object { $_ -gt 2 } | ForEach-Object { $_ * 2 }",
    "function f($n) { if ($n -le 0) { return 0 }; $n + (f ($n - 1)) }; f 5",
    "try { throw 'x' } catch { $_.Exception.Message } finally { 'f' }",
    "switch (1, 'a', $null) { 1 { 'one' } 'a' { 'A' } default { 'd' } }",
    "$h = @{ a = 1; b = @(1, 2) }; $h.b[1]; $h['a'] + 1",
    "[pscustomobject]@{ Name = 'x'; Size = 3 } | Select-Object Name",
    "'abc' -replace 'b', 'x'; 'a,b' -split ','; 'q' * 3",
    "$x = [int]'5'; $x += 2; \"v=$x $($x * 2)\"",
    "function g { [CmdletBinding()] param([ValidateSet('A')]$V) $V }; g -V A; g -V B",
    "Get-NoSuchCommand -x 1; Write-Error 'e' 2>&1 | Out-Null; $?",
    "function r { r }; r",
    "& { param($p) $p } 3; . { $z = 1 }; $z",
    "$list = New-Object System.Collections.ArrayList; [void]$list.Add(1); $list.Count",
    "trap { 'trapped'; continue }; 1 / 0; 'after'",
    "filter dbl { $_ * 2 }; 1..3 | dbl | Measure-Object -Sum",
]
SYMBOLS = list("(){}[]$;|,'\".=+-*/%@&!<> 0123456789\n") + ["$_", "@(", "-eq", "-not", "::", "..", "`"]


SANDBOX = tempfile.mkdtemp(prefix="pwshlite-fuzz-")


def run(text: str) -> int:
    """Run one script in-process inside a scratch directory (mutated redirections create files there);
    PATH is emptied so a mutated name never starts a real program."""
    out, err = io.StringIO(), io.StringIO()
    saved, cwd = os.environ.get("PATH", ""), os.getcwd()
    os.chdir(SANDBOX)
    os.environ["PATH"] = ""
    try:
        session = Session(stdout=out, stderr=err, width=119)
        code = session.run_text(text)
    finally:
        os.environ["PATH"] = saved
        os.chdir(cwd)
    assert "Traceback" not in err.getvalue()
    return code


@contextmanager
def deadline(seconds: int) -> Iterator[None]:
    def fail(*_: object) -> None:
        raise AssertionError("script did not finish in time")

    old = signal.signal(signal.SIGALRM, fail)
    signal.alarm(seconds)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, old)


@st.composite
def mutated(draw: st.DrawFn) -> str:
    text = draw(st.sampled_from(CORPUS))
    for _ in range(draw(st.integers(0, 4))):
        pos = draw(st.integers(0, len(text)))
        action = draw(st.sampled_from(["insert", "delete", "replace"]))
        piece = draw(st.sampled_from(SYMBOLS))
        if action == "insert":
            text = text[:pos] + piece + text[pos:]
        elif action == "delete":
            text = text[:pos] + text[pos + draw(st.integers(1, 3)) :]
        else:
            text = text[:pos] + piece + text[pos + 1 :]
    return text


@settings(max_examples=600, deadline=None, suppress_health_check=list(HealthCheck))
@given(mutated())
def test_mutated_scripts_never_escape(text: str) -> None:
    with deadline(20):
        code = run(text)
    assert isinstance(code, int)


def test_corpus_runs() -> None:
    for text in CORPUS:
        with deadline(20):
            assert isinstance(run(text), int)


def test_deep_nesting_is_call_depth_error() -> None:
    out, err = io.StringIO(), io.StringIO()
    session = Session(stdout=out, stderr=err, width=119)
    code = session.run_text("(" * 3000 + "1" + ")" * 3000)
    assert code in (0, 1)
    assert "Traceback" not in err.getvalue()
