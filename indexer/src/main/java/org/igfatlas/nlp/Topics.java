package org.igfatlas.nlp;

import org.igfatlas.schema.Resources;
import org.igfatlas.schema.TopicVocabulary;
import org.igfatlas.schema.TopicVocabulary.Topic;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.igfatlas.structure.CaptioningDisclaimer;

/**
 * The topic vocabulary ({@code topics.json}) and the rule that says what counts as a mention of a topic.
 * <p>Each topic has <em>terms</em> and <em>phrases</em> that name it unambiguously ("cybersecurity",
 * "climate change"), <em>cues</em> that are ambiguous alone ("environment", "youth", "security"), and
 * <em>exclusions</em> whose words never count for it ("enabling environment"). Words are matched on lemmas. In a
 * passage a topic is mentioned when a term or phrase matches, or when two <em>distinct</em> cues do; then every
 * match counts. A passage discusses a topic (what is indexed) when it mentions it more than in passing
 * ({@link #count}). Nothing counts inside boilerplate sentences (the vocabulary's {@code ignore} patterns: captioning
 * notices, cookie banners, speaker lists) or inside the name of a body ("Dynamic Coalition on the Sustainability of
 * Journalism", "Ministry of Environment": a capitalised name holding a word of {@code organization-words.txt}, or
 * a span the named-entity recogniser calls an organisation).
 */
public final class Topics {
  private enum Strength { STRONG, CUE, EXCLUSION }

  /** A term, phrase, cue or exclusion of a topic, as words. */
  private record Phrase(int topic, List<String> words, Strength strength) {}

  /** One match of a phrase in a sentence. */
  private record Match(Phrase phrase, int at) {
    int end() {
      return at + phrase.words().size();
    }
  }

  private final List<Topic> topics;
  /** Phrases by their first word, so a sentence is scanned once whatever the vocabulary's size. */
  private final Map<String, List<Phrase>> byFirstWord = new HashMap<>();
  private final List<Pattern> ignore = new ArrayList<>();
  private final List<String> ignoreExamples = new ArrayList<>();
  private final Set<String> bodyWords = new HashSet<>();
  private final int version;
  private final int minMatches;
  private final int minWords;

  private Topics() {
    TopicVocabulary v = TopicVocabulary.get();
    version = v.version();
    topics = v.all();
    v.ignore().forEach(p -> ignore.add(Pattern.compile(p, Pattern.CASE_INSENSITIVE)));
    ignoreExamples.addAll(v.ignoreExamples());
    minMatches = v.minMatches();
    minWords = v.minWords();
    bodyWords.addAll(Resources.lines(Topics.class, "organization-words.txt"));
    for (int i = 0; i < topics.size(); i++) {
      Topic t = topics.get(i);
      for (String x : t.terms()) add(new Phrase(i, Vocabulary.words(x), Strength.STRONG));
      for (String x : t.phrases()) add(new Phrase(i, Vocabulary.words(x), Strength.STRONG));
      for (String x : t.cues()) add(new Phrase(i, Vocabulary.words(x), Strength.CUE));
      for (String x : t.exclude()) add(new Phrase(i, Vocabulary.words(x), Strength.EXCLUSION));
    }
  }

  /** Adds a phrase, and its hyphen-split form: the tokenizer keeps "e-waste" whole but splits "gender-neutral". */
  private void add(Phrase p) {
    byFirstWord.computeIfAbsent(p.words().get(0), k -> new ArrayList<>()).add(p);
    List<String> split = new ArrayList<>();
    for (String w : p.words()) {
      if (w.length() > 1 && w.indexOf('-') > 0) {
        for (String part : w.split("(?<=.)(?=-)|(?<=-)(?=.)")) split.add(part);
      } else {
        split.add(w);
      }
    }
    if (!split.equals(p.words())) {
      Phrase q = new Phrase(p.topic(), split, p.strength());
      byFirstWord.computeIfAbsent(q.words().get(0), k -> new ArrayList<>()).add(q);
    }
  }

  /** Loaded once, on first use (the holder class is initialised, thread-safely, by the JVM). */
  public static Topics get() {
    return Holder.INSTANCE;
  }

  private static final class Holder {
    static final Topics INSTANCE = new Topics();
  }

  public List<Topic> all() {
    return topics;
  }

  /** The topic of an id, if it is in the vocabulary. */
  public Optional<Topic> byId(String id) {
    return topics.stream().filter(t -> t.id().equals(id)).findFirst();
  }

  public int version() {
    return version;
  }

  /** Sentences the vocabulary's boilerplate patterns must ignore (each pattern has one; tested). */
  public List<String> ignoreExamples() {
    return ignoreExamples;
  }

  /** True when a sentence is boilerplate in which no topic is mentioned. */
  public boolean ignored(String sentence) {
    for (Pattern p : ignore) if (p.matcher(sentence).find()) return true;
    return CaptioningDisclaimer.find(sentence) != null;
  }

