package org.igfatlas.nlp;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.CoreDocument;
import edu.stanford.nlp.pipeline.CoreEntityMention;
import edu.stanford.nlp.pipeline.CoreSentence;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

/**
 * Stanford CoreNLP {@code tokenize,ssplit,pos,lemma,ner}, loaded once per JVM and mode (models from the
 * {@code models} jar on the class path; nothing is downloaded). Shared by all indexing threads.
 */
public final class CoreNlpAnalyzer implements TextAnalyzer {
  private static final Map<NlpMode, CoreNlpAnalyzer> SHARED = new EnumMap<>(NlpMode.class);
  private final StanfordCoreNLP pipeline;
  private final NlpMode mode;

  private CoreNlpAnalyzer(NlpMode mode) {
    this.mode = mode;
    this.pipeline = new StanfordCoreNLP(properties(mode));
  }

  /** The pipeline of {@code mode}, loaded on first use (3 s and ~400 MB for FAST). */
  public static synchronized CoreNlpAnalyzer shared(NlpMode mode) {
    if (mode == NlpMode.OFF) throw new IllegalArgumentException("OFF uses no CoreNLP");
    return SHARED.computeIfAbsent(mode, CoreNlpAnalyzer::new);
  }

  /** The CoreNLP settings of a mode; FAST keeps what entities and recommendations need and drops the rest. */
  public static Properties properties(NlpMode mode) {
    Properties p = new Properties();
    p.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner");
    p.setProperty("tokenize.language", "en");
    p.setProperty("tokenize.options", "untokenizable=noneDelete,invertible=false,ptb3Escaping=false");
    p.setProperty("ssplit.newlineIsSentenceBreak", "two");
    if (mode == NlpMode.FAST) {
      p.setProperty("ner.model", "edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz");
      p.setProperty("ner.applyFineGrained", "false");
      p.setProperty("ner.useSUTime", "false");
      p.setProperty("ner.applyNumericClassifiers", "false");
      p.setProperty("ner.buildEntityMentions", "true");
      p.setProperty("ner.combinationMode", "NORMAL");
    }
    return p;
  }

  @Override
  public NlpText.Analysis analyze(String text) {
    CoreDocument doc = new CoreDocument(text);
    pipeline.annotate(doc);
    List<NlpText.Sentence> sentences = new ArrayList<>();
    for (CoreSentence s : doc.sentences()) {
      int begin = s.charOffsets().first();
      List<NlpText.Token> tokens = new ArrayList<>(s.tokens().size());
      for (CoreLabel t : s.tokens()) {
        String lemma = t.lemma() == null ? t.word().toLowerCase(Locale.ROOT) : t.lemma().toLowerCase(Locale.ROOT);
        tokens.add(new NlpText.Token(t.word(), lemma, t.tag(), t.ner() == null ? "O" : t.ner(),
            t.beginPosition() - begin, t.endPosition() - begin));
      }
      sentences.add(new NlpText.Sentence(s.text(), begin, s.charOffsets().second(), tokens));
    }
    List<NlpText.Entity> entities = new ArrayList<>();
    if (doc.entityMentions() != null) {
      for (CoreEntityMention m : doc.entityMentions()) {
        entities.add(new NlpText.Entity(m.text(), m.entityType(), m.charOffsets().first(), m.charOffsets().second()));
      }
    }
    return new NlpText.Analysis(sentences, entities);
  }

  @Override
  public String id() {
    return "corenlp-4.5.10-" + mode.name().toLowerCase(Locale.ROOT);
  }
}
