"""The package's version, in a module of its own so that the command line and the report can
print it without importing the public API."""

__version__ = "0.2.0"
