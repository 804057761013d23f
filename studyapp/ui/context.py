"""What every page of the main window is given: the open database and the current profile.

The main window is rebuilt when the pilot switches profile, so a page may keep
its ProfileSession for its whole life.
"""

from __future__ import annotations

from dataclasses import dataclass

from studyapp.core.accounts.service import ProfileSummary
from studyapp.core.db import Database
from studyapp.paths import AppPaths
from studyapp.ui.tasks import TaskRunner


@dataclass(frozen=True)
class ProfileSession:
    paths: AppPaths
    database: Database
    tasks: TaskRunner
    profile: ProfileSummary

    @property
    def user_id(self) -> int:
        return self.profile.id
