package org.igfatlas.nlp;

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The clean-up after CoreNLP, on passages written in the shapes of real IGF pages (invented people). */
class EntitiesTest {
  static TextAnalyzer nlp;

  @BeforeAll
  static void load() {
    nlp = TextAnalyzer.of(NlpMode.FAST);
  }

  private static Entities.Normalised of(String text, String speaker) {
    return Entities.normalise(nlp.analyze(text).entities(), text, speaker);
  }

  @Test
  void speakerListsGiveNoStakeholderOrRegionalGroupsAsOrganisations() {
    Entities.Normalised n = of("Speaker 1: Tomasz Wielki, Civil Society, Western European and Others Group (WEOG) "
        + "Speaker 2: Amara Okonkwo-Bello, Intergovernmental Organization, African Group", null);
    for (String o : n.organizations()) {
      assertFalse(Set.of("Civil Society", "Western European and Others Group", "WEOG", "Intergovernmental Organization",
          "African Group", "Others Group").contains(o), n.toString());
    }
  }

  @Test
  void listedOrganisationsAreFoundWhereTheRecogniserMissesThem() {
    Entities.Normalised n = of("Thanks to the IGF 2024 host and to the MAG. The Dynamic Coalition on Internet Standards, "
        + "Security and Safety (IS3C) and the BPF on cybersecurity presented. Kenya IGF sent a report; Article19 spoke.", null);
    assertTrue(n.organizations().containsAll(Set.of("Internet Governance Forum", "Multistakeholder Advisory Group",
        "Article 19", "Best Practice Forum on Cybersecurity")), n.toString());
    assertTrue(n.organizations().stream().anyMatch(o -> o.startsWith("Dynamic Coalition on Internet Standards")), n.toString());
    assertTrue(n.organizations().stream().anyMatch(o -> o.contains("Kenya")), n.toString());
    assertFalse(of("The IGF-D met in Berlin.", null).organizations().contains("Internet Governance Forum"),
        "IGF inside IGF-D is not the global IGF");
  }

  @Test
  void genericWordsAndDocumentsAreNotOrganisations() {
    Entities.Normalised n = of("The Secretariat circulated the Global Digital Compact and the WSIS outcome to every NRI.", null);
    for (String o : List.of("Secretariat", "Global Digital Compact", "WSIS", "NRI")) assertFalse(n.organizations().contains(o), n.toString());
  }

  /** A recogniser's organisation mention of {@code name} in {@code text}, as CoreNLP reports it. */
  static NlpText.Entity org(String text, String name) {
    int at = text.indexOf(name);
    return new NlpText.Entity(name, "ORGANIZATION", at, at + name.length());
  }

  @Test
  void namesTheRecogniserCutAreDropped() {
    String coordinated = "Delegates of the Selvaria and Montavia Research Network met in the capital.";
    assertTrue(Entities.normalise(List.of(org(coordinated, "Montavia Research Network")), coordinated, null).organizations().isEmpty(),
        "the second half of a coordinated name");
    String list = "The Department for Digital, Culture, Media and Sport of Selvaria published a strategy.";
    assertFalse(Entities.normalise(List.of(org(list, "Department for Digital")), list, null).organizations()
        .contains("Department for Digital"), "a name a list of capitalised words continues");
    String topic = "The Dynamic Coalition on Gender and Internet Governance met on Tuesday.";
    assertTrue(Entities.cutName(topic, topic.indexOf("Dynamic"), topic.indexOf(" and")), "a body's topic continued by 'and'");
    String prefix = "Partners included the Selvarian National Commission for Science, which funded the study.";
    assertFalse(Entities.normalise(List.of(org(prefix, "National Commission for Science")), prefix, null).organizations()
        .contains("National Commission for Science"), "a capitalised word the recogniser left out before the name");
    String tail = "Speakers came from the Montavia Global School of Law and from two ministries.";
    assertTrue(Entities.cutName(tail, tail.indexOf("Montavia"), tail.indexOf(" of Law")), "'of' and a capital continue the name");
    String domain = "The forum was hosted by .sv Domain Administration Ltd and the Coordination Center for TLD .SV today.";
    assertTrue(Entities.cutName(domain, domain.indexOf("Domain"), domain.indexOf(" and")), "a domain before the name");
    assertTrue(Entities.cutName(domain, domain.indexOf("Coordination"), domain.indexOf(" .SV")), "a domain after the name");
    String role = "We heard the Minister Selvaria Telecom Authority and then Professor Montavia Data Institute speak.";
    assertFalse(Entities.cutName(role, role.indexOf("Selvaria"), role.indexOf(" and")), "a role word is no part of the name");
    String whole = "The Selvaria Internet Society and the Montavia Research Network signed an agreement.";
    assertTrue(Entities.normalise(List.of(org(whole, "Montavia Research Network")), whole, null).organizations()
        .contains("Montavia Research Network"), "'the' before the second name: not a cut");
  }

  @Test
  void unlistedAcronymsCountOnlyWhenTheTextIntroducesThem() {
    String bare = "Packets travel over TCP and the VAWG reports grew.";
    var n = Entities.normalise(List.of(org(bare, "TCP"), org(bare, "VAWG")), bare, null);
    assertTrue(n.organizations().isEmpty(), n.toString());
    String introduced = "The Selvaria Network Operators Group (SNOG) and SNOG members met.";
    assertTrue(Entities.normalise(List.of(org(introduced, "SNOG")), introduced, null).organizations().contains("SNOG"));
    assertFalse(Entities.defined("PDPs", "Policy Development Processes (PDPs)"), "a plural is a term");
    assertTrue(Entities.isAcronym("ISOC") && !Entities.isAcronym("Selvaria"));
  }

