"""Parameter-binding error records with PowerShell's exact messages and ids (formatting spec §10.6).

Layer: binding. Imports errors only. Every binder failure is a ParameterBindingError carrying an
ErrorRecord whose invocation info names the command's real name and underlines the right span.
"""

from __future__ import annotations

from dataclasses import dataclass

from pwshlite.errors import ErrorCategory, ErrorRecord, InvocationInfo, PwshError, Span

BINDING_EXC = "System.Management.Automation.ParameterBindingException"
VALIDATION_EXC = "System.Management.Automation.ParameterBindingValidationException"
TRANSFORM_EXC = "System.Management.Automation.ParameterBindingArgumentTransformationException"


class ParameterBindingError(PwshError):
    """A binding failure (terminating for the command; the statement reports it and moves on)."""


@dataclass(frozen=True, slots=True)
class CommandRef:
    """What an error needs to know about the command being bound."""

    name: str  # real name
    fq_suffix: str  # cmdlet .NET type or function name
    kind: str  # 'Cmdlet' or 'Function' / 'ExternalScript'
    script_name: str | None = None


def binding_error(
    cmd: CommandRef,
    error_id: str,
    message: str,
    span: Span,
    *,
    exception: str = BINDING_EXC,
    category: ErrorCategory = ErrorCategory.InvalidArgument,
) -> ParameterBindingError:
    record = ErrorRecord(
        message=message,
        error_id=error_id,
        category=category,
        exception_type=exception,
        activity=cmd.name,
        fq_suffix=cmd.fq_suffix,
        invocation=InvocationInfo(
            command_name=cmd.name,
            invocation_name=cmd.name,
            command_kind=cmd.kind,
            script_name=span.file if span.file else cmd.script_name,
            extent=span,
        ),
    )
    return ParameterBindingError(record)


def named_not_found(cmd: CommandRef, name: str, span: Span) -> ParameterBindingError:
    return binding_error(
        cmd,
        "NamedParameterNotFound",
        f"A parameter cannot be found that matches parameter name '{name}'.",
        span,
    )


def ambiguous_parameter(cmd: CommandRef, name: str, matches: list[str], span: Span) -> ParameterBindingError:
    listed = " ".join("-" + m for m in matches)
    message = (
        f"Parameter cannot be processed because the parameter name '{name}' is ambiguous. "
        f"Possible matches include: {listed}."
    )
    return binding_error(cmd, "AmbiguousParameter", message, span)


def missing_argument(cmd: CommandRef, name: str, type_name: str, span: Span) -> ParameterBindingError:
    message = f"Missing an argument for parameter '{name}'. Specify a parameter of type '{type_name}' and try again."
    return binding_error(cmd, "MissingArgument", message, span)


def already_bound(cmd: CommandRef, name: str, span: Span) -> ParameterBindingError:
    message = (
        f"Cannot bind parameter because parameter '{name}' is specified more than once. To provide multiple "
        "values to parameters that can accept multiple values, use the array syntax. For example, "
        '"-parameter value1,value2,value3".'
    )
    return binding_error(cmd, "ParameterAlreadyBound", message, span)


def positional_not_found(cmd: CommandRef, arg_text: str, span: Span) -> ParameterBindingError:
    message = f"A positional parameter cannot be found that accepts argument '{arg_text}'."
    return binding_error(cmd, "PositionalParameterNotFound", message, span)


def ambiguous_set(cmd: CommandRef, span: Span) -> ParameterBindingError:
    message = "Parameter set cannot be resolved using the specified named parameters."
    return binding_error(cmd, "AmbiguousParameterSet", message, span)


def cannot_convert(
    cmd: CommandRef, name: str, inner: str, span: Span, function: bool
) -> ParameterBindingError:
    """Cmdlets: `Cannot bind parameter 'X'. <conversion message>`; script functions use PowerShell's
    argument-transformation text (their typed parameters carry ArgumentTypeConverterAttribute)."""
    if function:
        message = f"Cannot process argument transformation on parameter '{name}'. {inner}"
        return binding_error(
            cmd, "ParameterArgumentTransformationError", message, span, exception=TRANSFORM_EXC,
            category=ErrorCategory.InvalidData,
        )  # fmt: skip
    return binding_error(
        cmd, "CannotConvertArgumentNoMessage", f"Cannot bind parameter '{name}'. {inner}", span
    )


