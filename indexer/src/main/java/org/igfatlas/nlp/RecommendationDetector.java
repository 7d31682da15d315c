package org.igfatlas.nlp;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Finds sentences that recommend or call for action, and the stakeholder groups they address.
 * <p>Cues, on lemmas and parts of speech: modals ({@code should}, {@code must}, {@code ought to}); {@code need to},
 * {@code have to}, {@code there is a need}; {@code it is essential / important / crucial / necessary / vital
 * that|to}; the verbs {@code recommend}, {@code urge}, {@code encourage}, {@code call on / upon / for},
 * {@code invite ... to}; imperative points that open with a policy verb ("Ensure that ...", "Invest in ..."); and
 * the weaker forms of meeting messages ("X is needed", "X is key to", "It was agreed that", "stressed the need
 * for"). A decision then rejects what real pages show to be noise ({@link #detect(NlpText.Sentence, Context)}):
 * boilerplate, questions, headings, descriptions of sessions and documents, aims, rules and invitations for
 * submitters, first-person and procedural talk, past narration and counterfactuals.
 * <p>Addressees: the actors named in the subject before a modal (after the last "that" or comma), or after
 * "call on", "urge", "encourage", "invite", "recommend that", "it is essential that", "there is a need for".
 */
public final class RecommendationDetector {
  /**
   * A recommendation sentence with its offsets in the passage, the cue that made it one, its addressees, and its
   * strength: how clearly it recommends (1.0 a direct call on a named addressee; 0.8 a modal or call with a
   * named addressee; 0.6 a modal, "need to" or imperative without one; 0.5 a reported call or "there is a
   * need"; 0.4 "X is needed / is key to / requires").
   */
  public record Found(String text, int begin, int end, String cue, List<String> actors, double strength) {}

  /**
   * Where a sentence stands: in a transcript (spoken, where "we need to" is mostly procedure), and the sentence
   * before it (whose subject "they" and "it" may refer to).
   */
  public record Context(boolean transcript, String previous) {
    public static final Context NONE = new Context(false, null);
  }

  /** The detector's vocabulary and rules, a data file beside this class ({@code recommendations.json}). */
  private static final Rules RULES = new Rules(org.igfatlas.schema.Resources.json(RecommendationDetector.class, "recommendations.json"));

  /** Reads {@code recommendations.json}: word lists, and pattern lists joined into one alternation each, in order. */
  private record Rules(com.fasterxml.jackson.databind.JsonNode tree) {
    Set<String> words(String key) {
      Set<String> out = new java.util.LinkedHashSet<>();
      tree.path(key).forEach(n -> out.add(n.asText()));
      if (out.isEmpty()) throw new IllegalStateException("recommendations.json: no " + key);
      return java.util.Collections.unmodifiableSet(out);
    }

    java.util.regex.Pattern patterns(String key) {
      List<String> out = new java.util.ArrayList<>();
      tree.path(key).forEach(n -> out.add(n.path("pattern").asText()));
      if (out.isEmpty()) throw new IllegalStateException("recommendations.json: no " + key);
      return java.util.regex.Pattern.compile(String.join("|", out));
    }
  }

  /** What makes a candidate no recommendation ({@code notARecommendation}: boilerplate, questions, headings, ...). */
  private static final java.util.regex.Pattern NOT_A_RECOMMENDATION = RULES.patterns("notARecommendation");
  /**
   * A sentence that sets out what a session or its people will do ("Each feeder workshop will be asked to assign a
   * rapporteur"): a "They should ..." after it instructs those people.
   */
  private static final java.util.regex.Pattern SESSION_PEOPLE = java.util.regex.Pattern.compile(
      "(?i)\\b(?:a|an|the|each|every|all)\\s+(?:[\\w-]+\\s+)?(?:workshops?|open forums?|sessions?|rapporteurs?|moderators?|"
          + "organi[sz]ers?|panell?ists?|speakers?|co-?facilitators?|discussants?)\\b[^.;]{0,60}?\\b(?:will|shall|(?:is|are) (?:expected|required|asked))\\b");

  /** Sentences ending with a colon are headings or list labels ("Call for Topics:", "Key recommendations:"). */
  private static final java.util.regex.Pattern HEADING = java.util.regex.Pattern.compile("[:：]\\s*$");
  /**
   * A title or heading: no closing punctuation and at least four words of four or more letters, of which four in five
   * are capitalised ("Policy Options for Connecting and Enabling the Next Billion(s) - Phase IV Call for Public Inputs").
   */
  static boolean titleCase(String text) {
    if (text.matches("(?s).*[.!?…\"”'’)]\\s*$")) return false;
    int words = 0;
    int capitalised = 0;
    for (String w : text.split("[^\\p{L}]+")) {
      if (w.length() < 4) continue;
      words++;
      if (Character.isUpperCase(w.charAt(0))) capitalised++;
    }
    return words >= 4 && capitalised * 5 >= words * 4;
  }

  /** "X is/are needed", "X is key to", "It was agreed that", "Actions to be taken include", reported calls. */
  /** "X is/are needed", "X is key to", "It was agreed that", "Actions to be taken include", reported calls ({@code extraCues}). */
  private static final java.util.regex.Pattern EXTRA_CUES = RULES.patterns("extraCues");

  private static final Set<String> MODALS = RULES.words("modals");
  private static final Set<String> ADJECTIVES = RULES.words("adjectives");
  private static final Set<String> ADDRESSING_VERBS = RULES.words("addressingVerbs");
  private static final Set<String> IMPERATIVE_VERBS = RULES.words("imperativeVerbs");
  /** Verbs after a modal that make the sentence procedural, not a recommendation. */
  private static final Set<String> PROCEDURAL = RULES.words("proceduralVerbs");
  private static final int SPAN = 14;
  /** Addressing verbs that also name everyday acts (inviting a speaker, asking a question). */
  private static final Set<String> SOFT_ADDRESSING = RULES.words("softAddressingVerbs");
  /** Verbs that make a direct call: "we urge governments to", "calls on the private sector to". */
  private static final Set<String> STRONG_ADDRESSING = RULES.words("strongAddressingVerbs");

  private final Actors actors = Actors.get();
  private static final PlainAnalyzer PLAIN = new PlainAnalyzer();

  public List<Found> detect(List<NlpText.Sentence> sentences) {
    return detect(sentences, Context.NONE);
  }

  /** The recommendations among {@code sentences}, each sentence judged with the one before it as context. */
  public List<Found> detect(List<NlpText.Sentence> sentences, Context context) {
    List<Found> out = new java.util.ArrayList<>();
    String previous = context.previous();
    for (NlpText.Sentence s : sentences) {
      Found f = detect(s, new Context(context.transcript(), previous));
      if (f != null) out.add(f);
      previous = s.text();
    }
    return out;
  }

  Found detect(NlpText.Sentence s) {
    return detect(s, Context.NONE);
  }

  /**
   * A candidate from the cues, then the decision: boilerplate, questions, headings, descriptions of a session or
   * document, aims and mandates, instructions and invitations, first-person and procedural talk and past
   * narration are not recommendations; in a transcript a bare "we need to / we should" without an addressee is
   * talk, not a recommendation.
   */
  Found detect(NlpText.Sentence s, Context context) {
    String text = s.text().strip();
    if (s.tokens().isEmpty() || HEADING.matcher(text).find() || titleCase(text)) return null; // questions: "\\?" below
    if (NOT_A_RECOMMENDATION.matcher(text).find()) return null;
    Found f = candidate(s);
    if (f == null) {
      java.util.regex.Matcher m = EXTRA_CUES.matcher(text);
      if (!m.find() || s.tokens().size() < 5) return null;
      String cue = m.group().strip().toLowerCase(Locale.ROOT);
      int at = tokenAt(s.tokens(), m.start() + (s.text().length() - s.text().stripLeading().length()));
      java.util.Set<String> a = cue.startsWith("it was") || cue.startsWith("actions") || cue.matches("(?:stressed|emph|under|highl|reit|recog|point|noted|called).*")
          ? actorsAfter(s.tokens(), at + 1) : subjectActors(s.tokens(), Math.max(0, firstWord(s.tokens())), Math.max(0, at));
      double strength = cue.startsWith("it was") || cue.startsWith("actions") || cue.contains("the need") ? 0.5 : 0.4;
      f = found(s, cue.replaceAll("\\s+", " "), a, strength);
    }
    if (context.transcript() && f.actors().isEmpty() && f.strength() < 0.8
        && lower(text).matches("^(?:and |so |but |now |i think |well |yes |okay |ok )*(?:we|you|they|it|this|that|there)\\b.*")) {
      return null;
    }
    if (f.actors().isEmpty() && context.previous() != null && startsWithPronoun(s.tokens())
        && SESSION_PEOPLE.matcher(context.previous()).find()) {
      return null; // "They should also be available to the moderators": instructions to a session's people, told before
    }
    if (f.actors().isEmpty() && context.previous() != null && startsWithPronoun(s.tokens())) {
      List<NlpText.Token> prev = PLAIN.analyze(context.previous()).sentences().stream().flatMap(x -> x.tokens().stream()).toList();
      java.util.Set<String> previousActors = actors.in(prev, 0, prev.size());
      if (!previousActors.isEmpty()) f = new Found(f.text(), f.begin(), f.end(), f.cue(), List.copyOf(previousActors), Math.max(f.strength(), 0.8));
    }
    return f;
  }

  private static boolean startsWithPronoun(List<NlpText.Token> t) {
    int first = firstWord(t);
    return first >= 0 && lower(t.get(first).word()).matches("they|these|those");
  }

  private static int tokenAt(List<NlpText.Token> t, int offset) {
    for (int i = 0; i < t.size(); i++) if (t.get(i).end() > offset) return i;
    return t.size() - 1;
  }

  private Found candidate(NlpText.Sentence s) {
    List<NlpText.Token> t = s.tokens();
    int first = firstWord(t);
    if (first < 0) return null;
    for (int i = first; i < t.size(); i++) {
      NlpText.Token tok = t.get(i);
      String w = lower(tok.word());
      String lemma = tok.lemma();
      // modals: "governments should", "all stakeholders must", "we ought to"
      if (i > first && lower(t.get(i - 1).word()).matches("that|which|who|whom|they") && !nounClauseThat(t, first, i - 1)
          && (MODALS.contains(w) || w.equals("need") || w.equals("needs"))) continue; // a relative clause, not the main verb
      if (MODALS.contains(w) && (tok.pos() == null || tok.pos().equals("MD") || w.equals("ought"))) {
        if (counterfactual(t, i) || procedural(t, i + 1)) return null;
        if (w.equals("shall") && !t.get(Math.max(0, i - 1)).word().equalsIgnoreCase("we")) continue;
        java.util.Set<String> a = subjectActors(t, first, i);
        return found(s, w, a, a.isEmpty() ? 0.6 : 0.8);
      }
      // need to / needs to / have to / has to
      if ((w.equals("need") || w.equals("needs") || w.equals("have") || w.equals("has")) && next(t, i, "to")) {
        if (procedural(t, i + 2)) return null;
        if (w.startsWith("ha") && !modalLike(t, i)) continue;
        boolean nounNeed = i > first && lower(t.get(i - 1).word()).matches("the|a|an|urgent|clear|strong|great|growing|pressing");
        java.util.Set<String> a = nounNeed ? actorsAfter(t, i + 1) : subjectActors(t, first, i);
        return found(s, w + " to", a, a.isEmpty() ? 0.6 : 0.8);
      }
      // there is a need for / to
      if (w.equals("need") && (next(t, i, "for")) && (i == first || existential(t, first, i))) {
        return found(s, "need for", actorsAfter(t, i + 1), 0.5);
      }
      // it is essential that / to
      if (ADJECTIVES.contains(w) && i >= 2 && isBe(t.get(i - 1)) && (next(t, i, "that") || next(t, i, "to") || next(t, i, "for"))) {
        java.util.Set<String> a = next(t, i, "for") ? actorsUntil(t, i + 2, "to") : actorsAfter(t, i + 1);
        return found(s, "it is " + w, a, a.isEmpty() ? 0.5 : 0.8);
      }
      // recommend, urge, encourage, call on/for, invite ... to
      if (ADDRESSING_VERBS.contains(lemma) && (tok.pos() == null || tok.pos().startsWith("VB"))) {
        if (lemma.equals("call") && !(next(t, i, "on") || next(t, i, "upon") || next(t, i, "for"))) continue;
        if ((lemma.equals("invite") || lemma.equals("ask") || lemma.equals("request")) && !hasLater(t, i, "to")) continue;
        if ((lemma.equals("suggest") || lemma.equals("propose") || lemma.equals("advise")) && !next(t, i, "that")
            && !(i + 1 < t.size() && t.get(i + 1).lemma().equals("to"))) continue;
        boolean passive = i > first && t.get(i - 1).lemma().equals("be"); // "all stakeholders are called upon to ..."
        java.util.Set<String> a = passive ? subjectActors(t, first, i - 1) : actorsAfter(t, i + 1);
        // inviting, encouraging, asking and requesting someone is a recommendation only when a stakeholder group
        // is addressed in the present ("governments are encouraged to", "we encourage the private sector to"),
        // not a speaker to the stage, a participant to the microphone or a past invitation
        boolean soft = SOFT_ADDRESSING.contains(lemma);
        if (soft && (a.isEmpty() || tok.pos() != null && tok.pos().equals("VBD")
            || passive && i >= 2 && lower(t.get(i - 1).word()).matches("was|were|been"))) continue;
        boolean direct = STRONG_ADDRESSING.contains(lemma) && !passive;
        return found(s, lemma, a, soft ? 0.7 : direct && !a.isEmpty() ? 1.0 : 0.8);
      }
    }
    // imperative point: "Ensure that ...", "Invest in community networks."
    NlpText.Token head = t.get(first);
    NlpText.Token after = first + 1 < t.size() ? t.get(first + 1) : null;
    boolean verbLike = head.pos() == null || head.pos().matches("VB|VBP|NN|NNP");
    boolean notSubject = after == null || after.pos() == null || !(after.pos().startsWith("VB") || after.pos().equals("MD"));
    if (IMPERATIVE_VERBS.contains(lower(head.word())) && lower(head.word()).equals(head.lemma()) && verbLike && notSubject
        && Character.isUpperCase(head.word().charAt(0)) && t.size() - first >= 4) {
      return found(s, "imperative " + head.lemma(), actors.in(t, first + 1, t.size()), 0.6);
    }
    return null;
  }

  /** The recommendation without a leading bullet or number ("- ", "2. "), offsets adjusted. */
  private Found found(NlpText.Sentence s, String cue, java.util.Set<String> a, double strength) {
    int first = firstWord(s.tokens());
    int skip = first <= 0 ? 0 : s.tokens().get(first).begin(); // token offsets are relative to the sentence
    skip = Math.max(0, Math.min(skip, s.text().length()));
    return new Found(s.text().substring(skip), s.begin() + skip, s.end(), cue, List.copyOf(a), strength);
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

  /** "there is a (clear|growing) need for", "the need for X remains": not "the need for a coalition emerged". */
  private static boolean existential(List<NlpText.Token> t, int first, int need) {
    for (int j = Math.max(first, need - 4); j < need; j++) {
      String w = lower(t.get(j).word());
      if (w.equals("there") || w.equals("remains") || w.equals("is") && j > first && lower(t.get(j - 1).word()).equals("there")) return true;
    }
    return false;
  }

  /** "that" opening a noun clause ("It is essential that ...", "agreed that ...") rather than a relative one. */
  private static boolean nounClauseThat(List<NlpText.Token> t, int first, int that) {
    if (!lower(t.get(that).word()).equals("that") || that == first) return lower(t.get(that).word()).equals("they") && that == first;
    NlpText.Token before = t.get(that - 1);
    return before.pos() != null && (before.pos().startsWith("VB") || before.pos().startsWith("JJ")) || before.word().equals(",");
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
