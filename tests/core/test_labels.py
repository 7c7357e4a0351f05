from enum import StrEnum

from cramp_desktop.core import episodes
from cramp_desktop.core.episodes import Context, Muscle, Relief, Trigger
from cramp_desktop.core.labels import label


def code_kinds() -> list[type[StrEnum]]:
    return [
        value
        for value in vars(episodes).values()
        if isinstance(value, type)
        and issubclass(value, StrEnum)
        and value not in (StrEnum, episodes.AnswerValue)
    ]


def test_every_code_has_its_own_label() -> None:
    for kind in code_kinds():
        texts = [label(code) for code in kind]
        assert len(set(texts)) == len(texts), kind


def test_equal_codes_of_different_kinds_keep_their_own_labels() -> None:
    assert label(Muscle.OTHER) == "Other muscle"
    assert label(Context.OTHER) == "Other situation"
    assert label(Trigger.HEAT) == "Heat or heavy sweating"
    assert label(Relief.HEAT) == "Warmth"