def validation_failed(cmd: CommandRef, name: str, detail: str, span: Span) -> ParameterBindingError:
    message = f"Cannot validate argument on parameter '{name}'. {detail}"
    return binding_error(
        cmd, "ParameterArgumentValidationError", message, span, exception=VALIDATION_EXC,
        category=ErrorCategory.InvalidData,
    )  # fmt: skip


def null_not_allowed(
    cmd: CommandRef, name: str, span: Span, empty_string: bool = False
) -> ParameterBindingError:
    if empty_string:
        message = f"Cannot bind argument to parameter '{name}' because it is an empty string."
        error_id = "ParameterArgumentValidationErrorEmptyStringNotAllowed"
    else:
        message = f"Cannot bind argument to parameter '{name}' because it is null."
        error_id = "ParameterArgumentValidationErrorNullNotAllowed"
    return binding_error(
        cmd, error_id, message, span, exception=VALIDATION_EXC, category=ErrorCategory.InvalidData
    )


def missing_mandatory(cmd: CommandRef, names: list[str], span: Span) -> ParameterBindingError:
    message = (
        f"Cannot process command because of one or more missing mandatory parameters: {' '.join(names)}."
    )
    return binding_error(cmd, "MissingMandatoryParameter", message, span)


def input_not_bound(cmd: CommandRef, span: Span, target: object) -> ParameterBindingError:
    message = (
        "The input object cannot be bound to any parameters for the command either because the command does not "
        "take pipeline input or the input and its properties do not match any of the parameters that take "
        "pipeline input."
    )
    err = binding_error(cmd, "InputObjectNotBound", message, span)
    err.record.target_object = target
    return err


# -- validation attribute texts (§10.6 "Common inner/validation messages") ------------------------------


def set_message(value: str, allowed: tuple[str, ...]) -> str:
    return (
        f'The argument "{value}" does not belong to the set "{",".join(allowed)}" specified by the ValidateSet '
        "attribute. Supply an argument that is in the set and then try the command again."
    )


NOT_NULL_OR_EMPTY = "The argument is null or empty. Provide an argument that is not null or empty, and then try the command again."
NOT_NULL = (
    "The argument is null. Provide a valid value for the argument, and then try running the command again."
)
EMPTY_COLLECTION = (
    "The argument is null, empty, or an element of the argument collection contains a null value. Supply a "
    "collection that does not contain any null values and then try the command again."
)


def pattern_message(value: str, pattern: str) -> str:
    return (
        f'The argument "{value}" does not match the "{pattern}" pattern. Supply an argument that matches '
        f'"{pattern}" and try the command again.'
    )


def range_message(value: str, low: str, high: str, too_big: bool) -> str:
    if too_big:
        return (
            f"The {value} argument is greater than the maximum allowed range of {high}. Supply an argument that is "
            f"less than or equal to {high} and then try the command again."
        )
    return (
        f"The {value} argument is less than the minimum allowed range of {low}. Supply an argument that is "
        f"greater than or equal to {low} and then try the command again."
    )


def length_message(value: str, low: int, high: int, too_long: bool) -> str:
    if too_long:
        return (
            f"The character length of the {len(value)} argument is too long. Shorten the character length of the "
            f'argument so it is fewer than or equal to "{high}" characters, and then try the command again.'
        )
    return (
        f"The character length ({len(value)}) of the argument is too short. Specify an argument with a length "
        f'that is greater than or equal to "{low}", and then try the command again.'
    )


def count_message(count: int, low: int, high: int) -> str:
    if count < low:
        return (
            f"The number of provided arguments, ({count}), is fewer than the minimum number of allowed arguments "
            f"({low}). Provide more than {low} arguments, and then try the command again."
        )
    return (
        f"The number of provided arguments ({count}) exceeds the maximum number of allowed arguments ({high}). "
        f"Provide fewer than {high} arguments, and then try the command again."
    )


def script_message(script: str, value: str) -> str:
    return (
        f'The "{script}" validation script for the argument with value "{value}" did not return a result of True. '
        "Determine why the validation script failed, and then try the command again."
    )
