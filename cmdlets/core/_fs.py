"""File-system helpers for the item, content and location cmdlets: paths, wildcards, item objects, errors.

Private helper. pwshlite runs on the host's own file system: both `\\` and `/` separate path parts, a
provider prefix (`Microsoft.PowerShell.Core\\FileSystem::`) is accepted, `~` is the home folder, and a
drive-qualified Windows path (`C:\\x`) that does not exist here is reported with its text as typed
(`Cannot find path 'C:\\nope' because it does not exist.`, formatting spec 10.5).
"""

from __future__ import annotations

import os
import re
import shutil
import stat
from collections.abc import Iterator
from datetime import datetime
from typing import Any

from pwshlite.cmdlet import Context
from pwshlite.errors import ErrorCategory, ErrorRecord, PwshError
from pwshlite.objects import EnumValue, PSObject

from ._common import make_error
from ._members import MemberPSObject

PROVIDER = "Microsoft.PowerShell.Core\\FileSystem::"
_PROVIDER_PREFIX = re.compile(r"^(?:Microsoft\.PowerShell\.Core\\)?FileSystem::", re.I)
_DRIVE = re.compile(r"^[A-Za-z]:(?:[\\/]|$)")
_PSDRIVE = re.compile(r"^[A-Za-z]\w+:(?!:)")
FILE_TYPES = ("System.IO.FileInfo", "System.IO.FileSystemInfo", "System.MarshalByRefObject", "System.Object")
DIR_TYPES = (
    "System.IO.DirectoryInfo",
    "System.IO.FileSystemInfo",
    "System.MarshalByRefObject",
    "System.Object",
)


def _item_string(obj: PSObject) -> str:
    """FileInfo/DirectoryInfo.ToString(): pwshlite gives the full path (5.1 gives the path the object was
    made from, a bare name for Get-ChildItem's children; the full path works wherever a path is expected)."""
    return str(obj.get("FullName") or obj.get("Name") or "")


def _register_string_forms() -> None:
    try:
        from pwshlite.values.convert import register_to_string
    except ImportError:
        return
    register_to_string("System.IO.FileInfo", _item_string)
    register_to_string("System.IO.DirectoryInfo", _item_string)


_register_string_forms()


# -- paths -------------------------------------------------------------------------------------------------


def strip_provider(path: str) -> str:
    return _PROVIDER_PREFIX.sub("", path)


def is_drive_qualified(path: str) -> bool:
    """A Windows drive path (C:\\x) on a host without drives."""
    return os.sep == "/" and bool(_DRIVE.match(path))


def to_host(path: str) -> str:
    """The path in host form: provider prefix dropped, `\\` as a separator, `~` expanded."""
    path = strip_provider(path)
    if os.sep == "/" and not is_drive_qualified(path):
        path = path.replace("\\", "/")
    if path == "~" or path.startswith("~/"):
        path = os.path.expanduser(path)
    return path


def full_path(ctx: Context, path: str) -> str:
    """The absolute, normalised path (what PowerShell shows in its messages)."""
    if _PSDRIVE.match(path):  # a named PSDrive (Pester's TestDrive:): the session knows its root
        return ctx.resolve_path(path)
    path = to_host(path)
    if is_drive_qualified(path):
        return path
    if not os.path.isabs(path):
        path = os.path.join(ctx.cwd, path)
    return os.path.normpath(path)


def has_wildcard(path: str) -> bool:
    return any(c in path for c in "*?[")


def wildcard_regex(pattern: str) -> re.Pattern[str]:
    """PowerShell's WildcardPattern (case-insensitive): * ? [abc] [a-z], backtick escapes."""
    out: list[str] = []
    i = 0
    while i < len(pattern):
        ch = pattern[i]
        if ch == "`" and i + 1 < len(pattern):
            out.append(re.escape(pattern[i + 1]))
            i += 2
            continue
        if ch == "*":
            out.append(".*")
        elif ch == "?":
            out.append(".")
        elif ch == "[":
            end = pattern.find("]", i + 1)
            if end < 0:
                out.append(re.escape(ch))
            else:
                out.append("[" + pattern[i + 1 : end].replace("\\", "\\\\") + "]")
                i = end
        else:
            out.append(re.escape(ch))
        i += 1
    return re.compile("^" + "".join(out) + "$", re.I | re.S)


def matches(name: str, pattern: str) -> bool:
    return bool(wildcard_regex(pattern).match(name))


