"""Server-rendered HTML pages over the store (Jinja2, autoescaped), each
with a JSON twin in ``quidit.api``."""
