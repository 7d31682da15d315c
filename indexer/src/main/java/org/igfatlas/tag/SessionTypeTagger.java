package org.igfatlas.tag;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The session type from the title: the patterns of {@code session-types.json} on the session name, then on the
 * whole title; a session name that starts with a bare number ("363 Data Governance ...") is a workshop, as
 * only workshops are numbered without a prefix. Documents without a session title get none.
 */
final class SessionTypeTagger {
  private static final Pattern BARE_NUMBER = Pattern.compile("^#?(\\d{1,3})\\s*[:.\\-–]?\\s+\\p{Lu}");
  private final Taxonomy taxonomy;

  SessionTypeTagger(Taxonomy taxonomy) {
    this.taxonomy = taxonomy;
  }

  Evidence tag(TagContext c) {
    Evidence e = KindTagger.firstMatch(taxonomy.sessionTypes(), false, c.sessionName, "sessionType", "title");
    if (e != null) return e;
    if (!c.sessionName.equals(c.title)) {
      Matcher m = BARE_NUMBER.matcher(c.sessionName);
      if (m.find()) return new Evidence("sessionType", "workshop", "title.session-number", m.group(1), 0.9);
      e = KindTagger.firstMatch(taxonomy.sessionTypes(), false, c.title, "sessionType", "title");
    }
    return e;
  }
}
