"""Command resolution and invocation: pipelines, arguments, splatting, aliases, functions, cmdlets,
script files and native programs (mixin of the Interpreter).

Layer: runtime. Lookup order is PowerShell's: alias -> function -> cmdlet -> external script or
program; a name not found is retried with `Get-` in front (about_Command_Precedence), then fails with
CommandNotFoundException (formatting spec §10.5).
"""

# mypy: disable-error-code="misc"
# (mixin methods annotate `self: Interpreter`; mypy cannot check that erased self type, the rest it checks)
from __future__ import annotations

import os
from typing import TYPE_CHECKING, Any

from pwshlite.binding.binder import Argument
from pwshlite.cmdlet import CmdletInfo
from pwshlite.errors import ErrorCategory, ErrorRecord, InvocationInfo, PwshError, Span
from pwshlite.objects import PSHashtable
from pwshlite.registry import resolve_alias
from pwshlite.runtime import valueops as V
from pwshlite.runtime.expressions import AutomationNull, enumerate_value
from pwshlite.runtime.functions import FunctionProcessor
from pwshlite.runtime.pipeline import CmdletProcessor, Emit, ExpressionProcessor, Processor, run_processors
from pwshlite.runtime.scriptblock import FunctionInfo, ScriptBlock
from pwshlite.syntax import ast

if TYPE_CHECKING:
    from pwshlite.runtime.interpreter import Interpreter

_INCREMENTS = frozenset(("++", "--", "post++", "post--"))
NOT_RECOGNIZED = (
    "The term '{name}' is not recognized as the name of a cmdlet, function, script file, or operable program. "
    "Check the spelling of the name, or if a path was included, verify that the path is correct and try again."
)


def command_not_found(name: str, span: Span) -> PwshError:
    record = ErrorRecord(
        message=NOT_RECOGNIZED.format(name=name),
        error_id="CommandNotFoundException",
        category=ErrorCategory.ObjectNotFound,
        exception_type="System.Management.Automation.CommandNotFoundException",
        target_object=name,
        invocation=InvocationInfo(invocation_name=name, extent=span, script_name=span.file),
    )
    return PwshError(record)


