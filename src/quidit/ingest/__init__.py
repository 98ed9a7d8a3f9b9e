"""Reading inputs into Articles.  Each reader yields ``Article`` or ``Failure``;
a bad input never raises out of a reader."""

from quidit.ingest.sources import read_sources

__all__ = ["read_sources"]