def expand(ctx: Context, path: str) -> list[str]:
    """Resolve a wildcard path to the existing paths it names, sorted as the provider returns them.
    Only the path as typed is a pattern: a relative path is matched below the current location taken
    literally, so `x.txt` works in a folder named `a[1]` (as PowerShell's LocationGlobber does)."""
    full = full_path(ctx, path)
    host = to_host(path)
    if is_drive_qualified(full) or not has_wildcard(full):
        return [full] if os.path.lexists(full) else []
    if not _PSDRIVE.match(path) and not os.path.isabs(host):
        if not has_wildcard(host):
            return [full] if os.path.lexists(full) else []
        return _expand_parts([os.path.normpath(ctx.cwd)], os.path.normpath(host).split(os.sep))
    return _expand_parts([os.sep], full.split(os.sep)[1:])


def _expand_parts(current: list[str], parts: list[str]) -> list[str]:
    for part in parts:
        if part in ("", "."):
            continue
        if part == "..":
            current = [os.path.dirname(base) or os.sep for base in current]
            continue
        nxt: list[str] = []
        for base in current:
            if has_wildcard(part):
                nxt.extend(os.path.join(base, n) for n in sorted_names(base) if matches(n, part))
            elif os.path.lexists(os.path.join(base, part)):
                nxt.append(os.path.join(base, part))
        current = nxt
    return current


def sorted_names(folder: str) -> list[str]:
    try:
        return sorted(os.listdir(folder), key=lambda n: (n.casefold(), n))
    except OSError:
        return []


def resolve(ctx: Context, path: str, literal: bool) -> list[str]:
    """Existing paths a -Path (wildcards) or -LiteralPath argument names."""
    if literal:
        full = full_path(ctx, path)
        return [full] if not is_drive_qualified(full) and os.path.lexists(full) else []
    return expand(ctx, path)


def is_hidden(path: str) -> bool:
    return os.path.basename(path).startswith(".")


# -- errors ------------------------------------------------------------------------------------------------


def not_found(ctx: Context, path: str, shown: str | None = None) -> ErrorRecord:
    """`Cannot find path 'X' because it does not exist.` (PathNotFound, ItemNotFoundException)."""
    shown = full_path(ctx, path) if shown is None else shown
    return make_error(
        ctx,
        f"Cannot find path '{shown}' because it does not exist.",
        "PathNotFound",
        ErrorCategory.ObjectNotFound,
        shown,
        "System.Management.Automation.ItemNotFoundException",
    )


def io_error(ctx: Context, exc: OSError, error_id: str, path: str) -> ErrorRecord:
    """A .NET-style message for an OSError raised while touching `path`."""
    message, category, ex_type = dotnet_io_message(exc, path)
    return make_error(ctx, message, error_id, category, path, ex_type)


def dotnet_io_message(exc: OSError, path: str) -> tuple[str, ErrorCategory, str]:
    if isinstance(exc, FileNotFoundError):
        return (
            f"Could not find a part of the path '{path}'.",
            ErrorCategory.ObjectNotFound,
            "System.IO.DirectoryNotFoundException",
        )
    if isinstance(exc, PermissionError):
        return (
            f"Access to the path '{path}' is denied.",
            ErrorCategory.PermissionDenied,
            "System.UnauthorizedAccessException",
        )
    if isinstance(exc, IsADirectoryError):
        return (
            f"Access to the path '{path}' is denied.",
            ErrorCategory.PermissionDenied,
            "System.UnauthorizedAccessException",
        )
    if isinstance(exc, FileExistsError):
        return (
            "Cannot create a file when that file already exists.",
            ErrorCategory.WriteError,
            "System.IO.IOException",
        )
    return str(exc.strerror or exc), ErrorCategory.WriteError, "System.IO.IOException"


# -- item objects ------------------------------------------------------------------------------------------

_ATTRIBUTE_BITS = (("ReadOnly", 1), ("Hidden", 2), ("Directory", 16), ("Archive", 32), ("ReparsePoint", 1024))


def _attributes(path: str, st: os.stat_result, is_dir: bool) -> EnumValue:
    flags = {
        "ReadOnly": not is_dir and not st.st_mode & stat.S_IWUSR,
        "Hidden": is_hidden(path),
        "Directory": is_dir,
        "Archive": not is_dir,
        "ReparsePoint": os.path.islink(path),
    }
    names = [n for n, _ in _ATTRIBUTE_BITS if flags[n]]
    value = sum(bit for n, bit in _ATTRIBUTE_BITS if flags[n])
    return EnumValue("System.IO.FileAttributes", ", ".join(names) or "Normal", value or 128)


