"""The training session's state, as the panel and the actions show it."""
from enum import StrEnum


class State(StrEnum):
    IDLE = "idle"
    RUNNING = "running"
    PAUSED = "paused"
    FINISHED = "finished"
    DIVERGED = "diverged"


STATES = tuple(State)
