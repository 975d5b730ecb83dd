"""Value classes the values layer adds to the object model: type objects, Guid, typed collections.

Layer: values (imports only pwshlite.objects, pwshlite.errors and the standard library).

Public API:
    PSType(full_name, element=None, args=())   a .NET type as a value ([int], $x.GetType())
        .name -> str             short name (Int32, String[], List`1)
        .full_name -> str        System.Int32
        .is_array -> bool
    Guid(value: str | uuid.UUID | None = None)   System.Guid, prints in the "D" format
    ArrayList(iterable=())                      System.Collections.ArrayList (a list subclass)
    GenericList(iterable=(), element=PSType)    System.Collections.Generic.List[T] (a list subclass)
    TypedArray(iterable=(), element=PSType)     T[] such as string[] / int[] (a fixed-size list subclass)
    MISSING_TYPE_CHAIN, type_chain(full_name) -> list[str]   the base-type chain of a known type
    register_type(full_name, bases=(), accelerators=())      make a type known (Exchange types etc.)
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import uuid

_MSCORLIB = "mscorlib, Version=4.0.0.0, Culture=neutral, PublicKeyToken=b77a5c561934e089"


@dataclass(frozen=True, slots=True)
class PSType:
    """A .NET type as a PowerShell value: `[int]`, `$x.GetType()`, `-is` / `-as` operands."""

    full_name: str
    element: PSType | None = None
    args: tuple[PSType, ...] = ()

    @property
    def name(self) -> str:
        """Type.Name: the last segment of the full name (generic arity kept, arguments dropped)."""
        base = self.full_name.split("[", 1)[0] if self.args else self.full_name
        if self.element is not None:
            return self.element.name + "[]"
        return base.rsplit(".", 1)[-1]

    @property
    def namespace(self) -> str:
        base = self.element.full_name if self.element is not None else self.full_name.split("[", 1)[0]
        return base.rsplit(".", 1)[0] if "." in base else ""

    @property
    def is_array(self) -> bool:
        return self.element is not None

    def __str__(self) -> str:
        return self.full_name

    def __repr__(self) -> str:
        return f"[{self.full_name}]"


def array_type(element: PSType) -> PSType:
    """The T[] type for element type T."""
    return PSType(element.full_name + "[]", element=element)


def generic_list_type(element: PSType, generic: str = "System.Collections.Generic.List`1") -> PSType:
    """A one-argument generic type (List`1 by default, HashSet`1) closed over `element`, named as .NET
    names it."""
    inner = element.full_name
    qualified = f"{inner}, {_MSCORLIB}" if inner.startswith("System.") else inner
    return PSType(f"{generic}[[{qualified}]]", args=(element,))


HASHSET = "System.Collections.Generic.HashSet`1"


class Guid:
    """System.Guid: compares by value, prints in the "D" format (8-4-4-4-12 lowercase hex)."""

    __slots__ = ("uuid",)
    type_name = "System.Guid"

    def __init__(self, value: str | uuid.UUID | None = None) -> None:
        import uuid  # lazily: uuid pulls in platform (start-up time)

        if value is None:
            self.uuid = uuid.UUID(int=0)
        elif isinstance(value, uuid.UUID):
            self.uuid = value
        else:
            self.uuid = uuid.UUID(value.strip())

    @classmethod
    def new(cls) -> Guid:
        import uuid

        return cls(uuid.uuid4())

    def format(self, spec: str = "D") -> str:
        """Guid.ToString(format): N, D, B, P (X is not supported and raises ValueError)."""
        text = str(self.uuid)
        kind = (spec or "D").upper()
        if kind == "N":
            return text.replace("-", "")
        if kind == "D":
            return text
        if kind == "B":
            return "{" + text + "}"
        if kind == "P":
            return "(" + text + ")"
        raise ValueError(spec)

    def __str__(self) -> str:
        return str(self.uuid)

    def __repr__(self) -> str:
        return f"Guid({str(self.uuid)!r})"

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Guid) and other.uuid == self.uuid

    def __hash__(self) -> int:
        return hash(self.uuid)


class ArrayList(list[Any]):
    """System.Collections.ArrayList: a growable list (Add returns the new index)."""

    __slots__ = ()
    type_name = "System.Collections.ArrayList"


class GenericList(list[Any]):
    """System.Collections.Generic.List[T]: a growable list whose items are converted to T."""

    __slots__ = ("element",)

    def __init__(self, items: Iterable[Any] = (), element: PSType | None = None) -> None:
        super().__init__(items)
        self.element = element or PSType("System.Object")

    @property
    def type_name(self) -> str:
        return generic_list_type(self.element).full_name


class GenericHashSet(list[Any]):
    """System.Collections.Generic.HashSet[T]: unique items (default comparer: ordinal for strings),
    kept in insertion order; a list subclass so pipelines enumerate it."""

    __slots__ = ("element",)

    def __init__(self, items: Iterable[Any] = (), element: PSType | None = None) -> None:
        super().__init__()
        self.element = element or PSType("System.Object")
        for item in items:
            if item not in self:
                self.append(item)

    @property
    def type_name(self) -> str:
        return generic_list_type(self.element, HASHSET).full_name


class TypedArray(list[Any]):
    """A typed .NET array (string[], int[]): fixed size like object[], remembers its element type."""

    __slots__ = ("element",)

    def __init__(self, items: Iterable[Any] = (), element: PSType | None = None) -> None:
        super().__init__(items)
        self.element = element or PSType("System.Object")

    @property
    def type_name(self) -> str:
        return self.element.full_name + "[]"


# -- known types and their base-type chains ---------------------------------------------------------------

_VALUE = ("System.ValueType", "System.Object")

_CHAINS: dict[str, tuple[str, ...]] = {}

ACCELERATORS: dict[str, str] = {
    "array": "System.Array",
    "bool": "System.Boolean",
    "byte": "System.Byte",
    "char": "System.Char",
    "datetime": "System.DateTime",
    "decimal": "System.Decimal",
    "double": "System.Double",
    "float": "System.Single",
    "single": "System.Single",
    "guid": "System.Guid",
    "hashtable": "System.Collections.Hashtable",
    "int": "System.Int32",
    "long": "System.Int64",
    "sbyte": "System.SByte",
    "bigint": "System.Numerics.BigInteger",
    "math": "System.Math",
    "ordered": "System.Collections.Specialized.OrderedDictionary",
    "psobject": "System.Management.Automation.PSObject",
    "pscustomobject": "System.Management.Automation.PSObject",
    "pscredential": "System.Management.Automation.PSCredential",
    "ref": "System.Management.Automation.PSReference",
    "regex": "System.Text.RegularExpressions.Regex",
    "scriptblock": "System.Management.Automation.ScriptBlock",
    "securestring": "System.Security.SecureString",
    "string": "System.String",
    "switch": "System.Management.Automation.SwitchParameter",
    "timespan": "System.TimeSpan",
    "type": "System.Type",
    "void": "System.Void",
    "xml": "System.Xml.XmlDocument",
    "version": "System.Version",
    "uri": "System.Uri",
    "cultureinfo": "System.Globalization.CultureInfo",
    "cmdletbinding": "System.Management.Automation.CmdletBindingAttribute",
    "parameter": "System.Management.Automation.ParameterAttribute",
    "alias": "System.Management.Automation.AliasAttribute",
    "allownull": "System.Management.Automation.AllowNullAttribute",
    "allowemptystring": "System.Management.Automation.AllowEmptyStringAttribute",
    "allowemptycollection": "System.Management.Automation.AllowEmptyCollectionAttribute",
    "outputtype": "System.Management.Automation.OutputTypeAttribute",
    "validateset": "System.Management.Automation.ValidateSetAttribute",
    "validaterange": "System.Management.Automation.ValidateRangeAttribute",
    "validatepattern": "System.Management.Automation.ValidatePatternAttribute",
    "validatelength": "System.Management.Automation.ValidateLengthAttribute",
    "validatecount": "System.Management.Automation.ValidateCountAttribute",
    "validatescript": "System.Management.Automation.ValidateScriptAttribute",
    "validatenotnull": "System.Management.Automation.ValidateNotNullAttribute",
    "validatenotnullorempty": "System.Management.Automation.ValidateNotNullOrEmptyAttribute",
    "supportswildcards": "System.Management.Automation.SupportsWildcardsAttribute",
}
"""PowerShell 5.1 type accelerators (TypeAccelerators.cs), keyed by casefolded name."""


def register_type(
    full_name: str, bases: Iterable[str] = ("System.Object",), accelerators: Iterable[str] = ()
) -> None:
    """Make a type known to resolve_type / type_names_of (full name plus its base chain)."""
    _CHAINS[full_name.casefold()] = (full_name, *bases)
    for acc in accelerators:
        ACCELERATORS[acc.casefold()] = full_name


def type_chain(full_name: str) -> list[str]:
    """The full name followed by its base types, e.g. System.Int32, System.ValueType, System.Object."""
    if full_name.endswith("[]"):
        return [full_name, "System.Array", "System.Object"]
    chain = _CHAINS.get(full_name.casefold())
    if chain is not None:
        return list(chain)
    return [full_name, "System.Object"]


def known_full_name(name: str) -> str | None:
    """The canonical spelling of a registered type's full name, or None."""
    chain = _CHAINS.get(name.casefold())
    return chain[0] if chain else None


