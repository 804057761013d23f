"""Sentences for the sync client's codes: field errors of the sign-in form and sync errors."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

# A plain name lupdate recognises: translate("Context", "text").
translate = QCoreApplication.translate


def sync_field_error(field: str, code: str) -> str:
    """The sentence beside ``field`` of the Sync sign-in form for the code ``code``."""
    sentences = {
        ("server_url", "invalid"): translate(
            "SyncTexts", "Enter the server address, for example https://sync.example.com."
        ),
        ("server_url", "insecure"): translate(
            "SyncTexts",
            "Not signed in: use an https:// address, or read the warning below and "
            "tick the box if you accept it.",
        ),
        ("email", "required"): translate("SyncTexts", "Enter your email address."),
        ("email", "invalid"): translate("SyncTexts", "This is not a valid email address."),
        ("email", "taken"): translate(
            "SyncTexts", "An account with this email already exists on the server. Sign in."
        ),
        ("password", "required"): translate("SyncTexts", "Enter your password."),
        ("password", "wrong"): translate(
            "SyncTexts", "The server did not accept this email and password."
        ),
        ("password", "too_short"): translate("SyncTexts", "This password is too short."),
    }
    sentence = sentences.get((field, code))
    if sentence is not None:
        return sentence
    return translate("SyncTexts", "The server did not accept this value (%1).").replace("%1", code)


def sync_error(code: str) -> str:
    """Why the last sync or sign-in failed, for the status bar and the Sync section."""
    sentences = {
        "offline": translate(
            "SyncTexts", "The sync server cannot be reached. Changes are kept and sent later."
        ),
        "signed_out": translate(
            "SyncTexts", "The server no longer accepts your sign-in. Sign in again."
        ),
        "refused": translate("SyncTexts", "The server refused the request."),
        "throttled": translate(
            "SyncTexts",
            "The server is refusing further attempts from here for a while. Try again later.",
        ),
        "no_keyring": translate(
            "SyncTexts",
            "No system keyring is available to keep your sign-in. "
            "Tick “Keep me signed in for this run only” to sign in anyway.",
        ),
    }
    return sentences.get(code, translate("SyncTexts", "Sync failed on the server or network."))
