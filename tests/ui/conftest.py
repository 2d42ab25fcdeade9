"""UI tests run headless: the platform must be chosen before anything imports Qt."""

import os

os.environ["QT_QPA_PLATFORM"] = "offscreen"
