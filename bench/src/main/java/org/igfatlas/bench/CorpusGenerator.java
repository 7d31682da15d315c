package org.igfatlas.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.igfatlas.schema.Taxonomy;

/**
 * Deterministic synthetic IGF documents for scale tests: sentences drawn from the real documents of a corpus
 * folder, speaker turns with a long-tailed number of turns per speaker and sentences per turn, titles in the
 * published styles of each period, years 2006-2025 weighted towards recent meetings, session types and document
 * kinds in realistic proportions, NRI reports. Every file gets a sidecar {@code {"synthetic": true}}.
 */
public final class CorpusGenerator {
  private static final String[] FIRST = {"Amina", "Juan", "Mei", "Oluwaseun", "Katarzyna", "Ravi", "Fatima", "John", "Elena",
      "Lucas", "Hiroshi", "Sarah", "Ahmed", "Maria", "Thomas", "Grace", "Priya", "David", "Ana", "Kwame", "Tendai", "Liesl",
      "Adaeze", "Viggo", "Raul", "Sandra", "Mats", "Olga", "Jorge", "Nadia", "Peter", "Lise", "Tatiana", "Baraka", "Carlos",
      "June", "Wolfgang", "Rasha", "Paul", "Ayla", "Jovana", "Renata", "Paloma", "Marit", "Bruno", "Adama", "Lillian", "Sebastien"};
  private static final String[] LAST = {"Bello", "Fernandez", "Tan", "Adeyemi", "Nowak", "Shankar", "Al-Hassan", "Kiplagat",
      "Petrova", "Silva", "Tanaka", "O'Connor", "Youssef", "Garcia", "Muller", "Mwangi", "Nair", "Cohen", "Ribeiro", "Mensah",
      "Marufu", "Brandhorst", "Obiora", "Cervantes", "Etxeberri", "Hoffmann", "Kummerfeld", "Kolesnikova", "Perez", "Haddad",
      "Majoros", "Vermeulen", "Ivanova", "Ndeme", "Afonso", "Parsons", "Kleinhaus", "Abdulla", "Wilson", "Dorado", "Kurbanov",
      "Aguiar", "Quiroga", "Cadell", "de La Chaussee", "Diallo", "Nalwanga", "Bachelard"};
  private static final String[] ROOMS = {"Room 1", "Room 2", "Room 7", "Main Hall", "Convention Hall II", "Raum V", "Salle VIII",
      "Room XXIII", "Estrel Saal A", "Plenary Hall", "Workshop Room 4", "Banquet Hall B"};
  private static final String[] TOPICS = {"Data Governance", "Community Networks", "Cybersecurity Capacity", "Artificial Intelligence",
      "Internet Fragmentation", "Digital Inclusion", "Child Online Safety", "Misinformation", "E-waste and the Environment",
      "Digital Public Goods", "Multistakeholder Cooperation", "Human Rights Online", "Meaningful Access", "Digital Economy"};
  /** Session types and their share of sessions. */
  private static final Object[][] SESSIONS = {{"WS #%d", 45}, {"Open Forum #%d", 15}, {"Main Session on", 8}, {"Day 0 Event #%d", 8},
      {"DC on", 5}, {"BPF", 4}, {"NRI Collaborative Session on", 3}, {"Networking Session #%d", 3}, {"Lightning Talk #%d", 3},
      {"High-Level Leaders Session on", 2}, {"Parliamentary Roundtable on", 2}, {"Youth Summit Session on", 2}};
  /** Document kinds and their share of documents. */
  private static final Object[][] KINDS = {{"transcript", 60}, {"session_report", 20}, {"nri_report", 8}, {"messages", 2},
      {"summary", 2}, {"bpf_output", 2}, {"dc_output", 2}, {"meeting_summary", 2}, {"press_release", 1}, {"web_page", 1}};
  private static final String[] NRIS = {"Kenya IGF", "Nigeria IGF", "EuroDIG", "APrIGF", "African IGF", "LACIGF", "UK IGF",
      "IGF-D Germany", "Ghana IGF", "Brazil IGF", "Arab IGF", "SEEDIG", "Caribbean IGF", "Youth IGF Brazil", "Chad Youth IGF",
      "Armenia IGF", "Bangladesh IGF", "IGF-USA", "Japan IGF", "Russian IGF"};

