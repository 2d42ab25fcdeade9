"""Office staff who log in to the dashboard (server/web): not booths, not API tokens.

Only an argon2 hash of each password is stored. ``failed_attempts`` and ``locked_until`` make
the lockout (5 wrong passwords lock the name for 5 minutes), kept in the database so every
worker process sees the same count. ``session_generation`` is written into each session
cookie; logging out bumps it, so a copied cookie dies with the session it came from.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import CheckConstraint, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from server.models.base import Base, UTCDateTime, utcnow

ROLES = ("admin", "viewer")


class OfficeUser(Base):
    __tablename__ = "users"
    __table_args__ = (
        CheckConstraint("role IN ('admin', 'viewer')", name="role"),
        CheckConstraint("district IS NULL OR role = 'viewer'", name="district_viewer"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(100), unique=True)
    password_hash: Mapped[str] = mapped_column(String(200))
    role: Mapped[str] = mapped_column(String(16))
    # A viewer limited to one district sees only the booths that represent it.
    district: Mapped[str | None] = mapped_column(String(100))
    failed_attempts: Mapped[int] = mapped_column(Integer, default=0)
    locked_until: Mapped[datetime | None] = mapped_column(UTCDateTime)
    session_generation: Mapped[int] = mapped_column(Integer, default=0)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    last_login_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
