"""Static members touching the environment and files: [Environment], [System.IO.Path], [System.IO.File]
and [System.IO.Directory] (Encoding and Convert are in statics_text).

Layer: values (imports only pwshlite.objects, pwshlite.errors and the standard library). Paths accept
both `\\` and `/` separators; relative paths resolve against the process directory, as .NET does.
Registered into pwshlite.values.statics.STATIC_TABLES when statics is imported.

Public API: the tables it registers; read_text(path) -> str (File.ReadAllText's decoding).
"""

from __future__ import annotations

import getpass
import ntpath
import os
import socket
import tempfile
import uuid
from typing import Any

from pwshlite.objects import Char, PSHashtable, PSObject

from .convert import to_bool, to_string
from .mcore import DotNetError, arg_error, as_list, to_str_arg
from .statics import _table
from .typenames import resolve_type
from .types import TypedArray

# -- Environment --------------------------------------------------------------------------------------------


def _machine_name() -> str:
    return os.environ.get("COMPUTERNAME") or socket.gethostname().split(".")[0].upper()


def _user_name() -> str:
    return os.environ.get("USERNAME") or getpass.getuser()


def _os_version() -> PSObject:
    """Environment.OSVersion as on Windows Server 2016 (the Exchange 2016 host pwshlite emulates)."""
    from .types import Version

    return PSObject(
        [
            ("Platform", "Win32NT"),
            ("ServicePack", ""),
            ("Version", Version(10, 0, 14393, 0)),
            ("VersionString", "Microsoft Windows NT 10.0.14393.0"),
        ],
        type_names=("System.OperatingSystem", "System.Object"),
    )


_ENV = _table(
    "System.Environment",
    {
        "NewLine": lambda: "\n",
        "MachineName": _machine_name,
        "UserName": _user_name,
        "UserDomainName": lambda: os.environ.get("USERDOMAIN") or _machine_name(),
        "CurrentDirectory": os.getcwd,
        "ProcessorCount": lambda: os.cpu_count() or 1,
        "Is64BitOperatingSystem": lambda: True,
        "Is64BitProcess": lambda: True,
        "TickCount": lambda: int(__import__("time").monotonic() * 1000) & 0x7FFFFFFF,
        "SystemDirectory": lambda: "C:\\Windows\\system32",
        "OSVersion": _os_version,
        "UserInteractive": lambda: True,
    },
)
_ENV.add("GetEnvironmentVariable", (1, 2), lambda _, a: os.environ.get(to_str_arg(a[0])))
_ENV.add("SetEnvironmentVariable", (2, 3), lambda _, a: _set_env(to_str_arg(a[0]), a[1]))
_ENV.add("GetEnvironmentVariables", (0, 1), lambda _, a: PSHashtable(sorted(os.environ.items())))
_ENV.add("ExpandEnvironmentVariables", (1,), lambda _, a: _expand(to_str_arg(a[0])))


def _set_env(name: str, value: Any) -> None:
    if value is None or to_string(value) == "":
        os.environ.pop(name, None)
    else:
        os.environ[name] = to_string(value)


def _expand(text: str) -> str:
    import re

    return re.sub(r"%([^%]+)%", lambda m: os.environ.get(m.group(1), m.group(0)), text)


# -- Path ---------------------------------------------------------------------------------------------------

_SEPS = ("\\", "/")


def _split(path: str) -> tuple[str, str]:
    cut = max(path.rfind("\\"), path.rfind("/"))
    return (path[:cut], path[cut + 1 :]) if cut >= 0 else ("", path)


def _combine(_: Any, args: list[Any]) -> str:
    parts = [to_string(p) for p in (args[0] if len(args) == 1 and isinstance(args[0], list) else args)]
    if any(p is None for p in parts):
        raise arg_error("paths", "Value cannot be null.", "ArgumentNullException")
    result = ""
    for part in parts:
        if not part:
            continue
        if part.startswith(_SEPS) or ntpath.isabs(part) or (len(part) > 1 and part[1] == ":"):
            result = part
        elif result and not result.endswith(_SEPS):
            windows_style = "\\" in result and "/" not in result  # keep a C:\ path's own separator
            result += ("\\" if windows_style else os.sep) + part
        else:
            result += part
    return result


