"""AFIRGen: draft First Information Reports from citizen complaints."""

__version__ = "0.1.0"
