package org.igfatlas.nlp;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Finds sentences that recommend or call for action, and the stakeholder groups they address.
 * <p>Cues, on lemmas and parts of speech: modals ({@code should}, {@code must}, {@code ought to}); {@code need to},
 * {@code have to}, {@code there is a need}; {@code it is essential / important / crucial / necessary / vital
 * that|to}; the verbs {@code recommend}, {@code urge}, {@code encourage}, {@code call on / upon / for},
 * {@code invite ... to}; and imperative points that open with a policy verb ("Ensure that ...", "Invest in ...").
 * Questions, counterfactuals ("should have been") and procedural remarks ("we need to move on") are not
 * recommendations.
 * <p>Addressees: the actors named in the subject before a modal (after the last "that" or comma), or after
 * "call on", "urge", "encourage", "invite", "recommend that", "it is essential that", "there is a need for".
 */
public final class RecommendationDetector {
  /** A recommendation sentence with its offsets in the passage, the cue that made it one, and its addressees. */
  public record Found(String text, int begin, int end, String cue, List<String> actors) {}

  private static final Set<String> MODALS = Set.of("should", "must", "ought", "shall");
  private static final Set<String> ADJECTIVES = Set.of("essential", "important", "crucial", "necessary", "vital",
      "critical", "imperative", "key", "urgent", "paramount", "fundamental");
  private static final Set<String> ADDRESSING_VERBS = Set.of("urge", "encourage", "invite", "recommend", "call",
      "advise", "suggest", "propose", "ask", "request");
  private static final Set<String> IMPERATIVE_VERBS = Set.of("ensure", "promote", "invest", "develop", "strengthen",
      "support", "adopt", "establish", "create", "build", "foster", "encourage", "enable", "protect", "increase",
      "improve", "expand", "include", "involve", "consider", "prioritize", "prioritise", "address", "engage", "provide",
      "implement", "recognise", "recognize", "respect", "avoid", "reduce", "integrate", "harmonise", "harmonize",
      "focus", "leverage", "facilitate", "design", "empower", "guarantee", "safeguard", "mainstream", "uphold",
      "coordinate", "collaborate", "cooperate", "align", "bridge", "close", "make", "put", "take", "continue", "raise",
      "review", "revise", "update", "share", "publish", "monitor", "assess", "fund", "train", "educate", "embed");
  /** Verbs after a modal that make the sentence procedural, not a recommendation. */
  private static final Set<String> PROCEDURAL = Set.of("move", "go", "stop", "wrap", "finish", "end", "leave",
      "conclude", "hurry", "begin", "break", "adjourn", "switch", "mute", "unmute", "introduce", "thank",
      "check", "ask", "say", "mention", "clarify", "remind", "apologise", "apologize", "give");
  private static final int SPAN = 14;

  private final Actors actors = Actors.get();

  public List<Found> detect(List<NlpText.Sentence> sentences) {
    List<Found> out = new java.util.ArrayList<>();
    for (NlpText.Sentence s : sentences) {
      Found f = detect(s);
      if (f != null) out.add(f);
    }
    return out;
  }

