package org.igfatlas.tag;

import org.igfatlas.schema.Taxonomy;
import org.igfatlas.schema.Nris;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The NRI a document belongs to: one named in the title, or in the first lines of an untitled document that
 * presents itself as an NRI's report. Annual-meeting sessions that bring several NRIs together (NRI
 * collaborative sessions) name no single NRI and get none.
 */
final class NriTagger implements FieldTagger {
  private static final Pattern NRI_OPENING = Pattern.compile(
      "(?i)\\b(report|summary|outcome|messages|synthesis|held|took place|organi[sz]ed|convened|edition|hosted)\\b");
  private final Taxonomy taxonomy;

  NriTagger(Taxonomy taxonomy) {
    this.taxonomy = taxonomy;
  }

  @Override
  public String field() {
    return "nri";
  }

  @Override
  public void tag(TagContext c, TagState s) {
    s.nri = tag(c, s.auto);
    s.nriName = s.nri.map(m -> m.nri().name()).orElse(null);
    s.nriRegion = s.nri.map(m -> m.nri().region()).orElse(null);
    s.nriKind = s.nri.map(m -> m.nri().kind()).orElse(null);
  }

  Optional<Nris.Match> tag(TagContext c, List<Evidence> out) {
    List<Nris.Match> inTitle = taxonomy.nris().findAll(c.title);
    if (inTitle.size() == 1) {
      Nris.Match m = inTitle.get(0);
      out.add(new Evidence("nri", m.nri().name(), "title.nri", m.matched(), 1));
      return Optional.of(m);
    }
    if (inTitle.size() > 1) return Optional.empty(); // several NRIs: a collaborative session
    String head = c.opening.substring(0, Math.min(400, c.opening.length()));
    List<Nris.Match> inHead = taxonomy.nris().findAll(head);
    if (inHead.size() == 1 && NRI_OPENING.matcher(head).find() && c.disclaimer == null) {
      Nris.Match m = inHead.get(0);
      out.add(new Evidence("nri", m.nri().name(), "opening.nri", m.matched(), 0.8));
      return Optional.of(m);
    }
    return Optional.empty();
  }
}
