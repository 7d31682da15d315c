package org.igfatlas.schema;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.core.WhitespaceAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.IndexOptions;

/**
 * The index schema: every field name, analyzer and facet dimension, used by the writer and by the searcher.
 * <p>
 * One Lucene index holds two kinds of entries, told apart by {@link #KIND}:
 * <ul>
 *   <li>{@code passage}: a speaker turn or report paragraph, with its document's facets and its own
 *       (speaker); text stored with offsets for highlighting;</li>
 *   <li>{@code document}: one per file, its metadata, and its full text indexed (not stored) so that
 *       {@code unit=document} ranks and counts whole documents.</li>
 * </ul>
 * Both carry {@link #DOC_ID}, so re-indexing a file replaces all of its entries in one update.
 */
public final class IndexSchema {
  private IndexSchema() {}

  /**
   * Bumped when the schema or the analysis changes: an index of another version is rebuilt, not reused. 6: document
   * ids and paths are relative to the collection (the folder given to {@code igf index}), not to the working
   * directory, so an index of version 5 would hold every document twice after one more run: it is rebuilt. 7: passages
   * and recommendations carry {@link #TEXT_KEY} and {@link #BOILERPLATE}, documents {@link #DOC_TEXT_KEYS}. 8: the
   * {@link #REGIONAL_GROUP} facet.
   */
  public static final int VERSION = 8;

  // --- entry kind
  public static final String KIND = "kind";
  public static final String KIND_PASSAGE = "passage";
  public static final String KIND_DOCUMENT = "document";
  public static final String KIND_RECOMMENDATION = "recommendation";
  /**
   * Another path or URL of a document's content (a mirror): a small entry with its own {@link #DOC_ID}, its
   * {@link #SOURCE} and {@link #ALIAS_OF}, the document it repeats; it has no text and is never counted.
   */
  public static final String KIND_ALIAS = "alias";
  public static final String ALIAS_OF = "aliasOf";

  // --- identity and provenance (stored)
  public static final String DOC_ID = "docId";
  public static final String PASSAGE_ID = "passageId";
  public static final String ORDINAL = "ordinal";
  public static final String PATH = "path";
  public static final String SOURCE = "source";
  public static final String CONTENT_HASH = "contentHash";
  public static final String PIPELINE = "pipeline";
  public static final String START = "start";
  public static final String END = "end";
  public static final String PASSAGE_KIND = "passageKind";
  public static final String SPEAKER_LABEL = "speakerLabel";
  public static final String NOTES = "notes";
  public static final String TOKENS = "tokens";
  public static final String PASSAGES = "passages";
  public static final String MEDIA_TYPE = "mediaType";
  public static final String EVIDENCE = "evidence";
  public static final String WARNINGS = "warnings";
  public static final String AFFILIATION = "affiliation";
  public static final String CUE = "cue";
  /**
   * On recommendations: how clearly the sentence recommends, 0-1 (stored; as hundredths in doc values for the
   * default order of the explorer and in points for {@code minStrength}).
   */
  public static final String STRENGTH = "strength";
  /** On passages: "1" when the passage holds a recommendation sentence. */
  public static final String HAS_RECOMMENDATION = "hasRecommendation";
  /**
   * Topic mentions of a passage: the topic id repeated once per mention, so that the term frequency in the
   * postings is the mention count (trends sum it without reading stored text).
   */
  public static final String TOPIC_MENTIONS = "topicMentions";
  /**
   * Passage words for keyness and concordance-free counting: lower-cased, English stop words removed, not
   * stemmed (readable), with term vectors so a subset's term frequencies are summed without re-reading text.
   */
  public static final String WORDS = "words";
  /**
   * On passages and recommendations: a hash of the normalised text ({@link TextKey}), so that text repeated verbatim
   * across documents (site chrome, notices, a footer) is found without reading it.
   */
  public static final String TEXT_KEY = "textKey";
  /**
   * On document entries: the distinct {@link #TEXT_KEY}s of the document's passages and recommendations; the number
   * of documents holding a key is its document frequency here.
   */
  public static final String DOC_TEXT_KEYS = "docTextKeys";
  /**
   * On passages: "1" when the passage is known boilerplate at indexing time (a transcript's captioning preamble, a
   * short passage that is a notice, cookie banner or speaker list). Boilerplate stays searchable; analytics leave it out.
   */
  public static final String BOILERPLATE = "boilerplate";
  /** "1" on every entry of a document that belongs to an NRI. */
  public static final String IS_NRI = "isNri";

  // --- searchable text
  /** Passage text (stored, offsets indexed); on document entries the whole text (indexed only). */
  public static final String TEXT = "text";
  public static final String TITLE = "title";
  public static final String SECTION = "section";
  /** Speaker name as searchable text ({@code speaker:masango}); the facet of the same name is exact. */
  public static final String SPEAKER = "speaker";

  // --- facets (the API's canonical ids)
  public static final String YEAR = "year";
  public static final String DOC_KIND = "docKind";
  public static final String MEETING = "meeting";
  public static final String SESSION_TYPE = "sessionType";
  public static final String TRACK = "track";
  public static final String THEME = "theme";
  public static final String NRI = "nri";
  public static final String NRI_REGION = "nriRegion";
  public static final String NRI_KIND = "nriKind";
  public static final String FORMAT = "format";
  public static final String LANGUAGE = "language";
  public static final String PERSON = "person";
  public static final String ORGANIZATION = "organization";
  public static final String COUNTRY = "country";
  public static final String TOPIC = "topic";
  public static final String STAKEHOLDER = "stakeholder";
  /** The UN regional groups of the people a session page lists ("Speaker 1: …, Civil Society, African Group"). */
  public static final String REGIONAL_GROUP = "regionalGroup";
  public static final String ACTOR = "actor";

