"""SecureString protection for CLIXML: pwshlite's stand-in for Windows DPAPI.

The text is encrypted with AES-GCM under a random per-user key kept in `$PWSHLITE_HOME/dpapi.key`
(default ~/.pwshlite, created with mode 0600), and written as hex like a DPAPI blob, so a
SecureString exported by one user can only be imported by the same user.
"""

from __future__ import annotations

import os

_KEY_FILE = "dpapi.key"


def _key() -> bytes:
    from ._clixml import default_key_dir

    folder = default_key_dir()
    path = os.path.join(folder, _KEY_FILE)
    try:
        with open(path, "rb") as handle:
            key = handle.read()
        if len(key) == 32:
            return key
    except FileNotFoundError:
        pass
    os.makedirs(folder, exist_ok=True)
    key = os.urandom(32)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "wb") as handle:
        handle.write(key)
    return key


def protect(text: str) -> str:
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    nonce = os.urandom(12)
    return (nonce + AESGCM(_key()).encrypt(nonce, text.encode("utf-16-le"), b"pwshlite-securestring")).hex()


def unprotect(blob: str) -> str:
    """Raises ValueError when the blob was not protected by this user's key."""
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    try:
        data = bytes.fromhex(blob)
        plain = AESGCM(_key()).decrypt(data[:12], data[12:], b"pwshlite-securestring")
    except (InvalidTag, ValueError) as exc:
        raise ValueError("Key not valid for use in specified state.") from exc
    return plain.decode("utf-16-le")
