package org.igfatlas.solr;

import com.fasterxml.jackson.databind.JsonNode;
import org.igfatlas.schema.IndexSchema;

/** The project's collection in a SolrCloud cluster: whether it exists, and creating it with the project's configset. */
public final class Collections {
  private Collections() {}

  /**
   * Refuses a collection created with another schema version's configset (its name carries the version): its fields
   * would not take this version's entries, as a Lucene index of another version is not reused either.
   */
  public static void checkSchema(SolrClient solr, String collection) {
    JsonNode c = solr.get("/admin/collections", Params.of("action", "CLUSTERSTATUS", "collection", collection, "wt", "json"))
        .path("cluster").path("collections").path(collection);
    if (c.isMissingNode()) throw new SolrException(404, "no collection '" + collection + "' in the cluster: create it with igf index --solr");
    String config = c.path("configName").asText("");
    if (!config.equals(Configset.name(collection))) {
      throw new SolrException(409, "collection '" + collection + "' uses configset '" + config + "', not '"
          + Configset.name(collection) + "' (schema version " + IndexSchema.VERSION + "): give another --collection, or "
          + "delete this one (Collections API action=DELETE) and index again");
    }
  }

  /** Whether {@code collection} exists in the cluster. */
  public static boolean exists(SolrClient solr, String collection) {
    JsonNode list = solr.get("/admin/collections", Params.of("action", "LIST", "wt", "json"));
    for (JsonNode c : list.path("collections")) if (c.asText().equals(collection)) return true;
    return false;
  }

  /**
   * Creates {@code collection} when it is missing: uploads the configset ({@link Configset#zip}) under
   * {@link Configset#name} unless the cluster has it, then creates the collection with {@code shards} shards and
   * {@code replicas} replicas of each. Returns whether it created it.
   */
  public static boolean ensure(SolrClient solr, String collection, int shards, int replicas) {
    if (exists(solr, collection)) {
      checkSchema(solr, collection);
      return false;
    }
    String config = Configset.name(collection);
    JsonNode configs = solr.get("/admin/configs", Params.of("action", "LIST", "wt", "json"));
    boolean have = false;
    for (JsonNode c : configs.path("configSets")) if (c.asText().equals(config)) have = true;
    if (!have) {
      try {
        solr.post("/admin/configs", Params.of("action", "UPLOAD", "name", config, "wt", "json"), "application/octet-stream",
            Configset.zip());
      } catch (SolrException e) {
        throw new SolrException(e.status(), e.getMessage() + " (uploading the configset needs Solr started with "
            + "-Dconfigset.upload.enabled=true, as igf solr start does; or upload it once with Solr's own tools)");
      }
    }
    solr.get("/admin/collections", Params.of("action", "CREATE", "name", collection, "numShards", Integer.toString(shards),
        "replicationFactor", Integer.toString(replicas), "collection.configName", config, "waitForFinalState", "true",
        "property.igf.schema", Integer.toString(IndexSchema.VERSION), "wt", "json"));
    return true;
  }
}
