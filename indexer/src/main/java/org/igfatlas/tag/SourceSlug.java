package org.igfatlas.tag;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What the address a document was published at says about it. Archive and mirror sites name a page after its
 * session ({@code …/content/igf-2025-ws-436-…}, {@code …/transcripts/1957-2014-09-02-opening-ceremony-…}), so
 * the last wordy path segment, decoded and with its hyphens turned into spaces, is a second title
 * ({@link #words()}); the decoded, lower-cased address as a whole ({@link #address()}) carries year folders
 * ({@code …/2013-bali/…}, {@code transcripts2010}) and the site's kind of page ({@code /transcript/},
 * {@code /report/}, {@code /sessions/}).
 */
record SourceSlug(String words, String address) {
  static final SourceSlug NONE = new SourceSlug("", "");
  private static final Pattern EXTENSION = Pattern.compile("(?i)\\.(html?|php|aspx?|txt|pdf|docx?)$");
  private static final Pattern LEADING_ID = Pattern.compile("^\\d{1,6}-(?=\\D|\\d{4}-)");
  private static final Pattern DUPLICATE_SUFFIX = Pattern.compile("-\\d$");
  private static final Set<String> NOT_A_NAME = Set.of("content", "en", "fr", "es", "multilingual", "cms", "html",
      "index", "export", "book", "node", "article", "component", "wiki", "master", "doc", "event", "sessions",
      "transcript", "report", "session");
  private static final Set<String> ACRONYMS = Set.of("igf", "ws", "dc", "bpf", "pn", "nri", "nris", "mag", "ai",
      "un", "ns", "lt", "wsis", "gdc");

  /** The slug of a published address; {@link #NONE} for null or blank. */
  static SourceSlug of(String url) {
    if (url == null || url.isBlank()) return NONE;
    String u = url.strip();
    int q = u.indexOf('?');
    String path = q >= 0 ? u.substring(0, q) : u;
    path = decode(path.replaceFirst("^[a-zA-Z]+://", ""));
    String[] segments = path.split("/");
    String name = "";
    for (int i = segments.length - 1; i >= 1; i--) { // segment 0 is the host
      String s = EXTENSION.matcher(segments[i]).replaceFirst("");
      s = LEADING_ID.matcher(s).replaceFirst("");
      s = DUPLICATE_SUFFIX.matcher(s).replaceFirst("");
      if (wordCount(s) >= 2 && !NOT_A_NAME.contains(s.toLowerCase(Locale.ROOT))) {
        name = s;
        break;
      }
    }
    String words = name.replaceAll("[-_+]+", " ").replaceAll("\\s+", " ").strip();
    return new SourceSlug(words, decode(u).toLowerCase(Locale.ROOT));
  }

  /** The slug as a readable title: "igf 2024 ws 102 harmonising approaches" -> "IGF 2024 WS 102 Harmonising approaches". */
  String asTitle() {
    if (words.isEmpty()) return "";
    StringBuilder sb = new StringBuilder();
    for (String w : words.split(" ")) {
      if (!sb.isEmpty()) sb.append(' ');
      String lw = w.toLowerCase(Locale.ROOT);
      if (ACRONYMS.contains(lw) || lw.matches("(ws|of|dc|ns|lt)\\d+")) sb.append(w.toUpperCase(Locale.ROOT));
      else if (sb.isEmpty()) sb.append(Character.toUpperCase(w.charAt(0))).append(w.substring(1));
      else sb.append(w);
    }
    return sb.toString();
  }

  private static int wordCount(String s) {
    int n = 0;
    for (String w : s.split("[-_+\\s]+")) if (w.chars().filter(Character::isLetter).count() >= 2) n++;
    return n;
  }

  private static String decode(String s) {
    try {
      return URLDecoder.decode(s.replace("+", "%2B"), StandardCharsets.UTF_8).replace('+', ' ');
    } catch (IllegalArgumentException e) { // a stray '%'
      return s;
    }
  }
}
