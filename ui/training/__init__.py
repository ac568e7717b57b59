"""Training in a worker thread: the session (GUI side), the worker thread, the panel and the
main-window wiring (`install_training`)."""
from .session import Snapshot, TrainingSession

__all__ = ["Snapshot", "TrainingSession", "install_training"]


def install_training(window):
    """Add the training dock, plots, actions and menu to a MainWindow; returns its TrainingSession."""
    from .install import install_training as install
    return install(window)
