"""Test helpers for the Exchange cmdlets: a fake Context around a real (temporary) organization store.

`run(store, "Get-UMMailboxPIN", Identity="tony@contoso.com")` binds the given parameters the way the
binder does (each annotation's converter), runs begin/process/end and returns a Result with the
output objects and every stream. The store is a real UMStore on a temporary SQLite file seeded with
the demo organization, so the cmdlets are tested against the data layer they ship with.
"""

from __future__ import annotations

import importlib
import re
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from pwshlite.cmdlet import Cmdlet, CmdletError, Switch, iter_output
from pwshlite.errors import ErrorRecord

from .core_fakes import FakeContext


class ExchangeContext(FakeContext):
    """FakeContext plus the organization store resource and Exchange-style ShouldProcess messages."""

    def __init__(
        self, store: Any, command_name: str, whatif: bool = False, confirm_answer: bool = True
    ) -> None:
        super().__init__(command_name=command_name)
        from pwshlite.cmdlets.exchange_um.store import UMStore

        self.resources[UMStore] = store
        self.whatif = whatif
        self.confirm_answer = confirm_answer
        self.confirm_messages: list[str] = []

    def should_process_message(self, message: str) -> bool:
        if self.whatif:
            self.whatif_lines.append(f"What if: {message}")
            return False
        self.confirm_messages.append(message)
        return self.confirm_answer

    def now(self) -> datetime:
        return datetime(2026, 3, 4, 5, 6, 7)


@dataclass
class Result:
    output: list[Any]
    errors: list[ErrorRecord]
    warnings: list[str]
    whatif: list[str]
    context: ExchangeContext
    terminating: ErrorRecord | None = None
    messages: list[str] = field(default_factory=list)

    @property
    def error_messages(self) -> list[str]:
        msgs = [e.message for e in self.errors]
        return msgs + ([self.terminating.message] if self.terminating else [])


def cmdlet_class(name: str) -> type[Cmdlet]:
    """The cmdlet class for an Exchange cmdlet name (verb_noun.py file, class = name without hyphen)."""
    verb, noun = name.split("-", 1)
    noun = noun.replace("UMIP", "UmIp")
    parts = re.findall(r"[A-Z]+(?=[A-Z][a-z]|$)|[A-Z][a-z]+|[a-z]+|\d+", noun)
    module = importlib.import_module(
        "pwshlite.cmdlets.exchange_um." + verb.lower() + "_" + "_".join(p.lower() for p in parts)
    )
    for value in vars(module).values():
        if isinstance(value, type) and issubclass(value, Cmdlet) and value is not Cmdlet:
            if value.info.name.casefold() == name.casefold():
                return value
    raise LookupError(name)


def _convert(annotation: Any, value: Any) -> Any:
    if annotation is Switch:
        return Switch(bool(value))
    parse = getattr(annotation, "parse", None)
    if callable(parse) and not isinstance(value, annotation):
        return parse(value)
    return value


def run(
    store: Any,
    name: str,
    *,
    whatif: bool = False,
    confirm: bool = True,
    pipeline: list[Any] | None = None,
    parameter_set: str | None = None,
    **params: Any,
) -> Result:
    """Run one Exchange cmdlet with named parameters (and optional pipeline input bound to Identity)."""
    cls = cmdlet_class(name)
    ctx = ExchangeContext(store, cls.info.name, whatif=whatif, confirm_answer=confirm)
    ctx.parameter_set = parameter_set or cls.info.default_set or "__AllParameterSets"
    inputs = pipeline if pipeline is not None else [None]
    out: list[Any] = []
    terminating = None
    cmd = cls()
    bound = set()
    for key, value in params.items():
        info = cls.info.parameter(key)
        assert info is not None, f"{name} has no parameter {key}"
        setattr(
            cmd,
            info.name,
            [_convert(info.element_type, v) for v in value]
            if info.is_array
            else _convert(info.annotation, value),
        )
        bound.add(info.name)
    try:
        out.extend(iter_output(cmd.begin(ctx)))
        for item in inputs:
            if item is not None:
                info = cls.info.parameter("Identity")
                assert info is not None
                cmd.Identity = _convert(info.annotation, item)
                ctx.bound = frozenset(bound | {"Identity"})
            else:
                ctx.bound = frozenset(bound)
            out.extend(iter_output(cmd.process(ctx)))
        out.extend(iter_output(cmd.end(ctx)))
    except CmdletError as exc:
        terminating = exc.record
    return Result(out, ctx.errors, ctx.warnings, ctx.whatif_lines, ctx, terminating, ctx.confirm_messages)


def open_test_store(tmp_path: Any, seed: str = "demo", user: str | None = None) -> Any:
    """A fresh organization store in tmp_path (demo organization unless seed='none')."""
    from pwshlite.cmdlets.exchange_um.store import StoreConfig, UMStore

    return UMStore(StoreConfig(str(tmp_path / "org.db"), str(tmp_path / "org.db.key"), seed, user))
