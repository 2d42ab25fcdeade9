"""`python -m app` is the `ocop-booth` command."""

import sys

from app.cli import main

sys.exit(main())
