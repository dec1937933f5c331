"""kg: news articles in, an event-centric knowledge graph out.

``kg.build_graph(texts_or_paths)`` returns a SHACL-validated rdflib Graph,
``kg.Builder()`` keeps the spaCy model loaded for many builds, and
``kg.validate(graph)`` checks any graph against the shapes. `__all__` is the
public API; the README's "Python API" section shows it at work.
"""

__version__ = "0.1.0"

from .runtime import collector_paused as _collector_paused  # noqa: E402

# Importing rdflib and the stages makes ~10^5 objects and no garbage: no collections meanwhile.
with _collector_paused():
    # The module kg.validate is imported first so that the name `kg.validate` stays the function below:
    # Python sets a package's attribute to a submodule only when that submodule is first imported.
    from . import validate as _validate_module  # noqa: F401,E402
    from .api import Build, Builder, LeftOut, build_graph  # noqa: E402
    from .errors import ConfigError, InputError, KgError, ModelError, StoreError, ValidationFailed  # noqa: E402
    from .inputs import Problem  # noqa: E402
    from .model import (Article, Entity, Evidence, Extraction, Fact, Node, Paragraph, Resolved, Span,  # noqa: E402
                        Triple, Unmapped)
    from .namespace import DEFAULT_BASE_IRI, KG  # noqa: E402
    from .validate import ValidationResult, validate  # noqa: E402


__all__ = [
    # building and checking graphs
    "build_graph", "Builder", "Build", "LeftOut", "validate", "ValidationResult", "DEFAULT_BASE_IRI", "KG",
    # the typed records the stages pass on (kg.model)
    "Article", "Paragraph", "Span", "Entity", "Fact", "Unmapped", "Extraction", "Node", "Evidence", "Triple",
    "Resolved", "Problem",
    # errors: each has a stable code (E100 ...)
    "KgError", "InputError", "ModelError", "ValidationFailed", "ConfigError", "StoreError",
]
