"""iterconf's CPython oracle: runs the case files on real Python objects (README.md here)."""
