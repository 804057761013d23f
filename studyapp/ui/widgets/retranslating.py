"""Live language switching for our widgets."""

from __future__ import annotations

from PySide6.QtCore import QEvent


class Retranslating:
    """Mix in before the Qt class: calls ``self.retranslate()`` on every language change.

    Holds no texts itself: PySide's ``tr()`` in a mixin would look up the wrong
    context, so each widget translates its own strings in its own ``retranslate``.
    """

    def retranslate(self) -> None:
        raise NotImplementedError

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)  # type: ignore[misc]
