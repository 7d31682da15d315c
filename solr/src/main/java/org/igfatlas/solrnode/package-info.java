/**
 * Apache Solr in a JVM of its own (Solr's Lucene 9 and Jetty 10 never meet the project's Lucene 10 and Jetty 12):
 * {@link org.igfatlas.solrnode.LocalCloud}, the local SolrCloud of {@code igf solr start} and of the SolrCloud tests
 * and benchmark, and {@link org.igfatlas.solrnode.SolrNode}, the single node of {@code igf bench solr}.
 */
package org.igfatlas.solrnode;
