"""English data for the learned attribution finder (``quidit.extract.learned``).

The model is trained on PolNeAR (``scripts/train_en_attribution.py``) mapped
to the project's guidelines where the two differ; these lists say where.
"""

from __future__ import annotations

#: The shipped model, a file of this package (gzipped JSON of weights).
MODEL_FILE = "attribution-model.json.gz"

#: Cue lemmas whose complement is not what the source said, so the learned
#: finder never takes them as cues (PolNeAR attributes some of them):
#: intentions, which are neither speech nor belief (guidelines §1 lists what
#: a source said, wrote, declared, claimed, announced, warned, estimated or
#: believes: "Clinton wants to …"); refusals ("declined to comment"); pleas
#: and apologies, whose complement is a charge or an addressee ("pleaded not
#: guilty to …", "apologised to the fans"); naming ("named the operation …").
NOT_CUE_LEMMAS = frozenset(
    {
        *("want", "plan", "intend", "hope", "wish", "aim", "seek", "try", "attempt"),
        *("decline", "refuse", "plead", "apologize", "apologise", "name", "dub"),
        *("begin", "start"),
    }
)
