package org.igfatlas.analytics;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.igfatlas.index.CorpusIndexer;
import org.igfatlas.index.IndexSummary;

/**
 * A fixture corpus for analytics whose counts the tests recompute by brute force: transcripts and reports of
 * several years and kinds, and 2020 NRI reports with a planted topic ranking (cybersecurity in all five, data
 * governance in four, digital transformation in three, access in two, emerging technologies in one).
 */
final class AnalyticsCorpus {
  record Doc(String file, int year, String docKind, String text) {}

  static final List<Doc> DOCS = new ArrayList<>();

  static {
    DOCS.add(new Doc("t2018.txt", 2018, "transcript", """
        IGF 2018 - Day 2 - Salle VIII - WS #101 Digital Cooperation in Practice

        >> AMINA BELLO: Digital cooperation is older than the word. Digital cooperation among CERTs saved the day.

        >> JOHN KIPLAGAT: Cybersecurity needs digital cooperation too.

        >> AMINA BELLO: Thank you all.
        """));
    DOCS.add(new Doc("t2019.txt", 2019, "transcript", """
        IGF 2019 - Day 3 - Raum V - WS #5 Cybersecurity Norms

        >> ELENA PETROVA: Cybersecurity norms are only as good as their implementation.

        >> LUCAS SILVA: Digital cooperation between states is part of it.

        >> ELENA PETROVA: We close here.
        """));
    DOCS.add(new Doc("r2019.txt", 2019, "session_report", """
        IGF 2019 WS #7 Digital Inclusion Report

        Key Takeaways

        1. Digital cooperation must reach rural communities.

        2. Community networks need spectrum.
        """));
    DOCS.add(new Doc("m2020.txt", 2020, "messages", """
        IGF 2020 Messages

        Digital cooperation was a fifth strand in 2020. Digital cooperation, digital cooperation and more digital cooperation.

        Cybersecurity remained a priority, and cybercrime against small firms was reported again this year.
        """));
    DOCS.add(new Doc("t2021.txt", 2021, "transcript", """
        IGF 2021 - Day 1 - Room 2 - WS #9 Trust Online

        >> MEI LING TAN: Trust online starts with cybersecurity.

        >> RAVI SHANKAR: And with digital cooperation.

        >> MEI LING TAN: Thank you.
        """));
    DOCS.add(new Doc("kenya2020.txt", 2020, "nri_report", """
        Kenya IGF 2020 Report

        Cybersecurity came first: the national CERT reported more ransomware attacks on small businesses and schools this year.

        Data governance followed, with cross-border data flows and open data policies debated by regulators and users alike.

        Digital transformation of public services, from digital identity to e-government portals, was the third strand of debate.

        Community networks and affordable broadband connectivity remain out of reach for many rural communities, speakers said.
        """));
    DOCS.add(new Doc("nigeria2020.txt", 2020, "nri_report", """
        Nigeria IGF 2020 Report

        Cybersecurity came first: the national CERT reported more ransomware attacks on banks and hospitals this year.

        Data governance followed, with cross-border data flows and open data policies debated by regulators and users alike.

        Digital transformation of public services, from digital identity to e-government portals, was the third strand of debate.
        """));
    DOCS.add(new Doc("eurodig2020.txt", 2020, "nri_report", """
        EuroDIG 2020 Messages

        Cybersecurity came first: the national CERT reported more ransomware attacks on small businesses and schools this year.

        Data governance followed, with cross-border data flows and open data policies debated by regulators and users alike.

        The Internet of Things and blockchain pilots in agriculture were presented by young engineers from two universities.

        Digital transformation of public services, from digital identity to e-government portals, was the third strand of debate.
        """));
    DOCS.add(new Doc("aprigf2020.txt", 2020, "nri_report", """
        APrIGF 2020 Synthesis Report

        Cybersecurity came first: the national CERT reported more ransomware attacks on small businesses and schools this year.

        Data governance followed, with cross-border data flows and open data policies debated by regulators and users alike.

        Community networks and affordable broadband connectivity remain out of reach for many rural communities, speakers said.
        """));
    DOCS.add(new Doc("ghana2020.txt", 2020, "nri_report", """
        Ghana IGF 2020 Report

        Cybersecurity was the main topic of the Ghana forum: cybercrime units and the national CERT asked for more staff.
        """));
  }

  final Path index;
  final IndexSummary summary;

  private AnalyticsCorpus(Path index, IndexSummary summary) {
    this.index = index;
    this.summary = summary;
  }

  static AnalyticsCorpus build(Path dir) throws IOException {
    Path corpus = Files.createDirectories(dir.resolve("corpus"));
    for (Doc d : DOCS) Files.writeString(corpus.resolve(d.file()), d.text());
    Path index = dir.resolve("index");
    CorpusIndexer indexer = new CorpusIndexer(CorpusIndexer.Options.defaults());
    IndexSummary s = indexer.index(List.of(corpus), index, null);
    if (s.indexed() != DOCS.size()) throw new IllegalStateException(s.toString());
    // re-index two edited files (same text, one more line break): their old entries stay in the index as deleted
    // documents until a merge, which every count must skip
    for (String f : List.of("t2018.txt", "m2020.txt")) Files.writeString(corpus.resolve(f), Files.readString(corpus.resolve(f)) + "\n");
    IndexSummary again = indexer.index(List.of(corpus), index, null);
    if (again.indexed() != 2) throw new IllegalStateException(again.toString());
    try (var reader = org.apache.lucene.index.DirectoryReader.open(org.apache.lucene.store.FSDirectory.open(index))) {
      if (reader.numDeletedDocs() == 0) throw new IllegalStateException("expected deleted entries in the fixture index");
    }
    return new AnalyticsCorpus(index, s);
  }
}
