from enum import StrEnum

from cramp_desktop.core import episodes
from cramp_desktop.core.labels import LABELS, label


def test_every_code_has_a_label() -> None:
    enums = [
        value
        for value in vars(episodes).values()
        if isinstance(value, type) and issubclass(value, StrEnum) and value is not StrEnum
    ]
    missing = [
        f"{e.__name__}.{m.name}"
        for e in enums
        if e is not episodes.AnswerValue
        for m in e
        if m not in LABELS
    ]
    assert missing == []
    assert label(episodes.Muscle.CALF) == "Calf"
