package org.igfatlas.nlp;

import org.igfatlas.schema.StakeholderGroups;
import org.igfatlas.schema.StakeholderGroups.Group;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What speakers say of themselves: "My name is X from Y", "I'm X, I work for Y", "Adaeze from the World Wide Web
 * Foundation", "speaking on behalf of the private sector". Gives an affiliation when stated and a stakeholder group
 * ({@code stakeholders.json}) when the statement or the affiliation reveals one; otherwise nothing.
 */
public final class SpeakerProfiles {
  /** What a speaker's self-introduction states; fields are null when not stated. */
  public record Profile(String affiliation, String stakeholder, String evidence) {}


  private static final String AFFIL = "((?:the\\s+)?[A-Z][\\w'’&-]*(?:\\s+(?:of|for|and|on|the|de|du|la|[A-Z][\\w'’&-]*|\\p{Lu}{2,}))*)";
  private static final List<Pattern> INTRO = List.of(
      Pattern.compile("(?:my name is|I am|I'm|this is)\\s+[A-Z][\\w'’.-]*(?:\\s+[A-Z][\\w'’.-]*){0,3},?\\s+(?:and\\s+)?(?:I\\s+(?:am|work|'m)\\s+)?(?:from|with|at|representing|of|working (?:for|at|with)|work (?:for|at|with))\\s+" + AFFIL),
      Pattern.compile("(?:I work for|I work at|I work with|I represent|I am with|I'm with|I am from|I'm from|I come from)\\s+" + AFFIL),
      Pattern.compile("^(?:Thank you[.!,]?\\s+)?(?:I am |I'm )?[A-Z][\\w'’-]+(?:\\s+[A-Z][\\w'’-]+){0,2}\\s+from\\s+" + AFFIL));
  private static final Pattern SPEAKING_FOR = Pattern.compile(
      "(?i)\\b(?:speaking (?:for|on behalf of|as (?:a )?(?:member of|representative of)?)|from|representing|I represent)\\s+(?:the\\s+)?(private sector|civil society|technical community|academia|academic community|youth|young people|government|governments|parliament|parliamentarians|business community)");
  private static final List<Group> GROUPS;
  private static final List<Pattern> GROUP_PATTERNS = new ArrayList<>();

  static {
    GROUPS = StakeholderGroups.all();
    for (Group g : GROUPS) {
      StringBuilder sb = new StringBuilder("\\b(?:");
      for (int i = 0; i < g.words().size(); i++) sb.append(i > 0 ? "|" : "").append(Pattern.quote(g.words().get(i)));
      GROUP_PATTERNS.add(Pattern.compile(sb.append(")\\b").toString(), Pattern.CASE_INSENSITIVE));
    }
  }

  private SpeakerProfiles() {}

  /** Stakeholder group ids and their labels, in data order. */
  public static java.util.Map<String, String> groups() {
    return StakeholderGroups.labels();
  }

  /** The profile stated in the opening of a speaker's turn, or null when the turn says nothing about them. */
  public static Profile of(String turn) {
    String head = turn.length() > 400 ? turn.substring(0, 400) : turn;
    Matcher sf = SPEAKING_FOR.matcher(head);
    String stated = sf.find() ? sf.group(1) : null;
    String affiliation = null;
    String evidence = null;
    for (Pattern p : INTRO) {
      Matcher m = p.matcher(head);
      if (m.find()) {
        affiliation = m.group(1).replaceFirst("^the\\s+", "").replaceAll("[.,;:]+$", "").strip();
        evidence = m.group().strip();
        break;
      }
    }
    if (affiliation == null && stated == null) return null;
    String group = stated != null ? groupOf(stated) : groupOf(affiliation);
    return new Profile(affiliation, group, stated != null ? sf.group().strip() : evidence);
  }

  /** The stakeholder group an affiliation or a stated group name reveals, or null. */
  public static String groupOf(String text) {
    if (text == null) return null;
    for (int i = 0; i < GROUPS.size(); i++) {
      if (GROUP_PATTERNS.get(i).matcher(text).find()) return GROUPS.get(i).id();
    }
    return null;
  }
}