def _seed() -> None:
    for n in (
        "Int32 Int64 Int16 Byte SByte UInt16 UInt32 UInt64 Double Single Decimal Boolean Char DateTime "
        "TimeSpan Guid IntPtr Numerics.BigInteger Management.Automation.SwitchParameter"
    ).split():
        _CHAINS[f"system.{n}".casefold()] = (f"System.{n}", *_VALUE)
    for n in (
        "String Object Array Math Convert Environment Enum IO.Path IO.File IO.Directory Type Void "
        "Text.Encoding Text.RegularExpressions.Regex Text.RegularExpressions.Match Collections.Hashtable "
        "Collections.ArrayList Collections.Specialized.OrderedDictionary Security.SecureString Xml.XmlDocument "
        "Management.Automation.PSObject Management.Automation.ScriptBlock Management.Automation.PSCredential "
        "Version Uri Text.StringBuilder Management.Automation.PSReference Collections.DictionaryEntry "
        "Management.Automation.ErrorRecord Globalization.CultureInfo Management.Automation.LanguagePrimitives "
        "Collections.Generic.List`1 Text.RegularExpressions.Group Text.RegularExpressions.Capture "
        "Text.RegularExpressions.RegexOptions"
    ).split():
        _CHAINS[f"system.{n}".casefold()] = (f"System.{n}", "System.Object")
    for acc in ACCELERATORS.values():
        if acc.endswith("Attribute"):
            _CHAINS[acc.casefold()] = (acc, "System.Attribute", "System.Object")
    _CHAINS["system.enum"] = ("System.Enum", *_VALUE)
    _CHAINS["system.valuetype"] = _VALUE
    _CHAINS["system.management.automation.pscustomobject"] = (
        "System.Management.Automation.PSCustomObject",
        "System.Object",
    )
    _CHAINS["system.exception"] = ("System.Exception", "System.Object")
    _CHAINS["system.management.automation.pathinfo"] = (
        "System.Management.Automation.PathInfo",
        "System.Object",
    )
    for n in ("FileInfo", "DirectoryInfo"):  # Get-Item / Get-ChildItem objects (`$item -is [IO.FileInfo]`)
        _CHAINS[f"system.io.{n}".casefold()] = (f"System.IO.{n}", "System.IO.FileSystemInfo",
                                                "System.MarshalByRefObject", "System.Object")  # fmt: skip
    for name, parent in _EXCEPTION_PARENTS:
        _CHAINS[name.casefold()] = (name, *_CHAINS[parent.casefold()])


