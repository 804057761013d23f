"""Which sync server addresses are acceptable: https, or plain http only with consent.

Kept apart from http.py (requests) so the settings screen can ask as the pilot
types without loading the network client.
"""

from __future__ import annotations

from urllib.parse import urlsplit

from studyapp.core.errors import ValidationError

LOCAL_HOSTS = frozenset({"localhost", "127.0.0.1", "::1"})


def is_unencrypted_remote(url: str) -> bool:
    """True for plain http:// to another computer: the password and token would be readable."""
    try:
        parts = urlsplit(url.strip())
        host = parts.hostname
    except ValueError:  # a malformed address (e.g. a bad port) is check_server_url's to refuse
        return False
    return parts.scheme == "http" and bool(host) and host not in LOCAL_HOSTS


def check_server_url(url: str, *, allow_insecure: bool = False) -> str:
    """The URL without a trailing slash. Plain http only for this computer, or when allowed."""
    url = url.strip().rstrip("/")
    try:
        parts = urlsplit(url)
        host = parts.hostname
        _ = parts.port  # raises ValueError for a port that is not a number
    except ValueError:
        raise ValidationError({"server_url": "invalid"}) from None
    if parts.scheme not in ("http", "https") or not host:
        raise ValidationError({"server_url": "invalid"})
    if is_unencrypted_remote(url) and not allow_insecure:
        raise ValidationError({"server_url": "insecure"})
    return url
