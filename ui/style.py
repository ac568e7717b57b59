"""The app's widget style: Fusion (the same look on every desktop), with one fix for accented capitals.

Fusion draws the label of an unselected tab 2 px lower than the selected one, inside a clip
rectangle that does not move with it, so the accent of a capital is cut off: the French tab
« Échantillon examiné » read "Echantillon examiné". Unshifted labels keep their accents.
"""
from __future__ import annotations

from PySide6.QtWidgets import QProxyStyle, QStyle, QStyleFactory, QStyleOption, QWidget


class SynapticaStyle(QProxyStyle):
    def __init__(self) -> None:
        super().__init__(QStyleFactory.create("Fusion"))

    def pixelMetric(self, metric: QStyle.PixelMetric, option: QStyleOption | None = None,
                    widget: QWidget | None = None) -> int:
        if metric == QStyle.PixelMetric.PM_TabBarTabShiftVertical:
            return 0
        return super().pixelMetric(metric, option, widget)
