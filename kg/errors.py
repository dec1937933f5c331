"""The errors kg raises. Each has a code, says what was wrong and how to fix it."""
from __future__ import annotations


class KgError(Exception):
    """Base class. `code` is stable so users can search for it."""

    code = "E000"

    def __init__(self, message: str, *, hint: str = "") -> None:
        self.message = message
        self.hint = hint
        super().__init__(str(self))

    def __str__(self) -> str:
        text = f"[{self.code}] {self.message}"
        return f"{text}\n  hint: {self.hint}" if self.hint else text


class InputError(KgError):
    """An article or graph file that cannot be read."""

    code = "E100"


class ModelError(KgError):
    """No usable spaCy model."""

    code = "E200"


class ValidationFailed(KgError):
    """The graph does not conform to the shapes."""

    code = "E300"

    def __init__(self, message: str, report: str = "", *, hint: str = "") -> None:
        self.report = report
        super().__init__(message, hint=hint)


class ConfigError(KgError):
    """A bad option value (base IRI, date)."""

    code = "E400"


class StoreError(KgError):
    """A triple store or SPARQL endpoint refused or could not be reached."""

    code = "E500"


class ClusterError(KgError):
    """A Dask cluster that cannot be reached, or that lost the build's tasks."""

    code = "E600"
