"""Office staff accounts: creating them, checking a password, the lockout, unlocking.

No web imports here: ``ocop-hub create-user`` and the login page share these rules. argon2
(argon2-cffi's defaults) makes a stolen hash slow to guess; the lockout makes guessing on the
login page slow: 5 wrong passwords in a row lock the name for 5 minutes. The count lives in
the database, so several worker processes cannot each allow 5.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import Enum

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import select

from server.admin import AdminError
from server.db import Database
from server.models import OfficeUser
from server.models.base import utcnow
from server.models.users import ROLES

MAX_FAILURES = 5
LOCKOUT = timedelta(minutes=5)
MIN_PASSWORD = 8
MAX_PASSWORD = 1024  # argon2 takes any length; a megabyte "password" is only a way to load us

_hasher = PasswordHasher()
# Verified when the name is unknown, so a wrong name takes as long as a wrong password.
_DUMMY_HASH = _hasher.hash("not a password of anyone")


@dataclass(frozen=True)
class UserInfo:
    id: int
    name: str
    role: str
    district: str | None
    session_generation: int
    locked_until: datetime | None
    failed_attempts: int
    last_login_at: datetime | None

    @property
    def is_admin(self) -> bool:
        return self.role == "admin"


def _info(user: OfficeUser) -> UserInfo:
    return UserInfo(user.id, user.name, user.role, user.district, user.session_generation,
                    user.locked_until, user.failed_attempts, user.last_login_at)


def check_new_password(password: str) -> None:
    if len(password) < MIN_PASSWORD:
        raise AdminError(f"the password needs at least {MIN_PASSWORD} characters")
    if len(password) > MAX_PASSWORD:
        raise AdminError(f"the password may have at most {MAX_PASSWORD} characters")


def create_user(db: Database, name: str, password: str, role: str,
                district: str | None = None) -> int:
    name = name.strip()
    district = district.strip() if district else None
    if not name or len(name) > 100 or not name.isprintable():
        raise AdminError("a user name is 1 to 100 printable characters")
    if role not in ROLES:
        raise AdminError(f"role is one of {', '.join(ROLES)}, not {role}")
    if district is not None and role != "viewer":
        raise AdminError("an admin sees every district: --district is for a viewer")
    if district is not None and (len(district) > 100 or not district.isprintable()):
        raise AdminError("a district is at most 100 printable characters")
    check_new_password(password)
    password_hash = _hasher.hash(password)
    with db.write() as session:
        if session.scalar(select(OfficeUser.id).where(OfficeUser.name == name)) is not None:
            raise AdminError(f"user {name} already exists")
        user = OfficeUser(name=name, password_hash=password_hash, role=role, district=district,
                          failed_attempts=0, session_generation=0, created_at=utcnow())
        session.add(user)
        session.flush()
        return user.id


class LoginOutcome(Enum):
    OK = "ok"
    WRONG = "wrong"  # unknown name or wrong password: the page does not say which
    LOCKED = "locked"


@dataclass(frozen=True)
class LoginResult:
    outcome: LoginOutcome
    user: UserInfo | None = None
    locked_until: datetime | None = None


def authenticate(db: Database, name: str, password: str) -> LoginResult:
    """Check a password and keep the lockout. The slow hash is verified outside the write
    transaction (SQLite has one writer, and uploads must not wait on a login); the count is
    then applied under a row lock, and a lock that fell in between still refuses."""
    name = name.strip()
    if len(password) > MAX_PASSWORD:
        password = ""  # never hashed at that size; it cannot be anyone's password anyway
    now = utcnow()
    with db.read() as session:
        user = session.scalars(select(OfficeUser).where(OfficeUser.name == name)).first()
    if user is None:
        _verify(_DUMMY_HASH, password)
        return LoginResult(LoginOutcome.WRONG)
    if user.locked_until is not None and user.locked_until > now:
        return LoginResult(LoginOutcome.LOCKED, locked_until=user.locked_until)
    good = _verify(user.password_hash, password)
    with db.write() as session:
        row = session.scalars(select(OfficeUser).where(OfficeUser.id == user.id)
                              .with_for_update()).one()
        if row.locked_until is not None and row.locked_until > now:
            return LoginResult(LoginOutcome.LOCKED, locked_until=row.locked_until)
        if good:
            row.failed_attempts = 0
            row.locked_until = None
            row.last_login_at = now
            if _hasher.check_needs_rehash(row.password_hash):
                row.password_hash = _hasher.hash(password)
            return LoginResult(LoginOutcome.OK, user=_info(row))
        row.failed_attempts += 1
        if row.failed_attempts >= MAX_FAILURES:
            row.failed_attempts = 0
            row.locked_until = now + LOCKOUT
            return LoginResult(LoginOutcome.LOCKED, locked_until=row.locked_until)
        return LoginResult(LoginOutcome.WRONG)


def _verify(password_hash: str, password: str) -> bool:
    try:
        return _hasher.verify(password_hash, password)
    except (VerificationError, InvalidHashError):
        return False


def get_user(db: Database, user_id: int) -> UserInfo | None:
    with db.read() as session:
        user = session.get(OfficeUser, user_id)
        return _info(user) if user is not None else None


def list_users(db: Database) -> list[UserInfo]:
    with db.read() as session:
        return [_info(u) for u in session.scalars(select(OfficeUser).order_by(OfficeUser.name))]


def unlock(db: Database, user_id: int) -> bool:
    with db.write() as session:
        user = session.get(OfficeUser, user_id)
        if user is None:
            return False
        user.failed_attempts = 0
        user.locked_until = None
        return True


def end_sessions(db: Database, user_id: int) -> None:
    """Logout: every cookie issued so far for this user stops working."""
    with db.write() as session:
        user = session.get(OfficeUser, user_id)
        if user is not None:
            user.session_generation += 1
