"""``python -m studyapp`` and the ``studyapp`` launcher."""

import sys

from studyapp.cli import main

if __name__ == "__main__":
    sys.exit(main())
