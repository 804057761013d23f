"""The sync indicator in the status bar. Sync itself comes later; the states exist now."""

from __future__ import annotations

from enum import Enum

from PySide6.QtWidgets import QLabel, QWidget

from studyapp.ui.widgets.retranslating import Retranslating


class SyncState(Enum):
    OFF = "off"
    OFFLINE = "offline"
    SYNCING = "syncing"
    UP_TO_DATE = "up_to_date"
    ERROR = "error"


class SyncStatusLabel(Retranslating, QLabel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("syncStatus")
        self.state = SyncState.OFF
        self.detail = ""
        self.setContentsMargins(8, 0, 8, 0)
        self.retranslate()

    def set_state(self, state: SyncState, detail: str = "") -> None:
        """Show ``state``; ``detail`` (already translated) goes in the tooltip, e.g. an error."""
        self.state, self.detail = state, detail
        self.retranslate()

    def retranslate(self) -> None:
        texts = {
            SyncState.OFF: self.tr("Sync: off"),
            SyncState.OFFLINE: self.tr("Sync: offline"),
            SyncState.SYNCING: self.tr("Sync: syncing…"),
            SyncState.UP_TO_DATE: self.tr("Sync: up to date"),
            SyncState.ERROR: self.tr("Sync: error"),
        }
        tips = {
            SyncState.OFF: self.tr(
                "No sync server is set up. Everything is saved on this computer."
            ),
            SyncState.OFFLINE: self.tr(
                "The sync server cannot be reached. Changes are kept and sent later."
            ),
        }
        self.setText(texts[self.state])
        self.setToolTip(self.detail or tips.get(self.state, ""))
        self.setAccessibleName(texts[self.state])