  private final List<String> sentences;
  private final Taxonomy taxonomy = Taxonomy.get();

  public CorpusGenerator(Path realDocuments) throws IOException {
    this.sentences = sentencesOf(realDocuments);
    if (sentences.size() < 50) throw new IOException("too few sentences in " + realDocuments + ": " + sentences.size());
  }

  static List<String> sentencesOf(Path dir) throws IOException {
    List<String> out = new ArrayList<>();
    List<Path> files;
    try (var s = Files.walk(dir)) {
      files = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
    }
    for (Path f : files) {
      String text = Files.readString(f).replaceAll("<[^>]+>", " ").replaceAll("[*#\\[\\]]", " ");
      BreakIterator it = BreakIterator.getSentenceInstance(Locale.ENGLISH);
      it.setText(text);
      int start = it.first();
      for (int end = it.next(); end != BreakIterator.DONE; start = end, end = it.next()) {
        String s = text.substring(start, end).replaceAll("\\s+", " ").strip();
        if (s.length() >= 40 && s.length() <= 320 && s.chars().filter(Character::isLetter).count() > s.length() * 0.6
            && !s.contains(">>") && !s.startsWith("-")) out.add(s);
      }
    }
    return out;
  }

  /** Writes {@code docs} documents under {@code out}; the same seed gives the same files. */
  public long generate(int docs, long seed, Path out) throws IOException {
    SplittableRandom rnd = new SplittableRandom(seed);
    long bytes = 0;
    for (int i = 0; i < docs; i++) {
      int year = year(rnd);
      String kind = pick(rnd, KINDS);
      String text = switch (kind) {
        case "transcript" -> transcript(rnd, year, i);
        case "nri_report" -> nriReport(rnd, year);
        default -> report(rnd, year, kind, i);
      };
      Path dir = Files.createDirectories(out.resolve(Integer.toString(year)));
      Path f = dir.resolve(String.format("syn-%05d-%s.txt", i, kind.replace('_', '-')));
      Files.writeString(f, text);
      Files.writeString(f.resolveSibling(f.getFileName() + ".meta.json"), "{\"synthetic\": true}\n");
      bytes += text.length();
    }
    return bytes;
  }

  /** Years weighted by the number of sessions the meetings held (growing from ~50 in 2006 to ~300 lately). */
  private static int year(SplittableRandom rnd) {
    int total = 0;
    for (int y = 2006; y <= 2025; y++) total += weight(y);
    int r = rnd.nextInt(total);
    for (int y = 2006; y <= 2025; y++) {
      r -= weight(y);
      if (r < 0) return y;
    }
    return 2025;
  }

  private static int weight(int year) {
    return 5 + (year - 2006) * 2;
  }

  private static String pick(SplittableRandom rnd, Object[][] table) {
    int total = 0;
    for (Object[] row : table) total += (Integer) row[1];
    int r = rnd.nextInt(total);
    for (Object[] row : table) {
      r -= (Integer) row[1];
      if (r < 0) return (String) row[0];
    }
    return (String) table[0][0];
  }

  private String sentence(SplittableRandom rnd) {
    return sentences.get(rnd.nextInt(sentences.size()));
  }

