"""The gouge feature's form dialogs: FormDialog with the gouge wording of errors."""

from __future__ import annotations

from studyapp.ui.dialogs.form_dialog import FormDialog
from studyapp.ui.widgets import gouge_texts


class GougeFormDialog(FormDialog):
    field_sentence = staticmethod(gouge_texts.field_error)
    task_sentence = staticmethod(gouge_texts.task_error)
    # The gouge forms have always dropped an error for a field they do not show.
    unknown_fields_in_status = False