_SMA = "System.Management.Automation."
_EXCEPTION_PARENTS: list[tuple[str, str]] = [
    # .NET Framework exception hierarchy (parents first), as typed catch blocks see it
    ("System.SystemException", "System.Exception"),
    *((f"System.{n}", "System.SystemException") for n in (
        "ArgumentException InvalidOperationException FormatException InvalidCastException NotSupportedException "
        "ArithmeticException IndexOutOfRangeException NullReferenceException UnauthorizedAccessException "
        "IO.IOException OutOfMemoryException TimeoutException NotImplementedException OperationCanceledException "
        "Collections.Generic.KeyNotFoundException Runtime.InteropServices.ExternalException"
    ).split()),
    ("System.ArgumentNullException", "System.ArgumentException"),
    ("System.ArgumentOutOfRangeException", "System.ArgumentException"),
    ("System.DivideByZeroException", "System.ArithmeticException"),
    ("System.OverflowException", "System.ArithmeticException"),
    ("System.IO.FileNotFoundException", "System.IO.IOException"),
    ("System.IO.DirectoryNotFoundException", "System.IO.IOException"),
    ("System.IO.PathTooLongException", "System.IO.IOException"),
    ("System.ObjectDisposedException", "System.InvalidOperationException"),
    ("System.Net.WebException", "System.InvalidOperationException"),
    ("System.ComponentModel.Win32Exception", "System.Runtime.InteropServices.ExternalException"),
    # System.Management.Automation (5.1): RuntimeException and the PS* wrappers of .NET exceptions
    (_SMA + "RuntimeException", "System.SystemException"),
    (_SMA + "PSInvalidCastException", "System.InvalidCastException"),
    (_SMA + "PSArgumentException", "System.ArgumentException"),
    (_SMA + "PSArgumentNullException", "System.ArgumentNullException"),
    (_SMA + "PSArgumentOutOfRangeException", "System.ArgumentOutOfRangeException"),
    (_SMA + "PSInvalidOperationException", "System.InvalidOperationException"),
    (_SMA + "PSNotSupportedException", "System.NotSupportedException"),
    (_SMA + "PSNotImplementedException", "System.NotImplementedException"),
    (_SMA + "ScriptCallDepthException", "System.SystemException"),
    (_SMA + "PSSecurityException", _SMA + "RuntimeException"),
    *((_SMA + n, _SMA + "RuntimeException") for n in (
        "CommandNotFoundException ParameterBindingException ParseException ActionPreferenceStopException "
        "SessionStateException PipelineStoppedException MetadataException WildcardPatternException "
        "RemoteException PSRemotingTransportException ExtendedTypeSystemException HaltCommandException"
    ).split()),
    (_SMA + "IncompleteParseException", _SMA + "ParseException"),
    (_SMA + "ParameterBindingValidationException", _SMA + "ParameterBindingException"),
    (_SMA + "ParameterBindingArgumentTransformationException", _SMA + "ParameterBindingException"),
    (_SMA + "ValidationMetadataException", _SMA + "MetadataException"),
    (_SMA + "ArgumentTransformationMetadataException", _SMA + "MetadataException"),
    (_SMA + "ItemNotFoundException", _SMA + "SessionStateException"),
    (_SMA + "DriveNotFoundException", _SMA + "SessionStateException"),
    (_SMA + "ProviderNotFoundException", _SMA + "SessionStateException"),
    (_SMA + "MethodException", _SMA + "ExtendedTypeSystemException"),
    (_SMA + "MethodInvocationException", _SMA + "MethodException"),
    (_SMA + "GetValueException", _SMA + "ExtendedTypeSystemException"),
    (_SMA + "GetValueInvocationException", _SMA + "GetValueException"),
    (_SMA + "SetValueException", _SMA + "ExtendedTypeSystemException"),
    (_SMA + "SetValueInvocationException", _SMA + "SetValueException"),
]  # fmt: skip