  private String sentences(SplittableRandom rnd, int n) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < n; i++) sb.append(i > 0 ? " " : "").append(sentence(rnd));
    return sb.toString();
  }

  /** A long tail: mostly short, sometimes long (geometric). */
  private static int longTail(SplittableRandom rnd, int min, double p, int max) {
    int n = min;
    while (n < max && rnd.nextDouble() > p) n++;
    return n;
  }

  private String title(SplittableRandom rnd, int year, int i) {
    String session = pick(rnd, SESSIONS);
    String topic = TOPICS[rnd.nextInt(TOPICS.length)];
    String name = session.contains("%d") ? String.format(session, 10 + i % 400) + " " + topic : session + " " + topic;
    int day = 1 + rnd.nextInt(4);
    if (year <= 2010) return String.format("IGF %d %s - %s", year, taxonomy.meeting(year).map(Taxonomy.Meeting::host).orElse(""), name);
    if (year <= 2015) return String.format("IGF %d - %s - %s", year, taxonomy.meeting(year).map(Taxonomy.Meeting::host).orElse(""), name);
    return String.format("IGF %d - Day %d - %s - %s", year, day, ROOMS[rnd.nextInt(ROOMS.length)], name);
  }

  private String transcript(SplittableRandom rnd, int year, int i) {
    StringBuilder sb = new StringBuilder(title(rnd, year, i)).append("\n\n");
    Taxonomy.Meeting m = taxonomy.meeting(year).orElseThrow();
    sb.append("The following are the outputs of the real-time captioning taken during the ").append(m.ordinal())
        .append(" Annual Meeting of the Internet Governance Forum (IGF) ").append(m.online() ? "held online" : "in " + m.host())
        .append(", ").append(year).append(". Although it is largely accurate, in some cases it may be incomplete or inaccurate due to "
            + "inaudible passages or transcription errors. It is posted as an aid to understanding the proceedings at the event, "
            + "but should not be treated as an authoritative record.\n\n");
    int speakers = 3 + rnd.nextInt(6);
    String[] names = new String[speakers];
    for (int s = 0; s < speakers; s++) names[s] = (FIRST[rnd.nextInt(FIRST.length)] + " " + LAST[rnd.nextInt(LAST.length)]).toUpperCase(Locale.ROOT);
    int turns = 20 + longTail(rnd, 0, 0.02, 180);
    for (int t = 0; t < turns; t++) {
      double r = rnd.nextDouble();
      // the moderator (speaker 0) takes many short turns; others follow a Zipf-like share
      int s = r < 0.3 ? 0 : Math.min(speakers - 1, 1 + (int) Math.floor(Math.pow(rnd.nextDouble(), 2) * (speakers - 1)));
      String label = rnd.nextDouble() < 0.03 ? "" : names[s] + ":";
      int n = s == 0 ? 1 + rnd.nextInt(2) : longTail(rnd, 1, 0.25, 14);
      sb.append(">> ").append(label).append(label.isEmpty() ? "" : " ").append(sentences(rnd, n));
      if (rnd.nextDouble() < 0.04) sb.append(" (Applause)");
      sb.append("\n\n");
    }
    return sb.toString();
  }

  private String report(SplittableRandom rnd, int year, String kind, int i) {
    String title = switch (kind) {
      case "session_report" -> title(rnd, year, i).replaceFirst(" - Day \\d - [^-]+ - ", " ") + " - Session Report";
      case "messages" -> "IGF " + year + " Messages";
      case "summary" -> "IGF " + year + " Chair's Summary";
      case "bpf_output" -> "BPF " + TOPICS[rnd.nextInt(TOPICS.length)] + " " + year + " Output Report";
      case "dc_output" -> "Dynamic Coalition on " + TOPICS[rnd.nextInt(TOPICS.length)] + " - Annual Report " + year;
      case "meeting_summary" -> "Summary of the IGF " + year + " Open Consultations and MAG Meeting";
      case "press_release" -> "Press Release: IGF " + year + " opens";
      default -> "IGF " + year + " - " + TOPICS[rnd.nextInt(TOPICS.length)];
    };
    StringBuilder sb = new StringBuilder(title).append("\n\n");
    int sections = 2 + rnd.nextInt(5);
    for (int s = 0; s < sections; s++) {
      sb.append(TOPICS[rnd.nextInt(TOPICS.length)]).append("\n\n");
      int paragraphs = 2 + longTail(rnd, 0, 0.3, 10);
      for (int p = 0; p < paragraphs; p++) {
        if (rnd.nextDouble() < 0.3) sb.append(p + 1).append(". ");
        sb.append(sentences(rnd, 1 + rnd.nextInt(5))).append("\n\n");
      }
    }
    return sb.toString();
  }

  private String nriReport(SplittableRandom rnd, int year) {
    String nri = NRIS[rnd.nextInt(NRIS.length)];
    StringBuilder sb = new StringBuilder(nri).append(" ").append(year).append(" Report\n\n");
    sb.append("The ").append(nri).append(" ").append(year).append(" brought together stakeholders from government, "
        + "the private sector, civil society and the technical community.\n\n");
    int paragraphs = 4 + longTail(rnd, 0, 0.2, 20);
    for (int p = 0; p < paragraphs; p++) sb.append(sentences(rnd, 2 + rnd.nextInt(4))).append("\n\n");
    return sb.toString();
  }
}
