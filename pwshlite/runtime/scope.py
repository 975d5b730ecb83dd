"""Variable scopes: global, script and local scopes, scope modifiers and the `env:` drive.

Layer: runtime. A Scope holds variables (casefolded name -> value), their options (Private, ReadOnly,
Constant, AllScope) and type constraints (`[int]$x = 1` keeps converting later assignments), plus the
functions and aliases defined in it. Lookups walk the parent chain and skip Private variables of other
scopes (about_Scopes). Assignment without a modifier always writes the local scope.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

from pwshlite.errors import ErrorCategory

_MODIFIERS = ("global", "script", "local", "private", "env", "variable", "function", "using", "alias")


def split_name(name: str) -> tuple[str | None, str]:
    """`script:count` -> ('script', 'count'); `x` -> (None, 'x'); drive names are casefolded."""
    head, sep, tail = name.partition(":")
    if sep and head.casefold() in _MODIFIERS:
        return head.casefold(), tail
    return None, name


class AutomationNull:
    """The 'no value' result (AutomationNull.Value) of a void method, or of a pipeline that wrote nothing.

    A variable assigned from such a pipeline keeps it: reading the variable gives $null, but piping the
    variable (`$x | ...`, `@($x)`) sends no object at all (about_Automatic_Variables, AutomationNull)."""

    __slots__ = ()

    def __repr__(self) -> str:
        return "AutomationNull"


AUTOMATION_NULL = AutomationNull()


class VariableError(Exception):
    """A variable operation PowerShell refuses (writing a constant or read-only variable)."""

    def __init__(
        self, message: str, error_id: str, category: ErrorCategory = ErrorCategory.WriteError
    ) -> None:
        super().__init__(message)
        self.message = message
        self.error_id = error_id
        self.category = category


class Scope:
    """One scope level. `is_script` marks the scope `$script:` refers to."""

    __slots__ = (
        "vars",
        "parent",
        "options",
        "constraints",
        "functions",
        "aliases",
        "is_script",
        "descriptions",
        "strict",
    )

    def __init__(self, parent: Scope | None = None, is_script: bool = False) -> None:
        self.vars: dict[str, Any] = {}
        self.parent = parent
        self.options: dict[str, set[str]] = {}
        self.constraints: dict[str, Callable[[Any], Any]] = {}
        self.functions: dict[str, Any] = {}
        self.aliases: dict[str, str] = {}
        self.is_script = is_script
        self.descriptions: dict[str, str] = {}
        self.strict: int | None = None  # Set-StrictMode in this scope (None: as the parent)

    def chain(self) -> Iterator[Scope]:
        scope: Scope | None = self
        while scope is not None:
            yield scope
            scope = scope.parent


class ScopeStack:
    """The session's scopes: `global_scope` at the root and `current` at the top."""

    def __init__(self) -> None:
        self.global_scope = Scope(is_script=True)
        self.current = self.global_scope

    # -- scope push/pop ----------------------------------------------------------------------------------
    @contextmanager
    def child(self, is_script: bool = False) -> Iterator[Scope]:
        """A new child scope for the duration of a `with` block."""
        saved = self.current
        scope = Scope(saved, is_script)
        self.current = scope
        try:
            yield scope
        finally:
            self.current = saved

    @contextmanager
    def using(self, scope: Scope) -> Iterator[Scope]:
        saved = self.current
        self.current = scope
        try:
            yield scope
        finally:
            self.current = saved

    def script_scope(self) -> Scope:
        for scope in self.current.chain():
            if scope.is_script:
                return scope
        return self.global_scope

    def _target(self, modifier: str | None) -> Scope:
        if modifier == "global":
            return self.global_scope
        if modifier == "script":
            return self.script_scope()
        return self.current

    def scope_by_name(self, scope: str | None) -> Scope:
        """Scope argument of the *-Variable cmdlets: Global, Script, Local, Private or a number up."""
        if scope is None:
            return self.current
        key = scope.casefold()
        if key in ("global", "script", "local", "private"):
            return self._target(key)
        if key.isdigit():
            target = self.current
            for _ in range(int(key)):
                target = target.parent or target
            return target
        raise VariableError(
            f"The scope number '{scope}' exceeds the number of active scopes.", "ArgumentOutOfRange"
        )

    # -- variables ---------------------------------------------------------------------------------------
    def lookup(self, name: str) -> tuple[bool, Any]:
        """(found, value) of a variable name with an optional scope modifier (AutomationNull reads as None)."""
        found, value = self.lookup_raw(name)
        return found, (None if value is AUTOMATION_NULL else value)

    def lookup_raw(self, name: str) -> tuple[bool, Any]:
        """(found, value) as stored: a variable assigned from an empty pipeline holds AUTOMATION_NULL."""
        modifier, base = split_name(name) if ":" in name else (None, name)
        key = base.casefold()
        if modifier is None or modifier in ("local", "private", "variable", "using"):
            start = self.current
            if key in start.vars:
                return True, start.vars[key]
            if modifier in ("local", "private"):
                return False, None
            scope = start.parent
            while scope is not None:
                if key in scope.vars and "private" not in scope.options.get(key, ()):
                    return True, scope.vars[key]
                scope = scope.parent
            return False, None
        if modifier == "env":
            value = _env_get(base)
            return value is not None, value
        if modifier in ("global", "script"):
            scope = self._target(modifier)
            if key in scope.vars:
                return True, scope.vars[key]
            return False, None
        if modifier == "function":
            return self.find_function(base) is not None, self.find_function(base)
        return False, None

    def get(self, name: str, default: Any = None) -> Any:
        found, value = self.lookup(name)
        return value if found else default

    def set(self, name: str, value: Any, options: set[str] | None = None) -> None:
        """Assign: local scope unless a modifier names another; honours constraints and read-only."""
        modifier, base = split_name(name) if ":" in name else (None, name)
        if value is AUTOMATION_NULL and modifier in ("env", "function"):
            value = None
        if modifier == "env":
            _env_set(base, value)
            return
        if modifier == "function":
            self.current.functions[base.casefold()] = value
            return
        key = base.casefold()
        if key == "null" and modifier is None:
            return  # `$null = expr` discards the value (about_Automatic_Variables, $null)
        scope = self._target(modifier)
        opts = scope.options.get(key)
        if opts and ("readonly" in opts or "constant" in opts):
            raise VariableError(
                f"Cannot overwrite variable {base} because it is read-only or constant.",
                "VariableNotWritable",
            )
        convert = scope.constraints.get(key) if scope.constraints else None
        if convert is not None:
            value = convert(None if value is AUTOMATION_NULL else value)
        scope.vars[key] = value
        if modifier == "private":
            scope.options.setdefault(key, set()).add("private")
        if options:
            scope.options.setdefault(key, set()).update(options)

    def find_scope_of(self, name: str) -> Scope | None:
        key = name.casefold()
        for scope in self.current.chain():
            if key in scope.vars:
                return scope
        return None

    def remove(self, name: str, scope: Scope | None = None) -> bool:
        modifier, base = split_name(name)
        if modifier == "env":
            os.environ.pop(base, None)
            return True
        target = scope or self._target(modifier)
        key = base.casefold()
        if key in target.vars:
            opts = target.options.get(key, set())
            if "constant" in opts:
                raise VariableError(
                    f"Cannot remove variable {base} because it is constant or read-only. If the variable is "
                    "read-only, try the operation again specifying the Force option.",
                    "VariableNotRemovable",
                )
            del target.vars[key]
            target.options.pop(key, None)
            target.constraints.pop(key, None)
            return True
        return False

    def constrain(self, name: str, convert: Callable[[Any], Any]) -> None:
        modifier, base = split_name(name)
        self._target(modifier).constraints[base.casefold()] = convert

    def visible(self, scope: Scope | None = None) -> dict[str, tuple[Scope, Any]]:
        """Every variable visible from `scope` (nearest wins), keyed by casefolded name."""
        seen: dict[str, tuple[Scope, Any]] = {}
        start = scope or self.current
        for level in start.chain():
            for key, value in level.vars.items():
                if key in seen:
                    continue
                if level is not start and "private" in level.options.get(key, ()):
                    continue
                seen[key] = (level, None if value is AUTOMATION_NULL else value)
        return seen

    # -- functions and aliases ---------------------------------------------------------------------------
    def find_function(self, name: str) -> Any:
        key = name.casefold()
        for scope in self.current.chain():
            fn = scope.functions.get(key)
            if fn is not None:
                return fn
        return None

    def define_function(self, name: str, fn: Any, modifier: str | None = None) -> None:
        self._target(modifier).functions[name.casefold()] = fn

    def find_alias(self, name: str) -> str | None:
        key = name.casefold()
        for scope in self.current.chain():
            target = scope.aliases.get(key)
            if target is not None:
                return target
        return None


def _env_get(name: str) -> str | None:
    value = os.environ.get(name)
    if value is None and os.name != "nt":
        lowered = name.casefold()
        for key, val in os.environ.items():
            if key.casefold() == lowered:
                return val
    return value


def _env_set(name: str, value: Any) -> None:
    if value is None or value == "":
        os.environ.pop(name, None)
        return
    from pwshlite.values.convert import to_string

    os.environ[name] = to_string(value)
