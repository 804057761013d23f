"""Request shapes for the HTTP API (pydantic), with the seed's field lengths as limits."""

from __future__ import annotations

from typing import Any, Literal
from uuid import UUID

from pydantic import BaseModel, ConfigDict, Field

from studyapp.core.accounts.service import EMAIL_MAX, NAME_MAX
from studyapp.server.accounts import PASSWORD_MAX

MAX_BATCH = 500
MAX_PULL = 1000


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


class RegisterIn(Strict):
    email: str = Field(max_length=EMAIL_MAX)
    first_name: str = Field(max_length=NAME_MAX)
    last_name: str = Field(max_length=NAME_MAX)
    password: str = Field(max_length=PASSWORD_MAX)


class LoginIn(Strict):
    email: str = Field(max_length=EMAIL_MAX)
    password: str = Field(max_length=PASSWORD_MAX)


class ChangeIn(Strict):
    id: UUID
    entity: Literal["gouge", "examiner", "conversation", "participant", "message"]
    op: Literal["upsert", "delete"]
    uuid: UUID
    data: dict[str, Any] = Field(default_factory=dict)


class PushIn(Strict):
    changes: list[ChangeIn] = Field(max_length=MAX_BATCH)
