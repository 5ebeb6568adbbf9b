__version__ = "8.2.0"
