"""The Profile page: names, bio, location, birth date and the lock password."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QWidget,
)

from studyapp.core.accounts import service as accounts
from studyapp.core.accounts.service import ProfileDetails
from studyapp.core.errors import ValidationError
from studyapp.ui.context import ProfileSession
from studyapp.ui.pages.lock_section import LockSection
from studyapp.ui.services import AppServices
from studyapp.ui.widgets.birth_date_edit import OptionalDateEdit
from studyapp.ui.widgets.field_errors import FieldErrors
from studyapp.ui.widgets.retranslating import Retranslating
from studyapp.ui.widgets.section import Section, fill_with_scroll, page_column


class ProfilePage(Retranslating, QWidget):
    def __init__(
        self, session: ProfileSession, services: AppServices, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("profilePage")
        self._session, self._services = session, services
        self.errors = FieldErrors()
        self.title, self.email = QLabel(self), QLabel(self)
        self.title.setProperty("role", "title")
        self.email.setProperty("role", "muted")
        self.first_name = self._line_edit("profileFirstNameEdit")
        self.last_name = self._line_edit("profileLastNameEdit")
        self.location = self._line_edit("locationEdit")
        self.bio = QPlainTextEdit(self)
        self.bio.setObjectName("bioEdit")
        self.bio.setFixedHeight(110)
        self.birth_date = OptionalDateEdit(self)
        self.birth_date.setObjectName("birthDateEdit")
        self.clear_date_button = QPushButton(self)
        self.clear_date_button.setObjectName("clearBirthDateButton")
        self.clear_date_button.clicked.connect(self.birth_date.clear_value)
        self.save_button = QPushButton(self)
        self.save_button.setObjectName("saveProfileButton")
        self.save_button.clicked.connect(self.save)
        self.saved_label = QLabel(self)
        self.saved_label.setProperty("role", "success")
        self._labels = [QLabel(self) for _ in range(5)]
        self.details_section, self.lock_card = Section(self), Section(self)
        self.lock = LockSection(session, self)
        self._build_layout()
        self.retranslate()
        self.setEnabled(False)
        session.tasks.submit(
            accounts.get_profile_details,
            session.database,
            session.user_id,
            write=False,
            on_result=self.show_details,
        )

    def _line_edit(self, name: str) -> QLineEdit:
        edit = QLineEdit(self)
        edit.setObjectName(name)
        return edit

    def _build_layout(self) -> None:
        form = QFormLayout()
        form.setVerticalSpacing(10)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        date_row = QHBoxLayout()
        date_row.addWidget(self.birth_date)
        date_row.addWidget(self.clear_date_button)
        date_row.addStretch()
        date_cell = QWidget(self)
        date_cell.setLayout(date_row)
        date_row.setContentsMargins(0, 0, 0, 0)
        fields = [
            ("first_name", self.first_name),
            ("last_name", self.last_name),
            ("location", self.location),
            ("birth_date", date_cell),
            ("bio", self.bio),
        ]
        for label, (field, editor) in zip(self._labels, fields, strict=True):
            label.setBuddy(self.birth_date if field == "birth_date" else editor)
            form.addRow(label, self.errors.attach(field, editor, self))
        save_row = QHBoxLayout()
        save_row.addWidget(self.saved_label)
        save_row.addStretch()
        save_row.addWidget(self.save_button)
        self.details_section.body.addLayout(form)
        self.details_section.body.addLayout(save_row)
        self.lock_card.body.addWidget(self.lock)
        widgets = (self.title, self.email, self.details_section, self.lock_card)
        fill_with_scroll(self, "profileScroll", page_column(self, widgets))

    def retranslate(self) -> None:
        self.title.setText(self.tr("Profile"))
        self.details_section.set_title(self.tr("About you"))
        self.lock_card.set_title(self.tr("Lock password"))
        names = [
            self.tr("First name"),
            self.tr("Last name"),
            self.tr("Location"),
            self.tr("Birth date"),
            self.tr("About me"),
        ]
        editors = [self.first_name, self.last_name, self.location, self.birth_date, self.bio]
        for label, editor, name in zip(self._labels, editors, names, strict=True):
            label.setText(name + ":")
            editor.setAccessibleName(name)
        self.location.setPlaceholderText(self.tr("City or home airport, e.g. Austin (KAUS)"))
        self.bio.setPlaceholderText(
            self.tr("Certificates held, the checkride you are preparing for, your flight school…")
        )
        self.birth_date.set_not_set_text(self.tr("Not set"))
        for button, text in (
            (self.clear_date_button, self.tr("Clear date")),
            (self.save_button, self.tr("Save profile")),
        ):
            button.setText(text)
            button.setAccessibleName(text)
        self.saved_label.setText(self.tr("Profile saved.") if self.saved_label.text() else "")

    def show_details(self, details: ProfileDetails) -> None:
        self.email.setText(details.email)
        self.first_name.setText(details.first_name)
        self.last_name.setText(details.last_name)
        self.location.setText(details.location)
        self.bio.setPlainText(details.bio)
        self.birth_date.set_value(details.birth_date)
        self.setEnabled(True)

    def save(self) -> None:
        self.errors.clear()
        self.saved_label.clear()
        self.save_button.setEnabled(False)
        self._session.tasks.submit(
            accounts.update_profile,
            self._session.database,
            self._session.user_id,
            first_name=self.first_name.text(),
            last_name=self.last_name.text(),
            bio=self.bio.toPlainText(),
            location=self.location.text(),
            birth_date=self.birth_date.value(),
            on_result=self._on_saved,
            on_error=self._on_error,
        )

    def _on_saved(self, details: ProfileDetails) -> None:
        self.save_button.setEnabled(True)
        self.show_details(details)
        self.saved_label.setText(self.tr("Profile saved."))
        self._services.profile_updated.emit(details)

    def _on_error(self, error: Exception) -> None:
        self.save_button.setEnabled(True)
        if not isinstance(error, ValidationError):
            raise error
        self.errors.show(error.errors)
