"""Invoke-Pester -OutputFormat NUnitXml: Pester 4's NUnit 2.5 report (Functions/TestResults.ps1 shape).

Layer: cmdlets/pester internals. Suites nest Pester > test file > Describe > Context; tests written
from one It with -TestCases are grouped in a ParameterizedTest suite. Written with XmlWriter's
layout (two-space indent, attributes in Pester's order).
"""

from __future__ import annotations

import getpass
import os
import platform
from datetime import datetime
from typing import Any

from pwshlite.values.stringform import to_string

from ._state import Group, Run, TestResult

_RESULT = {"Passed": ("Success", "True"), "Skipped": ("Ignored", "False"), "Pending": ("Inconclusive", "True"),
           "Inconclusive": ("Inconclusive", "True"), "Failed": ("Failure", "True")}  # fmt: skip


def _attr(value: Any) -> str:
    text = str(value)
    for a, b in (
        ("&", "&amp;"),
        ("<", "&lt;"),
        (">", "&gt;"),
        ('"', "&quot;"),
        ("\n", "&#xA;"),
        ("\r", "&#xD;"),
        ("\t", "&#x9;"),
    ):
        text = text.replace(a, b)
    return text


def _text(value: str) -> str:
    return value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\r", "&#xD;")


def _seconds(value: float) -> str:
    """Convert-TimeSpan: total seconds rounded to four places, '0' for none."""
    if not value:
        return "0"
    return f"{round(value, 4):.4f}".rstrip("0").rstrip(".") or "0"


class _Writer:
    def __init__(self) -> None:
        self.lines: list[str] = ['<?xml version="1.0" encoding="utf-8" standalone="no"?>']
        self.depth = 0

    def open(self, tag: str, attrs: list[tuple[str, Any]], empty: bool = False) -> None:
        text = " ".join(f'{k}="{_attr(v)}"' for k, v in attrs)
        self.lines.append("  " * self.depth + f"<{tag}{' ' + text if text else ''}{' />' if empty else '>'}")
        if not empty:
            self.depth += 1

    def close(self, tag: str) -> None:
        self.depth -= 1
        self.lines.append("  " * self.depth + f"</{tag}>")

    def element(self, tag: str, text: str) -> None:
        self.lines.append("  " * self.depth + f"<{tag}>{_text(text)}</{tag}>")


def _group_result(results: list[TestResult]) -> str:
    kinds = {r.result for r in results}
    if "Failed" in kinds:
        return "Failure"
    if "Skipped" in kinds:
        return "Ignored"
    if "Pending" in kinds:
        return "Inconclusive"
    return "Success"


def _suite_attrs(
    name: str, results: list[TestResult], seconds: float, kind: str = "TestFixture", path: str = ""
) -> list[tuple[str, Any]]:
    """A ParameterizedTest suite's name is prefixed with its path; its description is not."""
    success = "True" if not any(r.result == "Failed" for r in results) else "False"
    full = f"{path}.{name}" if path else name
    return [("type", kind), ("name", full), ("executed", "True"), ("result", _group_result(results)),
            ("success", success), ("time", _seconds(seconds)), ("asserts", "0"), ("description", name)]  # fmt: skip


def _case(w: _Writer, result: TestResult, path: str, suite: str | None) -> None:
    name = result.name
    if suite is not None and name == suite and result.parameters is not None:
        shown = [
            "null" if v is None else (f'"{v}"' if isinstance(v, str) else to_string(v))
            for v in result.parameters.values()
        ]
        name = f"{name}({','.join(shown)})"
    full = f"{path}.{name}" if path else name
    kind, executed = _RESULT[result.result]
    attrs = [("description", result.name), ("name", full), ("time", _seconds(result.time)), ("asserts", "0"),
             ("success", "True" if result.result == "Passed" else "False"), ("result", kind), ("executed", executed)]  # fmt: skip
    if result.result == "Passed" or (result.result != "Failed" and not result.failure_message):
        w.open("test-case", attrs, empty=True)
        return
    w.open("test-case", attrs)
    w.open("failure" if result.result == "Failed" else "reason", [])
    w.element("message", result.failure_message.replace("\x1b", "&27;"))
    if result.result == "Failed":
        w.element("stack-trace", result.stack_trace)
    w.close("failure" if result.result == "Failed" else "reason")
    w.close("test-case")


def _suite(w: _Writer, group: Group, path: str) -> None:
    w.open("test-suite", _suite_attrs(group.name, group.results(), group.time))
    w.open("results", [])
    new_path = path if group.kind == "Script" else (f"{path}.{group.name}" if path else group.name)
    for action in group.actions:
        if isinstance(action, Group):
            _suite(w, action, new_path)
    cases = [a for a in group.actions if isinstance(a, TestResult)]
    order: list[str | None] = []
    for case in cases:
        if case.suite_name not in order:
            order.append(case.suite_name)
    for suite in order:
        members = [c for c in cases if c.suite_name == suite]
        if suite:
            seconds = sum(c.time for c in members)
            w.open(
                "test-suite",
                _suite_attrs(suite, members, seconds, "ParameterizedTest", new_path),
            )
            w.open("results", [])
        for case in members:
            _case(w, case, new_path, suite)
        if suite:
            w.close("results")
            w.close("test-suite")
    w.close("results")
    w.close("test-suite")


def nunit_report(run: Run, seconds: float, now: datetime, cwd: str) -> str:
    root = run.root
    results = root.results()
    counts = {
        k: sum(1 for r in results if r.result == k) for k in ("Failed", "Skipped", "Pending", "Inconclusive")
    }
    w = _Writer()
    w.open("test-results", [
        ("xmlns:xsi", "http://www.w3.org/2001/XMLSchema-instance"), ("xsi:noNamespaceSchemaLocation", "nunit_schema_2.5.xsd"),
        ("name", "Pester"), ("total", len(results) - counts["Skipped"]), ("errors", "0"), ("failures", counts["Failed"]),
        ("not-run", "0"), ("inconclusive", counts["Pending"] + counts["Inconclusive"]), ("ignored", counts["Skipped"]),
        ("skipped", "0"), ("invalid", "0"), ("date", now.strftime("%Y-%m-%d")), ("time", now.strftime("%H:%M:%S")),
    ])  # fmt: skip
    w.open("environment", _environment(cwd), empty=True)
    w.open("culture-info", [("current-culture", "en-US"), ("current-uiculture", "en-US")], empty=True)
    w.open("test-suite", _suite_attrs("Pester", results, seconds))
    w.open("results", [])
    for action in root.actions:
        if isinstance(action, Group):
            _suite(w, action, "")
    w.close("results")
    w.close("test-suite")
    w.close("test-results")
    return "\n".join(w.lines) + "\n"


def _environment(cwd: str) -> list[tuple[str, Any]]:
    try:
        user = getpass.getuser()
    except Exception:  # noqa: BLE001 - no user name on this host
        user = ""
    return [("nunit-version", "2.5.8.0"), ("clr-version", "Unknown"), ("os-version", platform.release()),
            ("platform", platform.system()), ("cwd", cwd), ("machine-name", platform.node()), ("user", user),
            ("user-domain", os.environ.get("USERDOMAIN", ""))]  # fmt: skip
