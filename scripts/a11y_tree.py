#!/usr/bin/python3
"""Walk the app's accessibility tree over AT-SPI, as the Orca screen reader sees it.

Starts Xvfb, a D-Bus session with the AT-SPI bus, openbox and the app (real xcb
platform, not offscreen) on a demo data folder with a red flag, then visits every screen
and fails when
- a focusable node on show has no name,
- two nodes on show in the window (menu bar included) take the same Alt+letter,
- a red-flag or warning panel is not an alert,
- a screen's title is a plain label instead of a heading,
- the Read screen's article does not give its headings (role heading, in order) and
  paragraphs as the children of one document,
- the dark theme leaves the window light.
With --screenshots DIR it also saves `import -window root` PNGs of every screen.

Runs under Debian's /usr/bin/python3 (pyatspi comes from python3-pyatspi); the app runs
under the project's venv. Packages: xvfb openbox xdotool imagemagick at-spi2-core
python3-pyatspi dbus-x11 libxcb-cursor0 (.ci/run installs them).
Usage: /usr/bin/python3 scripts/a11y_tree.py [--python .venv/bin/python] [--screenshots DIR]
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SCREENS = ("today", "read", "checklist", "history", "report")
TITLES = {"today": "Today", "checklist": "Checklist", "history": "History", "report": "Report"}
ALERT_TEXT = re.compile(r"^(See a doctor|Call|Get help|Go to)", re.IGNORECASE)
SEED = """
import datetime as dt, sys
from pathlib import Path
from cramp_desktop.core.episodes import Context, Episode, Muscle, Side
from cramp_desktop.paths import DataPaths
from cramp_desktop.storage.database import open_database
from cramp_desktop.storage.repositories import Repositories
database = open_database(DataPaths(Path(sys.argv[1])))
Repositories.for_database(database).episodes.add(Episode(
    started_at=dt.datetime.now().astimezone() - dt.timedelta(hours=3), duration_s=15 * 60,
    severity=8, muscle=Muscle.CALF, side=Side.LEFT, context=Context.SLEEP))
database.close()
"""
ARTICLE_HEADINGS = """
from cramp_desktop.core.article import load_article
from cramp_desktop.resources import article_path
for section in load_article(article_path("en")).sections:
    print(section.title)