  /**
   * The topics a passage discusses, with their mention counts (topic id -> count; the rest left out): a topic is
   * discussed when it is {@linkplain #mentions mentioned} at least {@code minMatches} times in a passage of at least
   * {@code minWords} words (the vocabulary's {@code passage} settings). A lone passing mention, a title or a heading
   * names a topic without discussing it; this is what the topic facet, trends and NRI priorities count.
   */
  public Map<String, Integer> count(List<NlpText.Sentence> sentences) {
    int words = 0;
    for (NlpText.Sentence s : sentences) for (NlpText.Token t : s.tokens()) if (Character.isLetterOrDigit(t.word().charAt(0))) words++;
    if (words < minWords) return Map.of();
    Map<String, Integer> out = mentions(sentences);
    out.values().removeIf(c -> c < minMatches);
    return out;
  }

  /**
   * The topics mentioned in the sentences (topic id -> count, the rest left out): a term or phrase of the topic, or
   * two distinct cues (see the class comment for what counts). Used alone for a single sentence, such as a
   * recommendation's topics.
   */
  public Map<String, Integer> mentions(List<NlpText.Sentence> sentences) {
    int[] strong = new int[topics.size()];
    int[] cues = new int[topics.size()];
    List<Set<String>> distinctCues = new ArrayList<>();
    for (int i = 0; i < topics.size(); i++) distinctCues.add(new HashSet<>());
    for (NlpText.Sentence s : sentences) {
      if (ignored(s.text())) continue;
      for (Match m : matches(s.tokens())) {
        if (m.phrase().strength() == Strength.STRONG) {
          strong[m.phrase().topic()]++;
        } else {
          cues[m.phrase().topic()]++;
          StringBuilder lemmas = new StringBuilder();
          for (int i = m.at(); i < m.end(); i++) lemmas.append(s.tokens().get(i).lemma()).append(' ');
          distinctCues.get(m.phrase().topic()).add(lemmas.toString());
        }
      }
    }
    Map<String, Integer> out = new LinkedHashMap<>();
    for (int i = 0; i < topics.size(); i++) {
      if (strong[i] > 0 || distinctCues.get(i).size() >= 2) out.put(topics.get(i).id(), strong[i] + cues[i]);
    }
    return out;
  }

  /** The matches of one sentence that count: not excluded, not inside a longer match, not in a body's name. */
  private List<Match> matches(List<NlpText.Token> tokens) {
    int n = tokens.size();
    List<Match> found = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      for (String form : Vocabulary.forms(tokens.get(i))) {
        List<Phrase> candidates = byFirstWord.get(form);
        if (candidates == null) continue;
        for (Phrase p : candidates) {
          Match m = new Match(p, i);
          if (m.end() <= n && Vocabulary.matchesAt(tokens, p.words(), i) && !found.contains(m)) found.add(m);
        }
      }
    }
    if (found.isEmpty()) return found;
    Map<Integer, BitSet> excluded = new HashMap<>();
    for (Match m : found) {
      if (m.phrase().strength() == Strength.EXCLUSION) excluded.computeIfAbsent(m.phrase().topic(), x -> new BitSet(n)).set(m.at(), m.end());
    }
    found.removeIf(m -> m.phrase().strength() == Strength.EXCLUSION);
    found.sort((a, b) -> b.phrase().words().size() - a.phrase().words().size());
    Map<Integer, BitSet> used = new HashMap<>();
    List<Match> out = new ArrayList<>();
    for (Match m : found) {
      BitSet u = used.computeIfAbsent(m.phrase().topic(), x -> new BitSet(n));
      BitSet e = excluded.get(m.phrase().topic());
      if (!u.get(m.at(), m.end()).isEmpty() || (e != null && !e.get(m.at(), m.end()).isEmpty())) continue;
      u.set(m.at(), m.end());
      if (!inName(tokens, m.at(), m.end())) out.add(m);
    }
    return out;
  }

  private static final Set<String> CONNECTORS = Set.of("of", "on", "for", "the", "and", "&", "in", "to");

  /**
   * True when the words [from, to) are part of an organisation's name: tagged so by the recogniser, or capitalised
   * in a run of capitalised words (and connectors) that holds a body word such as Coalition or Ministry.
   */
  private boolean inName(List<NlpText.Token> tokens, int from, int to) {
    boolean allOrg = true;
    for (int i = from; i < to; i++) allOrg &= "ORGANIZATION".equals(tokens.get(i).ner());
    if (allOrg) return true;
    for (int i = from; i < to; i++) if (!capitalised(tokens.get(i))) return false;
    for (int i = from - 1, steps = 0; i >= 0 && steps < 8; i--, steps++) {
      NlpText.Token t = tokens.get(i);
      if (bodyWords.contains(t.word())) return true;
      if (!capitalised(t) && !CONNECTORS.contains(t.word().toLowerCase(Locale.ROOT))) break;
    }
    for (int i = from, steps = 0; i < tokens.size() && steps < 8; i++, steps++) {
      NlpText.Token t = tokens.get(i);
      if (bodyWords.contains(t.word())) return true;
      if (!capitalised(t) && !CONNECTORS.contains(t.word().toLowerCase(Locale.ROOT))) break;
    }
    return false;
  }

  private static boolean capitalised(NlpText.Token t) {
    String w = t.word();
    return !w.isEmpty() && Character.isUpperCase(w.charAt(0));
  }
}
