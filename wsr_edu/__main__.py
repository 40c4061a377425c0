"""`python -m wsr_edu` runs the same entry point as the `wsr-edu` command."""

import sys

from .cli import main

sys.exit(main())
