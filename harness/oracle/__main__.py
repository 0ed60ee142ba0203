"""Entry point: `python3 harness/oracle ...` or `python3 -m oracle ...` (with harness/ on the path)."""
import os
import sys

if not __package__:
    # Run as a directory: make the package importable by its name.
    sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    from oracle.cli import main
else:
    from .cli import main

sys.exit(main(sys.argv[1:]))