_seed()


class PSReference:
    """System.Management.Automation.PSReference ([ref]): a box whose `value` a method may set
    ([int]::TryParse($s, [ref]$n)). The runtime may subclass it to write through to a variable."""

    type_name = "System.Management.Automation.PSReference"

    def __init__(self, value: Any = None) -> None:
        self._value = value

    @property
    def value(self) -> Any:
        return self._value

    @value.setter
    def value(self, new: Any) -> None:
        self._value = new

    def ps_property_names(self) -> list[str]:
        return ["Value"]

    def ps_get(self, name: str) -> tuple[bool, Any]:
        return (True, self.value) if name.casefold() == "value" else (False, None)

    def ps_set(self, name: str, new: Any) -> bool:
        if name.casefold() != "value":
            return False
        self.value = new
        return True

    def __str__(self) -> str:
        return self.type_name


class PSCredential:
    """System.Management.Automation.PSCredential: UserName and a SecureString Password;
    GetNetworkCredential() reveals the password as PowerShell does."""

    type_name = "System.Management.Automation.PSCredential"

    def __init__(self, user_name: str, password: Any) -> None:
        self.user_name = user_name
        self.password = password

    def ps_property_names(self) -> list[str]:
        return ["UserName", "Password"]

    def ps_get(self, name: str) -> tuple[bool, Any]:
        key = name.casefold()
        if key == "username":
            return True, self.user_name
        if key == "password":
            return True, self.password
        return False, None

    def ps_call(self, name: str, args: list[Any]) -> tuple[bool, Any]:
        if name.casefold() != "getnetworkcredential" or args:
            return False, None
        from pwshlite.objects import PSObject

        user = self.user_name
        domain = ""
        if "\\" in user:
            domain, user = user.split("\\", 1)
        reveal = getattr(self.password, "reveal", None)
        plain = reveal() if callable(reveal) else str(self.password)
        return True, PSObject(
            [("UserName", user), ("Password", plain), ("SecurePassword", self.password), ("Domain", domain)],
            type_names=("System.Net.NetworkCredential", "System.Object"),
        )

    def __str__(self) -> str:
        return self.type_name


