"""What the training panel and the status bar say: the labels and tips of the settings (marked for
translation at import, translated where shown) and the run readout ("Training · epoch 37 · step 925").
"""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from ..i18n import count_text, engine_text, translate

OPTIMIZER_LABELS = {"sgd": "SGD", "momentum": "Momentum", "nesterov": "Nesterov", "adagrad": "AdaGrad",
                    "rmsprop": "RMSprop", "adam": "Adam",
                    "perceptron": QT_TRANSLATE_NOOP("TrainingPanel", "Perceptron rule")}
OPTIMIZER_TIPS = {
    "sgd": QT_TRANSLATE_NOOP("TrainingPanel", "Plain stochastic gradient descent: w ← w − η·∂L/∂w."),
    "momentum": QT_TRANSLATE_NOOP("TrainingPanel",
                                  "Gradient descent with a velocity that keeps rolling in consistent directions."),
    "nesterov": QT_TRANSLATE_NOOP("TrainingPanel",
                                  "Momentum that looks ahead before it steps (Nesterov's accelerated gradient)."),
    "adagrad": QT_TRANSLATE_NOOP("TrainingPanel", "Shrinks each weight's step as its squared gradients add up."),
    "rmsprop": QT_TRANSLATE_NOOP("TrainingPanel",
                                 "Like AdaGrad, but forgets old gradients, so steps do not shrink for ever."),
    "adam": QT_TRANSLATE_NOOP("TrainingPanel", "Momentum plus RMSprop-style step sizes, with bias correction."),
    "perceptron": QT_TRANSLATE_NOOP("TrainingPanel",
                                    "Rosenblatt's rule w ← w + η(t − y)x, for a single layer of step units."),
}
HYPERPARAMETER_LABELS = {
    "momentum": (QT_TRANSLATE_NOOP("TrainingPanel", "Momentum"),
                 QT_TRANSLATE_NOOP("TrainingPanel", "How much of the previous step carries over (0 = none).")),
    "decay_rate": (QT_TRANSLATE_NOOP("TrainingPanel", "Decay rate"),
                   QT_TRANSLATE_NOOP("TrainingPanel", "How slowly RMSprop forgets old squared gradients.")),
    "beta1": ("β₁", QT_TRANSLATE_NOOP("TrainingPanel", "Adam: how slowly the mean of the gradients forgets.")),
    "beta2": ("β₂", QT_TRANSLATE_NOOP("TrainingPanel", "Adam: how slowly the mean of the squared gradients forgets."))}
INIT_LABELS = {"zeros": QT_TRANSLATE_NOOP("TrainingPanel", "Zeros"),
               "normal": QT_TRANSLATE_NOOP("TrainingPanel", "Normal (σ = 0.01)"), "xavier": "Xavier (σ = √(1/n))",
               "he": "He (σ = √(2/n))"}
LOSS_TIPS = {"mse": QT_TRANSLATE_NOOP("TrainingPanel", "Mean squared error, ½Σ(y − t)²: for regression, and for "
                                                       "gates as in the textbook."),
             "cross_entropy": QT_TRANSLATE_NOOP("TrainingPanel", "Cross-entropy −Σ t·log y: for softmax outputs, "
                                                                 "one per class."),
             "binary_cross_entropy": QT_TRANSLATE_NOOP("TrainingPanel", "Binary cross-entropy: for one sigmoid "
                                                                        "output, the probability of class 1.")}
SPEED_TIP = QT_TRANSLATE_NOOP("TrainingPanel", "Training speed. 10 trains as fast as the computer can; lower speeds "
                                               "pause between epochs (1 = one epoch per second) so you can watch the "
                                               "weights move.")


STATE_WORDS = {"idle": QT_TRANSLATE_NOOP("TrainingStatus", "Ready"),
               "running": QT_TRANSLATE_NOOP("TrainingStatus", "Training"),
               "paused": QT_TRANSLATE_NOOP("TrainingStatus", "Paused"),
               "finished": QT_TRANSLATE_NOOP("TrainingStatus", "Finished"),
               "diverged": QT_TRANSLATE_NOOP("TrainingStatus", "Diverged")}


def readout_text(session, with_state: bool = True) -> str:
    """"Training · epoch 37 · step 925 · 812 epochs/s" (the speed only while running)."""
    return status_text(session.state if with_state else None, session.epoch, session.step,
                       session.epochs_per_second if session.state == "running" else None)


def status_text(state: str | None, epoch: int, step: int, epochs_per_second: float | None = None) -> str:
    """The readout for these counters in the current language (numbers grouped as its locale groups them)."""
    parts = [state_word(state)] if state else []
    parts += counter_parts(epoch, step)
    if epochs_per_second is not None:
        parts.append(speed_part(epochs_per_second))
    return " · ".join(parts)


def panel_readout_text(session) -> str:
    """The readout on two lines, for the narrow panel: "Training · 812 epochs/s", then "epoch 37 · step 925".

    Always two lines, so that the panel does not jump when a run starts or stops; one line would not fit
    a ~300 px dock while training (and French or Japanese words are longer still).
    """
    head = [state_word(session.state)]
    if session.state == "running":
        head.append(speed_part(session.epochs_per_second))
    return " · ".join(head) + "\n" + " · ".join(counter_parts(session.epoch, session.step))


def state_word(state: str) -> str:
    return translate("TrainingStatus", STATE_WORDS.get(state, state))


def counter_parts(epoch: int, step: int) -> list[str]:
    return [translate("TrainingStatus", "epoch {0}").format(count_text(epoch)),
            translate("TrainingStatus", "step {0}").format(count_text(step))]


def speed_part(epochs_per_second: float) -> str:
    return translate("TrainingStatus", "{0} epochs/s").format(count_text(round(epochs_per_second)))


def suggestion_listing(suggestion) -> str:
    """The suggestion's changes one per line (recipes.Suggestion.listing), each in the current language."""
    lines = suggestion.listing.split("\n")
    if len(lines) != len(suggestion.changes):       # a change of several lines: translate them as one
        return engine_text(suggestion.listing)
    return "\n".join(line.replace(str(change), engine_text(change)) for line, change in zip(lines, suggestion.changes))
