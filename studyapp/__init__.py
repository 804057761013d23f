"""StudyApp: an offline-first study application for pilots preparing for an FAA checkride."""

__version__ = "0.1.0"
