"""The command registry: cmdlet modules discovered through entry points, a case-insensitive command table
and PowerShell's default aliases.

Layer: registry (imports cmdlet only; never runtime, syntax or binding). Modules are the entry points of
group "pwshlite.modules" (Core, Utility, ExchangeUM, and any third-party distribution). Startup stays
fast: a module's submodules are imported only when a command from them is needed — a cmdlet file
`verb_noun.py` is matched to a command name by comparing letters only (`get_um_mailbox_pin` ~
`Get-UMMailboxPIN`); `load_all()` imports everything (Get-Command, unknown names).

RBAC hook: a module package may define `rbac_check(session_user, cmdlet_info, bound_names) -> bool`.
`Registry.policy_for(info)` returns it (or None); the runtime calls it after binding and before `begin`.
"""

from __future__ import annotations

import importlib
import os
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

from pwshlite.cmdlet import Cmdlet, CmdletInfo

ENTRY_POINT_GROUP = "pwshlite.modules"
_BUILTIN_MODULES = {
    "Core": "pwshlite.cmdlets.core",
    "Utility": "pwshlite.cmdlets.utility",
    "ExchangeUM": "pwshlite.cmdlets.exchange_um",
    "Pester": "pwshlite.cmdlets.pester",
}

# PowerShell 5.1's built-in aliases (Get-Alias on a clean Windows PowerShell 5.1 session).
DEFAULT_ALIASES: dict[str, str] = {
    "?": "Where-Object", "%": "ForEach-Object", "where": "Where-Object", "foreach": "ForEach-Object",
    "select": "Select-Object", "sort": "Sort-Object", "group": "Group-Object", "measure": "Measure-Object",
    "ft": "Format-Table", "fl": "Format-List", "fw": "Format-Wide", "fc": "Format-Custom",
    "gm": "Get-Member", "gci": "Get-ChildItem", "ls": "Get-ChildItem", "dir": "Get-ChildItem",
    "cat": "Get-Content", "type": "Get-Content", "gc": "Get-Content", "echo": "Write-Output",
    "write": "Write-Output", "cd": "Set-Location", "chdir": "Set-Location", "sl": "Set-Location",
    "pwd": "Get-Location", "gl": "Get-Location", "cls": "Clear-Host", "clear": "Clear-Host",
    "copy": "Copy-Item", "cp": "Copy-Item", "cpi": "Copy-Item", "del": "Remove-Item", "rm": "Remove-Item",
    "erase": "Remove-Item", "rd": "Remove-Item", "rmdir": "Remove-Item", "ri": "Remove-Item",
    "move": "Move-Item", "mv": "Move-Item", "mi": "Move-Item", "ren": "Rename-Item", "rni": "Rename-Item",
    "gi": "Get-Item", "ni": "New-Item", "mkdir": "New-Item", "md": "New-Item", "gp": "Get-ItemProperty",
    "sp": "Set-ItemProperty", "gcm": "Get-Command", "man": "help", "h": "Get-History",
    "history": "Get-History", "ghy": "Get-History", "r": "Invoke-History", "ihy": "Invoke-History",
    "iex": "Invoke-Expression", "icm": "Invoke-Command", "gv": "Get-Variable", "sv": "Set-Variable",
    "set": "Set-Variable", "nv": "New-Variable", "rv": "Remove-Variable", "clv": "Clear-Variable",
    "gal": "Get-Alias", "sal": "Set-Alias", "nal": "New-Alias", "epal": "Export-Alias", "ipal": "Import-Alias",
    "gps": "Get-Process", "ps": "Get-Process", "kill": "Stop-Process", "spps": "Stop-Process",
    "gsv": "Get-Service", "sleep": "Start-Sleep", "tee": "Tee-Object", "oh": "Out-Host", "ogv": "Out-GridView",
    "epcsv": "Export-Csv", "ipcsv": "Import-Csv", "compare": "Compare-Object", "diff": "Compare-Object",
    "sls": "Select-String", "ac": "Add-Content", "sc": "Set-Content", "clc": "Clear-Content", "cli": "Clear-Item",
    "pushd": "Push-Location", "popd": "Pop-Location", "rvpa": "Resolve-Path", "ii": "Invoke-Item",
    "ipmo": "Import-Module", "gmo": "Get-Module", "rmo": "Remove-Module", "nmo": "New-Module",
    "gdr": "Get-PSDrive", "ndr": "New-PSDrive", "rdr": "Remove-PSDrive", "gu": "Get-Unique", "ise": "powershell_ise.exe",
    "irm": "Invoke-RestMethod", "iwr": "Invoke-WebRequest", "curl": "Invoke-WebRequest", "wget": "Invoke-WebRequest",
    "sasv": "Start-Service", "spsv": "Stop-Service", "saps": "Start-Process", "start": "Start-Process",
    "clhy": "Clear-History", "ebp": "Enable-PSBreakpoint", "dbp": "Disable-PSBreakpoint",
    "gjb": "Get-Job", "rcjb": "Receive-Job", "sajb": "Start-Job", "spjb": "Stop-Job", "wjb": "Wait-Job",
    "rjb": "Remove-Job", "lp": "Out-Printer", "nsn": "New-PSSession", "gsn": "Get-PSSession",
    "rsn": "Remove-PSSession", "etsn": "Enter-PSSession", "exsn": "Exit-PSSession", "ipsn": "Import-PSSession",
    "cvpa": "Convert-Path", "dnsn": "Disconnect-PSSession", "rcsn": "Receive-PSSession", "cnsn": "Connect-PSSession",
    "gwmi": "Get-WmiObject", "iwmi": "Invoke-WmiMethod", "rwmi": "Remove-WmiObject", "swmi": "Set-WmiInstance",
    "gcb": "Get-Clipboard", "scb": "Set-Clipboard", "gin": "Get-ComputerInfo", "gtz": "Get-TimeZone",
    "stz": "Set-TimeZone", "shcm": "Show-Command", "trcm": "Trace-Command", "gcs": "Get-PSCallStack",
    "npssc": "New-PSSessionConfigurationFile", "rujb": "Resume-Job", "sujb": "Suspend-Job",
    "pumo": "Publish-Module", "gpv": "Get-ItemPropertyValue", "mp": "Move-ItemProperty",
    "rp": "Remove-ItemProperty", "cpp": "Copy-ItemProperty", "rnp": "Rename-ItemProperty", "clp": "Clear-ItemProperty",
}  # fmt: skip


