"""The Qt desktop interface. Nothing under studyapp.core imports from here.

Where things are:

- ``app.py`` ``run(paths)``: the QApplication, the crash dialog, opening the
  database, then ``app_controller.AppController`` decides what is on screen
  (welcome screen, sign-in dialog or main window) and rebuilds the main window
  on a profile switch or a restore (``restore_flow.py``).
- ``main_window.py``: a thin shell: ``widgets/sidebar.py``, a QStackedWidget of
  pages, the Profile menu (``profile_menu.py``), the sync indicator
  (``widgets/sync_status.py``, ``MainWindow.set_sync_state``).
- ``pages/registry.py``: the one table of pages (key, title, icon, factory).
  A page factory gets a ``context.ProfileSession`` and the ``services.AppServices``.
- ``tasks.py``: every database call from the GUI runs through ``TaskRunner``.
- ``theme.py`` + ``palettes.py``: light/dark/follow-system; ``i18n.py``: live
  language switching; ``i18n_update.py``: refresh resources/i18n/*.ts and .qm.
- ``messages.py``: the core's error codes as sentences; ``message_boxes.py``:
  non-blocking message boxes.
"""
