"""The Kalshi private key: loaded and checked when the configuration is read, so a bad key is a problem at
start rather than a failure at the first call.

cryptography is imported only when a key is actually parsed (importing the settings stays cheap); the key type
`KalshiPrivateKey` is for annotations.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Final, TypeAlias

from brokerspec.settings import variables as v
from brokerspec.settings.problems import Problem

if TYPE_CHECKING:
    from cryptography.hazmat.primitives.asymmetric import ed25519, rsa

    #: The key types Kalshi accepts.
    KalshiPrivateKey: TypeAlias = rsa.RSAPrivateKey | ed25519.Ed25519PrivateKey

__all__ = ["KalshiPrivateKey", "load_kalshi_key", "parse_private_key"]


def parse_private_key(pem: str | bytes, password: str | bytes | None) -> KalshiPrivateKey:
    """The key in PEM text; ValueError (unreadable, wrong password) or TypeError (not RSA or Ed25519).

    The messages carry no key material: cryptography's reason (e.g. a wrong password) is kept.
    """
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric import ed25519, rsa

    data = pem.encode() if isinstance(pem, str) else pem
    secret = password.encode() if isinstance(password, str) else password
    try:
        key = serialization.load_pem_private_key(data, password=secret)
    except (ValueError, TypeError) as exc:
        raise ValueError(f"could not load the Kalshi private key from PEM: {exc}") from None
    if not isinstance(key, rsa.RSAPrivateKey | ed25519.Ed25519PrivateKey):
        raise TypeError(f"Kalshi keys are RSA or Ed25519, got {type(key).__name__}")
    return key


_FIX: Final = (
    f"point {v.KALSHI_PRIVATE_KEY_PATH} at the .pem file Kalshi gave you when you created the API key "
    f"(or put its text in {v.KALSHI_PRIVATE_KEY}, line breaks as \\n)"
)


def load_kalshi_key(env: Mapping[str, str], problems: list[Problem]) -> KalshiPrivateKey | None:
    """Read and parse the Kalshi key now; a problem (never the key's text) when it cannot be used.

    Tried whenever exactly one key source is set, even if other Kalshi variables are wrong, so that one
    run lists every problem.
    """
    raw_path = v.get(env, v.KALSHI_PRIVATE_KEY_PATH)
    pem = v.get(env, v.KALSHI_PRIVATE_KEY)
    if (raw_path is None) == (pem is None):
        return None

    def problem(variable: str, message: str, fix: str = _FIX) -> None:
        problems.append(Problem(variable, message, fix, "kalshi"))

    if raw_path is not None:
        variable, path = v.KALSHI_PRIVATE_KEY_PATH, Path(raw_path).expanduser()
        try:
            data = path.read_bytes()
        except FileNotFoundError:
            problem(variable, f"there is no file at {path}")
            return None
        except IsADirectoryError:
            problem(variable, f"{path} is a directory, not a key file")
            return None
        except PermissionError:
            problem(
                variable,
                f"{path} cannot be read by this user (permission denied)",
                "make the file readable by the user the server runs as (chmod 600, owned by that user)",
            )
            return None
        except OSError as exc:
            problem(variable, f"{path} cannot be read ({exc.strerror or type(exc).__name__})")
            return None
        what = f"{path}"
    else:
        assert pem is not None
        variable, data, what = v.KALSHI_PRIVATE_KEY, pem.replace("\\n", "\n").encode(), "the key text"
    if b"-----BEGIN" not in data:
        problem(variable, f"{what} is not PEM (no -----BEGIN line)")
        return None
    if b"PRIVATE KEY-----" not in data:
        problem(variable, f"{what} holds no private key (a public key or certificate?)")
        return None

    from cryptography.exceptions import UnsupportedAlgorithm
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric import ed25519, rsa

    password = v.get(env, v.KALSHI_PRIVATE_KEY_PASSWORD)
    try:
        key = serialization.load_pem_private_key(
            data, password=None if password is None else password.encode()
        )
    except TypeError:  # cryptography: a password was given for a plain key, or none for an encrypted one
        if password is None:
            problem(
                v.KALSHI_PRIVATE_KEY_PASSWORD,
                f"is not set but the Kalshi private key ({what}) is encrypted",
                f"set {v.KALSHI_PRIVATE_KEY_PASSWORD} to its password, or decrypt the key once: "
                "openssl pkey -in key.pem -out plain.pem",
            )
        else:
            problem(
                v.KALSHI_PRIVATE_KEY_PASSWORD,
                f"is set but the Kalshi private key ({what}) is not encrypted",
                f"unset {v.KALSHI_PRIVATE_KEY_PASSWORD}",
            )
        return None
    except (ValueError, UnsupportedAlgorithm):
        if password is not None and b"ENCRYPTED" in data:
            problem(
                v.KALSHI_PRIVATE_KEY_PASSWORD,
                f"does not decrypt the Kalshi private key ({what}): wrong password?",
                f"set {v.KALSHI_PRIVATE_KEY_PASSWORD} to the password the key was encrypted with",
            )
        else:
            problem(variable, f"{what} could not be parsed as a private key (damaged or truncated PEM?)")
        return None
    if not isinstance(key, rsa.RSAPrivateKey | ed25519.Ed25519PrivateKey):
        kind = type(key).__name__.removeprefix("_").replace("PrivateKey", "")
        problem(variable, f"{what} is a {kind} key; Kalshi API keys are RSA or Ed25519")
        return None
    return key
