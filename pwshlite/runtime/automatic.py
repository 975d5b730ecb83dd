"""Automatic and preference variables of a new session (about_Automatic_Variables,
about_Preference_Variables), reporting Windows PowerShell 5.1.

Layer: runtime.
"""

from __future__ import annotations

import os
from typing import TYPE_CHECKING, Any

from pwshlite.objects import EnumValue, PSHashtable, PSObject

if TYPE_CHECKING:
    from pwshlite.runtime.session import Session

PS_VERSION = "5.1.19041.1682"
ACTION = "System.Management.Automation.ActionPreference"


def _version(text: str) -> PSObject:
    parts = [int(p) for p in text.split(".")] + [-1, -1]
    return PSObject(
        [("Major", parts[0]), ("Minor", parts[1]), ("Build", parts[2]), ("Revision", parts[3])],
        type_names=("System.Version", "System.Object"),
        base=text,
    )


def _action(name: str) -> EnumValue:
    names = ("SilentlyContinue", "Stop", "Continue", "Inquire", "Ignore", "Suspend")
    return EnumValue(ACTION, name, names.index(name))


def version_table() -> PSHashtable:
    return PSHashtable(
        [
            ("PSVersion", _version(PS_VERSION)),
            ("PSEdition", "Desktop"),
            (
                "PSCompatibleVersions",
                [_version(v) for v in ("1.0", "2.0", "3.0", "4.0", "5.0", "5.1.19041.1682")],
            ),
            ("BuildVersion", _version("10.0.19041.1682")),
            ("CLRVersion", _version("4.0.30319.42000")),
            ("WSManStackVersion", _version("3.0")),
            ("PSRemotingProtocolVersion", _version("2.3")),
            ("SerializationVersion", _version("1.1.0.1")),
        ]
    )


def host_object(session: Session) -> PSObject:
    size = PSObject(
        [("Width", session.buffer_width), ("Height", 3000)],
        type_names=("System.Management.Automation.Host.Size",),
    )
    window = PSObject(
        [("Width", session.buffer_width), ("Height", 50)],
        type_names=("System.Management.Automation.Host.Size",),
    )
    raw = PSObject(
        [("BufferSize", size), ("WindowSize", window), ("WindowTitle", "pwshlite"), ("ForegroundColor", "Gray"),
         ("BackgroundColor", "Black")],
        type_names=("System.Management.Automation.Internal.Host.InternalHostRawUserInterface",),
    )  # fmt: skip
    ui = PSObject(
        [("RawUI", raw)], type_names=("System.Management.Automation.Internal.Host.InternalHostUserInterface",)
    )
    return PSObject(
        [("Name", "ConsoleHost"), ("Version", _version(PS_VERSION)), ("InstanceId", "00000000-0000-0000-0000-000000000000"),
         ("UI", ui), ("CurrentCulture", "en-US"), ("CurrentUICulture", "en-US"), ("PrivateData", None),
         ("DebuggerEnabled", True), ("IsRunspacePushed", False), ("Runspace", None)],
        type_names=("System.Management.Automation.Internal.Host.InternalHost", "System.Object"),
    )  # fmt: skip


def install_automatic_variables(session: Session) -> None:
    scope = session.interp.scopes.global_scope
    values: dict[str, Any] = {
        "Error": [],
        "PSVersionTable": version_table(),
        "Host": host_object(session),
        "PID": os.getpid(),
        "HOME": os.path.expanduser("~"),
        "PSHOME": os.path.dirname(os.path.abspath(__file__)),
        "ShellId": "Microsoft.PowerShell",
        "PSCulture": "en-US",
        "PSUICulture": "en-US",
        "ErrorActionPreference": _action("Continue"),
        "WarningPreference": _action("Continue"),
        "VerbosePreference": _action("SilentlyContinue"),
        "DebugPreference": _action("SilentlyContinue"),
        "InformationPreference": _action("SilentlyContinue"),
        "ProgressPreference": _action("Continue"),
        "ConfirmPreference": EnumValue("System.Management.Automation.ConfirmImpact", "High", 3),
        "WhatIfPreference": False,
        "FormatEnumerationLimit": 16,  # EMS sets 16 in its start-up script (formatting spec §3.5)
        "MaximumHistoryCount": 4096,
        "ErrorView": "NormalView",
        "NestedPromptLevel": 0,
        "PSEmailServer": None,
        "LASTEXITCODE": None,
        "IsCoreCLR": None,
        "PSModuleAutoLoadingPreference": "All",
    }
    for name, value in values.items():
        scope.vars[name.casefold()] = value
        session.remember_name(name)
    for name in ("true", "false", "null", "PSVersionTable", "Host", "PID", "HOME", "PSHOME", "ShellId"):
        scope.options.setdefault(name.casefold(), set()).add(
            "constant" if name in ("true", "false", "null") else "readonly"
        )
    scope.vars.pop("lastexitcode", None)
    scope.vars["pwd"] = session.interp.current_location()  # kept current by Session.set_location
    session.remember_name("PWD")
    for name in ("true", "false", "null"):
        scope.vars[name] = {"true": True, "false": False, "null": None}[name]
