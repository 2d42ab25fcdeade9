"""What a Windows booth does differently, run here: the instance lock's msvcrt branch (against
a stand-in with Windows' byte-range lock rules) and a data dir whose path has Vietnamese
letters (a Windows account named Nguyễn puts them in the default data dir)."""

from __future__ import annotations

import importlib.util
import os
import sys
import types
from pathlib import Path

import pytest

from app.config import Paths
from app.services.errors import StateError

ROOT = Path(__file__).resolve().parents[2]


class _FakeMsvcrt(types.ModuleType):
    """msvcrt.locking's rules: a lock covers bytes from the current position, another handle's
    lock on them refuses at once (LK_NBLCK), and unlocking bytes this handle did not lock there
    fails, as Windows' UnlockFile does."""

    LK_UNLCK, LK_NBLCK = 0, 2

    def __init__(self) -> None:
        super().__init__("msvcrt")
        self.held: dict[tuple[int, int], int] = {}  # (inode, offset) -> fd

    def locking(self, fd: int, mode: int, nbytes: int) -> None:
        assert nbytes == 1
        key = (os.fstat(fd).st_ino, os.lseek(fd, 0, os.SEEK_CUR))
        if mode == self.LK_NBLCK:
            if key in self.held:
                raise PermissionError(13, "Permission denied")
            self.held[key] = fd
        elif mode == self.LK_UNLCK:
            if self.held.get(key) != fd:
                raise PermissionError(13, "Permission denied")
            del self.held[key]


@pytest.fixture
def windows_lock(monkeypatch):
    """app/instance_lock.py loaded as on Windows (a separate copy; the real one is untouched)."""
    fake = _FakeMsvcrt()
    monkeypatch.setitem(sys.modules, "msvcrt", fake)
    monkeypatch.setattr(os, "name", "nt")
    spec = importlib.util.spec_from_file_location("instance_lock_nt", ROOT / "app" / "instance_lock.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    monkeypatch.setattr(os, "name", "posix")
    return module, fake


def test_the_windows_lock_refuses_a_second_window_and_frees_on_release(tmp_path, windows_lock):
    module, fake = windows_lock
    path = tmp_path / "Gian hàng" / "booth.lock"
    first = module.InstanceLock(path)
    first.acquire()
    assert path.read_text() == str(os.getpid())
    with pytest.raises(StateError):
        module.InstanceLock(path).acquire()
    first.release()  # unlocks byte 0 although the pid moved the position: no error
    assert fake.held == {}
    with module.InstanceLock(path):
        assert len(fake.held) == 1


def test_a_data_dir_with_vietnamese_letters_opens(tmp_path):
    """configparser read the %-escapes of non-ASCII path letters as interpolation (a Windows
    user folder named "Nguyễn …" could not start the app); app.db doubles the "%"."""
    from app.db import Database

    db = Database(Paths(tmp_path / "Nguyễn Thị Hoa" / "Dữ liệu gian hàng"))
    db.close()
