"""Loading spaCy pipelines and parsing texts of any length."""

from quidit.nlp.pipeline import load_pipeline, parse, parse_many, split_points

__all__ = ["load_pipeline", "parse", "parse_many", "split_points"]
