"""kg: news articles in, an event-centric knowledge graph out."""

__version__ = "0.1.0"
