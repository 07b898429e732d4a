"""Request and response bodies of the model server (OpenAI-compatible where OpenAI has one)."""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field


class ChatCompletionRequest(BaseModel):
    model_config = ConfigDict(extra="ignore")

    model: str | None = None
    messages: list[dict[str, Any]] = Field(min_length=1)
    max_tokens: int | None = Field(None, ge=1, le=2048)
    temperature: float = Field(0.0, ge=0, le=2)
    top_p: float = Field(1.0, gt=0, le=1)
    stop: str | list[str] | None = None
    seed: int | None = None
    stream: Literal[False] = False
    response_format: dict[str, Any] | None = Field(
        None, description="text, json_object, or json_schema {name, schema}"
    )


class CompletionRequest(BaseModel):
    model_config = ConfigDict(extra="ignore")

    model: str | None = None
    prompt: str = Field(min_length=1)
    max_tokens: int = Field(16, ge=1, le=2048)
    temperature: float = Field(0.0, ge=0, le=2)
    top_p: float = Field(1.0, gt=0, le=1)
    stop: str | list[str] | None = None
    seed: int | None = None
    stream: Literal[False] = False
    response_format: dict[str, Any] | None = None


TranscriptionFormat = Literal["json", "text", "verbose_json", "srt", "vtt"]


class OcrWord(BaseModel):
    text: str
    confidence: float
    bbox: tuple[int, int, int, int] | None = None


class OcrLine(BaseModel):
    page: int
    line: int
    text: str
    confidence: float = Field(description="Mean word confidence, 0..1")
    bbox: tuple[int, int, int, int] | None = None
    words: list[OcrWord] = []


class OcrRead(BaseModel):
    text: str
    language: str | None
    engine: str
    pages: int | None
    seconds: float
    lines: list[OcrLine]


class ModelServerHealth(BaseModel):
    status: Literal["ok"]
    models: dict[str, dict[str, Any]]
