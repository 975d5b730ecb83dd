"""Pester 4's mocks: the mock table, the proxy command that replaces a mocked command, call history.

Layer: cmdlets/pester internals. A mocked command is replaced through the session's command-override
table by a proxy cmdlet with the original's parameter metadata, so calls bind exactly as they would
to the original (positions, pipeline input, aliases) and -ParameterFilter / -MockWith see the bound
parameters as variables. Scoping follows Pester 4 (Functions/Mock.ps1): a mock belongs to the test
group (Describe/Context) in which it was created and is removed when that group ends; calls made
inside an It belong to the It until it ends, then to its group, then move up as groups end.
"""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass, field
from typing import Any

from pwshlite.cmdlet import (
    ALL_SETS,
    Cmdlet,
    CmdletInfo,
    CommandEntry,
    Context,
    ParameterInfo,
    SetMembership,
    Switch,
)
from pwshlite.objects import PSHashtable, ScriptBlockValue
from pwshlite.values.convert import to_bool

from ._state import Group, PesterState, require_group, script_error, state_of

_COMMON = frozenset(
    "verbose debug erroraction warningaction errorvariable warningvariable outvariable outbuffer "
    "pipelinevariable informationaction informationvariable whatif confirm".split()
)


@dataclass(eq=False)
class MockBlock:
    mock_with: ScriptBlockValue | None
    filter: ScriptBlockValue | None
    verifiable: bool
    group: Group


@dataclass(eq=False)
class Call:
    bound: dict[str, Any]
    scope: Group | None  # None: the It that is running


@dataclass(eq=False)
class MockEntry:
    name: str
    original: Any  # CmdletInfo or the script FunctionInfo
    info: CmdletInfo  # the proxy's metadata
    group: Group
    blocks: list[MockBlock] = field(default_factory=list)
    calls: list[Call] = field(default_factory=list)

    def add(self, block: MockBlock) -> None:
        """Filterless blocks first, then filtered ones, each in creation order (searched backwards)."""
        plain = [b for b in self.blocks if b.filter is None]
        filtered = [b for b in self.blocks if b.filter is not None]
        (plain if block.filter is None else filtered).append(block)
        self.blocks = plain + filtered


def find_command(ctx: Context, name: str) -> CommandEntry | None:
    """Validate-Command: the function or cmdlet a name means now (aliases resolved)."""
    entries = ctx.list_commands()
    seen = 0
    while seen < 10:
        entry = next((e for e in entries if e.name.casefold() == name.casefold()), None)
        if entry is None or entry.command_type != "Alias":
            return entry
        name, seen = entry.definition, seen + 1
    return None


def _proxy_parameter(p: ParameterInfo) -> ParameterInfo:
    """Script-function parameters bind loosely in the proxy (their script types stay with the body)."""
    if p.annotation is Switch or isinstance(p.annotation, type):
        return p
    if p.is_array:
        return dataclasses.replace(p, annotation=list, element_type=object)
    return dataclasses.replace(p, annotation=object, element_type=None)


class MockProxy(Cmdlet):
    """Runs in place of a mocked command: picks the mock whose filter passes, else calls the original."""

    mock_key = ""

    def process(self, ctx: Context) -> Any:
        state = state_of(ctx)
        entry: MockEntry | None = state.mocks.get(self.mock_key)
        if entry is None:  # the mock ended while a pipeline was running
            return []
        names = [p.name for p in entry.info.parameters.values() if p.name.casefold() not in _COMMON]
        bound = {n: getattr(self, n, None) for n in names if n in ctx.bound}
        variables = {n: getattr(self, n, None) for n in names}
        block = _pick(ctx, entry, variables)
        if block is None:
            runner = ctx.new_script_block(
                "param($__pesterCommand, $__pesterArgs) & $__pesterCommand @__pesterArgs"
            )
            return ctx.invoke_guarded(runner, entry.original, PSHashtable(bound.items()), new_scope=True)
        entry.calls.append(Call(bound, None if state.current_test is not None else state.group))
        block.verifiable = False
        if block.mock_with is None:
            return []
        loose = entry.info.parameters.get("args")
        extra = list(variables.pop("Args", None) or []) if loose is not None and loose.remaining else []
        return with_variables(ctx, block.mock_with, variables, extra)


