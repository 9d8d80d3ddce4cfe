"""briefings: news articles to attributed YAML briefings to an MkDocs site."""

__version__ = "0.1.0"
