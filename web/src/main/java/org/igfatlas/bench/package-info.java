/**
 * Benchmarks run by {@code igf bench}: a synthetic corpus ({@link org.igfatlas.bench.CorpusGenerator}), indexing and
 * query runs against baselines measured in the same run ({@link org.igfatlas.bench.BenchRun},
 * {@link org.igfatlas.bench.IndexBaseline}, {@link org.igfatlas.bench.QueryLoad}) and an Apache Solr node in its own
 * JVM ({@link org.igfatlas.bench.SolrPeer}). Figures go to {@code docs/BENCHMARKS.md}; never part of the tests.
 */
package org.igfatlas.bench;