def _letters(name: str) -> str:
    return "".join(ch for ch in name.casefold() if ch.isalnum())


@dataclass(slots=True)
class ModuleEntry:
    name: str  # PowerShell module name (Core, ExchangeUM)
    package: str  # import path of the package
    files: dict[str, str] = field(default_factory=dict)  # letters-only stem -> submodule name
    loaded: set[str] = field(default_factory=set)
    scanned: bool = False


class Registry:
    """The case-insensitive table of cmdlets (functions and user aliases live in the session)."""

    def __init__(self, modules: dict[str, str] | None = None) -> None:
        self._discovered = modules is not None
        self.modules: list[ModuleEntry] = [
            ModuleEntry(name, pkg) for name, pkg in (modules or dict(_BUILTIN_MODULES)).items()
        ]
        self._cmdlets: dict[str, CmdletInfo] = {}
        self._all_loaded = False
        self.load_errors: dict[str, BaseException] = {}

    # -- discovery ---------------------------------------------------------------------------------------
    def _scan(self, mod: ModuleEntry) -> None:
        if mod.scanned:
            return
        mod.scanned = True
        try:
            package = importlib.import_module(mod.package)
        except ImportError:
            return
        for folder in getattr(package, "__path__", []):
            try:
                names = os.listdir(folder)
            except OSError:
                continue
            for fname in sorted(names):
                if fname.endswith(".py") and not fname.startswith("_"):
                    stem = fname[:-3]
                    mod.files.setdefault(_letters(stem), stem)

    def _load(self, mod: ModuleEntry, stem: str) -> None:
        if stem in mod.loaded:
            return
        mod.loaded.add(stem)
        try:
            module = importlib.import_module(f"{mod.package}.{stem}")
        except Exception as exc:  # noqa: BLE001 - one broken cmdlet file must not break the shell
            self.load_errors[f"{mod.package}.{stem}"] = exc
            return
        for value in vars(module).values():
            if isinstance(value, type) and issubclass(value, Cmdlet) and "info" in vars(value):
                self.add(value.info, mod.name)

    def add(self, info: CmdletInfo, module: str | None = None) -> None:
        """Register a cmdlet (first registration of a name wins, as module load order does in PowerShell)."""
        if module:
            info.extra.setdefault("module_name", module)
        self._cmdlets.setdefault(info.name.casefold(), info)

    def _discover(self) -> None:
        """Add third-party modules from entry points (deferred: importlib.metadata is slow to load)."""
        if self._discovered:
            return
        self._discovered = True
        known = {m.name for m in self.modules}
        for name, pkg in discover_modules().items():
            if name not in known:
                self.modules.append(ModuleEntry(name, pkg))

    def load_all(self) -> None:
        if self._all_loaded:
            return
        self._all_loaded = True
        self._discover()
        for mod in self.modules:
            self._scan(mod)
            for stem in sorted(mod.files.values()):
                self._load(mod, stem)

    # -- lookup ------------------------------------------------------------------------------------------
    def get(self, name: str) -> CmdletInfo | None:
        """The cmdlet called `name` (case-insensitive; `Module\\Name` accepted), or None."""
        if "\\" in name:
            name = name.rsplit("\\", 1)[1]
        key = name.casefold()
        info = self._cmdlets.get(key)
        if info is not None or self._all_loaded:
            return info
        letters = _letters(name)
        for mod in list(self.modules):
            self._scan(mod)
            stem = mod.files.get(letters)
            if stem is not None:
                self._load(mod, stem)
                info = self._cmdlets.get(key)
                if info is not None:
                    return info
        self.load_all()
        return self._cmdlets.get(key)

    def all(self) -> Iterator[CmdletInfo]:
        self.load_all()
        return iter(sorted(self._cmdlets.values(), key=lambda i: i.name.casefold()))

    def module_of(self, info: CmdletInfo) -> str:
        return str(info.extra.get("module_name", info.module))

    def policy_for(self, info: CmdletInfo) -> Callable[[Any, CmdletInfo, frozenset[str]], bool] | None:
        """The module's `rbac_check` function, if its package defines one."""
        return self.hook_for(info, "rbac_check")

    def hook_for(self, info: CmdletInfo, name: str) -> Callable[..., Any] | None:
        """A module-level hook of the cmdlet's package (`rbac_check`, `denied_parameter`,
        `command_visible`), or None."""
        package = info.cls.__module__.rsplit(".", 1)[0]
        try:
            module = importlib.import_module(package)
        except ImportError:
            return None
        hook = getattr(module, name, None)
        return hook if callable(hook) else None


def discover_modules() -> dict[str, str]:
    """Entry points of group "pwshlite.modules" (name -> package); the built-in three when the
    distribution metadata is unavailable (running from a source tree)."""
    modules: dict[str, str] = {}
    try:
        from importlib.metadata import entry_points

        for ep in entry_points(group=ENTRY_POINT_GROUP):
            modules.setdefault(ep.name, ep.value)
    except Exception:  # noqa: BLE001 - broken metadata must not stop the shell
        modules = {}
    for name, pkg in _BUILTIN_MODULES.items():
        modules.setdefault(name, pkg)
    return modules


def resolve_alias(name: str, user_aliases: dict[str, str] | None = None) -> str | None:
    """The command an alias stands for (user-defined aliases first), or None."""
    key = name.casefold()
    if user_aliases and key in user_aliases:
        return user_aliases[key]
    return DEFAULT_ALIASES.get(key)
