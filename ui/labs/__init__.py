"""Concept labs: small, direct experiments with one idea each, built on the engine (issue 12)."""
from .window import LabsWindow, install_labs

__all__ = ["LabsWindow", "install_labs"]
