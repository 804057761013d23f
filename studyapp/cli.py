"""The command line: the GUI by default, subcommands for scripting and power users.

Each subcommand is a thin wrapper over a core service, prints what it did, and
exits non-zero with a plain sentence on stderr when something is wrong.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from studyapp import __version__
from studyapp.cli_sync import add_sync_parser
from studyapp.core import migrate
from studyapp.core.accounts import service as accounts
from studyapp.core.backup import make_backup
from studyapp.core.db import Database
from studyapp.core.errors import NotFoundError, ValidationError
from studyapp.core.restore import restore_backup
from studyapp.core.startup import open_database
from studyapp.logs import setup_logging
from studyapp.paths import AppPaths, resolve_paths

Handler = Callable[[argparse.Namespace, AppPaths], int]


class UserError(Exception):
    """A problem to report in one sentence, with exit status 1."""


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="studyapp", description="StudyApp for FAA checkrides")
    parser.add_argument("--version", action="version", version=f"StudyApp {__version__}")
    parser.add_argument("--data-dir", metavar="DIR", help="where StudyApp keeps its data")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    check = commands.add_parser("check", help="create or migrate the database and verify it")
    check.set_defaults(handler=run_check)

    profiles = commands.add_parser("profiles", help="list or add local profiles")
    profile_commands = profiles.add_subparsers(dest="profiles_command", required=True)
    add = profile_commands.add_parser("add", help="add a local profile")
    add.add_argument("email")
    add.add_argument("--first-name", required=True)
    add.add_argument("--last-name", required=True)
    add.set_defaults(handler=run_profiles_add)
    listing = profile_commands.add_parser("list", help="list local profiles")
    listing.set_defaults(handler=run_profiles_list)

    backup = commands.add_parser("backup", help="write a backup of the database now")
    backup.set_defaults(handler=run_backup)
    restore = commands.add_parser("restore", help="replace the database with a backup")
    restore.add_argument("file", type=Path)
    restore.set_defaults(handler=run_restore)
    add_oral_commands(commands)
    add_flashcard_commands(commands)
    add_sync_parser(commands, UserError)
    return parser


def run_check(args: argparse.Namespace, paths: AppPaths) -> int:
    database = open_database(paths)
    database.close()
    problems = migrate.integrity_check(paths.database)
    if problems:
        raise UserError(f"The database at {paths.database} is damaged: {problems[0]}")
    print(f"Database: {paths.database}")
    print(f"Schema revision: {migrate.head_revision()}")
    print("Integrity: ok")
    return 0


FIELD_NAMES = {"email": "email", "first_name": "first name", "last_name": "last name"}
ERROR_TEXT = {
    "required": "is required",
    "invalid": "is not a valid email address",
    "taken": "is already used by another profile",
    "too_long": "is too long",
}


def describe(error: ValidationError) -> str:
    parts = [
        f"{FIELD_NAMES.get(field, field)} {ERROR_TEXT.get(code, code)}"
        for field, code in error.errors.items()
    ]
    return "; ".join(parts).capitalize() + "."


def run_profiles_add(args: argparse.Namespace, paths: AppPaths) -> int:
    database = open_database(paths)
    try:
        profile = accounts.create_profile(database, args.email, args.first_name, args.last_name)
    except ValidationError as error:
        raise UserError(describe(error)) from error
    finally:
        database.close()
    print(f"Added profile {profile.email} ({profile.display_name}).")
    return 0


def run_profiles_list(args: argparse.Namespace, paths: AppPaths) -> int:
    database = open_database(paths)
    try:
        profiles = accounts.list_profiles(database)
    finally:
        database.close()
    if not profiles:
        print("No profiles yet. Add one with:")
        print("  studyapp profiles add EMAIL --first-name F --last-name L")
    for profile in profiles:
        lock = "  (locked)" if profile.has_password else ""
        print(f"{profile.email}\t{profile.display_name}{lock}")
    return 0


def run_backup(args: argparse.Namespace, paths: AppPaths) -> int:
    open_database(paths).close()
    print(f"Backup written to {make_backup(paths)}")
    return 0


def run_restore(args: argparse.Namespace, paths: AppPaths) -> int:
    result = restore_backup(paths, args.file)
    print(f"Restored {result.restored_from}")
    if result.safety_copy:
        print(f"The database it replaced was kept at {result.safety_copy}")
    return 0


def add_oral_commands(commands: argparse._SubParsersAction) -> None:
    oral = commands.add_parser("oral", help="import or export mock oral question banks")
    oral_commands = oral.add_subparsers(dest="oral_command", required=True)
    load = oral_commands.add_parser("import", help="add or update questions from a .json/.csv")
    load.add_argument("file", type=Path)
    load.set_defaults(handler=run_oral_import)
    save = oral_commands.add_parser("export", help="write questions to a .json or .csv file")
    save.add_argument("out", type=Path)
    save.add_argument("--acs", metavar="ACS_ID", help="only this ACS, e.g. FAA-S-ACS-6C")
    save.add_argument(
        "--custom-only", action="store_true", help="only questions written or imported here"
    )
    save.set_defaults(handler=run_oral_export)


def run_oral_import(args: argparse.Namespace, paths: AppPaths) -> int:
    from studyapp.core.oral.bank_format import BankFormatError
    from studyapp.core.oral.transfer import import_bank_file

    database = open_database(paths)
    try:
        report = import_bank_file(database, args.file)
    except BankFormatError as error:
        raise UserError(f"{args.file} was not imported, nothing changed: {error}") from error
    finally:
        database.close()
    print(
        f"Imported {report.questions} questions from {args.file}: {report.added} added, "
        f"{report.updated} updated, {report.unchanged} unchanged."
    )
    return 0


def run_oral_export(args: argparse.Namespace, paths: AppPaths) -> int:
    from studyapp.core.oral.models import ORIGIN_CUSTOM, ORIGIN_IMPORTED
    from studyapp.core.oral.transfer import export_bank_file

    origins = (ORIGIN_CUSTOM, ORIGIN_IMPORTED) if args.custom_only else None
    database = open_database(paths)
    try:
        report = export_bank_file(database, args.out, acs_id=args.acs, origins=origins)
    except OSError as error:
        raise UserError(f"Cannot write {args.out}: {error.strerror or error}") from error
    finally:
        database.close()
    print(
        f"Exported {report.questions} questions ({report.scenarios} scenarios, "
        f"{report.banks} ACS) to {args.out}."
    )
    return 0


def add_flashcard_commands(commands: argparse._SubParsersAction) -> None:
    importing = commands.add_parser(
        "import", help="import cards (.csv, .tsv, .txt, .apkg, .colpkg)"
    )
    importing.add_argument("file", type=Path)
    importing.add_argument("--profile", metavar="EMAIL", required=True)
    importing.add_argument("--set", metavar="NAME", help="put every card in this set")
    importing.set_defaults(handler=run_import)
    exporting = commands.add_parser("export", help="export cards (.csv, .tsv or .apkg)")
    exporting.add_argument("out", type=Path)
    exporting.add_argument("--profile", metavar="EMAIL", required=True)
    exporting.add_argument("--set", metavar="NAME", help="export only this set")
    exporting.set_defaults(handler=run_export)
    decks = commands.add_parser("decks", help="list or install the starter decks")
    deck_commands = decks.add_subparsers(dest="decks_command", required=True)
    listing = deck_commands.add_parser("list", help="list the starter decks")
    listing.add_argument("--profile", metavar="EMAIL", help="also show what it has installed")
    listing.set_defaults(handler=run_decks_list)
    install = deck_commands.add_parser("install", help="install or update a starter deck")
    install.add_argument("deck_id")
    install.add_argument("--profile", metavar="EMAIL", required=True)
    install.set_defaults(handler=run_decks_install)


IMPORT_PROBLEMS = {
    "file.missing": "does not exist",
    "format.unsupported": "is not a kind of file StudyApp imports (.csv .tsv .txt .apkg .colpkg)",
    "format.mismatch": "is not what its name says",
    "zip.corrupt": "is damaged or incomplete",
    "zip.unsafe_path": "contains a file that would be written outside its folder",
    "zip.too_large": "unpacks to far more data than allowed (a zip bomb?)",
    "text.not_utf8": "is not UTF-8 text; save it as UTF-8 and try again",
    "csv.no_rows": "has no row with both a question and an answer",
    "csv.bad_mapping": "does not have the column asked for",
    "csv.malformed": "is not well-formed CSV",
    "anki.too_new": "comes from a newer Anki than StudyApp understands; export it from Anki"
    ' with "Support older Anki versions" ticked',
    "anki.bad_collection": "holds an Anki collection StudyApp cannot read",
}


def _open_profile(paths: AppPaths, email: str) -> tuple[Database, int]:
    database = open_database(paths)
    try:
        return database, accounts.find_profile(database, email).id
    except NotFoundError as error:
        database.close()
        raise UserError(f"No profile {email}. See: studyapp profiles list") from error


def run_import(args: argparse.Namespace, paths: AppPaths) -> int:
    from studyapp.core.flashcards.importing.errors import ImportFileError
    from studyapp.core.flashcards.importing.service import import_file

    database, user_id = _open_profile(paths, args.profile)
    try:
        result = import_file(database, user_id, args.file, paths.media, set_name=args.set)
    except ImportFileError as error:
        problem = IMPORT_PROBLEMS.get(error.code, error.code)
        detail = f" ({error.detail})" if error.detail else ""
        raise UserError(f"Cannot import {args.file.name}: it {problem}{detail}.") from error
    finally:
        database.close()
    print(
        f"Imported {args.file.name} into {', '.join(result.set_names)}: {result.added} added, "
        f"{result.updated} updated, {result.unchanged} unchanged, "
        f"{result.media_files} media files, {result.reviews} past reviews."
    )
    return 0


def run_export(args: argparse.Namespace, paths: AppPaths) -> int:
    from studyapp.core.flashcards.exporting.service import export_cards

    database, user_id = _open_profile(paths, args.profile)
    try:
        result = export_cards(database, user_id, args.out, paths.media, set_name=args.set)
    except NotFoundError as error:
        raise UserError(f"{args.profile} has no set named {args.set!r}.") from error
    except ValidationError as error:
        raise UserError(f"Cannot export to {args.out.name}: use .csv, .tsv or .apkg.") from error
    except OSError as error:
        raise UserError(f"Cannot write {args.out}: {error.strerror}.") from error
    finally:
        database.close()
    media = f" and {result.media_files} media files" if result.media_files else ""
    print(f"Exported {result.cards} cards from {len(result.set_names)} sets{media} to {args.out}")
    return 0


def run_decks_list(args: argparse.Namespace, paths: AppPaths) -> int:
    from studyapp.core.flashcards.starter_decks import list_starter_decks
    from studyapp.core.flashcards.starter_install import installed_card_count

    database, user_id = _open_profile(paths, args.profile) if args.profile else (None, 0)
    try:
        for deck in list_starter_decks():
            line = f"{deck.deck_id}\t{deck.title}\tversion {deck.version}, {deck.card_count} cards"
            if database is not None:
                line += f"\t{installed_card_count(database, user_id, deck.deck_id)} installed"
            print(line)
    finally:
        if database is not None:
            database.close()
    return 0


def run_decks_install(args: argparse.Namespace, paths: AppPaths) -> int:
    from studyapp.core.flashcards.starter_install import install_starter_deck

    database, user_id = _open_profile(paths, args.profile)
    try:
        result = install_starter_deck(database, user_id, args.deck_id)
    except NotFoundError as error:
        raise UserError(f"No starter deck {args.deck_id!r}. See: studyapp decks list") from error
    finally:
        database.close()
    print(
        f"Installed {result.set_name} (version {result.version}) as set {result.set_name!r}: "
        f"{result.added} added, {result.updated} updated, {result.unchanged} unchanged."
    )
    return 0


def run_gui(args: argparse.Namespace, paths: AppPaths) -> int:
    from studyapp.ui.app import run  # Qt is imported only when the GUI is wanted.

    return run(paths)


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    paths = resolve_paths(args.data_dir)
    setup_logging(paths)
    handler: Handler = getattr(args, "handler", run_gui)
    try:
        return handler(args, paths)
    except (UserError, migrate.DatabaseError) as error:
        print(f"studyapp: {error}", file=sys.stderr)
        return 1
