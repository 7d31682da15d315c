package org.igfatlas.extract;

import java.util.Locale;
import java.util.Set;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Receives Tika's XHTML events and writes plain text where every block element (paragraph, heading, list item,
 * table row...) becomes its own blank-line separated block, whatever the source format. Table cells are joined
 * by tabs. Stops with {@link LimitReached} once {@code maxChars} characters are written.
 */
final class BlockTextHandler extends DefaultHandler {
  private static final Set<String> BLOCKS = Set.of("p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "tr", "div",
      "blockquote", "pre", "dt", "dd", "table", "ul", "ol", "section", "article", "header", "footer", "title");
  private static final Set<String> CELLS = Set.of("td", "th");
  private static final Set<String> SKIPPED = Set.of("script", "style");

  /** Thrown to stop parsing once the length limit is reached. */
  static final class LimitReached extends SAXException {
    LimitReached() {
      super("extracted text length limit reached");
    }
  }

  private final StringBuilder out = new StringBuilder();
  private final int maxChars;
  private boolean rowHasCell;
  private int skipDepth;
  private boolean truncated;

  BlockTextHandler(int maxChars) {
    this.maxChars = maxChars;
  }

  @Override
  public void startElement(String uri, String localName, String qName, Attributes atts) throws SAXException {
    String name = name(localName, qName);
    if (SKIPPED.contains(name)) {
      skipDepth++;
    } else if (BLOCKS.contains(name)) {
      blockBreak();
      if (name.equals("tr")) rowHasCell = false;
    } else if (CELLS.contains(name)) {
      if (rowHasCell) append("\t");
      rowHasCell = true;
    } else if (name.equals("br")) {
      append("\n");
    }
  }

  @Override
  public void endElement(String uri, String localName, String qName) {
    String name = name(localName, qName);
    if (SKIPPED.contains(name)) {
      skipDepth = Math.max(0, skipDepth - 1);
    } else if (BLOCKS.contains(name)) {
      blockBreak();
    }
  }

  @Override
  public void characters(char[] ch, int start, int length) throws SAXException {
    if (skipDepth > 0) return;
    append(new String(ch, start, length));
  }

  @Override
  public void ignorableWhitespace(char[] ch, int start, int length) throws SAXException {
    characters(ch, start, length);
  }

  private void blockBreak() {
    int n = out.length();
    if (n == 0) return;
    // strip trailing spaces, then make sure the text ends with exactly one blank line
    while (n > 0 && (out.charAt(n - 1) == ' ' || out.charAt(n - 1) == '\t')) n--;
    out.setLength(n);
    if (n >= 2 && out.charAt(n - 1) == '\n' && out.charAt(n - 2) == '\n') return;
    out.append(n > 0 && out.charAt(n - 1) == '\n' ? "\n" : "\n\n");
  }

  private void append(String s) throws LimitReached {
    if (out.length() + s.length() > maxChars) {
      out.append(s, 0, Math.max(0, maxChars - out.length()));
      truncated = true;
      throw new LimitReached();
    }
    out.append(s);
  }

  boolean truncated() {
    return truncated;
  }

  String text() {
    return out.toString().replace("\r\n", "\n").replace('\r', '\n').replace('\u00A0', ' ').strip();
  }

  private static String name(String localName, String qName) {
    String n = localName == null || localName.isEmpty() ? qName : localName;
    return n.toLowerCase(Locale.ROOT);
  }
}
