"""Laptops for sync tests: each a real data folder with a migrated database and one profile."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from studyapp.core.accounts import service as accounts
from studyapp.core.db import Database
from studyapp.core.gouge import examiners, service
from studyapp.core.startup import open_database
from studyapp.core.sync import service as sync
from studyapp.core.sync.engine import SyncReport
from studyapp.core.sync.http import SyncHttp
from studyapp.core.sync.tokens import TokenStore
from studyapp.paths import AppPaths, resolve_paths
from tests.server.file_keyring import FileKeyring

PASSWORD = "correct horse battery"


def fast_http(url: str, token: str | None) -> SyncHttp:
    """Short timeouts and back-off, so fault tests run in seconds."""
    return SyncHttp(url, token, attempts=4, backoff_base=0.05, backoff_cap=0.2, timeout=(2, 1.5))


def patient_http(url: str, token: str | None) -> SyncHttp:
    """For signing in: argon2 on a busy test machine can outlast fast_http's 1.5 s, and a
    registration retried after a timeout would find its own account "taken"."""
    return SyncHttp(url, token, attempts=1, timeout=(5, 30))


@dataclass
class Laptop:
    paths: AppPaths
    db: Database
    user_id: int
    tokens: TokenStore

    def login(self, server_url: str, email: str, *, register: bool = True) -> None:
        sync.login(
            self.db,
            self.user_id,
            server_url,
            email,
            PASSWORD,
            self.tokens,
            register=register,
            http_factory=patient_http,
        )

    def sync(self) -> SyncReport:
        return sync.sync_now(self.db, self.user_id, self.tokens, http_factory=fast_http)

    def add_examiner(self, name: str = "Dana Examiner", region: str = "Bay Area") -> int:
        data = examiners.ExaminerInput(
            name=name, years_of_experience=10, checkride_types=("private",), region=region
        )
        return examiners.add_examiner(self.db, data).id

    def write_gouge(self, examiner_id: int, **fields: object) -> service.GougeEntry:
        values: dict[str, object] = {
            "examiner_id": examiner_id,
            "gouge_date": date(2026, 10, 1),
            "checkride_type": "private",
            "pass_or_fail": "pass",
            "rating": 4,
            "flight_difficulty": 2,
            "oral_difficulty": 2,
            "stress_level": 3,
            "content": "Steep turns, then a long oral on airspace.",
            **fields,
        }
        return service.write_gouge(self.db, self.user_id, service.GougeInput(**values))  # type: ignore[arg-type]

    def examiner_by_name(self, name: str) -> examiners.ExaminerSummary:
        found = [e for e in examiners.list_examiners(self.db) if e.name == name]
        assert len(found) == 1, found
        return found[0]

    def close(self) -> None:
        self.db.close()


def make_laptop(folder: Path, email: str, first: str, last: str) -> Laptop:
    paths = resolve_paths(folder).ensure()
    db = open_database(paths)
    profile = accounts.create_profile(db, email, first, last)
    tokens = TokenStore(FileKeyring(folder / "keyring.json"))
    return Laptop(paths, db, profile.id, tokens)
