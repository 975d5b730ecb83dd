"""The parameter binder: command-line arguments and pipeline input bound to a command's parameters.

Layer: binding. Imports cmdlet, errors, objects and binding.coerce/messages; never runtime or syntax.
Stages follow PowerShell's ParameterBinderController: named -> positional -> (defaults are the cmdlet's
class attributes / the function's default expressions, applied by the runtime) -> parameter-set
resolution -> mandatory check -> per input object: pipeline by value -> by property name.
`PWSHLITE_TRACE=binding` writes one line per stage to stderr (like Trace-Command ParameterBinding).
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from pwshlite.binding import messages as msg
from pwshlite.binding.coerce import CoercionFailed, coerce, is_exact
from pwshlite.binding.common import COMMON, SHOULD_PROCESS, is_common
from pwshlite.binding.validate import validate
from pwshlite.cmdlet import ALL_SETS, CmdletInfo, ParameterInfo, Switch
from pwshlite.errors import MISSING, Span
from pwshlite.objects import PSObject


@dataclass(slots=True)
class Argument:
    """One evaluated command element. Named: `name` is set (as typed, no dash); `has_value` when the
    value came with it (`-Name:value`, splatting). Positional: `name` is None."""

    value: Any = None
    name: str | None = None
    has_value: bool = False
    span: Span = MISSING
    value_span: Span | None = None


@dataclass(slots=True)
class BoundCall:
    """The result of binding the command line; pipeline input adds per-object values on top."""

    values: dict[str, Any] = field(default_factory=dict)  # display name -> value (command parameters)
    common: dict[str, Any] = field(default_factory=dict)  # common parameter display name -> value
    sets: list[str] = field(default_factory=list)  # candidate sets, best first
    extra: list[Any] = field(default_factory=list)  # loose functions: the unbound arguments ($args)
    spans: dict[str, Span] = field(default_factory=dict)

    @property
    def parameter_set(self) -> str:
        return self.sets[0] if self.sets else ALL_SETS


PropertyLookup = Callable[[Any, str], tuple[bool, Any]]
Prompt = Callable[[str, list[ParameterInfo]], dict[str, Any]]


def _psobject_property(obj: Any, name: str) -> tuple[bool, Any]:
    if isinstance(obj, PSObject) and obj.has(name):
        return True, obj.get(name)
    return False, None


TRACE = "binding" in os.environ.get("PWSHLITE_TRACE", "").casefold().split(",")


class Binder:
    """Binds one invocation of one command. `loose`: a simple (non-advanced) function, whose unknown
    named arguments and extra positional arguments go to $args instead of failing."""

    def __init__(
        self,
        info: CmdletInfo,
        cmd: msg.CommandRef,
        command_span: Span,
        *,
        function: bool = False,
        loose: bool = False,
        expects_input: bool = False,
        prompt: Prompt | None = None,
        property_lookup: PropertyLookup = _psobject_property,
        script_validator: Callable[[Any, Any], bool] | None = None,
    ) -> None:
        self.info = info
        self.cmd = cmd
        self.command_span = command_span
        self.function = function
        self.loose = loose
        self.expects_input = expects_input
        self.prompt = prompt
        self.property_lookup = property_lookup
        self.script_validator = script_validator
        self.use_common = not loose
        self.all_sets = list(info.set_names) or [ALL_SETS]
        self.allow_null: set[str] = info.extra.get("allow_null", set())
        self.allow_empty: set[str] = info.extra.get("allow_empty_string", set())
        self._pipeline_cache: (
            tuple[BoundCall, dict[str, list[ParameterInfo]], dict[str, list[ParameterInfo]]] | None
        ) = None
        self._live: list[str] = []
        self._union_cache: dict[tuple[int, tuple[str, ...]], list[ParameterInfo]] = {}
        self._start_sets: list[str] = []
        self._pipeline_total = 0

    # -- helpers -----------------------------------------------------------------------------------------
    def _trace(self, stage: str, text: str) -> None:
        if TRACE:
            print(f"BIND {stage} [{self.cmd.name}]: {text}", file=sys.stderr)

    def _params(self) -> list[ParameterInfo]:
        return list(self.info.parameters.values())

    def _common_table(self) -> dict[str, ParameterInfo]:
        if not self.use_common:
            return {}
        table = dict(COMMON)
        if self.info.supports_should_process:
            table.update(SHOULD_PROCESS)
        return table

    def resolve_name(self, typed: str, span: Span) -> ParameterInfo | None:
        """Exact name, exact alias, then unique prefix (own parameters win over common ones)."""
        key = typed.casefold()
        own = self.info.parameters
        common = self._common_table()
        if key in own:
            return own[key]
        if key in common:
            return common[key]
        for table in (own, common):
            for p in table.values():
                if any(a.casefold() == key for a in p.aliases):
                    return p
        mine = [p for p in own.values() if p.name.casefold().startswith(key)]
        theirs = [p for p in common.values() if p.name.casefold().startswith(key)]
        matches = mine or theirs
        if len(matches) == 1:
            return matches[0]
        if len(matches) > 1:
            raise msg.ambiguous_parameter(self.cmd, typed, [p.name for p in matches], span)
        if self.loose:
            return None
        raise msg.named_not_found(self.cmd, typed, span)

    def _valid_sets(self, bound: BoundCall) -> list[str]:
        names = [self.info.parameters[n.casefold()] for n in bound.values]
        return [s for s in self.all_sets if all(p.in_set(s) is not None for p in names)]

    def _ordered(self, sets: list[str]) -> list[str]:
        default = self.info.default_set
        if default in sets:
            return [default] + [s for s in sets if s != default]
        return sets

    # -- stage 1: named ----------------------------------------------------------------------------------
    def bind(self, args: list[Argument]) -> BoundCall:
        """Stages 1-5: named, positional, set resolution, mandatory check."""
        bound = BoundCall()
        positional: list[Argument] = []
        i = 0
        while i < len(args):
            arg = args[i]
            i += 1
            if arg.name is None:
                positional.append(arg)
                continue
            param = self.resolve_name(arg.name, arg.span)
            if param is None:
                bound.extra.append("-" + arg.name + (":" if arg.has_value else ""))
                if arg.has_value:
                    bound.extra.append(arg.value)
                continue
            if param.is_switch:
                value: Any = arg.value if arg.has_value else Switch(True)
                vspan = arg.value_span or arg.span
            elif arg.has_value:
                value, vspan = arg.value, arg.value_span or arg.span
            elif i < len(args) and args[i].name is None:
                value, vspan = args[i].value, args[i].span
                i += 1
            else:
                raise msg.missing_argument(self.cmd, param.name, param.type_name, arg.span)
            self._bind_one(bound, param, value, vspan, arg.span)
            self._trace("NAMED", f"-{param.name} = {value!r}")
        self._bind_positional(bound, positional)
        self._resolve_sets(bound)
        self._check_mandatory(bound)
        return bound

    def _bind_one(self, bound: BoundCall, param: ParameterInfo, value: Any, vspan: Span, nspan: Span) -> None:
        common = is_common(param)
        table = bound.common if common else bound.values
        if param.name in table:
            raise msg.already_bound(self.cmd, param.name, nspan)
        table[param.name] = self._convert(param, value, vspan)
        bound.spans[param.name] = vspan

    def _convert(self, param: ParameterInfo, value: Any, vspan: Span) -> Any:
        if value is None or (value == "" and isinstance(value, str)):
            self._check_null(param, value, vspan)
        try:
            converted = coerce(value, param)
        except CoercionFailed as exc:
            raise msg.cannot_convert(self.cmd, param.name, exc.message, vspan, self.function) from None
        detail = validate(param, converted, self.script_validator)
        if detail is not None:
            raise msg.validation_failed(self.cmd, param.name, detail, vspan)
        return converted

    def _check_null(self, param: ParameterInfo, value: Any, vspan: Span) -> None:
        mandatory = any(m.mandatory for m in param.sets.values())
        if not mandatory or param.is_switch:
            return
        if value is None and param.name not in self.allow_null:
            raise msg.null_not_allowed(self.cmd, param.name, vspan)
        if value == "" and param.type_name == "System.String" and param.name not in self.allow_empty:
            raise msg.null_not_allowed(self.cmd, param.name, vspan, empty_string=True)

    # -- stage 2: positional -----------------------------------------------------------------------------
    def _position_candidates(self, bound: BoundCall) -> list[ParameterInfo]:
        sets = self._ordered(self._valid_sets(bound))
        best: int | None = None
        found: list[ParameterInfo] = []
        for s in sets:
            for p in self._params():
                m = p.in_set(s)
                if m is None or m.position is None or p.name in bound.values or any(p is f for f in found):
                    continue
                if best is None or m.position < best:
                    best, found = m.position, [p]
                elif m.position == best:
                    found.append(p)
        return found

    def _bind_positional(self, bound: BoundCall, positional: list[Argument]) -> None:
        pending = list(positional)
        while pending:
            candidates = self._position_candidates(bound)
            if not candidates:
                break
            arg = pending[0]
            param = next(
                (p for p in candidates if is_exact(arg.value, _scalar_annotation(p, arg.value))), None
            )
            if param is None:
                param = self._first_convertible(candidates, arg.value) or candidates[0]
            if param.remaining:
                self._bind_leftovers(bound, pending)
                return
            pending.pop(0)
            self._bind_one(bound, param, arg.value, arg.span, arg.span)
            self._trace("POSITIONAL", f"{arg.value!r} -> -{param.name}")
        if pending:
            self._bind_leftovers(bound, pending)

    def _first_convertible(self, candidates: list[ParameterInfo], value: Any) -> ParameterInfo | None:
        for p in candidates:
            try:
                coerce(value, p)
            except CoercionFailed:
                continue
            return p
        return None

    def _bind_leftovers(self, bound: BoundCall, pending: list[Argument]) -> None:
        sets = self._valid_sets(bound) if self.info.set_names else [ALL_SETS]
        remaining = next(
            (
                p
                for p in self._params()
                if p.remaining and p.name not in bound.values and any(p.in_set(s) is not None for s in sets)
            ),
            None,
        )  # ValueFromRemainingArguments of a set still possible (`% ToString 'yyyy'`: -ArgumentList)
        if remaining is not None:
            values: Any = pending[0].value if len(pending) == 1 else [a.value for a in pending]
            self._bind_one(bound, remaining, values, pending[0].span, pending[0].span)
            return
        if self.loose:
            bound.extra.extend(a.value for a in pending)
            return
        raise msg.positional_not_found(self.cmd, _arg_text(pending[0].value), self.command_span)

    # -- stage 4: parameter sets -------------------------------------------------------------------------
    def _resolve_sets(self, bound: BoundCall) -> None:
        if not self.info.set_names:
            bound.sets = [ALL_SETS]
            self._trace("SETS", ALL_SETS)
            return
        valid = self._ordered(self._valid_sets(bound))
        if not valid:
            raise msg.ambiguous_set(self.cmd, self.command_span)
        if len(valid) == 1:
            bound.sets = valid
        elif self.expects_input:
            bound.sets = valid
        elif self.info.default_set in valid:
            bound.sets = [self.info.default_set, *[s for s in valid if s != self.info.default_set]]
        else:
            satisfied = [s for s in valid if not self._missing(bound, s)]
            if len(satisfied) != 1:
                raise msg.ambiguous_set(self.cmd, self.command_span)
            bound.sets = satisfied
        self._trace("SETS", ", ".join(bound.sets))

    # -- stage 5: mandatory ------------------------------------------------------------------------------
    def _missing(self, bound: BoundCall, set_name: str) -> list[ParameterInfo]:
        missing = []
        for p in self._params():
            m = p.in_set(set_name)
            if m is None or not m.mandatory or p.name in bound.values:
                continue
            if self.expects_input and (m.pipeline or m.by_property_name):
                continue
            missing.append(p)
        return missing

    def _check_mandatory(self, bound: BoundCall) -> None:
        missing = self._missing(bound, bound.parameter_set)
        if not missing:
            return
        if self.prompt is None:
            raise msg.missing_mandatory(self.cmd, [p.name for p in missing], self.command_span)
        for name, value in self.prompt(self.cmd.name, missing).items():
            param = self.info.parameters[name.casefold()]
            self._bind_one(bound, param, value, self.command_span, self.command_span)

    # -- stages 6 and 7: pipeline input ------------------------------------------------------------------
    def bind_input(self, bound: BoundCall, obj: Any) -> dict[str, Any]:
        """Values bound from one pipeline object. Like ParameterBinderController.BindPipelineParameters:
        four states (by value, by property name, each first without and then with type coercion); in each
        state the default set is tried first, then the other candidate sets in order, and the first set in
        which something binds narrows the candidates (so a later state only binds parameters that share a
        set with what is already bound). Raises InputObjectNotBound when nothing takes the object."""
        by_value, by_property = self._pipeline_params(bound)
        result: dict[str, Any] = {}
        live = self._start_sets
        total = self._pipeline_total
        for coerce_pass in (False, True):
            if by_value:
                live = self._bind_state(by_value, live, obj, result, coerce_pass, True)
                if len(result) == total:
                    break
            if by_property:
                live = self._bind_state(by_property, live, obj, result, coerce_pass, False)
                if len(result) == total:
                    break
        self._live = live
        if not result:
            raise msg.input_not_bound(self.cmd, self.command_span, obj)
        if TRACE:
            self._trace("PIPELINE", ", ".join(f"-{n} = {v!r}" for n, v in result.items()))
        return result

    def _pipeline_params(
        self, bound: BoundCall
    ) -> tuple[dict[str, list[ParameterInfo]], dict[str, list[ParameterInfo]]]:
        """Per candidate set, the unbound parameters taking pipeline input in that set by value / by
        property name, in declaration order (computed once per command)."""
        cached = self._pipeline_cache
        if cached is None or cached[0] is not bound:
            free = [p for p in self._params() if p.name not in bound.values]
            by_value: dict[str, list[ParameterInfo]] = {}
            by_property: dict[str, list[ParameterInfo]] = {}
            for s in self._ordered(list(bound.sets or self.all_sets)):
                members = [(p, p.in_set(s)) for p in free]
                by_value[s] = [p for p, m in members if m is not None and m.pipeline]
                by_property[s] = [p for p, m in members if m is not None and m.by_property_name]
            by_value = {s: ps for s, ps in by_value.items() if ps}
            by_property = {s: ps for s, ps in by_property.items() if ps}
            cached = self._pipeline_cache = (bound, by_value, by_property)
            self._union_cache.clear()
            self._start_sets = list(bound.sets) or list(self.all_sets)
            self._pipeline_total = len(
                {p.name for t in (by_value, by_property) for ps in t.values() for p in ps}
            )
        return cached[1], cached[2]

    def _bind_state(
        self,
        table: dict[str, list[ParameterInfo]],
        live: list[str],
        obj: Any,
        result: dict[str, Any],
        co: bool,
        by_value: bool,
    ) -> list[str]:
        """One binding state (BindUnboundParametersForBindingState): the default set's parameters first;
        when none of them binds, those of every other candidate set. Binding narrows the candidates to
        the sets that hold every parameter bound so far. Returns the candidate sets after the state."""
        if len(live) == 1:  # one candidate set (the usual case once the command line is bound)
            params = table.get(live[0])
            if params:
                self._bind_in_set(params, obj, result, co, by_value)
            return live
        default = self.info.default_set
        others = live
        if default in live:
            if self._bind_in_set(self._union(table, (default,)), obj, result, co, by_value):
                return self._narrowed(live, result)
            others = [s for s in live if s != default]
        if self._bind_in_set(self._union(table, tuple(others)), obj, result, co, by_value):
            return self._narrowed(live, result)
        return live

    def _union(self, table: dict[str, list[ParameterInfo]], sets: tuple[str, ...]) -> list[ParameterInfo]:
        """The pipeline parameters of any of `sets`, in declaration order (cached per command)."""
        key = (id(table), sets)
        found = self._union_cache.get(key)
        if found is None:
            names = {p.name for s in sets for p in table.get(s, ())}
            found = [p for p in self._params() if p.name in names]
            self._union_cache[key] = found
        return found

    def _narrowed(self, live: list[str], result: dict[str, Any]) -> list[str]:
        params = [self.info.parameters[n.casefold()] for n in result]
        kept = [s for s in live if all(p.in_set(s) is not None for p in params)]
        return kept or live

    def _bind_in_set(
        self, params: list[ParameterInfo], obj: Any, result: dict[str, Any], co: bool, by_value: bool
    ) -> list[ParameterInfo]:
        """Bind every unbound parameter of the list that takes the object (by value) or the value of its
        property (by property name); a value that does not convert leaves the parameter unbound."""
        done: list[ParameterInfo] = []
        for p in params:
            if p.name in result:
                continue
            if by_value:
                found, value = True, obj
            else:
                found, value = self._lookup(obj, p)
                if not found:
                    continue
            if not co and not is_exact(value, _scalar_annotation(p, value)):
                continue
            try:
                result[p.name] = self._convert(p, value, self.command_span)
            except CoercionFailed:
                continue
            except msg.ParameterBindingError:
                if co and not by_value:
                    raise
                continue
            done.append(p)
        return done

    def _lookup(self, obj: Any, p: ParameterInfo) -> tuple[bool, Any]:
        for name in (p.name, *p.aliases):
            found, value = self.property_lookup(obj, name)
            if found:
                return True, value
        return False, None


def _scalar_annotation(p: ParameterInfo, value: Any) -> Any:
    if p.is_array and not isinstance(value, list):
        element = getattr(p.annotation, "element", None) or p.element_type
        return element if element is not None else object
    return p.annotation


def _arg_text(value: Any) -> str:
    if isinstance(value, list):
        return "System.Object[]"
    if isinstance(value, bool):
        return "True" if value else "False"
    if value is None:
        return ""
    from pwshlite.values.convert import to_string

    return str(to_string(value))
