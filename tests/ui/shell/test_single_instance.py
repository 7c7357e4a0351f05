"""Handing over to the running app, with Windows' foreground rule emulated."""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication

from cramp_desktop.paths import DataPaths
from cramp_desktop.ui.shell import single_instance
from cramp_desktop.ui.shell.single_instance import ASFW_ANY, SingleInstance, allow_foreground


class FakeUser32:
    def __init__(self) -> None:
        self.allowed: list[int] = []

    def AllowSetForegroundWindow(self, pid: int) -> int:
        self.allowed.append(pid)
        return 1


@pytest.fixture
def user32(monkeypatch: pytest.MonkeyPatch) -> FakeUser32:
    fake = FakeUser32()
    monkeypatch.setattr(single_instance, "_user32", lambda: fake)
    return fake


@pytest.mark.parametrize("platform", ["linux", "darwin"])
def test_elsewhere_nothing_is_called(platform: str, monkeypatch: pytest.MonkeyPatch) -> None:
    def no_user32() -> Any:
        raise AssertionError("user32 is Windows only")

    monkeypatch.setattr(single_instance, "_user32", no_user32)
    assert allow_foreground(1234, platform) is False


def test_on_windows_the_owner_or_anyone_may_come_forward(user32: FakeUser32) -> None:
    assert allow_foreground(1234, "win32") is True
    assert allow_foreground(None, "win32") is True
    assert user32.allowed == [1234, ASFW_ANY]


def test_a_second_start_lets_the_first_come_forward(
    qapp: QApplication, tmp_path: Path, user32: FakeUser32, monkeypatch: pytest.MonkeyPatch
) -> None:
    paths = DataPaths(tmp_path / "data").create()
    first, second = SingleInstance(paths), SingleInstance(paths)
    assert first.acquire()
    try:
        first.listen()
        assert not second.acquire()
        assert second.owner_pid() == os.getpid()
        monkeypatch.setattr(sys, "platform", "win32")
        assert second.hand_over()
        assert user32.allowed == [os.getpid()]
    finally:
        first.release()
