package org.igfatlas.nlp;

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Session pages' people lists, in the formats of the IGF's session pages (names invented). */
class SpeakerListsTest {
  @Test
  void speakerLinesGiveNameStakeholderGroupAndRegionalGroup() {
    List<SpeakerLists.Entry> e = SpeakerLists.parse("""
        Speaker 1: Tomasz Wielki, Civil Society, Western European and Others Group (WEOG)
        Speaker 2: Amara Okonkwo-Bello, Intergovernmental Organization, African Group
        Speaker 3: Ruth Vale, Private Sector, Latin American and Caribbean Group (GRULAC)""");
    assertEquals(3, e.size());
    assertEquals(new SpeakerLists.Entry("Speaker", "Tomasz Wielki", null, "civil_society", "Western European and Others Group"), e.get(0));
    assertEquals("intergovernmental", e.get(1).stakeholder());
    assertEquals("African Group", e.get(1).regionalGroup());
    assertEquals("private_sector", e.get(2).stakeholder());
    assertEquals("Latin American and Caribbean Group", e.get(2).regionalGroup());
  }

  @Test
  void organiserLinesGiveTheOrganisationAndGroupsOnlyLines() {
    List<SpeakerLists.Entry> e = SpeakerLists.parse("Organizer 1: Kofi Mensah-Addo, \uD83D\uDD12Selvaria Telecom Authority "
        + "Organizer 2: Government, Eastern European Group Moderator: MAG Chair");
    assertEquals(3, e.size(), e.toString());
    assertEquals("Kofi Mensah-Addo", e.get(0).name());
    assertEquals("Selvaria Telecom Authority", e.get(0).organization(), "the lock symbol of the page is dropped");
    assertNull(e.get(1).name());
    assertEquals("government", e.get(1).stakeholder());
    assertEquals("Eastern European Group", e.get(1).regionalGroup());
    assertNull(e.get(2).name(), "a role, not a person's name");
    assertEquals("MAG Chair", e.get(2).organization());
  }

  @Test
  void linesAndBulletsEndingWithAStakeholderAndARegionalGroupCount() {
    List<SpeakerLists.Entry> e = SpeakerLists.parse("""
        Speakers:
         • Ilse Marrow, Private Sector, Eastern European Group
         • Dario Fenn, Selvaria Ministry of Transport, Government, Western European and Others Group (WEOG)
         • the agenda and the room were confirmed
        Rapporteur
        Noor Halvorsen, Civil Society, African Group""");
    assertEquals(3, e.size(), e.toString());
    assertEquals("Noor Halvorsen", e.get(2).name(), "a line under a role heading");
    assertEquals("Ilse Marrow", e.get(0).name());
    assertEquals("Selvaria Ministry of Transport", e.get(1).organization());
    assertEquals("government", e.get(1).stakeholder());
    assertEquals("Western European and Others Group", e.get(1).regionalGroup());
  }

  @Test
  void proseIsNoList() {
    assertTrue(SpeakerLists.parse("The speaker said that civil society and the African Group agreed.").isEmpty());
  }
}
