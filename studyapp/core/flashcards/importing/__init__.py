"""Bringing cards in: CSV/TSV/Anki text exports and Anki packages (.apkg, .colpkg).

``import_file`` (in ``service``) picks the reader from the file's content and
name, and writes everything in one transaction: a bad file or a cancel leaves
the database exactly as it was.
"""
