/**
 * SolrCloud over Solr's JSON APIs, without SolrJ: {@link org.igfatlas.solr.SolrClient} (the JDK's HttpClient, a list
 * of node URLs with failover and the cluster's live nodes), {@link org.igfatlas.solr.Params} (request parameters),
 * {@link org.igfatlas.solr.Configset} (the collection's schema generated from {@code IndexSchema} and
 * {@code facets.json}) and {@link org.igfatlas.solr.Collections} (creating the collection with it).
 * <p>
 * Why not SolrJ: SolrJ 9 brings Jetty 10, which cannot share a class path with Javalin's Jetty 12, and its
 * ZooKeeper-aware client only accepts the Jetty-based HTTP client. Any SolrCloud node routes queries and updates to
 * the right shards, so a node list with failover is all a client needs; the module's enforcer rule keeps Solr and
 * Jetty off its class path.
 */
package org.igfatlas.solr;