def with_variables(
    ctx: Context, block: ScriptBlockValue, variables: dict[str, Any], extra: list[Any] | None = None
) -> list[Any]:
    """Run a block in a child scope where the mocked command's parameters are variables (and the
    arguments of a simple function are $args)."""
    with ctx.child_scope():
        for name, value in variables.items():
            ctx.set_variable(name, value)
        return ctx.invoke_guarded(block, *(extra or []))


def filter_passes(ctx: Context, block: ScriptBlockValue | None, variables: dict[str, Any]) -> bool:
    if block is None:
        return True
    out = with_variables(ctx, block, variables)
    value = out[0] if len(out) == 1 else out
    return bool(to_bool(value))


def _pick(ctx: Context, entry: MockEntry, variables: dict[str, Any]) -> MockBlock | None:
    for block in reversed(entry.blocks):
        if filter_passes(ctx, block.filter, variables):
            return block
    return None


def _proxy_info(original: CommandEntry, key: str) -> CmdletInfo:
    info = original.info
    assert info is not None
    params = {k: _proxy_parameter(p) for k, p in info.parameters.items()}
    if original.command_type != "Cmdlet" and not params:  # a simple function takes $args
        loose = {ALL_SETS: SetMembership(None, False, False, False)}
        params = {"args": ParameterInfo("Args", list, object, True, True, "System.Object[]", loose, (), (), "",
                                        None, True, False, False)}  # fmt: skip
    cls = type("Mock_" + re.sub(r"\W", "_", key), (MockProxy,), {"mock_key": key, "__module__": __name__})
    for p in params.values():
        setattr(cls, p.name, p.default)
    proxy = dataclasses.replace(info, cls=cls, parameters=params, module="Pester", examples=(), role=None)
    cls.info = proxy  # type: ignore[attr-defined]
    return proxy


def add_mock(ctx: Context, name: str, mock_with: ScriptBlockValue | None, filter_: ScriptBlockValue | None,
             verifiable: bool) -> None:  # fmt: skip
    state = state_of(ctx)
    require_group(ctx, state, "Mock")
    entry_info = find_command(ctx, name)
    if entry_info is None or entry_info.info is None:
        raise script_error(ctx, f"Could not find Command {name}")
    key = entry_info.name.casefold()
    entry = state.mocks.get(key)
    if entry is None:
        original: Any = entry_info.info
        if entry_info.command_type != "Cmdlet":
            original = ctx.get_variable("function:" + entry_info.name)
        entry = MockEntry(entry_info.name, original, _proxy_info(entry_info, key), state.group)
        state.mocks[key] = entry
        ctx.command_overrides[key] = entry.info
    entry.add(MockBlock(mock_with, filter_, verifiable, state.group))


def exit_test(state: PesterState) -> None:
    """The It ended: its calls now belong to its group."""
    for entry in state.mocks.values():
        for call in entry.calls:
            if call.scope is None:
                call.scope = state.group


def exit_group(ctx: Context, state: PesterState, group: Group) -> None:
    """Exit-MockScope: drop mocks created in the group, its blocks in older mocks; move calls up."""
    for key, entry in list(state.mocks.items()):
        if entry.group is group:
            del state.mocks[key]
            ctx.command_overrides.pop(key, None)
            continue
        entry.blocks = [b for b in entry.blocks if b.group is not group]
        for call in entry.calls:
            if call.scope is group:
                call.scope = group.parent


def clear(ctx: Context, state: PesterState) -> None:
    for key in list(state.mocks):
        ctx.command_overrides.pop(key, None)
    state.mocks.clear()


def in_scope(state: PesterState, call: Call, scope: str | None) -> bool:
    """Test-MockCallScope: 0/It = the running It, 1 (default) = the innermost group, Describe/Context."""
    if call.scope is None:
        return True
    groups = [g for g in reversed(state.stack) if g.kind in ("Describe", "Context")]
    try:
        index = groups.index(call.scope)
    except ValueError:
        return False
    wanted = scope or "1"
    if wanted.isdigit():
        return int(wanted) > index
    for kind in ("Describe", "Context"):
        if wanted.casefold() == kind.casefold():
            nearest = next((i for i, g in enumerate(groups) if g.kind == kind), -1)
            return nearest >= index
    return False
