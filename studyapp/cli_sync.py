"""``studyapp sync``: sign a profile in to a sync server, sync once, sign out.

    studyapp sync login --profile EMAIL --server URL --email E [--register]
                        [--allow-insecure-http]
    studyapp sync --profile EMAIL
    studyapp sync logout --profile EMAIL

The password comes from STUDYAPP_SYNC_PASSWORD or a prompt; the token goes to the
OS keyring (PYTHON_KEYRING_BACKEND chooses the backend) and is never printed.
Plain http:// is accepted only to this computer, unless --allow-insecure-http.
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from typing import Any

from studyapp.core.accounts import service as accounts
from studyapp.core.db import Database
from studyapp.core.errors import NotFoundError, ValidationError
from studyapp.core.startup import open_database
from studyapp.paths import AppPaths

# The sync client (requests, keyring) is imported inside the handlers: building
# the parser happens on every start of the app, and the GUI should not pay for it.

PASSWORD_ENV = "STUDYAPP_SYNC_PASSWORD"
SERVER_URL_ERRORS = {
    "invalid": "Give the server address as https://host[:port].",
    "insecure": "Plain http:// to another computer would send the password and the sign-in "
    "token unencrypted. Use https://, or pass --allow-insecure-http if you accept that.",
}


def add_sync_parser(commands: Any, user_error: type[Exception]) -> None:
    sync_parser = commands.add_parser("sync", help="sync gouge with a StudyApp server")
    sync_parser.add_argument("--profile", metavar="EMAIL", help="the local profile to sync")
    sync_parser.set_defaults(handler=_wrap(run_sync, user_error))
    actions = sync_parser.add_subparsers(dest="sync_command", metavar="ACTION")
    login = actions.add_parser("login", help="sign a profile in (or create the account)")
    login.add_argument("--profile", metavar="EMAIL", required=True)
    login.add_argument("--server", metavar="URL", required=True)
    login.add_argument("--email", required=True, help="the account's email on the server")
    login.add_argument("--register", action="store_true", help="create the account first")
    login.add_argument(
        "--allow-insecure-http",
        action="store_true",
        help="accept plain http to another computer (the password travels unencrypted)",
    )
    login.set_defaults(handler=_wrap(run_login, user_error))
    logout = actions.add_parser("logout", help="sign a profile out and forget its token")
    logout.add_argument("--profile", metavar="EMAIL", required=True)
    logout.set_defaults(handler=_wrap(run_logout, user_error))


def _wrap(handler: Any, user_error: type[Exception]) -> Any:
    def run(args: argparse.Namespace, paths: AppPaths) -> int:
        from studyapp.core.sync.http import SyncError
        from studyapp.core.sync.tokens import NoKeyring

        database = open_database(paths)
        try:
            return int(handler(args, database))
        except (ValidationError, NotFoundError, SyncError, NoKeyring) as error:
            raise user_error(describe(error)) from None
        finally:
            database.close()

    return run


def describe(error: Exception) -> str:
    from studyapp.core.sync.http import Refused

    if isinstance(error, NotFoundError):
        return f"No local profile {error}."
    if isinstance(error, ValidationError) and "server_url" in error.errors:
        return SERVER_URL_ERRORS.get(error.errors["server_url"], "Invalid server address.")
    if isinstance(error, ValidationError | Refused):
        codes = ", ".join(f"{field}: {code}" for field, code in error.errors.items())
        return f"The server refused it ({codes or error})."
    return str(error)


def _profile_id(database: Database, email: str | None) -> int:
    if not email:
        raise ValidationError({"profile": "required"})
    return accounts.find_profile(database, email).id


def run_login(args: argparse.Namespace, database: Database) -> int:
    from studyapp.core.sync import service as sync
    from studyapp.core.sync.tokens import TokenStore
    from studyapp.core.sync.urls import is_unencrypted_remote

    password = os.environ.get(PASSWORD_ENV) or getpass.getpass("Server password: ")
    user_id = _profile_id(database, args.profile)
    status = sync.login(
        database,
        user_id,
        args.server,
        args.email,
        password,
        TokenStore(),
        register=args.register,
        allow_insecure=args.allow_insecure_http,
    )
    action = "Created the account and signed in" if args.register else "Signed in"
    print(f"{action} to {status.server_url} as {status.account_email}.")
    if is_unencrypted_remote(status.server_url):
        print("Warning: this connection is not encrypted (plain http).", file=sys.stderr)
    print(f"{status.queued} local change(s) queued for the next sync.")
    return 0


def run_sync(args: argparse.Namespace, database: Database) -> int:
    from studyapp.core.sync import service as sync
    from studyapp.core.sync.tokens import TokenStore

    user_id = _profile_id(database, args.profile)
    report = sync.sync_now(database, user_id, TokenStore())
    pulled = report.pulled
    print(f"Pushed {report.pushed} change(s); {report.rejected} refused, {report.merged} merged.")
    print(
        f"Pulled {pulled.get('examiners', 0)} examiner(s), {pulled.get('gouge', 0)} gouge, "
        f"{pulled.get('deleted', 0)} deletion(s)."
    )
    return 0


def run_logout(args: argparse.Namespace, database: Database) -> int:
    from studyapp.core.sync import service as sync
    from studyapp.core.sync.tokens import TokenStore

    user_id = _profile_id(database, args.profile)
    sync.logout(database, user_id, TokenStore())
    print("Signed out; the token was revoked and removed from the keyring.")
    return 0
