"""HTTP face of the store: a FastAPI app with a JSON API and HTML pages.

from quidit.api import create_app
app = create_app(open_store("corpus.db"))
"""

from quidit.api.app import create_app
from quidit.api.limits import Limits

__all__ = ["Limits", "create_app"]
