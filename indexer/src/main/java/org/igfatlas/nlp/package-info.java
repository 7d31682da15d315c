/**
 * Stage 4: language analysis of each passage with Stanford CoreNLP ({@link org.igfatlas.nlp.CoreNlpAnalyzer}, or
 * {@link org.igfatlas.nlp.PlainAnalyzer} with {@code --nlp off}), run by {@link org.igfatlas.nlp.DocumentEnricher}
 * and cached by {@link org.igfatlas.nlp.NlpCache}. What it derives, each from its own vocabulary file:
 * entities cleaned by {@link org.igfatlas.nlp.Entities}, topics by {@link org.igfatlas.nlp.Topics}, recommendations
 * and their addressees by {@link org.igfatlas.nlp.RecommendationDetector} and {@link org.igfatlas.nlp.Actors},
 * speakers' affiliations by {@link org.igfatlas.nlp.SpeakerProfiles}. The evaluations of {@code igf eval}
 * ({@link org.igfatlas.nlp.RecommendationEvaluation}, {@link org.igfatlas.nlp.TopicEvaluation},
 * {@link org.igfatlas.nlp.EntityEvaluation}) run the same code on judged data, found again through
 * {@link org.igfatlas.nlp.AnalysedPassages}.
 */
package org.igfatlas.nlp;
