"""Start Synaptica: python main.py [FILE]   (see `python main.py --help`)."""
import sys

if __name__ == "__main__":
    # Imported here, not above: the training worker process (spawn) re-imports this module and needs no Qt.
    from ui.app import main

    sys.exit(main())
