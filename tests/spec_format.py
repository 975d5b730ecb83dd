"""Reader of Oils-style spec files (tests/spec/*.test.ps1): one case per `#### name` header.

A case is the script text up to its first `## ` directive, then any of:
  ## STDOUT:  ... ## END      expected stdout (exact, every line LF-terminated)
  ## STDERR:  ... ## END      expected stderr (exact)
  ## stdout: TEXT             one-line stdout
  ## status: N                expected exit status (default 0)
  ## env: NAME=VALUE          environment for this case (repeatable)
  ## mode: file               run the script as a .ps1 file (`pwshlite case.ps1`) instead of -Command
  ## args: a b c              arguments after the script file (mode: file)
  ## stdin: TEXT              text on stdin (repeatable, one line each)
`{TMP}` in expected text and env values stands for the case's temporary working directory.
Lines starting with `# from:` in the script cite where the expected behaviour comes from.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path


@dataclass
class SpecCase:
    file: str
    name: str
    line: int
    script: str
    stdout: str | None = None
    stderr: str | None = None
    status: int = 0
    env: dict[str, str] = field(default_factory=dict)
    mode: str = "command"
    args: list[str] = field(default_factory=list)
    stdin: str = ""


def parse_spec_file(path: Path) -> list[SpecCase]:
    """Split a spec file into cases."""
    cases: list[SpecCase] = []
    lines = path.read_text(encoding="utf-8").split("\n")
    i = 0
    current: SpecCase | None = None
    script: list[str] = []
    in_script = False
    while i < len(lines):
        line = lines[i]
        if line.startswith("#### "):
            if current is not None:
                cases.append(current)
            current = SpecCase(path.name, line[5:].strip(), i + 1, "")
            script = []
            in_script = True
            i += 1
            continue
        if current is None:
            i += 1
            continue
        if line.startswith("## "):
            if in_script:
                current.script = "\n".join(script).strip("\n")
                in_script = False
            directive = line[3:]
            key, _, value = directive.partition(":")
            key = key.strip()
            value = value.strip()
            if key in ("STDOUT", "STDERR") and not value:
                block: list[str] = []
                i += 1
                while i < len(lines) and lines[i] != "## END":
                    block.append(lines[i])
                    i += 1
                text = "".join(b + "\n" for b in block)
                if key == "STDOUT":
                    current.stdout = text
                else:
                    current.stderr = text
            elif key == "stdout":
                current.stdout = value + "\n"
            elif key == "status":
                current.status = int(value)
            elif key == "env":
                name, _, val = value.partition("=")
                current.env[name.strip()] = val
            elif key == "mode":
                current.mode = value
            elif key == "args":
                current.args = value.split()
            elif key == "stdin":
                current.stdin += value + "\n"
            else:
                raise ValueError(f"{path.name}:{i + 1}: unknown directive {directive!r}")
            i += 1
            continue
        if in_script:
            script.append(line)
        i += 1
    if current is not None:
        cases.append(current)
    for case in cases:
        if not case.script and script and case is cases[-1] and in_script:
            case.script = "\n".join(script).strip("\n")
    return cases
