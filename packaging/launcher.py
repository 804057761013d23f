"""Entry point of the frozen app: the same command line as ``python -m studyapp``."""

import sys

from studyapp.cli import main

if __name__ == "__main__":
    sys.exit(main())