  /**
   * A facet dimension of the vocabulary ({@code facets.json}): its name, whether an entry may have several values,
   * its UI label, and whether a search counts it when no facets are asked for.
   */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Facet(String name, boolean multiValued, String label, boolean countedByDefault) {}

  private static final JsonNode FACET_VOCABULARY = Resources.json(IndexSchema.class, "facets.json");

  /** Facet dimensions in display order, from {@code facets.json}. */
  public static final List<Facet> FACETS = Resources.list(FACET_VOCABULARY, "facets", Facet.class);

  /** What a search counts when no facets are asked for. */
  public static final List<String> DEFAULT_FACETS = FACETS.stream().filter(Facet::countedByDefault).map(Facet::name).toList();

  /**
   * Which facets each screen shows, in order ({@code facets.json} "views"): {@code search} (the search page),
   * {@code recommendations} (the explorer, and what {@code /api/recommendations} counts by default), {@code splits}
   * (what a trend can be split by).
   */
  public static final Map<String, List<String>> FACET_VIEWS = views();

  private static Map<String, List<String>> views() {
    Map<String, List<String>> out = new LinkedHashMap<>();
    FACET_VOCABULARY.path("views").properties().forEach(e -> {
      List<String> names = new java.util.ArrayList<>();
      e.getValue().forEach(n -> names.add(n.asText()));
      out.put(e.getKey(), List.copyOf(names));
    });
    return java.util.Collections.unmodifiableMap(out);
  }

  private static final Map<String, Facet> FACETS_BY_NAME = new LinkedHashMap<>();

  static {
    FACETS.forEach(f -> FACETS_BY_NAME.put(f.name(), f));
    FACET_VIEWS.forEach((view, names) -> names.forEach(n -> {
      if (!FACETS_BY_NAME.containsKey(n)) throw new IllegalStateException("facets.json: view " + view + " names an unknown facet " + n);
    }));
  }

  public static Facet facet(String name) {
    return FACETS_BY_NAME.get(name);
  }

  /** Fields a user may name in a query ({@code title:"digital cooperation"}). */
  public static final List<String> QUERY_FIELDS = List.of(TEXT, TITLE, SECTION, SPEAKER);

  /** Passage text: tokenised, stored, with offsets in the postings for the unified highlighter. */
  public static final FieldType TEXT_WITH_OFFSETS;

  static {
    FieldType t = new FieldType(TextField.TYPE_STORED);
    t.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
    t.freeze();
    TEXT_WITH_OFFSETS = t;
    FieldType u = new FieldType(t);
    u.setStored(false);
    u.freeze();
    TEXT_INDEXED_WITH_OFFSETS = u;
  }

  /** {@link #WORDS}: indexed with frequencies and term vectors, not stored. */
  public static final FieldType WORDS_TYPE = countedTerms(true);
  /** {@link #TOPIC_MENTIONS}: indexed with frequencies (the mention counts), no positions, no norms. */
  public static final FieldType TOPIC_MENTIONS_TYPE = countedTerms(false);

  private static FieldType countedTerms(boolean termVectors) {
    FieldType t = new FieldType();
    t.setTokenized(true);
    t.setIndexOptions(IndexOptions.DOCS_AND_FREQS);
    t.setStoreTermVectors(termVectors);
    t.setOmitNorms(true);
    t.freeze();
    return t;
  }

  /** A document's whole text: same indexing as passage text (Lucene requires one field, one structure), not stored. */
  public static final FieldType TEXT_INDEXED_WITH_OFFSETS;

  /**
   * English stemming for text, title and section; plain standard analysis for speaker names. Used at index and
   * query time alike; query time never needs CoreNLP.
   */
  public static Analyzer analyzer() {
    Map<String, Analyzer> perField = Map.of(SPEAKER, new StandardAnalyzer(), TOPIC_MENTIONS, new WhitespaceAnalyzer(),
        WORDS, new StandardAnalyzer(EnglishAnalyzer.ENGLISH_STOP_WORDS_SET));
    return new PerFieldAnalyzerWrapper(new EnglishAnalyzer(), perField);
  }

  /**
   * Each facet dimension has its own sorted-set doc-values field (and drill-down terms), so that counting the years
   * of a result set does not walk the ordinals of its speakers, topics and organisations: a search counts only the
   * dimensions it asks for. (Measured on the 10k-document benchmark: one field for all dimensions made a faceted
   * search count every dimension for every hit and every filter; one field for the document-level dimensions and
   * one per passage-level dimension was slower than this for the usual one to five dimensions.)
   */
  public static FacetsConfig facetsConfig() {
    FacetsConfig config = new FacetsConfig();
    for (Facet f : FACETS) {
      config.setMultiValued(f.name(), f.multiValued());
      config.setIndexFieldName(f.name(), facetField(f.name()));
    }
    return config;
  }

  /** The doc-values field of a facet dimension ({@code $facet.year}); values inside it are {@code dim\u001fvalue}. */
  public static String facetField(String dim) {
    return "$facet." + dim;
  }
}
