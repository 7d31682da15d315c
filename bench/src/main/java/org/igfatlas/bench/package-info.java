/**
 * Benchmarks run by {@code igf bench} ({@link org.igfatlas.bench.BenchMain}, commands in
 * {@link org.igfatlas.bench.BenchCommand}): a synthetic corpus ({@link org.igfatlas.bench.CorpusGenerator}), indexing
 * and query runs against baselines measured in the same run ({@link org.igfatlas.bench.BenchRun},
 * {@link org.igfatlas.bench.IndexBaseline}, {@link org.igfatlas.bench.QueryLoad}) and an Apache Solr node in its own
 * JVM ({@link org.igfatlas.bench.SolrPeer}). Uses the product (module {@code web} and below), which never uses this.
 * Figures go to {@code docs/BENCHMARKS.md}; only the Solr schema check ({@code BenchSolrSchemaTest}) is a test.
 */
package org.igfatlas.bench;
