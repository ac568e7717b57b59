"""Start Synaptica: python main.py [FILE]   (see `python main.py --help`)."""
import sys

from ui.app import main

if __name__ == "__main__":
    sys.exit(main())
