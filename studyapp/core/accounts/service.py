"""Local profiles: create, list, open, lock and edit them.

Called from the GUI's worker threads and from the command line; every
function opens its own session and returns plain dataclasses.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from sqlalchemy import Select, select
from sqlalchemy.orm import Session

from studyapp.core.accounts import passwords
from studyapp.core.accounts.models import CustomUser, Profile, UserPreferences
from studyapp.core.analytics.models import UserActivity
from studyapp.core.app_state import LAST_PROFILE_KEY, get_state, set_state
from studyapp.core.base import utcnow
from studyapp.core.db import Database
from studyapp.core.errors import NotFoundError, ValidationError, Validator
from studyapp.core.sync.models import RemoteAuthor

NAME_MAX = 150
EMAIL_MAX = 254
LOCATION_MAX = 255
# One @, no spaces, a dotted domain of letters, digits and hyphens: strict
# enough to catch typos, loose enough for every address a pilot really has.
EMAIL_PATTERN = re.compile(
    r"^[^@\s]+@(?=.{1,253}$)([A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z]{2,63}$"
)


@dataclass(frozen=True)
class ProfileSummary:
    id: int
    email: str
    first_name: str
    last_name: str
    has_password: bool

    @property
    def display_name(self) -> str:
        return f"{self.first_name} {self.last_name}".strip()


@dataclass(frozen=True)
class ProfileDetails:
    id: int
    email: str
    first_name: str
    last_name: str
    bio: str
    location: str
    birth_date: date | None


def normalise_email(email: str) -> str:
    return email.strip().casefold()


def _summary(user: CustomUser) -> ProfileSummary:
    return ProfileSummary(user.id, user.email, user.first_name, user.last_name, bool(user.password))


def _local_users() -> Select[tuple[CustomUser]]:
    """Profiles of this computer: never the stand-ins sync keeps for other pilots' gouge."""
    return select(CustomUser).where(CustomUser.id.not_in(select(RemoteAuthor.user_id)))


def _get_user(session: Session, user_id: int) -> CustomUser:
    user = session.scalar(_local_users().where(CustomUser.id == user_id))
    if user is None:
        raise NotFoundError(f"profile {user_id}")
    return user


def _check_names(check: Validator, first_name: str, last_name: str) -> None:
    check.require(bool(first_name), "first_name", "required")
    check.require(len(first_name) <= NAME_MAX, "first_name", "too_long")
    check.require(bool(last_name), "last_name", "required")
    check.require(len(last_name) <= NAME_MAX, "last_name", "too_long")


def create_profile(
    db: Database, email: str, first_name: str, last_name: str, password: str | None = None
) -> ProfileSummary:
    """Create a local profile with default preferences. Raises ValidationError."""
    email, first_name, last_name = email.strip(), first_name.strip(), last_name.strip()
    check = Validator()
    check.require(bool(email), "email", "required")
    check.require(len(email) <= EMAIL_MAX and bool(EMAIL_PATTERN.match(email)), "email", "invalid")
    _check_names(check, first_name, last_name)
    check.raise_if_any()
    with db.session() as session:
        taken = session.scalar(
            select(CustomUser.id).where(CustomUser.username == normalise_email(email))
        )
        check.require(taken is None, "email", "taken")
        check.raise_if_any()
        user = CustomUser(
            email=email,
            username=normalise_email(email),
            first_name=first_name,
            last_name=last_name,
            password=passwords.hash_password(password) if password else None,
            preferences=UserPreferences(),
            profile=Profile(),
        )
        session.add(user)
        session.flush()
        return _summary(user)


def list_profiles(db: Database) -> list[ProfileSummary]:
    """The local profiles, without the stand-ins sync keeps for other pilots' gouge."""
    with db.session() as session:
        users = session.scalars(_local_users().order_by(CustomUser.first_name, CustomUser.id))
        return [_summary(user) for user in users]


def find_profile(db: Database, email: str) -> ProfileSummary:
    """The profile with this email (any letter case). Raises NotFoundError."""
    with db.session() as session:
        user = session.scalar(_local_users().where(CustomUser.username == normalise_email(email)))
        if user is None:
            raise NotFoundError(email)
        return _summary(user)


def last_used_profile(db: Database) -> ProfileSummary | None:
    with db.session() as session:
        stored = get_state(session, LAST_PROFILE_KEY)
        user = (
            session.scalar(_local_users().where(CustomUser.id == int(stored))) if stored else None
        )
        return _summary(user) if user else None


def open_profile(db: Database, user_id: int, password: str | None = None) -> ProfileSummary:
    """Open a profile, checking its lock password. Raises ValidationError("password")."""
    with db.session() as session:
        user = _get_user(session, user_id)
        if user.password and not passwords.verify_password(user.password, password or ""):
            raise ValidationError({"password": "wrong"})
        user.last_login = utcnow()
        set_state(session, LAST_PROFILE_KEY, str(user.id))
        session.add(UserActivity(user_id=user.id, activity_type="login"))
        return _summary(user)


def set_lock_password(
    db: Database, user_id: int, current: str | None, new: str | None
) -> ProfileSummary:
    """Set, change or (with ``new`` empty) remove the lock password."""
    with db.session() as session:
        user = _get_user(session, user_id)
        if user.password and not passwords.verify_password(user.password, current or ""):
            raise ValidationError({"current_password": "wrong"})
        user.password = passwords.hash_password(new) if new else None
        return _summary(user)


def get_profile_details(db: Database, user_id: int) -> ProfileDetails:
    with db.session() as session:
        user = _get_user(session, user_id)
        profile = user.profile
        return ProfileDetails(
            user.id,
            user.email,
            user.first_name,
            user.last_name,
            profile.bio or "",
            profile.location or "",
            profile.birth_date,
        )


def update_profile(
    db: Database,
    user_id: int,
    *,
    first_name: str,
    last_name: str,
    bio: str,
    location: str,
    birth_date: date | None,
    today: date | None = None,
) -> ProfileDetails:
    """Save the profile page. Raises ValidationError with every rejected field."""
    first_name, last_name, location = first_name.strip(), last_name.strip(), location.strip()
    check = Validator()
    _check_names(check, first_name, last_name)
    check.require(len(location) <= LOCATION_MAX, "location", "too_long")
    check.require(
        birth_date is None or birth_date <= (today or date.today()), "birth_date", "future"
    )
    check.raise_if_any()
    with db.session() as session:
        user = _get_user(session, user_id)
        user.first_name, user.last_name = first_name, last_name
        user.profile.bio = bio.strip() or None
        user.profile.location = location or None
        user.profile.birth_date = birth_date
    return get_profile_details(db, user_id)