"""


class Desktop:
    """Xvfb + D-Bus session + AT-SPI bus + openbox, torn down in reverse order."""

    def __init__(self, display: str) -> None:
        self.display = display
        self.processes: list[subprocess.Popen[bytes]] = []
        self.env = dict(os.environ, DISPLAY=display)

    def start(self, *command: str, env: dict[str, str] | None = None) -> subprocess.Popen[bytes]:
        process = subprocess.Popen(
            command, env=env or self.env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
        )
        self.processes.append(process)
        return process

    def __enter__(self) -> Desktop:
        self.start("Xvfb", self.display, "-screen", "0", "1366x768x24", "-nolisten", "tcp")
        time.sleep(1.0)
        bus = subprocess.run(
            ["dbus-launch", "--sh-syntax"], env=self.env, capture_output=True, text=True, check=True
        ).stdout
        for name, value in re.findall(r"(\w+)='([^']*)'", bus):
            self.env[name] = value
        os.environ.update(self.env)  # pyatspi in this process uses the same bus
        self.start("openbox")
        self.start("/usr/libexec/at-spi-bus-launcher", "--launch-immediately")
        time.sleep(1.0)
        return self

    def __exit__(self, *_: object) -> None:
        for process in reversed(self.processes):
            process.terminate()
            try:
                process.wait(5)
            except subprocess.TimeoutExpired:
                process.kill()
        pid = self.env.get("DBUS_SESSION_BUS_PID")
        if pid:
            subprocess.run(["kill", pid], check=False)


def walk(node: object) -> Iterator[object]:
    yield node
    for index in range(node.childCount):  # type: ignore[attr-defined]
        child = node.getChildAtIndex(index)  # type: ignore[attr-defined]
        if child is not None:
            yield from walk(child)


def key_bindings(node: object) -> list[str]:
    try:
        action = node.queryAction()  # type: ignore[attr-defined]
    except NotImplementedError:
        return []
    found = []
    for index in range(action.nActions):
        found += [part for part in action.getKeyBinding(index).split(";") if "Alt" in part]
    return found


def check_screen(pyatspi: object, frame: object, key: str) -> list[str]:
    states = pyatspi.state  # type: ignore[attr-defined]
    roles = pyatspi.role  # type: ignore[attr-defined]
    problems: list[str] = []
    taken: dict[str, str] = {}
    headings = []
    for node in walk(frame):
        state = node.getState()  # type: ignore[attr-defined]
        if not state.contains(states.STATE_SHOWING):
            continue
        role, name = node.getRole(), node.name  # type: ignore[attr-defined]
        # A cell's or a label's name is its content, maybe none (an empty status line):
        # content, not an unnamed control.
        blank_cell = role in (roles.ROLE_TABLE_CELL, roles.ROLE_LABEL)
        if state.contains(states.STATE_FOCUSABLE) and not name.strip() and not blank_cell:
            problems.append(f"{key}: a focusable {node.getRoleName()} has no name")
        for binding in key_bindings(node):
            letter = binding.lower()
            if letter in taken and taken[letter] != name:
                problems.append(f"{key}: {binding} is taken by {taken[letter]!r} and {name!r}")
            taken.setdefault(letter, name)
        if ALERT_TEXT.match(name) and role == roles.ROLE_PANEL:
            problems.append(f"{key}: the warning panel {name!r} is not an alert")
        if role == roles.ROLE_HEADING:
            headings.append(name)
        if role == roles.ROLE_LABEL and name in TITLES.values():
            problems.append(f"{key}: the title {name!r} is a plain label, not a heading")
    if key in TITLES and not headings:
        problems.append(f"{key}: no heading to jump to")
    print(f"a11y_tree: {key}: {len(taken)} mnemonics, headings {headings}")
    if key == "today" and not any(
        node.getRole() == roles.ROLE_ALERT  # type: ignore[attr-defined]
        for node in walk(frame)
    ):
        problems.append("today: the red flag of the seeded entry is not an alert")
    return problems


def check_article(pyatspi: object, frame: object, expected: list[str]) -> list[str]:
    """The article is a document whose headings are `expected`, in order, with paragraphs
    between them (a reader jumps from heading to heading, then reads on)."""
    roles = pyatspi.role  # type: ignore[attr-defined]
    documents = [
        n
        for n in walk(frame)
        if n.getRole() == roles.ROLE_DOCUMENT_FRAME and n.name == "Article"  # type: ignore[attr-defined]
    ]
    if len(documents) != 1:
        return [f"read: {len(documents)} article documents instead of one"]
    parts = [(n.getRole(), n.name) for n in walk(documents[0])][1:]  # type: ignore[attr-defined]
    headings = [name for role, name in parts if role == roles.ROLE_HEADING]
    paragraphs = [name for role, name in parts if role == roles.ROLE_PARAGRAPH and name.strip()]
    print(f"a11y_tree: read: article headings {headings}, {len(paragraphs)} paragraphs")
    problems = []
    if headings != expected:
        problems.append(f"read: the article's headings are {headings}, expected {expected}")
    if len(paragraphs) < len(expected):
        problems.append(f"read: only {len(paragraphs)} paragraphs for {len(expected)} headings")
    return problems


def find_frame(pyatspi: object, timeout: float = 30.0) -> object:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        desktop = pyatspi.Registry.getDesktop(0)  # type: ignore[attr-defined]
        for app in desktop:
            if app is not None and app.name == "LegCrampCompanion" and app.childCount:
                frame = app.getChildAtIndex(0)
                if any(n.getRole() == pyatspi.role.ROLE_HEADING for n in walk(frame)):  # type: ignore[attr-defined]
                    return frame
        time.sleep(0.5)
    raise SystemExit("a11y_tree: the app did not appear on the AT-SPI bus")


def window_is_dark(display_env: dict[str, str]) -> bool:
    """The mean brightness of the root window (the app fills most of it) is low."""
    output = subprocess.run(
        ["convert", "x:root", "-colorspace", "Gray", "-format", "%[fx:mean]", "info:"],
        env=display_env,
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    return float(output) < 0.35


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--python", default=str(ROOT / ".venv" / "bin" / "python"))
    parser.add_argument("--screenshots", type=Path, default=None)
    parser.add_argument("--display", default=":93")
    args = parser.parse_args()
    try:
        import pyatspi  # Debian's python3-pyatspi
    except ImportError:
        print("a11y_tree: run with /usr/bin/python3 and python3-pyatspi installed", file=sys.stderr)
        return 2
    missing = [
        t for t in ("Xvfb", "openbox", "xdotool", "dbus-launch", "convert") if not shutil.which(t)
    ]
    if missing:
        print(f"a11y_tree: missing programs: {', '.join(missing)}", file=sys.stderr)
        return 2
    problems: list[str] = []
    with tempfile.TemporaryDirectory(prefix="cramp-a11y-") as data, Desktop(args.display) as desk:
        subprocess.run([args.python, "-c", SEED, data], check=True, env=desk.env)
        expected_headings = subprocess.run(
            [args.python, "-c", ARTICLE_HEADINGS],
            env=desk.env,
            capture_output=True,
            text=True,
            check=True,
        ).stdout.splitlines()
        Path(data, "settings.ini").write_text("[appearance]\ntheme=dark\n", encoding="utf-8")
        env = dict(
            desk.env,
            QT_QPA_PLATFORM="xcb",
            QT_LINUX_ACCESSIBILITY_ALWAYS_ON="1",
            QT_ACCESSIBILITY="1",
        )
        app = desk.start(args.python, "-m", "cramp_desktop", "--data-dir", data, env=env)
        frame = find_frame(pyatspi)
        window = subprocess.run(
            ["xdotool", "search", "--sync", "--onlyvisible", "--name", "Leg Cramp"],
            env=desk.env,
            capture_output=True,
            text=True,
            check=True,
        ).stdout.split()[0]
        subprocess.run(["xdotool", "windowactivate", "--sync", window], env=desk.env, check=False)
        if not window_is_dark(desk.env):
            problems.append("theme: dark was chosen but the window is light under xcb")
        for index, key in enumerate(SCREENS, start=1):
            subprocess.run(
                ["xdotool", "key", "--window", window, f"ctrl+{index}"], env=desk.env, check=True
            )
            time.sleep(2.0)
            problems += check_screen(pyatspi, frame, key)
            if key == "read":
                problems += check_article(pyatspi, frame, expected_headings)
            if args.screenshots:
                args.screenshots.mkdir(parents=True, exist_ok=True)
                target = args.screenshots / f"xvfb-{key}-dark.png"
                subprocess.run(["import", "-window", "root", str(target)], env=desk.env, check=True)
        app.terminate()
        app.wait(10)
    for problem in problems:
        print(f"a11y_tree: {problem}", file=sys.stderr)
    if not problems:
        print(
            f"a11y_tree: {len(SCREENS)} screens: names, mnemonics, alerts, headings and theme fine"
        )
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
