"""Offline-first sync with the shared StudyApp server: outbox, wire format, client, apply."""
