"""The model server: embedded language, speech and OCR models behind HTTP."""

from afirgen.model_server.app import create_model_server

__all__ = ["create_model_server"]