class CommandsMixin:
    """Pipelines and commands; `self` is the Interpreter."""

    def run_pipeline(self: Interpreter, node: ast.Pipeline, out: Emit) -> None:
        elements = node.elements
        if len(elements) == 1:
            first = elements[0]
            if type(first) is ast.CommandExpression and not first.redirections:
                expr = first.expression
                if type(expr) is ast.UnaryExpression and expr.op in _INCREMENTS:
                    self.eval(expr)  # `$i++` as a statement writes nothing (about_Assignment_Operators)
                    return
                value = self.eval_input(expr)
                if type(value) is list:
                    for item in value:
                        out(item)
                elif not isinstance(value, AutomationNull):
                    for item in enumerate_value(value):
                        out(item)
                return
        processors = [self.make_processor(el) for el in elements]
        run_processors(processors, out)

    def make_processor(self: Interpreter, el: Any) -> Processor:
        if isinstance(el, ast.CommandExpression):
            return ExpressionProcessor(self, el)
        return self.command_processor(el)

    # -- arguments ---------------------------------------------------------------------------------------
    def command_args(self: Interpreter, elements: tuple[Any, ...]) -> list[Argument]:
        args: list[Argument] = []
        literal = False
        for el in elements:
            kind = type(el)
            if kind is ast.CommandParameter:
                if literal:
                    args.append(Argument(value="-" + el.name, span=el.span))
                elif el.argument is not None:
                    value = self.eval(el.argument)
                    args.append(Argument(value, el.name, True, el.span, el.argument.span))
                else:
                    args.append(Argument(name=el.name, span=el.span))
            elif kind is ast.EndOfParameters:
                literal = True
            elif kind is ast.StopParsing:
                args.append(Argument(value=el.text, span=el.span))
            elif kind is ast.Variable and el.splatted:
                self._splat(el, args)
            else:
                value = self.eval(el)
                if isinstance(value, AutomationNull):
                    value = None
                args.append(Argument(value=value, span=el.span))
        return args

    def _splat(self: Interpreter, el: ast.Variable, args: list[Argument]) -> None:
        value = self.scopes.get(el.name)
        if isinstance(value, PSHashtable):
            for key, item in value.items():
                args.append(Argument(item, V.to_string(key), True, el.span, el.span))
        elif isinstance(value, list):
            args.extend(Argument(value=item, span=el.span) for item in value)
        elif value is not None:
            args.append(Argument(value=value, span=el.span))

    # -- resolution --------------------------------------------------------------------------------------
    def command_processor(self: Interpreter, node: ast.Command) -> Processor:
        name_node = node.name
        if isinstance(name_node, ast.StringConstant):
            target: Any = name_node.value
        else:
            target = self.eval(name_node)
        args = self.command_args(node.elements)
        dot = node.invocation == "."
        typed = node.invocation or (target if isinstance(target, str) else "")
        if isinstance(target, ScriptBlock):
            inv = InvocationInfo(None, typed, "ScriptBlock", node.span.file, node.span, target.text)
            return FunctionProcessor(self, "", target, args, inv, kind="ScriptBlock", dot_source=dot,
                                     redirections=node.redirections)  # fmt: skip
        if isinstance(target, FunctionInfo):
            return self._function_processor(target, args, node, typed, dot)
        if isinstance(target, CmdletInfo):
            return self._cmdlet_processor(target, args, node, typed)
        if target is None or isinstance(target, AutomationNull):
            raise self._bad_call_target(node)
        name = V.to_string(target)
        if any(a.name == "?" for a in args):  # `Get-Date -?` shows the command's help (about_Parameters)
            help_info = self.registry.get("Get-Help")
            if help_info is not None:
                return self._cmdlet_processor(
                    help_info, [Argument(value=name, span=node.name.span)], node, typed
                )
        return self.resolve_processor(name, args, node, typed or name, dot)

    def _bad_call_target(self: Interpreter, node: ast.Command) -> PwshError:
        record = ErrorRecord(
            message="The expression after '&' in a pipeline element produced an object that was not valid. It must "
            "result in a command name, a script block, or a CommandInfo object.",
            error_id="BadExpression",
            category=ErrorCategory.InvalidOperation,
            invocation=InvocationInfo(extent=node.name.span, script_name=node.span.file),
        )
        return PwshError(record)

    def resolve_processor(
        self: Interpreter, name: str, args: list[Argument], node: ast.Command, typed: str, dot: bool = False
    ) -> Processor:
        seen = 0
        lookup = name
        while seen < 10:
            alias = self.scopes.find_alias(lookup) or resolve_alias(lookup)
            if alias is None:
                break
            lookup, seen = alias, seen + 1
        overrides = self.session.command_overrides
        if overrides:  # test-runner hook: Pester's mocks replace the command (docs/engine.md)
            mocked = overrides.get(lookup.casefold())
            if mocked is not None:
                return self._cmdlet_processor(mocked, args, node, typed)
        fn = self.scopes.find_function(lookup)
        if fn is not None:
            return self._function_processor(fn, args, node, typed, dot)
        info = self.registry.get(lookup)
        if info is not None and self.command_visible(info):
            return self._cmdlet_processor(info, args, node, typed)
        external = self._external(lookup, args, node, typed, dot)
        if external is not None:
            return external
        if "-" not in lookup and "\\" not in lookup and "/" not in lookup:
            info = self.registry.get("Get-" + lookup)
            if info is not None:
                return self._cmdlet_processor(info, args, node, typed)
        raise command_not_found(name, node.name.span)

    def _function_processor(
        self: Interpreter, fn: FunctionInfo, args: list[Argument], node: ast.Command, typed: str, dot: bool
    ) -> Processor:
        kind = "Filter" if fn.is_filter else "Function"
        inv = InvocationInfo(fn.name, typed, kind, node.span.file, node.span)
        return FunctionProcessor(self, fn.name, fn.block, args, inv, kind="Function", dot_source=dot,
                                 redirections=node.redirections)  # fmt: skip

    def _cmdlet_processor(
        self: Interpreter, info: CmdletInfo, args: list[Argument], node: ast.Command, typed: str
    ) -> Processor:
        inv = InvocationInfo(info.name, typed, "Cmdlet", node.span.file, node.span)
        return CmdletProcessor(self, info, args, inv, node.redirections)

    def _external(
        self: Interpreter, name: str, args: list[Argument], node: ast.Command, typed: str, dot: bool
    ) -> Processor | None:
        path = self.find_script(name)
        if path is not None:
            block = self.load_script(path)
            inv = InvocationInfo(path, typed, "ExternalScript", node.span.file, node.span)
            return FunctionProcessor(self, os.path.basename(path), block, args, inv, kind="ExternalScript",
                                     dot_source=dot, script_path=path, redirections=node.redirections)  # fmt: skip
        if name.casefold().endswith(".ps1"):
            return None
        import shutil  # lazily: start-up does not pay for shutil (only an unknown command name does)

        program = (
            shutil.which(name) if not os.path.isabs(name) else (name if os.access(name, os.X_OK) else None)
        )
        if program is None and ("/" in name or "\\" in name):
            candidate = os.path.join(self.cwd, name)
            program = candidate if os.path.isfile(candidate) and os.access(candidate, os.X_OK) else None
        if program is None:
            return None
        return NativeProcessor(self, program, args, node)

    def find_script(self: Interpreter, name: str) -> str | None:
        if not name.casefold().endswith(".ps1"):
            return None
        candidate = name if os.path.isabs(name) else os.path.join(self.cwd, name.replace("\\", os.sep))
        candidate = os.path.normpath(candidate)
        if os.path.isfile(candidate):
            return candidate
        return None


class NativeProcessor(Processor):
    """An external program: arguments as strings, stdout lines as string output, $LASTEXITCODE."""

    def __init__(self, interp: Interpreter, program: str, args: list[Argument], node: ast.Command) -> None:
        super().__init__(interp, node.redirections)
        self.program = program
        self.argv = [program] + [self._text(a) for a in args]
        self.input: list[str] = []

    @staticmethod
    def _text(arg: Argument) -> str:
        if arg.name is not None:
            head = "-" + arg.name
            return head + (":" + V.to_string(arg.value) if arg.has_value else "")
        if isinstance(arg.value, list):
            return ",".join(V.to_string(v) for v in arg.value)
        return V.to_string(arg.value)

    def process(self, item: Any) -> None:
        self.input.append(V.to_string(item))

    def end(self) -> None:
        stdin = "\n".join(self.input) + "\n" if self.input else None
        import subprocess

        try:
            proc = subprocess.Popen(
                self.argv, stdin=subprocess.PIPE if stdin is not None else None, stdout=subprocess.PIPE,
                text=True, cwd=self.interp.cwd,
            )  # fmt: skip
        except OSError as exc:
            raise PwshError(ErrorRecord(message=str(exc), error_id="NativeCommandFailed")) from None
        if stdin is not None and proc.stdin is not None:
            proc.stdin.write(stdin)
            proc.stdin.close()
        assert proc.stdout is not None
        for line in proc.stdout:
            self.emit(line.rstrip("\n").rstrip("\r"))
        code = proc.wait()
        self.interp.scopes.global_scope.vars["lastexitcode"] = code
        if code != 0:
            self.interp.pipeline_failed = True
