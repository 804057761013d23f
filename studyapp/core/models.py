"""Imports every feature's models so Base.metadata describes the whole schema.

alembic's env.py and the schema tests import this module; features never need to.
"""

from studyapp.core.accounts.models import CustomUser, Profile, UserPreferences
from studyapp.core.analytics.models import PerformanceMetric, UserActivity
from studyapp.core.app_state import AppState
from studyapp.core.base import Base
from studyapp.core.chat.models import Conversation, Message, Participant
from studyapp.core.flashcards.fsrs_parameters import FsrsParameters
from studyapp.core.flashcards.models import (
    Flashcard,
    FlashcardCategory,
    FlashcardSet,
    FlashcardUsage,
    ReviewLog,
)
from studyapp.core.gouge.models import ExaminerProfile, Gouge
from studyapp.core.notifications.models import Notification
from studyapp.core.oral.models import MockOralSection, MockOralSession
from studyapp.core.sync.models import RemoteAuthor, SyncOutbox, SyncState

__all__ = [
    "AppState",
    "Base",
    "Conversation",
    "CustomUser",
    "ExaminerProfile",
    "Flashcard",
    "FlashcardCategory",
    "FlashcardSet",
    "FlashcardUsage",
    "FsrsParameters",
    "Gouge",
    "Message",
    "MockOralSection",
    "MockOralSession",
    "Notification",
    "Participant",
    "PerformanceMetric",
    "Profile",
    "RemoteAuthor",
    "ReviewLog",
    "SyncOutbox",
    "SyncState",
    "UserActivity",
    "UserPreferences",
]
