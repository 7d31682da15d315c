package org.igfatlas.search;

import java.util.HashSet;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.util.automaton.TooComplexToDeterminizeException;
import org.igfatlas.schema.IndexSchema;

/**
 * Parses user queries in Lucene's classic syntax (words, "phrases", AND/OR/NOT, +/-, field:, wildcards, fuzzy~)
 * safely: terms are ANDed by default, leading wildcards are refused, only {@link IndexSchema#QUERY_FIELDS} may be
 * named, and every failure becomes a {@link BadRequestException} with the reason.
 */
public final class AtlasQueryParser {
  private final Analyzer analyzer;

  public AtlasQueryParser(Analyzer analyzer) {
    this.analyzer = analyzer;
  }

  /** The query for {@code q}; blank or {@code *:*} matches everything. */
  public Query parse(String q) {
    if (q == null || q.isBlank() || q.strip().equals("*:*") || q.strip().equals("*")) return new MatchAllDocsQuery();
    if (q.length() > Limits.MAX_QUERY_CHARS) {
      throw new BadRequestException("query too long: " + q.length() + " characters, limit " + Limits.MAX_QUERY_CHARS);
    }
    QueryParser parser = new QueryParser(IndexSchema.TEXT, analyzer) {
      @Override
      protected Query newRegexpQuery(org.apache.lucene.index.Term regexp) {
        checkRegexp(regexp.text());
        return super.newRegexpQuery(regexp);
      }
    };
    parser.setDefaultOperator(QueryParser.Operator.AND);
    parser.setAllowLeadingWildcard(false);
    parser.setSplitOnWhitespace(true);
    parser.setAutoGeneratePhraseQueries(true);
    Query query;
    try {
      query = parser.parse(q);
    } catch (ParseException e) {
      throw new BadRequestException("cannot parse query: " + firstLine(e.getMessage()));
    } catch (IndexSearcher.TooManyClauses e) {
      throw new BadRequestException("query has too many clauses (limit " + IndexSearcher.getMaxClauseCount() + ")");
    } catch (TooComplexToDeterminizeException | IllegalArgumentException e) {
      throw new BadRequestException("query too complex: " + firstLine(e.getMessage()));
    }
    Set<String> fields = new HashSet<>();
    query.visit(new QueryVisitor() {
      @Override
      public boolean acceptField(String field) {
        fields.add(field);
        return true;
      }
    });
    fields.removeAll(IndexSchema.QUERY_FIELDS);
    if (!fields.isEmpty()) {
      throw new BadRequestException("unknown field(s) " + fields + " in query; searchable fields are "
          + IndexSchema.QUERY_FIELDS + " (use filter= for facets such as year or docKind)");
    }
    return query;
  }

  /** Longest regular expression accepted, and the largest repetition bound in it. */
  static final int MAX_REGEXP_CHARS = 100;
  static final int MAX_REPEAT = 20;
  private static final java.util.regex.Pattern REPEAT = java.util.regex.Pattern.compile("\\{(\\d*)(?:,(\\d*))?\\}");

  /**
   * Refuses regular expressions whose automaton would explode before Lucene's determinization limit applies
   * (nested repetitions such as {@code [a-z]{1,100}{1,100}}).
   */
  static void checkRegexp(String re) {
    if (re.length() > MAX_REGEXP_CHARS) throw new BadRequestException("regular expression longer than " + MAX_REGEXP_CHARS + " characters");
    java.util.regex.Matcher m = REPEAT.matcher(re);
    int repeats = 0;
    while (m.find()) {
      repeats++;
      for (String g : new String[] {m.group(1), m.group(2)}) {
        if (g != null && !g.isEmpty() && (g.length() > 3 || Integer.parseInt(g) > MAX_REPEAT)) {
          throw new BadRequestException("regular expression repetition above " + MAX_REPEAT + ": " + m.group());
        }
      }
    }
    if (repeats > 2 || re.contains("}{") || re.contains("}*") || re.contains("}+") || re.contains(")*)") || re.contains("*)*")) {
      throw new BadRequestException("regular expression too complex (nested repetitions)");
    }
  }

  /** Checks that the query can be rewritten against the index without exceeding the expansion limits. */
  public static Query rewrite(IndexSearcher searcher, Query q) {
    try {
      return searcher.rewrite(q);
    } catch (IndexSearcher.TooManyClauses e) {
      throw new BadRequestException("query expands to too many terms (limit " + IndexSearcher.getMaxClauseCount()
          + "); make wildcards more specific");
    } catch (TooComplexToDeterminizeException e) {
      throw new BadRequestException("query too complex: " + firstLine(e.getMessage()));
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static String firstLine(String s) {
    if (s == null) return "";
    int nl = s.indexOf('\n');
    return (nl < 0 ? s : s.substring(0, nl)).strip();
  }
}
