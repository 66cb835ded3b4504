"""Archives at scale: the pipeline on Spark, its Parquet, and loading it.

1. ``inputs``: a list of WARC files -> the parts to read (``ingest.warc_splits``);
2. ``spark``: the only module that imports pyspark: it schedules the parts on
   partitions, runs ``pipeline.process_document`` on each record (one analyser
   per Python worker, built once) and writes the Parquet tables;
3. ``tables``: ``DocumentResult`` <-> one row of plain values, and the
   tables' Arrow schema (no engine: the rows are dicts);
4. ``load``: the Parquet back into a store, through ``Store.save``, as
   ``ingest`` stores the same records.
"""
