"""The panels around the canvas: inputs, truth table, outputs and the activation plot."""
from .activation_plot import ActivationPlot
from .inputs import InputsPanel
from .outputs import OutputsPanel
from .truth_table import TruthTablePanel

__all__ = ["ActivationPlot", "InputsPanel", "OutputsPanel", "TruthTablePanel"]
