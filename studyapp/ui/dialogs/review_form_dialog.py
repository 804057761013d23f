"""The Study page's form dialogs: FormDialog with the Study wording of errors."""

from __future__ import annotations

from studyapp.ui.dialogs.form_dialog import FormDialog
from studyapp.ui.widgets import review_texts


class ReviewFormDialog(FormDialog):
    field_sentence = staticmethod(review_texts.field_error)
    task_sentence = staticmethod(review_texts.task_error)
