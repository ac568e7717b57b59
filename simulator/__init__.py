"""Synaptica's engine: a small, exact, pure-NumPy neural-network library (no Qt)."""
from . import activations, init, losses, optimizers
from .network import Dense, Network

__all__ = ["Dense", "Network", "activations", "init", "losses", "optimizers", "io"]


def __getattr__(name: str) -> object:
    # `simulator.io` is imported lazily so `import simulator` stays light.
    if name == "io":
        # import_module, not `from . import io`: the latter asks this very
        # __getattr__ for "io" again and recurses forever.
        import importlib
        return importlib.import_module(f"{__name__}.io")
    raise AttributeError(f"module 'simulator' has no attribute {name!r}")
