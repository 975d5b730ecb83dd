"""`python -m pwshlite`: same as the `pwshlite` console script."""

import sys

from pwshlite.cli import main

sys.exit(main())