  @Test
  void countryAliasesAreCountriesOfTheStandard() {
    java.util.Set<String> iso = java.util.Set.of(java.util.Locale.getISOCountries());
    List<String> lines = org.igfatlas.schema.Resources.lines(Entities.class, "country-aliases.csv");
    assertTrue(lines.size() >= 30);
    for (String line : lines) {
      String code = line.substring(line.lastIndexOf(',') + 1).strip();
      assertTrue(iso.contains(code), line);
      assertEquals(code, Entities.countryCode(line.substring(0, line.lastIndexOf(','))), line);
    }
    assertEquals("TR", Entities.countryCode("Türkiye"));
    assertEquals("KE", Entities.countryCode("Kenya"), "names from java.util.Locale");
  }

  @Test
  void nationalityAdjectivesCountAsTheirCountry() {
    Entities.Normalised n = of("A Malawian regulator and two Japanese engineers compared notes with the Norwegian hosts.", null);
    assertTrue(n.countries().containsAll(Set.of("MW", "JP", "NO")), n.toString());
    assertEquals("TT", Entities.countryCode("Trinidad and Tobago"));
  }

  @Test
  void personsArePeopleWithFullNames() {
    assertNull(Entities.personName("She"));
    assertNull(Entities.personName("Moderator Chris"));
    assertEquals("Tomasz Wielki", Entities.personName("TOMASZ WIELKI"));
    assertEquals("Tomasz Wielki", Entities.personName("Mr. Tomasz Wielki Tue"));
    Entities.Normalised turn = of("Thank you. She said we should move on.", "Amara Okonkwo-Bello");
    assertEquals(Set.of("Amara Okonkwo-Bello"), turn.persons(), "the named speaker is a person, the pronoun is not");
  }

  @Test
  void aLoneFirstNameIsResolvedToTheDocumentsFullNameOrDropped() {
    List<Entities.Normalised> doc = Entities.resolvePersons(List.of(
        new Entities.Normalised(Set.of("Tomasz Wielki"), Set.of(), Set.of()),
        new Entities.Normalised(Set.of("Tomasz", "Lidia"), Set.of(), Set.of())));
    assertEquals(Set.of("Tomasz Wielki"), doc.get(1).persons());
  }

  @Test
  void onePersonHasOneFormInADocumentWhateverTheOrderInitialsOrAccents() {
    Set<String> none = Set.of();
    List<Entities.Normalised> doc = Entities.canonicalPersons(List.of(
        new Entities.Normalised(Set.of("Ama SK Tetteh"), none, none),
        new Entities.Normalised(Set.of("Tetteh Ama"), none, none),
        new Entities.Normalised(Set.of("Ama SK Tetteh", "Iñigo Pérez"), none, none),
        new Entities.Normalised(Set.of("Inigo Perez"), none, none)));
    assertEquals(Set.of("Ama SK Tetteh"), doc.get(1).persons(), "the form the document uses most");
    assertEquals(Set.of("Iñigo Pérez"), doc.get(3).persons(), "a tie goes to the accented form");
    assertEquals("Kofi Boateng", Entities.personName("Kofi BOATENG"), "a surname in capitals is written as a name");
    assertEquals(null, Entities.personName("Joao Pessoa"), "a host city of the IGF is a place, however the recogniser reads it");
    assertEquals("Jane Appiah-Okyere", Entities.personName("Jane APPIAH-OKYERE"));
    assertEquals("Seán O'Brien", Entities.personName("SEÁN O'BRIEN"));
    assertEquals("ama tetteh", org.igfatlas.schema.PersonNames.key("Tetteh, Ama"), "initials and order do not make another person");
  }

  @Test
  void aNameWrittenRightBeforeABodyInATableRowIsAPerson() {
    String row = "ID Title Theme Name Organization Description 41 Safer networks for children Security Ilona Varga-Nemeth "
        + "Council of Europe The workshop underlined that cooperation is essential.";
    assertEquals(Set.of("Ilona Varga-Nemeth"), Entities.normalise(List.of(), row, null).persons());
    assertEquals(Set.of("Marta Kowalczyk"), Entities.normalise(List.of(), "Moderator: Marta Kowalczyk, UNESCO", null).persons());
    assertEquals(Set.of(), Entities.normalise(List.of(), "Digital Watch Council of Europe", null).persons(),
        "not a first name of CoreNLP's list");
    assertEquals(Set.of(), Entities.normalise(List.of(), "the Selvaria University Council of Europe", null).persons(),
        "a word of bodies' names is no surname");
    assertEquals(Set.of(), Entities.normalise(List.of(), "the Chad National Internet Governance Forum met", null).persons(),
        "a country is no first name");
    assertEquals(Set.of(), Entities.normalise(List.of(), "held by the Sierra Leone Internet Governance Forum", null).persons(),
        "nor a country's name");
    Entities.Normalised listed = Entities.normalise(List.of(new NlpText.Entity("Priya Anand Rao", "PERSON", 13, 28)),
        "Organizer 2: Priya Anand Rao, UNESCO", null);
    assertEquals(Set.of("Priya Anand Rao"), listed.persons(), "not the end of a name the recogniser found whole");
  }

  @Test
  void aPassageGivesAtMostMaxValuesPerFacet() {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < 150; i++) text.append("Dynamic Coalition on Topic").append((char) ('A' + i % 26)).append(i / 26).append(". ");
    Entities.Normalised n = Entities.normalise(List.of(), text.toString(), null);
    assertEquals(Entities.MAX_VALUES_PER_PASSAGE, n.organizations().size());
  }
}