  Found detect(NlpText.Sentence s) {
    List<NlpText.Token> t = s.tokens();
    if (t.isEmpty() || s.text().strip().endsWith("?")) return null;
    int first = firstWord(t);
    if (first < 0) return null;
    for (int i = first; i < t.size(); i++) {
      NlpText.Token tok = t.get(i);
      String w = lower(tok.word());
      String lemma = tok.lemma();
      // modals: "governments should", "all stakeholders must", "we ought to"
      if (MODALS.contains(w) && (tok.pos() == null || tok.pos().equals("MD") || w.equals("ought"))) {
        if (counterfactual(t, i) || procedural(t, i + 1)) return null;
        if (w.equals("shall") && !t.get(Math.max(0, i - 1)).word().equalsIgnoreCase("we")) continue;
        return found(s, w, subjectActors(t, first, i));
      }
      // need to / needs to / have to / has to
      if ((w.equals("need") || w.equals("needs") || w.equals("have") || w.equals("has")) && next(t, i, "to")) {
        if (procedural(t, i + 2)) return null;
        if (w.startsWith("ha") && !modalLike(t, i)) continue;
        boolean nounNeed = i > first && lower(t.get(i - 1).word()).matches("the|a|an|urgent|clear|strong|great|growing|pressing");
        java.util.Set<String> a = nounNeed ? actorsAfter(t, i + 1) : subjectActors(t, first, i);
        return found(s, w + " to", a);
      }
      // there is a need for / to
      if (w.equals("need") && i > first && (next(t, i, "for"))) {
        return found(s, "need for", actorsAfter(t, i + 1));
      }
      // it is essential that / to
      if (ADJECTIVES.contains(w) && i >= 2 && isBe(t.get(i - 1)) && (next(t, i, "that") || next(t, i, "to") || next(t, i, "for"))) {
        return found(s, "it is " + w, next(t, i, "for") ? actorsUntil(t, i + 2, "to") : actorsAfter(t, i + 1));
      }
      // recommend, urge, encourage, call on/for, invite ... to
      if (ADDRESSING_VERBS.contains(lemma) && (tok.pos() == null || tok.pos().startsWith("VB"))) {
        if (lemma.equals("call") && !(next(t, i, "on") || next(t, i, "upon") || next(t, i, "for"))) continue;
        if ((lemma.equals("invite") || lemma.equals("ask") || lemma.equals("request")) && !hasLater(t, i, "to")) continue;
        if ((lemma.equals("suggest") || lemma.equals("propose") || lemma.equals("advise")) && !next(t, i, "that")
            && !(i + 1 < t.size() && t.get(i + 1).lemma().equals("to"))) continue;
        boolean passive = i > first && t.get(i - 1).lemma().equals("be"); // "all stakeholders are called upon to ..."
        return found(s, lemma, passive ? subjectActors(t, first, i - 1) : actorsAfter(t, i + 1));
      }
    }
    // imperative point: "Ensure that ...", "Invest in community networks."
    NlpText.Token head = t.get(first);
    NlpText.Token after = first + 1 < t.size() ? t.get(first + 1) : null;
    boolean verbLike = head.pos() == null || head.pos().matches("VB|VBP|NN|NNP");
    boolean notSubject = after == null || after.pos() == null || !(after.pos().startsWith("VB") || after.pos().equals("MD"));
    if (IMPERATIVE_VERBS.contains(lower(head.word())) && lower(head.word()).equals(head.lemma()) && verbLike && notSubject
        && Character.isUpperCase(head.word().charAt(0)) && t.size() - first >= 4) {
      return found(s, "imperative " + head.lemma(), actors.in(t, first + 1, t.size()));
    }
    return null;
  }

  /** The recommendation without a leading bullet or number ("- ", "2. "), offsets adjusted. */
  private Found found(NlpText.Sentence s, String cue, java.util.Set<String> a) {
    int first = firstWord(s.tokens());
    int skip = first <= 0 ? 0 : s.tokens().get(first).begin();
    return new Found(s.text().substring(Math.min(skip, s.text().length())), s.begin() + skip, s.end(), cue, List.copyOf(a));
  }

  /** Actors between {@code from} and the first {@code stop} word ("for governments to ..."). */
  private java.util.Set<String> actorsUntil(List<NlpText.Token> t, int from, String stop) {
    int to = from;
    while (to < t.size() && to < from + SPAN && !lower(t.get(to).word()).equals(stop)) to++;
    return actors.in(t, from, to);
  }

