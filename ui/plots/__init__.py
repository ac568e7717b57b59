"""Plots that follow training and the network: loss curves, the probe's output probabilities
and the decision boundary over the input plane (pyqtgraph)."""
from .boundary import BoundaryPlot
from .loss_plot import LossPlot
from .probabilities import ProbabilityPlot

__all__ = ["BoundaryPlot", "LossPlot", "ProbabilityPlot"]