def _file_name(_: Any, args: list[Any]) -> Any:
    return None if args[0] is None else _split(to_string(args[0]))[1]


def _without_extension(_: Any, args: list[Any]) -> Any:
    if args[0] is None:
        return None
    name = _split(to_string(args[0]))[1]
    dot = name.rfind(".")
    return name[:dot] if dot >= 0 else name


def _extension(_: Any, args: list[Any]) -> Any:
    if args[0] is None:
        return None
    name = _split(to_string(args[0]))[1]
    dot = name.rfind(".")
    return name[dot:] if 0 <= dot < len(name) - 1 else ""


def _directory_name(_: Any, args: list[Any]) -> Any:
    if args[0] is None:
        return None
    path = to_string(args[0])
    if path in ("", "/", "\\") or (len(path) <= 3 and path[1:2] == ":"):
        return None if path else _raise_empty_path()
    return _split(path)[0] or ("/" if path.startswith("/") else "")


def _raise_empty_path() -> Any:
    raise DotNetError("ArgumentException", "The path is not of a legal form.")


def _temp_file(_: Any, args: list[Any]) -> str:
    handle, path = tempfile.mkstemp(prefix="tmp", suffix=".tmp")
    os.close(handle)
    return path


def _change_extension(_: Any, args: list[Any]) -> Any:
    if args[0] is None:
        return None
    path = to_string(args[0])
    folder, name = _split(path)
    dot = name.rfind(".")
    base = name[:dot] if dot >= 0 else name
    ext = "" if args[1] is None else to_string(args[1])
    ext = ext if not ext or ext.startswith(".") else "." + ext
    return (path[: len(folder) + 1] if folder else "") + base + ext


_PATH = _table(
    "System.IO.Path",
    {
        "DirectorySeparatorChar": lambda: Char(os.sep),
        "AltDirectorySeparatorChar": lambda: Char("/"),
        "PathSeparator": lambda: Char(os.pathsep),
        "VolumeSeparatorChar": lambda: Char(":" if os.sep == "\\" else "/"),
    },
)
_PATH.add("Combine", None, _combine)
_PATH.add("Join", None, lambda _, a: (os.sep).join(to_string(p) for p in a if to_string(p)))
_PATH.add("GetFileName", (1,), _file_name)
_PATH.add("GetFileNameWithoutExtension", (1,), _without_extension)
_PATH.add("GetExtension", (1,), _extension)
_PATH.add("GetDirectoryName", (1,), _directory_name)
_PATH.add("GetTempPath", (0,), lambda _, a: tempfile.gettempdir().rstrip(os.sep) + os.sep)
_PATH.add("GetTempFileName", (0,), _temp_file)
_PATH.add("GetRandomFileName", (0,), lambda _, a: uuid.uuid4().hex[:8] + "." + uuid.uuid4().hex[:3])
_PATH.add("GetFullPath", (1,), lambda _, a: os.path.abspath(os.path.expanduser(to_str_arg(a[0]))))
_PATH.add("ChangeExtension", (2,), _change_extension)
_PATH.add("HasExtension", (1,), lambda _, a: bool(_extension(None, a)))
_PATH.add(
    "IsPathRooted", (1,), lambda _, a: to_str_arg(a[0]).startswith(_SEPS) or to_str_arg(a[0])[1:2] == ":"
)
_PATH.add(
    "GetPathRoot",
    (1,),
    lambda _, a: (
        "/"
        if to_str_arg(a[0]).startswith("/")
        else to_str_arg(a[0])[:3]
        if to_str_arg(a[0])[1:2] == ":"
        else ""
    ),
)
_PATH.add("GetInvalidFileNameChars", (0,), lambda _, a: [Char(c) for c in '"<>|\0:*?\\/'])
_PATH.add("GetInvalidPathChars", (0,), lambda _, a: [Char(c) for c in '"<>|\0'])


