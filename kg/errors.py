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


class NotEnglish(InputError):
    """An article in another language (kg.language): its text is not read by English rules."""

    code = "E110"


class NearDuplicate(InputError):
    """An article that nearly copies an earlier one (kg.dedupe): a note, or skipped with --dedupe."""

    code = "E120"


# Distinct problems, distinct codes: a subclass per problem a user fixes differently.


class MissingInput(InputError):
    """A file or folder named on the command line does not exist."""

    code = "E101"


class UnreadableInput(InputError):
    """A file or folder that exists but cannot be read (permissions)."""

    code = "E102"


class EmptyInput(InputError):
    """An empty file or JSON line."""

    code = "E103"


class BinaryInput(InputError):
    """A file that is not text (NUL bytes, a PDF/ZIP/PNG signature, mostly undecodable)."""

    code = "E104"


class TooLarge(InputError):
    """An article larger than --max-article-size."""

    code = "E105"


class BadJsonLine(InputError):
    """A JSON Lines line that is not a JSON object with a "text"."""

    code = "E106"


class UnknownSuffix(InputError):
    """An input whose suffix names no format kg reads."""

    code = "E107"


class NotRdf(InputError):
    """A graph file that no RDF parser can read."""

    code = "E140"


class OutputError(InputError):
    """The output file cannot be written (missing folder, no permission, a folder in the way)."""

    code = "E150"


class OutputFormatError(ConfigError):
    """An output format kg cannot write: an unknown suffix or --to value, JSON-LD with RDF 1.2 triple terms."""

    code = "E410"


class ShapesError(ConfigError):
    """A --shapes folder (or file) that holds no usable SHACL shapes."""

    code = "E420"


class ArticleNotInStore(StoreError):
    """`kg remove` was given a URL or id that no article in the store has."""

    code = "E510"


class QueryError(KgError):
    """A SPARQL query kg will not run (an update, SERVICE without --allow-service), that failed while it
    ran, or that ran past --timeout."""

    code = "E600"


class ClusterError(KgError):
    """A Dask cluster that cannot be reached, or that lost the build's tasks."""

    code = "E700"
