package org.igfatlas.tag;

/**
 * Why a tag was given.
 *
 * @param field   the tagged field, e.g. {@code year}
 * @param value   the value given
 * @param source  the rule or classifier id, e.g. {@code sidecar}, {@code title.igf-year}
 * @param matched the text that matched, or a description of the classifier's input
 * @param score   confidence in [0, 1]; 1 for rules and overrides
 */
public record Evidence(String field, String value, String source, String matched, double score) {

  public static final String SIDECAR = "sidecar";

  public boolean isOverride() {
    return SIDECAR.equals(source);
  }
}
