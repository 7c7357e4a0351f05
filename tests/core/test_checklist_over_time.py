"""The checklist over time: comparing with the previous one, and when to suggest doing it
again."""

from __future__ import annotations

import datetime as dt

import pytest

from cramp_desktop.core.checklist import REDO_AFTER_DAYS, RedoReason, compare, evaluate, redo_reason
from tests.core.checklist_answers import answers

# Comparing with the previous checklist ----------------------------------------------


def test_compare_without_a_previous_checklist_lists_everything_as_new() -> None:
    changes = compare(None, evaluate(answers("pattern.night=yes warning.long_cramp_now=yes")))
    assert not changes.has_previous and changes.has_changes
    assert [f.id for f in changes.new] == ["long-cramp", "night-cramps"]
    assert changes.resolved == () and changes.unchanged == ()


def test_compare_names_new_resolved_and_unchanged_findings() -> None:
    before = evaluate(answers("pattern.night=yes fluids.drinks_little=yes pattern.exercise=unsure"))
    after = evaluate(answers("pattern.night=yes warning.numbness=yes pattern.exercise=unsure"))
    changes = compare(before, after)
    assert changes.has_previous and changes.has_changes
    assert [f.id for f in changes.new] == ["weakness"]
    assert [f.id for f in changes.resolved] == ["low-fluid"]
    assert [f.id for f in changes.unchanged] == ["night-cramps", "unsure:pattern.exercise"]


def test_compare_leaves_no_concern_out() -> None:
    nothing = evaluate(answers("pattern.night=no"))
    something = evaluate(answers("pattern.night=yes"))
    same = compare(nothing, nothing)
    assert same.has_previous and not same.has_changes
    gone = compare(something, nothing)
    assert ([f.id for f in gone.resolved], gone.new, gone.unchanged) == (["night-cramps"], (), ())
    came = compare(nothing, something)
    assert ([f.id for f in came.new], came.resolved) == (["night-cramps"], ())


# When to suggest the checklist again ------------------------------------------------

DONE = dt.datetime(2025, 3, 1, 20, 0, tzinfo=dt.timezone(dt.timedelta(hours=1)))
DAY = dt.timedelta(days=1)


@pytest.mark.parametrize(
    ("completed", "now", "flag_times", "expected"),
    [
        (None, DONE, [], RedoReason.NEVER_DONE),
        (None, DONE, [DONE], RedoReason.NEVER_DONE),
        (DONE, DONE + 10 * DAY, [], None),
        (DONE, DONE + REDO_AFTER_DAYS * DAY - dt.timedelta(seconds=1), [], None),
        (DONE, DONE + 90 * DAY, [], RedoReason.OLD),
        (DONE, DONE + 400 * DAY, [DONE - DAY], RedoReason.OLD),
        (DONE, DONE + 3 * DAY, [DONE - DAY, DONE + DAY], RedoReason.NEW_RED_FLAGS),
        # A new warning sign is more pressing than an old checklist.
        (DONE, DONE + 200 * DAY, [DONE + 100 * DAY], RedoReason.NEW_RED_FLAGS),
        (DONE, DONE + 3 * DAY, [DONE], None),  # at the same moment: not after
        # 19:30 UTC is 20:30 at +01:00: half an hour after.
        (DONE, DONE + DAY, [dt.datetime(2025, 3, 1, 19, 30, tzinfo=dt.UTC)],
         RedoReason.NEW_RED_FLAGS),
    ],
)  # fmt: skip
def test_redo_reason(
    completed: dt.datetime | None,
    now: dt.datetime,
    flag_times: list[dt.datetime],
    expected: RedoReason | None,
) -> None:
    assert redo_reason(completed, now, iter(flag_times)) == expected


def test_redo_after_ninety_days_and_stable_codes() -> None:
    assert REDO_AFTER_DAYS == 90
    assert [reason.value for reason in RedoReason] == ["never-done", "old", "new-red-flags"]
