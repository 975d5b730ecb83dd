"""SecureString protection for ConvertFrom-/ConvertTo-SecureString, and PSCredential objects.

Private helper. Two formats, as Windows PowerShell 5.1 produces them:

* Without -Key, 5.1 protects the text with DPAPI for the current user and prints the blob in hex
  (`01000000d08c9ddf0115d1118c7a00c04fc297eb...`). pwshlite emulates DPAPI locally: the UTF-16LE text
  is sealed with AES-256-GCM under a random per-user key kept in `$PWSHLITE_DPAPI_KEY` or
  `<XDG data dir>/pwshlite/dpapi.key` (created 0600 on first use), and printed in hex after the same
  20-byte DPAPI provider header. Like DPAPI, the string only opens for the same user on the same machine;
  it does not open on Windows (nor do Windows blobs open here).
* With -Key/-SecureKey (16, 24 or 32 bytes), 5.1 writes a base64 string that starts with the marker
  `76492d1116743f0423413b16050a5345` and carries `2|<IV base64>|<AES-CBC ciphertext hex>` in UTF-16LE.
  pwshlite writes and reads that layout with AES-CBC and PKCS#7 padding.
"""

from __future__ import annotations

import base64
import binascii
import os
from pathlib import Path
from typing import Any

from cryptography.hazmat.primitives import padding
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from pwshlite.objects import PSObject, SecureString

from . import _members

DPAPI_HEADER = bytes.fromhex("01000000d08c9ddf0115d1118c7a00c04fc297eb")
KEY_MARKER = "76492d1116743f0423413b16050a5345"


class SecureStringError(Exception):
    """The text does not open (wrong user key, wrong -Key, damaged input); .message is .NET's."""


# -- DPAPI emulation -----------------------------------------------------------------------------------


def _key_file() -> Path:
    explicit = os.environ.get("PWSHLITE_DPAPI_KEY")
    if explicit:
        return Path(explicit)
    base = os.environ.get("XDG_DATA_HOME") or os.path.join(os.path.expanduser("~"), ".local", "share")
    return Path(base) / "pwshlite" / "dpapi.key"


def _user_key() -> bytes:
    path = _key_file()
    try:
        data = path.read_bytes()
        if len(data) == 32:
            return data
    except OSError:
        pass
    path.parent.mkdir(parents=True, exist_ok=True)
    key = AESGCM.generate_key(bit_length=256)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "wb") as handle:
        handle.write(key)
    return key


def protect(text: str) -> str:
    """ConvertFrom-SecureString without a key: the DPAPI-style hex string."""
    nonce = os.urandom(12)
    sealed = AESGCM(_user_key()).encrypt(nonce, text.encode("utf-16-le"), DPAPI_HEADER)
    return (DPAPI_HEADER + nonce + sealed).hex()


def unprotect(hex_text: str) -> str:
    try:
        blob = binascii.unhexlify(hex_text.strip())
    except (binascii.Error, ValueError):
        raise SecureStringError("Input string was not in a correct format.") from None
    if not blob.startswith(DPAPI_HEADER) or len(blob) < len(DPAPI_HEADER) + 28:
        raise SecureStringError("Key not valid for use in specified state.")
    nonce, sealed = blob[20:32], blob[32:]
    try:
        return AESGCM(_user_key()).decrypt(nonce, sealed, DPAPI_HEADER).decode("utf-16-le")
    except Exception:
        raise SecureStringError("Key not valid for use in specified state.") from None


# -- explicit keys ---------------------------------------------------------------------------------------


def check_key(key: bytes) -> None:
    if len(key) not in (16, 24, 32):
        raise SecureStringError(
            "The specified key is not valid. Valid key length settings are either 128 bits, 192 bits, or 256 bits."
        )


def key_bytes(value: Any) -> bytes:
    """-Key (byte[]) or -SecureKey (SecureString, its UTF-16LE bytes) as raw key bytes."""
    if isinstance(value, SecureString):
        return value.reveal().encode("utf-16-le")
    if isinstance(value, bytes | bytearray):
        return bytes(value)
    return bytes(int(b) & 0xFF for b in (value if isinstance(value, list) else [value]))


def encrypt_with_key(text: str, key: bytes) -> str:
    check_key(key)
    iv = os.urandom(16)
    padder = padding.PKCS7(128).padder()
    data = padder.update(text.encode("utf-16-le")) + padder.finalize()
    encryptor = Cipher(algorithms.AES(key), modes.CBC(iv)).encryptor()
    cipher = encryptor.update(data) + encryptor.finalize()
    inner = f"2|{base64.b64encode(iv).decode()}|{cipher.hex()}"
    return KEY_MARKER + base64.b64encode(inner.encode("utf-16-le")).decode()


def decrypt_with_key(text: str, key: bytes) -> str:
    check_key(key)
    try:
        inner = base64.b64decode(text.strip().removeprefix(KEY_MARKER)).decode("utf-16-le")
        version, iv_text, cipher_hex = inner.split("|")
        iv, cipher = base64.b64decode(iv_text), bytes.fromhex(cipher_hex)
    except (ValueError, binascii.Error, UnicodeDecodeError):
        raise SecureStringError("Input string was not in a correct format.") from None
    decryptor = Cipher(algorithms.AES(key), modes.CBC(iv)).decryptor()
    try:
        data = decryptor.update(cipher) + decryptor.finalize()
        unpadder = padding.PKCS7(128).unpadder()
        return (unpadder.update(data) + unpadder.finalize()).decode("utf-16-le")
    except ValueError:
        raise SecureStringError("Padding is invalid and cannot be removed.") from None


# -- credentials -------------------------------------------------------------------------------------------

CREDENTIAL_TYPES = ("System.Management.Automation.PSCredential", "System.Object")
NETWORK_CREDENTIAL_TYPES = ("System.Net.NetworkCredential", "System.Object")


def network_credential(user: str, password: SecureString) -> PSObject:
    """System.Net.NetworkCredential: UserName and Domain split at `\\`, Password in clear (as .NET does)."""
    domain, _, name = user.rpartition("\\")
    return PSObject(
        [
            ("UserName", name),
            ("Password", password.reveal()),
            ("SecurePassword", password),
            ("Domain", domain),
        ],
        NETWORK_CREDENTIAL_TYPES,
    )


def credential(user: str, password: SecureString) -> PSObject:
    """System.Management.Automation.PSCredential with UserName, Password and GetNetworkCredential()."""
    obj = PSObject([("UserName", user), ("Password", password)], CREDENTIAL_TYPES)
    _members.add(
        obj,
        _members.Member(
            "GetNetworkCredential", "CodeMethod",
            code=lambda this, args: network_credential(str(this.get("UserName")), this.get("Password")),
            definition="System.Net.NetworkCredential GetNetworkCredential()",
        ),
    )  # fmt: skip
    return obj