def attribute_names(path: str) -> set[str]:
    """The FileAttributes flag names of an existing path (casefolded)."""
    st = os.stat(path) if os.path.exists(path) else os.lstat(path)
    text = _attributes(path, st, stat.S_ISDIR(st.st_mode)).name
    return {n.strip().casefold() for n in text.split(",")}


class AttributesFilter:
    """Get-ChildItem -Attributes (FlagsExpression[FileAttributes]): `,` or, `+` and, `!` not."""

    dotnet_name = "System.Management.Automation.FlagsExpression`1[System.IO.FileAttributes]"
    NAMES = (
        "ReadOnly", "Hidden", "System", "Directory", "Archive", "Device", "Normal", "Temporary", "SparseFile",
        "ReparsePoint", "Compressed", "Offline", "NotContentIndexed", "Encrypted", "IntegrityStream", "NoScrubData",
    )  # fmt: skip

    @classmethod
    def parse(cls, value: Any) -> list[list[tuple[bool, str]]]:
        text = ",".join(str(v) for v in value) if isinstance(value, list) else str(value)
        known = {n.casefold() for n in cls.NAMES}
        alternatives: list[list[tuple[bool, str]]] = []
        for alternative in text.split(","):
            terms: list[tuple[bool, str]] = []
            for term in alternative.split("+"):
                term = term.strip()
                negated = term.startswith("!")
                name = term.lstrip("!").strip().casefold()
                if name not in known:
                    raise ValueError(
                        f"Unable to match the identifier name {term.lstrip('!')} to a valid enumerator name. Specify one "
                        f"of the following enumerator names and try again:\n{', '.join(cls.NAMES)}"
                    )
                terms.append((negated, name))
            alternatives.append(terms)
        return alternatives


def attributes_match(path: str, expression: list[list[tuple[bool, str]]]) -> bool:
    names = attribute_names(path)
    return any(all((name in names) != negated for negated, name in terms) for terms in expression)


def mode_string(path: str, st: os.stat_result, is_dir: bool) -> str:
    """5.1's Mode column: d a r h s l."""
    readonly = not is_dir and not st.st_mode & stat.S_IWUSR
    return "".join(
        (
            "d" if is_dir else "-",
            "-" if is_dir else "a",
            "r" if readonly else "-",
            "h" if is_hidden(path) else "-",
            "-",
            "l" if os.path.islink(path) else "-",
        )
    )


def item(path: str) -> PSObject:
    """A System.IO.FileInfo / DirectoryInfo object for an existing path."""
    st = os.stat(path) if os.path.exists(path) else os.lstat(path)
    is_dir = stat.S_ISDIR(st.st_mode)
    name = os.path.basename(path) or path
    parent = os.path.dirname(path)
    base, ext = os.path.splitext(name) if not is_dir else (name, os.path.splitext(name)[1])
    mtime, ctime, atime = (datetime.fromtimestamp(t) for t in (st.st_mtime, st.st_ctime, st.st_atime))
    props: list[tuple[str, Any]] = [
        ("PSPath", PROVIDER + path),
        ("PSParentPath", PROVIDER + parent if parent != path else ""),
        ("PSChildName", name),
        ("PSIsContainer", is_dir),
        ("Mode", mode_string(path, st, is_dir)),
        ("BaseName", base),
        ("Name", name),
    ]
    if is_dir:
        props += [
            ("Parent", os.path.basename(parent) or parent if parent != path else None),
            ("Root", os.sep),
        ]
    else:
        props += [
            ("Length", st.st_size),
            ("DirectoryName", parent),
            ("IsReadOnly", not st.st_mode & stat.S_IWUSR),
        ]
    props += [
        ("Exists", True),
        ("FullName", path),
        ("Extension", ext),
        ("CreationTime", ctime),
        ("CreationTimeUtc", datetime.utcfromtimestamp(st.st_ctime)),
        ("LastAccessTime", atime),
        ("LastAccessTimeUtc", datetime.utcfromtimestamp(st.st_atime)),
        ("LastWriteTime", mtime),
        ("LastWriteTimeUtc", datetime.utcfromtimestamp(st.st_mtime)),
        ("Attributes", _attributes(path, st, is_dir)),
    ]
    return FileSystemItem(props, DIR_TYPES if is_dir else FILE_TYPES)


_METHOD_NAMES = {
    n.casefold(): n
    for n in (
        "Delete",
        "CopyTo",
        "MoveTo",
        "Refresh",
        "GetFiles",
        "GetDirectories",
        "CreateSubdirectory",
        "ToString",
    )
}


