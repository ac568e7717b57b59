"""Synaptica's engine: a small, exact, pure-NumPy neural-network library (no Qt)."""
from . import activations, init, losses, optimizers
from .network import Dense, Network

__all__ = ["Dense", "Network", "activations", "init", "losses", "optimizers", "io"]


def __getattr__(name):
    # `simulator.io` is imported lazily so `import simulator` stays light.
    if name == "io":
        from . import io
        return io
    raise AttributeError(f"module 'simulator' has no attribute {name!r}")
