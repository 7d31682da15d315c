package org.igfatlas.extract;

import java.util.List;

/**
 * Text and facts extracted from one file.
 *
 * @param text      the document text: blocks (paragraphs, headings, list items, table rows) separated by a blank
 *                  line, line breaks inside a block kept as they came (PDF line wrapping, plain-text lines)
 * @param mediaType the detected media type, e.g. {@code application/pdf}
 * @param format    short format id: pdf, docx, doc, html, txt, rtf, odt or other
 * @param language  ISO 639-1 code of the detected language, or {@code null} when undecided
 * @param title     the title the file declares in its metadata, or {@code null}
 * @param bytes     size of the file
 * @param warnings  non-fatal problems (e.g. the text was truncated at the length limit)
 */
public record Extracted(String text, String mediaType, String format, String language, String title, long bytes,
                        List<String> warnings) {
  public Extracted {
    warnings = List.copyOf(warnings);
  }
}
