"""Reading questions aloud with Qt TextToSpeech, when this Qt has it and the system a voice.

PySide6-Essentials does not ship QtTextToSpeech (it is in PySide6-Addons); without
the module or without a voice, ``available`` is False and the button stays hidden.
"""

from __future__ import annotations

import importlib
from typing import Any

from PySide6.QtCore import QObject


class Speech(QObject):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._engine: Any = None
        try:
            module = importlib.import_module("PySide6.QtTextToSpeech")
            engine = module.QTextToSpeech(self)
            if engine.availableVoices():
                self._engine = engine
        except (ImportError, RuntimeError, AttributeError):
            self._engine = None

    @property
    def available(self) -> bool:
        return self._engine is not None

    def say(self, text: str) -> None:
        if self._engine is not None:
            self._engine.stop()
            self._engine.say(text)
