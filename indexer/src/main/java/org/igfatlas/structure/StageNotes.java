package org.igfatlas.structure;

import org.igfatlas.schema.Resources;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** Finds captioning stage notes such as {@code (off microphone)} or {@code [Applause]} in speech. */
final class StageNotes {
  private static final Pattern NOTE;

  static {
    String words = Resources.lines(StageNotes.class, "stage-notes.txt").stream()
        .map(Pattern::quote).collect(Collectors.joining("|"));
    NOTE = Pattern.compile("[(\\[]\\s*(?:" + words + ")[^()\\[\\]]{0,80}[)\\]]", Pattern.CASE_INSENSITIVE);
  }

  private StageNotes() {}

  /** Speech without its stage notes, and the notes removed. */
  record Cleaned(String speech, List<String> notes) {}

  static Cleaned clean(String speech) {
    Matcher m = NOTE.matcher(speech);
    List<String> notes = new ArrayList<>();
    StringBuilder out = new StringBuilder(speech.length());
    int last = 0;
    while (m.find()) {
      notes.add(TextSpans.normalise(m.group()));
      out.append(speech, last, m.start()).append(' ');
      last = m.end();
    }
    out.append(speech, last, speech.length());
    return new Cleaned(TextSpans.normalise(out), notes);
  }
}
