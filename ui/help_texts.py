"""Help texts of the main window: the quick tour (the About box is ui/about.py)."""
from PySide6.QtCore import QT_TRANSLATE_NOOP

from .i18n import translate

#: The tour's steps, each a title and what to do (translated when shown: the translator is installed later).
TOUR_STEPS = (
    (QT_TRANSLATE_NOOP("Tour", "A perceptron is a logic gate."),
     QT_TRANSLATE_NOOP("Tour", "File → Examples → AND gate. Click the output neuron and drag its bias in the "
                               "Inspector from −0.7 to −0.2: the Truth table now says it computes OR.")),
    (QT_TRANSLATE_NOOP("Tour", "XOR needs two layers."),
     QT_TRANSLATE_NOOP("Tour", "Examples → XOR: a NAND and an OR neuron feed an AND neuron. Hover a neuron to "
                               "read its formula, a = w·x + b → f(a).")),
    (QT_TRANSLATE_NOOP("Tour", "Forward propagation."),
     QT_TRANSLATE_NOOP("Tour", "Examples → the textbook's 3-layer network opens on x = (1.0, 0.5) and shows the "
                               "book's outputs. Change the inputs and follow the values layer by layer.")),
    (QT_TRANSLATE_NOOP("Tour", "Activation functions."),
     QT_TRANSLATE_NOOP("Tour", "Select a neuron and pick its layer's activation; the Activation panel marks where "
                               "the neuron sits on f (tick “show derivative” for f′).")),
    (QT_TRANSLATE_NOOP("Tour", "Train."),
     QT_TRANSLATE_NOOP("Tour", "File → New network…, pick a dataset (say Spiral): the dialog proposes a network "
                               "that can learn it and the settings that work. Press Play (Space) and watch the "
                               "loss and the decision boundary. If a run does not learn, the Training tab says "
                               "why and fixes it with one click. Ctrl+Z undoes a whole run.")),
    (QT_TRANSLATE_NOOP("Tour", "Learn step by step."),
     QT_TRANSLATE_NOOP("Tour", "Lessons (F2) walk from one perceptron to Adam, each with a goal the app checks; "
                               "the Learn menu (F5–F8) steps through forward and backward passes with the "
                               "numbers; the Labs menu has small experiments (optimizer playground, derivatives, "
                               "activations, draw your own data or digits).")),
    (QT_TRANSLATE_NOOP("Tour", "Save."),
     QT_TRANSLATE_NOOP("Tour", "Files keep every weight exactly, the training settings and the loss curve.")),
)


def tour_html() -> str:
    """The quick tour as a numbered list, in the current language."""
    return "<ol>\n" + "\n".join(f"<li><b>{translate('Tour', title)}</b> {translate('Tour', text)}</li>"
                                for title, text in TOUR_STEPS) + "\n</ol>"
