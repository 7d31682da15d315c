package org.igfatlas.nlp;

/** Splits a passage into sentences and tokens with lemmas, and finds named entities where it can. Thread-safe. */
public interface TextAnalyzer {
  NlpText.Analysis analyze(String text);

  /** Identifies the analyzer and its settings; part of the annotation cache key. */
  String id();

  static TextAnalyzer of(NlpMode mode) {
    return mode == NlpMode.OFF ? new PlainAnalyzer() : CoreNlpAnalyzer.shared(mode);
  }
}