class Version:
    """System.Version: Major.Minor[.Build[.Revision]]; missing parts are -1; compares part by part."""

    __slots__ = ("parts",)
    type_name = "System.Version"

    def __init__(self, *parts: int) -> None:
        values = list(parts) + [-1] * (4 - len(parts))
        self.parts = tuple(values[:4])

    @classmethod
    def parse(cls, text: str) -> Version:
        pieces = text.strip().split(".")
        if not 2 <= len(pieces) <= 4 or not all(p.isdigit() for p in pieces):
            raise ValueError(text)
        return cls(*(int(p) for p in pieces))

    def ps_property_names(self) -> list[str]:
        return ["Major", "Minor", "Build", "Revision", "MajorRevision", "MinorRevision"]

    def ps_get(self, name: str) -> tuple[bool, Any]:
        names = ["major", "minor", "build", "revision"]
        key = name.casefold()
        if key in names:
            return True, self.parts[names.index(key)]
        if key in ("majorrevision", "minorrevision"):
            revision = max(self.parts[3], 0)
            return True, (revision >> 16) if key == "majorrevision" else (revision & 0xFFFF)
        return False, None

    def _key(self) -> tuple[int, ...]:
        return self.parts

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Version) and self.parts == other.parts

    def __lt__(self, other: Version) -> bool:
        return self.parts < other.parts

    def __gt__(self, other: Version) -> bool:
        return self.parts > other.parts

    def __hash__(self) -> int:
        return hash(self.parts)

    def __str__(self) -> str:
        return ".".join(str(p) for p in self.parts if p >= 0)

    def __repr__(self) -> str:
        return f"Version({self})"
