"""The Qt binding must not leak references to None (PySide6 6.12.0 on Python 3.11 did, and crashed)."""

from __future__ import annotations

import subprocess
import sys

PROBE = """
import os, sys
os.environ["QT_QPA_PLATFORM"] = "offscreen"
from PySide6.QtWidgets import QApplication, QLabel
app = QApplication([])
label = QLabel()
before = sys.getrefcount(None)
for _ in range(1000):
    label.setText("x")
print(sys.getrefcount(None) - before)
os._exit(0)
"""


def test_calling_qt_methods_does_not_use_up_references_to_none() -> None:
    # on Python < 3.12 None can be freed: a binding that drops a reference per call
    # aborts the program after enough calls, so a thousand calls must leave it unchanged
    result = subprocess.run([sys.executable, "-c", PROBE], capture_output=True, text=True, check=True)
    change = int(result.stdout.strip().splitlines()[-1])
    assert abs(change) < 10, f"None lost {-change} references in 1000 calls of QLabel.setText"
