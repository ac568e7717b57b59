"""Guards against Qt bindings that corrupt Python's reference counts.

PySide6 6.12.0 on Python 3.11 dropped a reference to None on every void C++
call and to True on every signal emit, which crashes the app after a few
hundred edits ("Fatal Python error: none_dealloc"). This fails fast instead.
"""
import sys

from PySide6.QtCore import QObject, Signal


class _Emitter(QObject):
    fired = Signal()


def test_void_calls_and_signal_emits_keep_reference_counts_balanced():
    emitter = _Emitter()
    none_before, true_before = sys.getrefcount(None), sys.getrefcount(True)
    for _ in range(200):
        emitter.setObjectName("x")
        emitter.fired.emit()
    assert abs(sys.getrefcount(None) - none_before) < 50
    assert abs(sys.getrefcount(True) - true_before) < 50
