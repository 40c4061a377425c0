"""The frozen app's one entry point: the facilitator's app, the kiosk and every command."""

import multiprocessing
import sys

from wsr_edu.cli import main

if __name__ == "__main__":
    multiprocessing.freeze_support()
    sys.exit(main())
