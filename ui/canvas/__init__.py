"""The network diagram: layers left to right, neurons as circles, weights as coloured lines.

    from ui.canvas import NetworkView
    view = NetworkView(document, selection)
"""
from .scene import BUNDLE_THRESHOLD, NetworkScene
from .view import NetworkView

__all__ = ["NetworkView", "NetworkScene", "BUNDLE_THRESHOLD"]
