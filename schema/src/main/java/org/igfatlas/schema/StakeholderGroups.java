package org.igfatlas.schema;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Stakeholder groups of speakers ({@code stakeholders.json}): id, label and the words of a self-introduction that
 * name the group ("I am from civil society"). The API reads labels; {@code org.igfatlas.nlp.SpeakerProfiles}
 * matches the words.
 */
public final class StakeholderGroups {
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Group(String id, String label, List<String> words) {}

  private static final List<Group> GROUPS = Resources.list(Resources.json(StakeholderGroups.class, "stakeholders.json"), "groups", Group.class);

  private StakeholderGroups() {}

  public static List<Group> all() {
    return GROUPS;
  }

  /** Group ids and their labels, in data order. */
  public static Map<String, String> labels() {
    Map<String, String> out = new LinkedHashMap<>();
    GROUPS.forEach(g -> out.put(g.id(), g.label()));
    return out;
  }
}
