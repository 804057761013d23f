"""Settings → Study: desired retention, new cards a day, and "Optimise my parameters".

The two numbers are preferences (the Settings page saves them with the rest);
the optimiser fits FSRS's weights to this profile's review history on the
writer task, with a busy bar meanwhile, and reports log loss before and after
(lower means FSRS predicts the pilot's recall better).
"""

from __future__ import annotations

from PySide6.QtCore import QLocale, Signal
from PySide6.QtWidgets import (
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from studyapp.core.accounts.preferences import (
    NEW_CARDS_PER_DAY_MAX,
    RETENTION_MAX,
    RETENTION_MIN,
    Preferences,
)
from studyapp.core.flashcards.fsrs_parameters import StoredParameters, stored_parameters
from studyapp.core.flashcards.optimizer import OptimizeResult, TooFewReviews, optimize_parameters
from studyapp.ui.context import ProfileSession
from studyapp.ui.dialogs.form_dialog import alive
from studyapp.ui.widgets.retranslating import Retranslating


class StudySettingsSection(Retranslating, QWidget):
    changed = Signal()  # retention or new cards a day, set by the pilot

    def __init__(self, session: ProfileSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("studySettings")
        self.session = session
        self.stored: StoredParameters | None = None
        self._result: OptimizeResult | Exception | None = None
        self.retention_box = QDoubleSpinBox(self)
        self.retention_box.setObjectName("desiredRetentionBox")
        self.retention_box.setRange(RETENTION_MIN * 100, RETENTION_MAX * 100)
        self.retention_box.setDecimals(0)
        self.retention_box.setKeyboardTracking(False)
        self.new_cards_box = QSpinBox(self)
        self.new_cards_box.setObjectName("newCardsPerDayBox")
        self.new_cards_box.setRange(0, NEW_CARDS_PER_DAY_MAX)
        self.new_cards_box.setKeyboardTracking(False)
        for box in (self.retention_box, self.new_cards_box):
            box.setMinimumWidth(120)
            box.setMaximumWidth(160)
            box.valueChanged.connect(lambda _value: self.changed.emit())
        self.retention_label, self.new_cards_label = QLabel(self), QLabel(self)
        self.retention_hint = QLabel(self)
        self.optimise_button = QPushButton(self)
        self.optimise_button.setObjectName("optimiseParametersButton")
        self.optimise_button.clicked.connect(self.optimise)
        self.busy = QProgressBar(self)
        self.busy.setObjectName("optimiseBusy")
        self.busy.setRange(0, 0)  # FSRS's fit reports no progress: a busy bar
        self.busy.setTextVisible(False)
        self.busy.setMaximumWidth(160)
        self.busy.hide()
        self.status = QLabel(self)
        self.status.setObjectName("optimiseStatus")
        self.status.setWordWrap(True)
        self._build()
        self.retranslate()
        self.load()

    def _build(self) -> None:
        form = QFormLayout()
        form.setVerticalSpacing(10)
        self.retention_label.setBuddy(self.retention_box)
        self.new_cards_label.setBuddy(self.new_cards_box)
        form.addRow(self.retention_label, self.retention_box)
        form.addRow(self.new_cards_label, self.new_cards_box)
        for hint in (self.retention_hint, self.status):
            hint.setProperty("role", "muted")
            hint.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(self.optimise_button)
        row.addWidget(self.busy)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(form)
        layout.addWidget(self.retention_hint)
        layout.addSpacing(6)
        layout.addLayout(row)
        layout.addWidget(self.status)

    # Preferences -------------------------------------------------------------

    def show_preferences(self, preferences: Preferences) -> None:
        for box in (self.retention_box, self.new_cards_box):
            box.blockSignals(True)
        self.retention_box.setValue(round(preferences.desired_retention * 100))
        self.new_cards_box.setValue(preferences.new_cards_per_day)
        for box in (self.retention_box, self.new_cards_box):
            box.blockSignals(False)

    def desired_retention(self) -> float:
        return round(self.retention_box.value()) / 100

    def new_cards_per_day(self) -> int:
        return self.new_cards_box.value()

    # The optimiser -------------------------------------------------------------

    def load(self) -> None:
        """Read which parameters the profile uses now (reader pool)."""
        self.session.tasks.submit(
            stored_parameters, self.session.database, self.session.user_id,
            on_result=alive(self, self._loaded), write=False,
        )  # fmt: skip

    def _loaded(self, stored: StoredParameters | None) -> None:
        self.stored = stored
        if self._result is None:
            self._show_status()

    def optimise(self) -> None:
        self.optimise_button.setEnabled(False)
        self.busy.show()
        self.status.setText(self.tr("Fitting FSRS to your review history…"))
        self.session.tasks.submit(
            optimize_parameters, self.session.database, self.session.user_id,
            on_result=alive(self, self._finished), on_error=alive(self, self._finished),
        )  # fmt: skip

    def _finished(self, outcome: OptimizeResult | Exception) -> None:
        self.optimise_button.setEnabled(True)
        self.busy.hide()
        self._result = outcome
        self._show_status()
        if isinstance(outcome, OptimizeResult) and outcome.saved:
            self.load()

    @property
    def running(self) -> bool:
        return self.busy.isVisible() or not self.optimise_button.isEnabled()

    def _show_status(self) -> None:
        role = "error" if isinstance(self._result, Exception) else "muted"
        if isinstance(self._result, TooFewReviews):
            role = "muted"
        self.status.setProperty("role", role)
        self.status.style().unpolish(self.status)
        self.status.style().polish(self.status)
        self.status.setText(self._status_text())

    def _status_text(self) -> str:
        outcome = self._result
        if isinstance(outcome, TooFewReviews):
            text = self.tr(
                "Not enough review history yet: %1 of the %2 reviews needed. Only answers given on a later day than the card's previous answer count. Keep reviewing and try again."  # noqa: E501 (one string for lupdate)
            )
            return text.replace("%1", _number(outcome.found)).replace("%2", _number(outcome.needed))
        if isinstance(outcome, Exception):
            return self.tr("The optimisation failed; nothing changed. Details are in the log.")
        if isinstance(outcome, OptimizeResult):
            return self._result_text(outcome)
        if self.stored is None:
            return self.tr("FSRS uses its default parameters.")
        text = self.tr("FSRS uses parameters fitted to %1 of your reviews on %2.")
        day = QLocale().toString(
            self.stored.fitted_at.astimezone().date(), QLocale.FormatType.ShortFormat
        )
        return text.replace("%1", _number(self.stored.review_count)).replace("%2", day)

    def _result_text(self, outcome: OptimizeResult) -> str:
        before, after = f"{outcome.log_loss_before:.4f}", f"{outcome.log_loss_after:.4f}"
        if outcome.saved:
            text = self.tr(
                "Fitted to %1 reviews. Log loss %2 before, %3 after (%4% lower: FSRS now predicts your recall better). Your reviews are scheduled with these parameters from now on."  # noqa: E501 (one string for lupdate)
            )
            percent = f"{outcome.improvement * 100:.1f}"
            text = text.replace("%4", percent)
        else:
            text = self.tr(
                "Fitted to %1 reviews. Log loss %2 with your current parameters, %3 with the new fit: the current ones predict your recall as well or better, so nothing changed."  # noqa: E501 (one string for lupdate)
            )
        return (
            text.replace("%1", _number(outcome.review_count))
            .replace("%2", before)
            .replace("%3", after)
        )

    # Language ----------------------------------------------------------------

    def retranslate(self) -> None:
        self.retention_label.setText(self.tr("Desired &retention:"))
        self.retention_box.setSuffix(self.tr(" %"))
        self.retention_box.setAccessibleName(self.tr("Desired retention in percent"))
        self.new_cards_label.setText(self.tr("&New cards a day:"))
        self.new_cards_box.setAccessibleName(self.tr("New cards a day"))
        self.retention_hint.setText(
            self.tr(
                "The share of cards you want to still remember when they come due. Higher means more reviews; 90% suits most pilots."  # noqa: E501 (one string for lupdate)
            )
        )
        self.optimise_button.setText(self.tr("Optimise my parameters"))
        self.optimise_button.setAccessibleName(self.tr("Optimise my FSRS parameters"))
        self.optimise_button.setToolTip(
            self.tr("Fit FSRS's memory model to your own review history")
        )
        self.busy.setAccessibleName(self.tr("Optimising"))
        self.status.setAccessibleName(self.tr("Optimisation result"))
        if not self.running:
            self._show_status()


def _number(value: int) -> str:
    return QLocale().toString(value)
