package org.igfatlas.tag;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.igfatlas.schema.Nris;

/**
 * A document's tags while the {@link FieldTagger}s build them, in their declared order: each tagger reads the
 * fields before it (as the sidecar left them) and sets its own, with evidence; {@link SidecarOverrides} then puts the
 * sidecar's value, if any, in its place.
 */
final class TagState {
  Integer year;
  /** The NRI the text names (automatic; a sidecar's NRI sets {@link #nriName} and its kin only). */
  Optional<Nris.Match> nri = Optional.empty();
  String nriName;
  String nriRegion;
  String nriKind;
  String sessionType;
  /** The session type's automatic evidence, withdrawn when the document turns out to compile a whole meeting. */
  Evidence sessionTypeEvidence;
  String docKind;
  String meeting;
  List<String> tracks = List.of();
  List<String> themes = List.of();
  /** Evidence of the automatic taggers; kept for the fields no sidecar sets. */
  final List<Evidence> auto = new ArrayList<>();
  /** Evidence of sidecar overrides and derived values, in order. */
  final List<Evidence> evidence = new ArrayList<>();
  /** Fields a sidecar set. */
  final Set<String> overridden = new HashSet<>();

  /** Records a tagger's evidence and returns its value (null for none). */
  String automatic(Evidence e) {
    if (e == null) return null;
    auto.add(e);
    return e.value();
  }
}