class FileSystemItem(MemberPSObject):
    """FileInfo/DirectoryInfo with the .NET methods scripts call: Delete, CopyTo, MoveTo, Refresh,
    GetFiles, GetDirectories, CreateSubdirectory (runtime.members_rt calls ps_invoke_method)."""

    __slots__ = ()

    def ps_invoke_method(self, interp: Any, key: str, args: list[Any]) -> tuple[bool, Any]:
        found, value = super().ps_invoke_method(interp, key, args)
        if found:
            return found, value
        handler = getattr(self, f"_m_{key}", None)
        if handler is None:
            return False, None
        try:
            return True, handler(*args)
        except (OSError, TypeError) as exc:
            text = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
            name = _METHOD_NAMES.get(key, key)
            message = f'Exception calling "{name}" with "{len(args)}" argument(s): "{text}"'
            raise PwshError(
                ErrorRecord(message, "IOException", ErrorCategory.NotSpecified,
                            "System.Management.Automation.MethodInvocationException")
            ) from None  # fmt: skip

    @property
    def _path(self) -> str:
        return str(self.get("FullName"))

    def _target(self, dest: Any) -> str:
        text = to_host(str(dest))
        return text if os.path.isabs(text) else os.path.join(os.path.dirname(self._path), text)

    def _m_tostring(self) -> str:
        return self._path

    def _m_delete(self, recursive: Any = False) -> None:
        if os.path.isdir(self._path) and not os.path.islink(self._path):
            shutil.rmtree(self._path) if recursive else os.rmdir(self._path)
        else:
            os.remove(self._path)

    def _m_copyto(self, dest: Any, overwrite: Any = False) -> PSObject:
        target = self._target(dest)
        if os.path.exists(target) and not overwrite:
            raise OSError(17, f"The file '{target}' already exists.")
        shutil.copy2(self._path, target)
        return item(target)

    def _m_moveto(self, dest: Any) -> None:
        target = self._target(dest)
        if os.path.exists(target):
            raise OSError(17, "Cannot create a file when that file already exists.")
        shutil.move(self._path, target)

    def _m_refresh(self) -> None:
        fresh = item(self._path)
        for name, value in fresh.items():
            self.set(name, value)

    def _m_getfiles(self, pattern: Any = "*") -> list[PSObject]:
        names = sorted_names(self._path)
        return [item(os.path.join(self._path, n)) for n in names
                if os.path.isfile(os.path.join(self._path, n)) and matches(n, str(pattern))]  # fmt: skip

    def _m_getdirectories(self, pattern: Any = "*") -> list[PSObject]:
        names = sorted_names(self._path)
        return [item(os.path.join(self._path, n)) for n in names
                if os.path.isdir(os.path.join(self._path, n)) and matches(n, str(pattern))]  # fmt: skip

    def _m_createsubdirectory(self, name: Any) -> PSObject:
        target = os.path.join(self._path, to_host(str(name)))
        os.makedirs(target, exist_ok=True)
        return item(target)


def children(folder: str, recurse: bool, force: bool, depth: int | None = None) -> Iterator[tuple[str, str]]:
    """(full path, path relative to `folder`) of a folder's items: folders first, then files, each
    sorted by name; with `recurse`, each subfolder's items follow the folder's own list."""
    yield from _walk(folder, "", recurse, force, depth)


def _walk(
    folder: str, prefix: str, recurse: bool, force: bool, depth: int | None
) -> Iterator[tuple[str, str]]:
    names = [n for n in sorted_names(folder) if force or not n.startswith(".")]
    dirs = [n for n in names if os.path.isdir(os.path.join(folder, n))]
    files = [n for n in names if n not in dirs]
    for n in dirs + files:
        yield os.path.join(folder, n), os.path.join(prefix, n) if prefix else n
    if recurse and (depth is None or depth > 0):
        for n in dirs:
            sub = os.path.join(folder, n)
            if os.path.islink(sub):
                continue
            yield from _walk(
                sub,
                os.path.join(prefix, n) if prefix else n,
                True,
                force,
                None if depth is None else depth - 1,
            )


def literal_or_path(path: Any, literal: Any) -> tuple[list[str], bool]:
    """The path arguments of a cmdlet with -Path and -LiteralPath sets, and whether they are literal."""
    if literal:
        return [str(p) for p in (literal if isinstance(literal, list) else [literal])], True
    if path is None:
        return [], False
    return [str(p) for p in (path if isinstance(path, list) else [path])], False
