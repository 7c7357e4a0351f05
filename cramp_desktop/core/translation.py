"""A typed stand-in for Qt's QT_TRANSLATE_NOOP, usable in plain-Python modules.

pyside6-lupdate finds strings by the macro's name, so calls to this function are
extracted for translators exactly like Qt's own; the text is translated where it is
shown, with QCoreApplication.translate(context, text).
"""


def QT_TRANSLATE_NOOP(context: str, source_text: str) -> str:
    del context  # only read by lupdate
    return source_text