  /**
   * Actors in the subject: from the last clause boundary before the cue up to the cue. A comma that separates
   * actors in a list ("Governments, civil society and the private sector should") is not a boundary. An actor
   * word that only modifies the subject's head noun ("Youth participation must") does not count.
   */
  private java.util.Set<String> subjectActors(List<NlpText.Token> t, int first, int cue) {
    int from = first;
    for (int i = cue - 1; i >= first; i--) {
      String w = lower(t.get(i).word());
      boolean listComma = w.equals(",") && !actors.in(t, Math.max(first, i - 3), i).isEmpty();
      if (w.equals("that") || w.equals(";") || w.equals(":") || w.equals("which") || (w.equals(",") && !listComma)) {
        from = i + 1;
        break;
      }
    }
    int to = cue;
    NlpText.Token last = cue - 1 >= from ? t.get(cue - 1) : null;
    if (last != null && last.pos() != null && last.pos().startsWith("NN") && actors.in(t, cue - 1, cue).isEmpty()
        && !actors.in(t, Math.max(from, cue - 3), cue - 1).isEmpty() && !actors.in(t, from, cue).isEmpty()) {
      // the head noun is not an actor: "Youth participation", "Government policies"
      java.util.Set<String> withHead = actors.in(t, from, cue);
      java.util.Set<String> withoutHead = actors.in(t, from, cue - 1);
      if (withHead.equals(withoutHead)) return java.util.Set.of();
    }
    return actors.in(t, from, to);
  }

  /** Actors named right after a cue ("call on governments and the private sector to ..."). */
  private java.util.Set<String> actorsAfter(List<NlpText.Token> t, int from) {
    int to = Math.min(t.size(), from + SPAN);
    for (int i = from; i < to; i++) {
      NlpText.Token tok = t.get(i);
      if (i > from + 1 && (MODALS.contains(lower(tok.word())) || (tok.pos() != null && tok.pos().equals("MD")))) {
        to = i;
        break;
      }
    }
    return actors.in(t, from, to);
  }

  private static boolean counterfactual(List<NlpText.Token> t, int modal) {
    return modal + 2 < t.size() && lower(t.get(modal + 1).word()).equals("have") && lower(t.get(modal + 2).word()).equals("been");
  }

  /** "we need to move on", "I must thank": the verb after the cue (skipping "to", adverbs) is procedural. */
  private static boolean procedural(List<NlpText.Token> t, int from) {
    for (int i = from; i < Math.min(t.size(), from + 3); i++) {
      String w = lower(t.get(i).word());
      if (w.equals("to") || w.equals("now") || w.equals("just") || w.equals("also") || w.equals("really") || w.equals("be")) continue;
      return PROCEDURAL.contains(t.get(i).lemma());
    }
    return false;
  }

  /** "has to" / "have to" as obligation: not "have to do with", not possession. */
  private static boolean modalLike(List<NlpText.Token> t, int i) {
    return i + 2 < t.size() && !(lower(t.get(i + 2).word()).equals("do") && i + 3 < t.size() && lower(t.get(i + 3).word()).equals("with"));
  }

  private static boolean isBe(NlpText.Token t) {
    return t.lemma().equals("be") || lower(t.word()).matches("is|are|was|'s|remains|remain|becomes");
  }

  private static boolean next(List<NlpText.Token> t, int i, String word) {
    return i + 1 < t.size() && lower(t.get(i + 1).word()).equals(word);
  }

  private static boolean hasLater(List<NlpText.Token> t, int i, String word) {
    for (int j = i + 1; j < Math.min(t.size(), i + SPAN); j++) if (lower(t.get(j).word()).equals(word)) return true;
    return false;
  }

  /** Index of the first token that is a word (skips bullets and numbering such as "-", "1.", "(a)"). */
  private static int firstWord(List<NlpText.Token> t) {
    for (int i = 0; i < t.size(); i++) {
      String w = t.get(i).word();
      if (w.chars().anyMatch(Character::isLetter) && !(w.length() == 1 && i + 1 < t.size() && t.get(i + 1).word().equals(")"))) return i;
    }
    return -1;
  }

  private static String lower(String s) {
    return s.toLowerCase(Locale.ROOT);
  }
}
