"""quidit on Apache Spark: the same analysis as ``quidit analyze``, as a PySpark job.

``quidit spark`` and ``spark-submit .../quidit/spark/job.py`` run
:func:`quidit.spark.job.run`.  PySpark is an optional dependency (the
``spark`` extra); nothing here is imported by the rest of quidit.
"""