# -- File / Directory --------------------------------------------------------------------------------------


def _path_arg(value: Any) -> str:
    if value is None or to_string(value) == "":
        raise arg_error("path", "Empty path name is not legal.")
    return os.path.expanduser(to_string(value))


def _io(action: Any, path: str) -> Any:
    try:
        return action()
    except FileNotFoundError:
        full = os.path.abspath(path)
        if os.path.isdir(os.path.dirname(full)):
            raise DotNetError("FileNotFoundException", f"Could not find file '{full}'.") from None
        raise DotNetError(
            "DirectoryNotFoundException", f"Could not find a part of the path '{full}'."
        ) from None
    except PermissionError:
        raise DotNetError(
            "UnauthorizedAccessException", f"Access to the path '{os.path.abspath(path)}' is denied."
        ) from None
    except IsADirectoryError:
        raise DotNetError(
            "UnauthorizedAccessException", f"Access to the path '{os.path.abspath(path)}' is denied."
        ) from None


def read_text(path: str) -> str:
    """File.ReadAllText: BOM-detected UTF-8/UTF-16, else UTF-8."""
    with open(path, "rb") as handle:
        data = handle.read()
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="replace")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16", errors="replace")
    return data.decode("utf-8", errors="replace")


def _encoding_of(args: list[Any], index: int) -> Any:
    from .statics_text import TextEncoding

    if len(args) <= index or args[index] is None:
        return None
    value = args[index]
    return value if isinstance(value, TextEncoding) else TextEncoding(to_string(value))


def _write(path: str, text: str, encoding: Any, mode: str) -> None:
    data = (encoding.preamble() if encoding and mode == "wb" else b"") + (
        encoding.encode(text) if encoding else text.encode("utf-8")
    )
    with open(path, mode) as handle:
        handle.write(data)


def _lines(text: str) -> list[str]:
    lines = text.replace("\r\n", "\n").split("\n")
    return lines[:-1] if lines and lines[-1] == "" else lines


def _read_bytes(path: str) -> TypedArray:
    from .statics_text import bytes_array

    with open(path, "rb") as handle:
        return bytes_array(handle.read())


def _read_all_lines(path: str) -> TypedArray:
    return TypedArray(_lines(read_text(path)), resolve_type("string"))


_FILE = _table("System.IO.File")
_FILE.add(
    "Exists", (1,), lambda _, a: a[0] is not None and os.path.isfile(os.path.expanduser(to_string(a[0])))
)
_FILE.add("ReadAllText", (1, 2), lambda _, a: _io(lambda: read_text(_path_arg(a[0])), to_string(a[0])))
_FILE.add("ReadAllLines", (1, 2), lambda _, a: _io(lambda: _read_all_lines(_path_arg(a[0])), to_string(a[0])))
_FILE.add(
    "ReadAllBytes",
    (1,),
    lambda _, a: _io(lambda: _read_bytes(_path_arg(a[0])), to_string(a[0])),
)
_FILE.add(
    "WriteAllText",
    (2, 3),
    lambda _, a: _io(
        lambda: _write(_path_arg(a[0]), to_str_arg(a[1]), _encoding_of(a, 2), "wb"), to_string(a[0])
    ),
)
_FILE.add(
    "AppendAllText",
    (2, 3),
    lambda _, a: _io(
        lambda: _write(_path_arg(a[0]), to_str_arg(a[1]), _encoding_of(a, 2), "ab"), to_string(a[0])
    ),
)
_FILE.add(
    "WriteAllLines",
    (2, 3),
    lambda _, a: _io(
        lambda: _write(
            _path_arg(a[0]), "".join(to_string(x) + "\n" for x in as_list(a[1])), _encoding_of(a, 2), "wb"
        ),
        to_string(a[0]),
    ),
)
_FILE.add(
    "AppendAllLines",
    (2, 3),
    lambda _, a: _io(
        lambda: _write(
            _path_arg(a[0]), "".join(to_string(x) + "\n" for x in as_list(a[1])), _encoding_of(a, 2), "ab"
        ),
        to_string(a[0]),
    ),
)
_FILE.add(
    "WriteAllBytes",
    (2,),
    lambda _, a: _io(
        lambda: open(_path_arg(a[0]), "wb").write(bytes(int(b) & 0xFF for b in as_list(a[1]))) and None,
        to_string(a[0]),
    ),
)
_FILE.add(
    "Delete",
    (1,),
    lambda _, a: _io(
        lambda: os.remove(_path_arg(a[0])) if os.path.exists(_path_arg(a[0])) else None, to_string(a[0])
    ),
)
_FILE.add(
    "Copy",
    (2, 3),
    lambda _, a: _io(
        lambda: _copy(_path_arg(a[0]), _path_arg(a[1]), len(a) > 2 and to_bool(a[2])), to_string(a[0])
    ),
)
_FILE.add(
    "Move", (2,), lambda _, a: _io(lambda: os.rename(_path_arg(a[0]), _path_arg(a[1])), to_string(a[0]))
)


