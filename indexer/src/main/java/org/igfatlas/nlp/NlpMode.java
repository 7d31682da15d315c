package org.igfatlas.nlp;

/**
 * How much language analysis indexing does.
 * <ul>
 *   <li>{@code OFF}: no CoreNLP; sentences by {@link java.text.BreakIterator}, lemmas by plural stripping; topics
 *       are still matched, but there are no entities and no recommendations;</li>
 *   <li>{@code FAST} (default): CoreNLP tokenize, ssplit, pos, lemma, ner with the 3-class CRF (PERSON, LOCATION,
 *       ORGANIZATION), no fine-grained NER, no SUTime, no numeric classifiers;</li>
 *   <li>{@code FULL}: CoreNLP's default NER (three CRF models, fine-grained, SUTime, numeric classifiers).</li>
 * </ul>
 */
public enum NlpMode { OFF, FAST, FULL }
