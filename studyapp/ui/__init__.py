"""The Qt desktop interface. Nothing under studyapp.core imports from here."""
