"""Training in a worker process: the session (GUI side), the process and its link, the panel and the
main-window wiring (`install_training`).

Names are imported on first use, so that the worker process (which imports
`ui.training.trainer_process`) starts without loading Qt.
"""
__all__ = ["Snapshot", "TrainingSession", "install_training"]


def install_training(window):
    """Add the training dock, plots, actions and menu to a MainWindow; returns its TrainingSession."""
    from .install import install_training as install
    return install(window)


def __getattr__(name: str):
    if name == "TrainingSession":
        from .session import TrainingSession
        return TrainingSession
    if name == "Snapshot":
        from .trainer_process import Snapshot
        return Snapshot
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
