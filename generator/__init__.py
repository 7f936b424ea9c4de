"""Briefings: news articles in, structured Markdown briefings and a static site out."""

__version__ = "0.24.0"
