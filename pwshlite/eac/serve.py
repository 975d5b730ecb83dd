"""`pwshlite eac`: command-line options and the uvicorn server of the web admin center.

Host layer (pwshlite.eac); cli.py hands `pwshlite eac ...` arguments to `main`.
"""

from __future__ import annotations

import argparse
import ipaddress
import sys

DEFAULT_PORT = 8431


def parse_args(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="pwshlite eac",
        description="Serve the web admin center (UM PIN status and Reset PIN) for an organization store.",
    )
    parser.add_argument(
        "--store", help="the organization store (default: $PWSHLITE_STORE, else the per-user data dir)"
    )
    parser.add_argument(
        "--host", default="127.0.0.1", help="address to listen on (default 127.0.0.1, loopback only)"
    )
    parser.add_argument("--port", type=int, default=DEFAULT_PORT, help=f"port (default {DEFAULT_PORT})")
    return parser.parse_args(argv)


def is_loopback(host: str) -> bool:
    if host.casefold() == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def warn_if_exposed(host: str) -> None:
    """A loud warning when the admin center listens beyond this machine."""
    if is_loopback(host):
        return
    bar = "!" * 78
    sys.stderr.write(
        f"{bar}\nWARNING: the pwshlite admin center is listening on {host}, not on loopback.\n"
        "Anyone who can reach this address can try to sign in as an organization administrator,\n"
        "and the traffic (passwords, session cookies, typed PINs) is NOT encrypted (plain HTTP).\n"
        f"Use --host 127.0.0.1 unless you put it behind an HTTPS reverse proxy.\n{bar}\n"
    )


def main(argv: list[str]) -> int:
    """Run the server until interrupted; exit 2 when the optional dependencies are missing."""
    opts = parse_args(argv)
    try:
        import uvicorn

        from .app import create_app
    except ImportError as exc:
        sys.stderr.write(f"pwshlite eac needs the optional extra: pip install 'pwshlite[eac]' ({exc}).\n")
        return 2
    warn_if_exposed(opts.host)
    from pwshlite.cmdlets.exchange_um import store_auth
    from pwshlite.cmdlets.exchange_um.store import open_store

    store_auth.ANNOUNCE["always"] = True
    open_store(opts.store).close()  # create (printing the Administrator password once) before serving
    app = create_app(opts.store)
    sys.stderr.write(f"pwshlite admin center: http://{opts.host}:{opts.port}/ (Ctrl+C to stop)\n")
    uvicorn.run(app, host=opts.host, port=opts.port, log_level="warning", access_log=False)
    return 0
