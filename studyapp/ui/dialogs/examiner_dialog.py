"""Add an examiner to the directory, or correct one."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QCompleter,
    QGridLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QWidget,
)

from studyapp.core.gouge import validation as v
from studyapp.core.gouge.checkrides import CHECKRIDE_TYPES
from studyapp.core.gouge.examiners import (
    ExaminerInput,
    ExaminerSummary,
    add_examiner,
    edit_examiner,
)
from studyapp.ui.context import ProfileSession
from studyapp.ui.dialogs.gouge_dialog_base import GougeFormDialog
from studyapp.ui.widgets.gouge_texts import checkride_label


class ExaminerDialog(GougeFormDialog):
    """``saved`` carries the stored ExaminerSummary."""

    def __init__(
        self,
        session: ProfileSession,
        examiner: ExaminerSummary | None = None,
        regions: list[str] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(session, parent)
        self.setObjectName("examinerDialog")
        self.examiner = examiner
        self._build_fields(regions or [])
        if examiner is not None:
            self._fill(examiner)
        self.retranslate()
        self.resize(520, self.sizeHint().height())

    def _line(self, name: str, limit: int) -> QLineEdit:
        edit = QLineEdit(self)
        edit.setObjectName(name)
        edit.setMaxLength(limit)
        return edit

    def _build_fields(self, regions: list[str]) -> None:
        # Limits one above the core's, so an over-long paste shows the core's message.
        self.name_edit = self._line("examinerName", v.NAME_MAX + 1)
        self.organization_edit = self._line("examinerOrganization", v.ORGANIZATION_MAX + 1)
        self.contact_edit = self._line("examinerContact", v.CONTACT_MAX + 1)
        self.years_spin = QSpinBox(self)
        self.years_spin.setObjectName("examinerYears")
        self.years_spin.setRange(0, v.YEARS_MAX)
        self.airport_edit = self._line("examinerAirport", 8)
        self.region_edit = self._line("examinerRegion", v.REGION_MAX + 1)
        self.region_edit.setCompleter(QCompleter(regions, self))
        self.type_boxes = self._checkride_boxes()
        self.labels = {key: QLabel(self) for key in _FIELDS}
        self.add_row(self.labels["name"], "name", self.name_edit)
        self.add_row(self.labels["organization"], "organization", self.organization_edit)
        self.add_row(self.labels["contact_info"], "contact_info", self.contact_edit)
        self.add_row(self.labels["years"], "years_of_experience", self.years_spin)
        self.add_row(self.labels["types"], "checkride_types", self.types_panel)
        self.add_row(self.labels["airport"], "home_airport", self.airport_edit)
        self.add_row(self.labels["region"], "region", self.region_edit)

    def _checkride_boxes(self) -> dict[str, QCheckBox]:
        self.types_panel = QWidget(self)
        self.types_panel.setObjectName("examinerCheckrides")
        grid = QGridLayout(self.types_panel)
        grid.setContentsMargins(0, 0, 0, 0)
        boxes = {}
        for i, code in enumerate(CHECKRIDE_TYPES):
            box = QCheckBox(self.types_panel)
            box.setObjectName(f"checkride_{code}")
            grid.addWidget(box, i // 2, i % 2)
            boxes[code] = box
        return boxes

    def _fill(self, examiner: ExaminerSummary) -> None:
        self.name_edit.setText(examiner.name)
        self.organization_edit.setText(examiner.organization)
        self.contact_edit.setText(examiner.contact_info)
        self.years_spin.setValue(examiner.years_of_experience)
        self.airport_edit.setText(examiner.home_airport)
        self.region_edit.setText(examiner.region)
        for code, box in self.type_boxes.items():
            box.setChecked(code in examiner.checkride_types)

    def values(self) -> ExaminerInput:
        return ExaminerInput(
            name=self.name_edit.text(),
            years_of_experience=self.years_spin.value(),
            checkride_types=tuple(c for c, box in self.type_boxes.items() if box.isChecked()),
            contact_info=self.contact_edit.text(),
            organization=self.organization_edit.text(),
            home_airport=self.airport_edit.text(),
            region=self.region_edit.text(),
        )

    def save(self) -> None:
        if self.examiner is None:
            self.submit(add_examiner, self.session.database, self.values())
        else:
            self.submit(edit_examiner, self.session.database, self.examiner.id, self.values())

    def retranslate(self) -> None:
        adding = self.examiner is None
        self.setWindowTitle(self.tr("Add an examiner") if adding else self.tr("Edit examiner"))
        texts = {
            "name": self.tr("&Name"),
            "organization": self.tr("&Organisation"),
            "contact_info": self.tr("&Contact"),
            "years": self.tr("&Years as examiner"),
            "types": self.tr("Checkrides given"),
            "airport": self.tr("Home &airport"),
            "region": self.tr("&Region"),
        }
        for key, label in self.labels.items():
            label.setText(texts[key])
        self._name_editors()
        self.retranslate_buttons()

    def _name_editors(self) -> None:
        self.name_edit.setPlaceholderText(self.tr("e.g. Jane Doe"))
        self.organization_edit.setPlaceholderText(self.tr("Flight school or FSDO (optional)"))
        self.contact_edit.setPlaceholderText(self.tr("Phone or email (optional)"))
        self.airport_edit.setPlaceholderText(self.tr("e.g. KPAO"))
        self.region_edit.setPlaceholderText(self.tr("e.g. San Francisco Bay Area"))
        self.years_spin.setSuffix(self.tr(" years"))
        accessible = {
            self.name_edit: self.tr("Examiner name"),
            self.organization_edit: self.tr("Organisation"),
            self.contact_edit: self.tr("Contact information"),
            self.years_spin: self.tr("Years as examiner"),
            self.airport_edit: self.tr("Home airport"),
            self.region_edit: self.tr("Region"),
            self.types_panel: self.tr("Checkrides given"),
        }
        for widget, name in accessible.items():
            widget.setAccessibleName(name)
        for code, box in self.type_boxes.items():
            box.setText(checkride_label(code))
            box.setAccessibleName(checkride_label(code))


_FIELDS = ("name", "organization", "contact_info", "years", "types", "airport", "region")
