"""Model server routes: language model, speech, OCR, operations."""
