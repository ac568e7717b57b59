"""`python -m simulator train|info FILE`: see simulator/cli.py."""
import sys

from .cli import main

if __name__ == "__main__":
    # A description may hold characters the console's code page lacks: show '?' rather than crash.
    for stream in (sys.stdout, sys.stderr):
        if hasattr(stream, "reconfigure"):
            stream.reconfigure(errors="replace")
    sys.exit(main())
