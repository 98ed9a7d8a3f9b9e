"""Spark types derived from the one Arrow schema (``quidit.output.arrow_schema``).

The Spark job never spells its columns out: it converts
:data:`~quidit.output.arrow_schema.ANALYSIS_SCHEMA` field by field, keeping
nullability, so the Parquet files Spark writes read back (with pyarrow) as
exactly that schema.
"""

from __future__ import annotations

import pyarrow as pa
from pyspark.sql import types as T

_SCALARS: dict[pa.DataType, T.DataType] = {
    pa.string(): T.StringType(),
    pa.int64(): T.LongType(),
    pa.int32(): T.IntegerType(),
    pa.float64(): T.DoubleType(),
    pa.bool_(): T.BooleanType(),
}


def spark_type(arrow: pa.DataType) -> T.DataType:
    if pa.types.is_struct(arrow):
        return T.StructType(
            [
                T.StructField(
                    arrow.field(i).name, spark_type(arrow.field(i).type), arrow.field(i).nullable
                )
                for i in range(arrow.num_fields)
            ]
        )
    if pa.types.is_list(arrow):
        item = arrow.value_field
        return T.ArrayType(spark_type(item.type), containsNull=item.nullable)
    try:
        return _SCALARS[arrow]
    except KeyError:
        raise TypeError(f"no Spark type for Arrow type {arrow}") from None


def spark_schema(schema: pa.Schema) -> T.StructType:
    return T.StructType([T.StructField(f.name, spark_type(f.type), f.nullable) for f in schema])
