package org.igfatlas.nlp;

import org.igfatlas.schema.ActorVocabulary;
import org.igfatlas.schema.ActorVocabulary.Actor;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Stakeholder groups that recommendations address ({@link ActorVocabulary}), found by phrase in a token span. */
public final class Actors {
  private record Compiled(String id, List<List<String>> phrases) {}

  private final List<Actor> actors;
  private final List<Compiled> compiled = new ArrayList<>();

  private Actors() {
    actors = ActorVocabulary.get().all();
    for (Actor a : actors) {
      List<List<String>> phrases = new ArrayList<>();
      a.phrases().forEach(p -> phrases.add(Vocabulary.words(p)));
      phrases.sort((x, y) -> y.size() - x.size());
      compiled.add(new Compiled(a.id(), phrases));
    }
  }

  /** Loaded once, on first use (the holder class is initialised, thread-safely, by the JVM). */
  public static Actors get() {
    return Holder.INSTANCE;
  }

  private static final class Holder {
    static final Actors INSTANCE = new Actors();
  }

  public List<Actor> all() {
    return actors;
  }

  /**
   * Actors named in tokens [from, to). "All stakeholders" only counts when no specific group is named
   * ("governments and all other stakeholders" addresses governments first and foremost... and everyone: both).
   */
  Set<String> in(List<NlpText.Token> tokens, int from, int to) {
    Set<String> out = new LinkedHashSet<>();
    java.util.BitSet used = new java.util.BitSet();
    for (Compiled c : compiled) {
      for (List<String> p : c.phrases()) {
        for (int at : Vocabulary.find(tokens, p, from, to)) {
          if (used.get(at, at + p.size()).isEmpty()) {
            used.set(at, at + p.size());
            if (!beneficiary(tokens, from, at, at + p.size())) out.add(c.id());
          }
        }
      }
    }
    return out;
  }

  /** Prepositions that make the group a place or a beneficiary, not an addressee: "capacity building in countries". */
  private static final Set<String> PLACE = Set.of("in", "from", "across", "within", "throughout");
  /** Qualifiers that make "countries" a category of places to help, not governments addressed: "developing countries". */
  private static final Set<String> CATEGORY = Set.of("developing", "developed", "low-income", "middle-income", "poorer",
      "poor", "island", "landlocked");
  /** Nouns whose "of X" names people served, not addressed: "the interests and needs of different stakeholders". */
  private static final Set<String> SERVED = Set.of("interests", "interest", "needs", "rights", "lives", "voices",
      "benefit", "wellbeing", "well-being", "safety", "privacy", "protection", "inclusion", "empowerment");
  /** Gerunds that address their object ("urging governments to"): the others act on it ("involving young people"). */
  private static final Set<String> ADDRESSING = Set.of("urging", "encouraging", "inviting", "calling", "asking",
      "requesting", "advising", "recommending", "enabling", "allowing", "requiring", "pushing", "pressing");

  /**
   * True when the actor phrase at [{@code at}, {@code end}) names places or people to help rather than an addressee:
   * <ul>
   *   <li>a category of countries ("developing countries", {@link #CATEGORY});</li>
   *   <li>the object of a gerund that acts on it ("involving young people", "protecting users"; not "urging
   *       governments", {@link #ADDRESSING});</li>
   *   <li>a phrase whose nearest preposition (within four words, after {@code from}) is one of place ("capacity
   *       building in small states", {@link #PLACE}), "for" without "to" after the phrase ("a safe space for everyone";
   *       "it is important for governments to act" still addresses), or "of" after a noun of interests ("the needs of
   *       stakeholders", {@link #SERVED});</li>
   *   <li>"everyone must be able to ...": the people served by a goal.</li>
   * </ul>
   * "Collaboration between governments and businesses" still addresses both.
   */
  private static boolean beneficiary(List<NlpText.Token> tokens, int from, int at, int end) {
    if (at > 0 && CATEGORY.contains(lower(tokens.get(at - 1)))) return true;
    if (end + 2 < tokens.size() && Set.of("must", "should", "can", "will").contains(lower(tokens.get(end)))
        && lower(tokens.get(end + 1)).equals("be") && lower(tokens.get(end + 2)).equals("able")) return true;
    for (int i = at - 1; i >= Math.max(from, at - 4); i--) {
      NlpText.Token t = tokens.get(i);
      String w = lower(t);
      if ("VBG".equals(t.pos())) return !ADDRESSING.contains(w);
      if ("IN".equals(t.pos()) || "TO".equals(t.pos())) {
        if (w.equals("for")) return end >= tokens.size() || !lower(tokens.get(end)).equals("to");
        if (w.equals("of")) return i > 0 && SERVED.contains(lower(tokens.get(i - 1)));
        return PLACE.contains(w);
      }
    }
    return false;
  }

  private static String lower(NlpText.Token t) {
    return t.word().toLowerCase(java.util.Locale.ROOT);
  }
}
