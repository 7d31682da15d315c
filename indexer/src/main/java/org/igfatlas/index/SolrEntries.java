package org.igfatlas.index;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DocValuesType;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexableField;
import org.igfatlas.schema.IndexSchema;
import org.igfatlas.schema.Resources;
import org.igfatlas.solr.Configset;

/**
 * A document's Lucene entries ({@link LuceneDocuments}) as Solr documents with the same fields and values, so the
 * collection and the embedded index hold exactly the same thing:
 * <ul>
 *   <li>a facet value (a {@code $facet.dim} doc value {@code dim\u001fvalue}) becomes a value of the dimension's field
 *       ({@link Configset#facetField});</li>
 *   <li>a stored field gives its stored value; an indexed field that is not stored (the document's whole text,
 *       {@code words}, {@code topicMentions}, keys) its value; points and numeric doc values repeat a stored value and
 *       are left out;</li>
 *   <li>the id routes every entry of a document to one shard ({@code docId!…}, Solr's compositeId router), so a
 *       document's passages and its entry sit together and per-shard counts of documents are exact.</li>
 * </ul>
 */
final class SolrEntries {
  private SolrEntries() {}

  static ObjectNode toSolr(Document d, String id) {
    Map<String, Set<String>> values = new LinkedHashMap<>();
    Set<String> stored = new LinkedHashSet<>();
    for (IndexableField f : d.getFields()) if (f.fieldType().stored()) stored.add(f.name());
    for (IndexableField f : d.getFields()) {
      String name = f.name();
      if (name.startsWith("$facet.")) {
        if (f.fieldType().docValuesType() == DocValuesType.SORTED_SET && f.binaryValue() != null) {
          String path = f.binaryValue().utf8ToString();
          int sep = path.indexOf('\u001f');
          if (sep > 0) add(values, Configset.facetField(path.substring(0, sep)), path.substring(sep + 1));
        }
        continue;
      }
      String value;
      if (f.fieldType().stored()) {
        value = f.numericValue() != null ? f.numericValue().toString() : f.stringValue();
      } else if (stored.contains(name) || f.fieldType().indexOptions() == IndexOptions.NONE) {
        continue; // a point or doc value beside a stored value, or doc values only
      } else {
        value = f.stringValue();
      }
      if (value != null) add(values, name, value);
    }
    ObjectNode out = Resources.JSON.createObjectNode();
    out.put("id", id);
    values.forEach((name, vs) -> {
      if (vs.size() == 1 && !multiValued(name)) out.put(name, vs.iterator().next());
      else {
        ArrayNode a = out.putArray(name);
        vs.forEach(a::add);
      }
    });
    return out;
  }

  private static boolean multiValued(String name) {
    IndexSchema.Facet f = IndexSchema.facet(name);
    return f != null && f.multiValued();
  }

  private static void add(Map<String, Set<String>> values, String name, String value) {
    values.computeIfAbsent(name, k -> new LinkedHashSet<>()).add(value);
  }

  /** Solr ids of a document's entries, in order: passages and their recommendations, then the document. */
  static String id(Document d, String docId, int index) {
    String kind = d.get(IndexSchema.KIND);
    return switch (kind) {
      case IndexSchema.KIND_DOCUMENT -> docId + "!doc";
      case IndexSchema.KIND_ALIAS -> docId + "!alias";
      default -> docId + "!" + kind.charAt(0) + index;
    };
  }

  static List<ObjectNode> entries(List<Document> docs, String docId) {
    List<ObjectNode> out = new java.util.ArrayList<>(docs.size());
    for (int i = 0; i < docs.size(); i++) out.add(toSolr(docs.get(i), id(docs.get(i), docId, i)));
    return out;
  }
}