def _copy(source: str, target: str, overwrite: bool) -> None:
    import shutil

    if os.path.exists(target) and not overwrite:
        raise DotNetError("IOException", f"The file '{os.path.abspath(target)}' already exists.")
    shutil.copyfile(source, target)


def _directory_info(path: str) -> PSObject:
    full = os.path.abspath(path)
    return PSObject(
        [
            ("Name", os.path.basename(full.rstrip(os.sep)) or full),
            ("FullName", full),
            ("Exists", os.path.isdir(full)),
        ],
        type_names=("System.IO.DirectoryInfo", "System.IO.FileSystemInfo", "System.Object"),
    )


def _list_dir(args: list[Any], want_files: bool) -> list[str]:
    import fnmatch

    root = _path_arg(args[0])
    pattern = to_string(args[1]) if len(args) > 1 and args[1] is not None else "*"
    recursive = len(args) > 2 and to_string(args[2]).casefold() in ("alldirectories", "1")
    if not os.path.isdir(root):
        raise DotNetError(
            "DirectoryNotFoundException", f"Could not find a part of the path '{os.path.abspath(root)}'."
        )
    found: list[str] = []
    for folder, dirs, files in os.walk(root):
        names = files if want_files else dirs
        found.extend(
            os.path.join(folder, n)
            for n in sorted(names)
            if fnmatch.fnmatch(n.casefold(), pattern.casefold())
        )
        if not recursive:
            break
    return found


_DIRECTORY = _table("System.IO.Directory")
_DIRECTORY.add(
    "Exists", (1,), lambda _, a: a[0] is not None and os.path.isdir(os.path.expanduser(to_string(a[0])))
)
_DIRECTORY.add("CreateDirectory", (1,), lambda _, a: _create_directory(_path_arg(a[0])))
_DIRECTORY.add("GetFiles", (1, 2, 3), lambda _, a: _list_dir(a, True))
_DIRECTORY.add("EnumerateFiles", (1, 2, 3), lambda _, a: _list_dir(a, True))
_DIRECTORY.add("GetDirectories", (1, 2, 3), lambda _, a: _list_dir(a, False))
_DIRECTORY.add(
    "Delete",
    (1, 2),
    lambda _, a: _io(lambda: _rmdir(_path_arg(a[0]), len(a) > 1 and to_bool(a[1])), to_string(a[0])),
)
_DIRECTORY.add("GetCurrentDirectory", (0,), lambda _, a: os.getcwd())


def _create_directory(path: str) -> PSObject:
    os.makedirs(path, exist_ok=True)
    return _directory_info(path)


def _rmdir(path: str, recursive: bool) -> None:
    import shutil

    if recursive:
        shutil.rmtree(path)
    else:
        try:
            os.rmdir(path)
        except OSError as exc:
            if os.path.isdir(path) and os.listdir(path):
                raise DotNetError("IOException", "The directory is not empty.") from exc
            raise
