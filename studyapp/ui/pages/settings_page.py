"""Settings: appearance, language, study (retention, new cards, FSRS optimiser), notifications,
charts, backups, and sync.

Every change applies at once (AppServices) and is saved for this profile by
the core's preferences service on the writer thread.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QLabel,
    QWidget,
)

from studyapp.core.accounts.preferences import (
    THEME_DARK,
    THEME_LIGHT,
    THEME_SYSTEM,
    Preferences,
    save_preferences,
)
from studyapp.ui.context import ProfileSession
from studyapp.ui.i18n import LANGUAGE_NAMES
from studyapp.ui.message_boxes import Icon, show_message
from studyapp.ui.pages.backups_section import BackupsSection
from studyapp.ui.pages.study_settings_section import StudySettingsSection
from studyapp.ui.pages.sync_section import SyncSection
from studyapp.ui.services import AppServices
from studyapp.ui.widgets.retranslating import Retranslating
from studyapp.ui.widgets.section import Section, fill_with_scroll, page_column

THEME_ORDER = (THEME_LIGHT, THEME_DARK, THEME_SYSTEM)


class SettingsPage(Retranslating, QWidget):
    def __init__(
        self, session: ProfileSession, services: AppServices, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("settingsPage")
        self._session, self._services = session, services
        self.title = QLabel(self)
        self.title.setProperty("role", "title")
        self.theme_box = self._combo("themeBox", len(THEME_ORDER))
        self.language_box = self._combo("languageBox", 0)
        for code, name in LANGUAGE_NAMES.items():
            self.language_box.addItem(name, code)
        self.email_check = self._check("emailNotificationsCheck")
        self.push_check = self._check("desktopNotificationsCheck")
        self.charts_check = self._check("progressChartsCheck")
        self.email_hint, self.push_hint = QLabel(self), QLabel(self)
        self.theme_label, self.language_label = QLabel(self), QLabel(self)
        self.backups = BackupsSection(session, services, self)
        self.sync = SyncSection(session, self)
        self.study = StudySettingsSection(session, self)
        self.sections = [Section(self) for _ in range(6)]
        self._build_layout()
        self.show_preferences(services.preferences)
        self._connect()
        services.preferences_changed.connect(self.show_preferences)
        self.retranslate()

    def _combo(self, name: str, items: int) -> QComboBox:
        box = QComboBox(self)
        box.setObjectName(name)
        for _ in range(items):
            box.addItem("")
        box.setMinimumWidth(220)
        return box

    def _check(self, name: str) -> QCheckBox:
        check = QCheckBox(self)
        check.setObjectName(name)
        return check

    def _build_layout(self) -> None:
        appearance, study, notifications, progress, backups, sync = self.sections
        form = QFormLayout()
        form.setVerticalSpacing(10)
        self.theme_label.setBuddy(self.theme_box)
        self.language_label.setBuddy(self.language_box)
        form.addRow(self.theme_label, self.theme_box)
        form.addRow(self.language_label, self.language_box)
        appearance.body.addLayout(form)
        study.body.addWidget(self.study)
        for check, hint in ((self.email_check, self.email_hint), (self.push_check, self.push_hint)):
            hint.setProperty("role", "muted")
            hint.setWordWrap(True)
            hint.setContentsMargins(24, 0, 0, 6)
            notifications.body.addWidget(check)
            notifications.body.addWidget(hint)
        progress.body.addWidget(self.charts_check)
        backups.body.addWidget(self.backups)
        sync.body.addWidget(self.sync)
        column = page_column(self, (self.title, *self.sections))
        column.setObjectName("settingsColumn")
        fill_with_scroll(self, "settingsScroll", column)

    def _connect(self) -> None:
        self.theme_box.currentIndexChanged.connect(self._changed)
        self.language_box.currentIndexChanged.connect(self._changed)
        for check in (self.email_check, self.push_check, self.charts_check):
            check.toggled.connect(self._changed)
        self.study.changed.connect(self._changed)

    def retranslate(self) -> None:
        self.title.setText(self.tr("Settings"))
        titles = (
            self.tr("Appearance"),
            self.tr("Study"),
            self.tr("Notifications"),
            self.tr("Progress"),
            self.tr("Backups"),
            self.tr("Sync"),
        )
        for section, text in zip(self.sections, titles, strict=True):
            section.set_title(text)
        self.theme_label.setText(self.tr("&Theme:"))
        self.language_label.setText(self.tr("&Language:"))
        for index, text in enumerate((self.tr("Light"), self.tr("Dark"), self.tr("Follow system"))):
            self.theme_box.setItemText(index, text)
        self.theme_box.setAccessibleName(self.tr("Theme"))
        self.language_box.setAccessibleName(self.tr("Language"))
        for check, text in (
            (self.email_check, self.tr("Email notifications")),
            (self.push_check, self.tr("Desktop notifications")),
            (self.charts_check, self.tr("Show progress charts")),
        ):
            check.setText(text)
            check.setAccessibleName(text)
        self.email_hint.setText(
            self.tr("Reminders and replies by email, once StudyApp is connected to a sync server.")
        )
        self.push_hint.setText(self.tr("Reminders from your desktop when reviews are due."))

    def show_preferences(self, preferences: Preferences) -> None:
        """Put ``preferences`` in the controls without treating it as a change."""
        self._showing = True
        self.theme_box.setCurrentIndex(THEME_ORDER.index(preferences.theme))
        self.language_box.setCurrentIndex(self.language_box.findData(preferences.language))
        self.email_check.setChecked(preferences.email_notifications)
        self.push_check.setChecked(preferences.push_notifications)
        self.charts_check.setChecked(preferences.show_progress_charts)
        self.study.show_preferences(preferences)
        self._showing = False

    def chosen_preferences(self) -> Preferences:
        chosen = replace(
            self._services.preferences,
            language=self.language_box.currentData(),
            email_notifications=self.email_check.isChecked(),
            push_notifications=self.push_check.isChecked(),
            show_progress_charts=self.charts_check.isChecked(),
            desired_retention=self.study.desired_retention(),
            new_cards_per_day=self.study.new_cards_per_day(),
        )
        return chosen.with_theme(THEME_ORDER[self.theme_box.currentIndex()])

    def _changed(self) -> None:
        if self._showing:
            return
        preferences = self.chosen_preferences()
        self._services.apply_preferences(preferences)
        self._session.tasks.submit(
            save_preferences,
            self._session.database,
            self._session.user_id,
            preferences,
            on_error=self._save_failed,
        )

    def _save_failed(self, error: Exception) -> None:
        show_message(
            self,
            Icon.Warning,
            self.tr("Settings not saved"),
            self.tr("Your settings could not be saved. They apply until StudyApp is closed."),
            str(error),
        )
