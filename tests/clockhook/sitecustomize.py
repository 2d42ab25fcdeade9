"""Puts a Python process that the test suite starts (a hub, a command, a crash child) on the
suite's pinned clock: tests/clock.py exports the offset from the real clock and puts this
folder on PYTHONPATH, and Python imports `sitecustomize` at start-up."""

import os

_offset = os.environ.get("OCOP_TEST_CLOCK_OFFSET")
if _offset:
    try:
        import time

        import time_machine
    except ImportError:  # a Python without the dev extra: it keeps the real clock
        pass
    else:
        time_machine.travel(time.time() + float(_offset), tick=True).start()
