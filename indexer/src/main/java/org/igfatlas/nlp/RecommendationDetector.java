package org.igfatlas.nlp;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Finds sentences that recommend or call for action, and the stakeholder groups they address.
 * <p>Cues, on lemmas and parts of speech: modals ({@code should}, {@code must}, {@code ought to}); {@code need to},
 * {@code have to}, {@code there is a need}; {@code it is essential / important / crucial / necessary / vital
 * that|to}; the verbs {@code recommend}, {@code urge}, {@code encourage}, {@code call on / upon / for},
 * {@code invite ... to}; imperative points that open with a policy verb ("Ensure that ...", "Invest in ..."); and
 * the weaker forms of meeting messages ("X is needed", "X is key to", "It was agreed that", "stressed the need
 * for"). A decision then rejects what real pages show to be noise ({@link #detect(NlpText.Sentence, Context)}):
 * boilerplate, questions, headings, descriptions of sessions and documents, aims, rules and invitations for
 * submitters, first-person and procedural talk, past narration and counterfactuals.
 * <p>Addressees: the actors named in the subject before a modal (after the last "that" or comma), or after
 * "call on", "urge", "encourage", "invite", "recommend that", "it is essential that", "there is a need for".
 */
public final class RecommendationDetector {
  /**
   * A recommendation sentence with its offsets in the passage, the cue that made it one, its addressees, and its
   * strength: how clearly it recommends (1.0 a direct call on a named addressee; 0.8 a modal or call with a
   * named addressee; 0.6 a modal, "need to" or imperative without one; 0.5 a reported call or "there is a
   * need"; 0.4 "X is needed / is key to / requires").
   */
  public record Found(String text, int begin, int end, String cue, List<String> actors, double strength) {}

  /**
   * Where a sentence stands: in a transcript (spoken, where "we need to" is mostly procedure), and the sentence
   * before it (whose subject "they" and "it" may refer to).
   */
  public record Context(boolean transcript, String previous) {
    public static final Context NONE = new Context(false, null);
  }

  private static final java.util.regex.Pattern NOT_A_RECOMMENDATION = java.util.regex.Pattern.compile(String.join("|",
      // the captioning notice and other boilerplate
      "(?i)authoritative record|largely accurate|real-?time captioning|all rights reserved|cookies?\\b",
      // questions without a question mark: "Should governments ...", "How can we ..."
      "(?i)^(?:[-•*\\d.()]+\\s*)?(?:(?:so|and|but|then|now)\\s+)?(?:should|shall|could|can|would|must|do|does|how|what|why|which|who|where|when)\\b(?!.*\\b(?:is|are) (?:needed|essential)\\b)",
      "\\?",
      // labels and headings run into the sentence: "Format description: ...", "Disclaimer: ...", "Call for Issues, ..."
      "(?i)^\\W*(?:format(?: description)?|disclaimer|message|note|description|background|case study[^:]{0,20}|objectives?|agenda|session (?:type|format))\\s*:",
      "(?i)^\\W*call for (?:issues|participation|proposals|topics|contributions|papers|inputs|comments|applications|sessions?|workshops?|nominations|expressions)\\b",
      // rules for the format of sessions and their people: "Workshops should not be organised as ...", "Open Forums should focus on ..."
      "(?i)^\\W*(?:(?:a|an|the|each|all|every)\\s+)?(?:\\d+[- ]minutes?\\s+)?(?:workshops?|open forums?|sessions?|meetings?(?: of [\\w ]{1,30})?|panels?|speakers?|moderators?|organi[sz]ers?|rapporteurs?|panel+ists?|dynamic coalitions?|DCs?|BPFs?|roundtables?|wikis?|proposals?|reports?|co-?facilitators?|discussants?)\\b[^.;]{0,60}?\\b(?:should|must|shall|need to|needs to|are expected to|is expected to)\\b",
      // plans and futures: the session, the coalition or the speaker will do something
      "(?i)^(?:(?!\\b(?:should|must|need|needs|needed|essential|important|crucial|vital|urges?|call(?:s|ed)?|recommend(?:s|ed)?)\\b).)*\\bwill\\b(?!.*\\b(?:urges?|calls? (?:on|upon)|recommends?)\\b)",
      // idioms with a cue word
      "(?i)\\b(?:has|have) to (?:offer|say|do with)\\b|\\bneed to know basis\\b",
      // first person singular: opinions and procedure of the speaker
      "\\bI(?:'d|'m|'ve)?\\b",
      // a session, document or event described: "The session will ...", "This workshop aims to ..."
      "(?i)\\b(?:the|this|our|that|each|a|the present)\\s+(?:\\w+\\s+)?(?:session|workshop|panel|forum|roundtable|round table|town hall|discussion|meeting|event|report|paper|document|study|chapter|section|project|initiative|programme|program|webinar|conference|summit|toolkit|guide|survey|course|platform|agenda|call|consultation|group|booth|debate|format|camp|school|space|model|book)s?\\s+(?:will|would|aims?|seeks?|intends?|is intended|explores?|examines?|discusses|addresses|focuses|highlights?|emphasi[sz]es|provides?|presents?|offers?|brings?|looks?|reflects?|sets? out|describes?|outlines?|identifies|includes?|features?|covers?|encourages?|facilitates?|allows?|enables?|fosters?)\\b",
      "(?i)\\bwill\\s+(?:also\\s+)?(?:discuss|explore|examine|address|emphasi[sz]e|highlight|focus|look|bring|feature|present|showcase|share|review|consider|provide|offer|include|cover|debate|reflect|hear|tackle|analy[sz]e|introduce|map|gather|identify|delve|unpack|engage)\\b",
      // aims, mandates, work plans
      "(?i)\\b(?:aims?|aimed|seeks?|sought|intends?) to\\b|\\b(?:objectives?|mandate|purpose|mission|goals?) (?:is|are|of|was|were)\\b|\\bterms of reference\\b",
      // instructions and invitations for submitters, applicants and participants
      "(?i)\\b(?:submit(?:ted|ting)?|submissions?|deadline|regist(?:er|ration)|apply|applicants?|applications?|log ?in|sign up|word limit|characters|no later than|fill (?:in|out)|template|proposers?|proposals? (?:must|should)|please|feel free|click|download|email|e-mail)\\b",
      "(?i)\\b(?:are|is|you are) (?:kindly |warmly |cordially )?(?:invited|welcome|welcomed|encouraged) to (?:comment|submit|join|attend|participate|apply|register|contribute|send|share|take part|provide|reach|contact|visit|read|review|follow|nominate|consider|volunteer|propose|become)\\b|\\b(?:we|i) (?:invite|encourage|welcome) (?:you|all of you|everyone|participants)\\b",
      // first person singular: "I need to", "I must say", "I should mention"
      "(?i)\\blet me\\b|\\bthank(?:s| you)\\b",
      // the present room: "we need to start", "we have to move on" (procedural verbs are also checked after the cue)
      "(?i)\\b(?:we|you) (?:\\w+ )?(?:need|have|must|should) (?:to )?(?:start|begin|wrap|finish|close|end|move|go|stop|hurry|take a|break|leave|switch|turn|get back|come back|keep (?:it|this|to time))\\b",
      // what has been key / essential: an account of the past, not a call ("have been key to this success")
      "(?i)\\b(?:has|have|had) been (?:\\w+ )?(?:key|essential|crucial|important|vital|necessary|paramount|instrumental)\\b",
      // a relative clause describing a document, norm or thing: "norms that call for states to", ", which is important to share"
      "(?i)\\b(?:that|which) calls? (?:for|on|upon) (?:all )?(?:states|governments|countries|member states|parties) to\\b|,\\s*which (?:is|are|was|were) (?:\\w+ )?(?:important|essential|crucial|key|vital|necessary)\\b",
      // an invitation already given, told: "as invited by the MAG, UNESCO is welcome to report"
      "(?i)\\bas (?:invited|requested|recommended|called for) by\\b",
      // a text's content or history told: "the Declaration of Principles calling for", "the review called for"
      "(?i)\\b(?:declarations?|reviews?|resolutions?|principles|recommendations|agenda|charters?|conventions?|treat(?:y|ies)|outcome documents?|roadmaps?)\\b[^.;:]{0,60}?\\b(?:called|calling|calls) (?:for|on|upon)\\b",
      // how to read something, not what to do: "should be seen as a further step"
      "(?i)\\bshould be (?:seen|read|understood|viewed) as\\b",
      // a proposal of the agenda already made: "we proposed to discuss"
      "(?i)\\bwe proposed\\b|\\bproposed to (?:discuss|hold|organi[sz]e|have|talk|present|address)\\b",
      // the cue only inside a leading concessive clause: "While the need to cooperate could bring benefits, it could also ..."
      "(?i)^\\W*(?:while|although|though|whereas|even though)\\b[^,;]{0,150},(?:(?!\\b(?:should|must|need|needs|ought|essential|important|crucial|vital|urges?|calls?|recommends?)\\b).)*$",
      // past narration of needs ("had to", "needed to", "should have been") and "need not"
      "(?i)\\b(?:had to|(?<!\\b(?:is|are|be|been|was|were) )needed to|was necessary|were necessary|was needed|were needed|need not|no need|needn't|if need be|should have)\\b"));
  /**
   * A sentence that sets out what a session or its people will do ("Each feeder workshop will be asked to assign a
   * rapporteur"): a "They should ..." after it instructs those people.
   */
  private static final java.util.regex.Pattern SESSION_PEOPLE = java.util.regex.Pattern.compile(
      "(?i)\\b(?:a|an|the|each|every|all)\\s+(?:[\\w-]+\\s+)?(?:workshops?|open forums?|sessions?|rapporteurs?|moderators?|"
          + "organi[sz]ers?|panell?ists?|speakers?|co-?facilitators?|discussants?)\\b[^.;]{0,60}?\\b(?:will|shall|(?:is|are) (?:expected|required|asked))\\b");

  /** Sentences ending with a colon are headings or list labels ("Call for Topics:", "Key recommendations:"). */
  private static final java.util.regex.Pattern HEADING = java.util.regex.Pattern.compile("[:：]\\s*$");
  /**
   * A title or heading: no closing punctuation and at least four words of four or more letters, of which four in five
   * are capitalised ("Policy Options for Connecting and Enabling the Next Billion(s) - Phase IV Call for Public Inputs").
   */
  static boolean titleCase(String text) {
    if (text.matches("(?s).*[.!?…\"”'’)]\\s*$")) return false;
    int words = 0;
    int capitalised = 0;
    for (String w : text.split("[^\\p{L}]+")) {
      if (w.length() < 4) continue;
      words++;
      if (Character.isUpperCase(w.charAt(0))) capitalised++;
    }
    return words >= 4 && capitalised * 5 >= words * 4;
  }

  /** "X is/are needed", "X is key to", "It was agreed that", "Actions to be taken include", reported calls. */
  private static final java.util.regex.Pattern EXTRA_CUES = java.util.regex.Pattern.compile(String.join("|",
      "(?i)\\b(?:is|are|be|remains?|appears?|seems?|(?:is|are) becoming) (?:urgently |still |also |therefore |thus |clearly |more |most |increasingly |increasing |particularly |especially |absolutely |so |very |extremely |critically )*(?:needed|required|necessary|essential|crucial|vital|key|critical|indispensable|urgent)\\b(?! to (?:note|say|mention|remember|this success))",
      "(?i)\\b(?:is|are|remains?) (?:extremely|very|particularly|especially|absolutely|critically|increasingly|so|also|equally) important\\b",
      "(?i)\\bhas never been more (?:important|crucial|urgent|necessary)\\b",
      "(?i)\\brequires? (?:the )?(?:action|efforts?|cooperation|collaboration|commitment|investment|engagement|participation|coordination) of\\b",
      "(?i)^\\W*[A-Z]\\w+ing\\b[^.]{0,60}\\brequires\\b",
      "(?i)\\bit was (?:agreed|recommended|suggested|proposed|stressed|emphasi[sz]ed|noted) that\\b",
      "(?i)\\bactions? (?:to be taken|needed|required) (?:include|are|is)\\b",
      "(?i)\\b(?:stress|emphasi[sz]|underlin|highlight|underscor|reiterat|recogni[sz]|acknowledg|point(?:ed|ing)? (?:out|to)|not)(?:ed|ing|e)? (?:on )?the (?:ongoing |urgent |continued |growing |clear |pressing )?(?:need|importance|necessity|urgency)\\b",
      // the same verbs with the need further on: "underscored the ongoing challenges ... and the need for continued efforts"
      "(?i)\\b(?:stress|emphasi[sz]|underlin|underscor|reiterat)(?:ed|ing|es)\\b[^.;:]{1,80}?\\band the (?:ongoing |urgent |continued |growing |clear |pressing )?need (?:for|to)\\b",
      // a need named as the point of a discussion: "one issue raised ... was the need for equitable access"
      "(?i)\\b(?:is|was|are|were|remains?) (?:a |the )(?:clear |growing |urgent |pressing |strong |real )?need (?:for|to)\\b",
      "(?i)\\balongside the need for\\b",
      "(?i)\\b(?:requires?|demands?)\\s+(?:urgent|coordinated|collective|concerted|sustained|stronger|greater|joint) "));

  private static final Set<String> MODALS = Set.of("should", "must", "ought", "shall");
  private static final Set<String> ADJECTIVES = Set.of("essential", "important", "crucial", "necessary", "vital",
      "critical", "imperative", "key", "urgent", "paramount", "fundamental");
  private static final Set<String> ADDRESSING_VERBS = Set.of("urge", "encourage", "invite", "recommend", "call",
      "advise", "suggest", "propose", "ask", "request");
  private static final Set<String> IMPERATIVE_VERBS = Set.of("ensure", "promote", "invest", "develop", "strengthen",
      "support", "adopt", "establish", "create", "build", "foster", "encourage", "enable", "protect", "increase",
      "improve", "expand", "include", "involve", "consider", "prioritize", "prioritise", "address", "engage", "provide",
      "implement", "recognise", "recognize", "respect", "avoid", "reduce", "integrate", "harmonise", "harmonize",
      "focus", "leverage", "facilitate", "design", "empower", "guarantee", "safeguard", "mainstream", "uphold",
      "coordinate", "collaborate", "cooperate", "align", "bridge", "close", "make", "put", "take", "continue", "raise",
      "review", "revise", "update", "share", "publish", "monitor", "assess", "fund", "train", "educate", "embed");
  /** Verbs after a modal that make the sentence procedural, not a recommendation. */
  private static final Set<String> PROCEDURAL = Set.of("move", "go", "stop", "wrap", "finish", "end", "leave",
      "conclude", "hurry", "begin", "break", "adjourn", "switch", "mute", "unmute", "introduce", "thank",
      "check", "ask", "say", "mention", "clarify", "remind", "apologise", "apologize", "give");
  private static final int SPAN = 14;
  /** Addressing verbs that also name everyday acts (inviting a speaker, asking a question). */
  private static final Set<String> SOFT_ADDRESSING = Set.of("invite", "encourage", "ask", "request");
  /** Verbs that make a direct call: "we urge governments to", "calls on the private sector to". */
  private static final Set<String> STRONG_ADDRESSING = Set.of("urge", "call", "recommend");

  private final Actors actors = Actors.get();
  private static final PlainAnalyzer PLAIN = new PlainAnalyzer();

  public List<Found> detect(List<NlpText.Sentence> sentences) {
    return detect(sentences, Context.NONE);
  }

  /** The recommendations among {@code sentences}, each sentence judged with the one before it as context. */
  public List<Found> detect(List<NlpText.Sentence> sentences, Context context) {
    List<Found> out = new java.util.ArrayList<>();
    String previous = context.previous();
    for (NlpText.Sentence s : sentences) {
      Found f = detect(s, new Context(context.transcript(), previous));
      if (f != null) out.add(f);
      previous = s.text();
    }
    return out;
  }

  Found detect(NlpText.Sentence s) {
    return detect(s, Context.NONE);
  }

  /**
   * A candidate from the cues, then the decision: boilerplate, questions, headings, descriptions of a session or
   * document, aims and mandates, instructions and invitations, first-person and procedural talk and past
   * narration are not recommendations; in a transcript a bare "we need to / we should" without an addressee is
   * talk, not a recommendation.
   */
  Found detect(NlpText.Sentence s, Context context) {
    String text = s.text().strip();
    if (s.tokens().isEmpty() || HEADING.matcher(text).find() || titleCase(text)) return null; // questions: "\\?" below
    if (NOT_A_RECOMMENDATION.matcher(text).find()) return null;
    Found f = candidate(s);
    if (f == null) {
      java.util.regex.Matcher m = EXTRA_CUES.matcher(text);
      if (!m.find() || s.tokens().size() < 5) return null;
      String cue = m.group().strip().toLowerCase(Locale.ROOT);
      int at = tokenAt(s.tokens(), m.start() + (s.text().length() - s.text().stripLeading().length()));
      java.util.Set<String> a = cue.startsWith("it was") || cue.startsWith("actions") || cue.matches("(?:stressed|emph|under|highl|reit|recog|point|noted|called).*")
          ? actorsAfter(s.tokens(), at + 1) : subjectActors(s.tokens(), Math.max(0, firstWord(s.tokens())), Math.max(0, at));
      double strength = cue.startsWith("it was") || cue.startsWith("actions") || cue.contains("the need") ? 0.5 : 0.4;
      f = found(s, cue.replaceAll("\\s+", " "), a, strength);
    }
    if (context.transcript() && f.actors().isEmpty() && f.strength() < 0.8
        && lower(text).matches("^(?:and |so |but |now |i think |well |yes |okay |ok )*(?:we|you|they|it|this|that|there)\\b.*")) {
      return null;
    }
    if (f.actors().isEmpty() && context.previous() != null && startsWithPronoun(s.tokens())
        && SESSION_PEOPLE.matcher(context.previous()).find()) {
      return null; // "They should also be available to the moderators": instructions to a session's people, told before
    }
    if (f.actors().isEmpty() && context.previous() != null && startsWithPronoun(s.tokens())) {
      List<NlpText.Token> prev = PLAIN.analyze(context.previous()).sentences().stream().flatMap(x -> x.tokens().stream()).toList();
      java.util.Set<String> previousActors = actors.in(prev, 0, prev.size());
      if (!previousActors.isEmpty()) f = new Found(f.text(), f.begin(), f.end(), f.cue(), List.copyOf(previousActors), Math.max(f.strength(), 0.8));
    }
    return f;
  }

  private static boolean startsWithPronoun(List<NlpText.Token> t) {
    int first = firstWord(t);
    return first >= 0 && lower(t.get(first).word()).matches("they|these|those");
  }

  private static int tokenAt(List<NlpText.Token> t, int offset) {
    for (int i = 0; i < t.size(); i++) if (t.get(i).end() > offset) return i;
    return t.size() - 1;
  }

  private Found candidate(NlpText.Sentence s) {
    List<NlpText.Token> t = s.tokens();
    int first = firstWord(t);
    if (first < 0) return null;
    for (int i = first; i < t.size(); i++) {
      NlpText.Token tok = t.get(i);
      String w = lower(tok.word());
      String lemma = tok.lemma();
      // modals: "governments should", "all stakeholders must", "we ought to"
      if (i > first && lower(t.get(i - 1).word()).matches("that|which|who|whom|they") && !nounClauseThat(t, first, i - 1)
          && (MODALS.contains(w) || w.equals("need") || w.equals("needs"))) continue; // a relative clause, not the main verb
      if (MODALS.contains(w) && (tok.pos() == null || tok.pos().equals("MD") || w.equals("ought"))) {
        if (counterfactual(t, i) || procedural(t, i + 1)) return null;
        if (w.equals("shall") && !t.get(Math.max(0, i - 1)).word().equalsIgnoreCase("we")) continue;
        java.util.Set<String> a = subjectActors(t, first, i);
        return found(s, w, a, a.isEmpty() ? 0.6 : 0.8);
      }
      // need to / needs to / have to / has to
      if ((w.equals("need") || w.equals("needs") || w.equals("have") || w.equals("has")) && next(t, i, "to")) {
        if (procedural(t, i + 2)) return null;
        if (w.startsWith("ha") && !modalLike(t, i)) continue;
        boolean nounNeed = i > first && lower(t.get(i - 1).word()).matches("the|a|an|urgent|clear|strong|great|growing|pressing");
        java.util.Set<String> a = nounNeed ? actorsAfter(t, i + 1) : subjectActors(t, first, i);
        return found(s, w + " to", a, a.isEmpty() ? 0.6 : 0.8);
      }
      // there is a need for / to
      if (w.equals("need") && (next(t, i, "for")) && (i == first || existential(t, first, i))) {
        return found(s, "need for", actorsAfter(t, i + 1), 0.5);
      }
      // it is essential that / to
      if (ADJECTIVES.contains(w) && i >= 2 && isBe(t.get(i - 1)) && (next(t, i, "that") || next(t, i, "to") || next(t, i, "for"))) {
        java.util.Set<String> a = next(t, i, "for") ? actorsUntil(t, i + 2, "to") : actorsAfter(t, i + 1);
        return found(s, "it is " + w, a, a.isEmpty() ? 0.5 : 0.8);
      }
      // recommend, urge, encourage, call on/for, invite ... to
      if (ADDRESSING_VERBS.contains(lemma) && (tok.pos() == null || tok.pos().startsWith("VB"))) {
        if (lemma.equals("call") && !(next(t, i, "on") || next(t, i, "upon") || next(t, i, "for"))) continue;
        if ((lemma.equals("invite") || lemma.equals("ask") || lemma.equals("request")) && !hasLater(t, i, "to")) continue;
        if ((lemma.equals("suggest") || lemma.equals("propose") || lemma.equals("advise")) && !next(t, i, "that")
            && !(i + 1 < t.size() && t.get(i + 1).lemma().equals("to"))) continue;
        boolean passive = i > first && t.get(i - 1).lemma().equals("be"); // "all stakeholders are called upon to ..."
        java.util.Set<String> a = passive ? subjectActors(t, first, i - 1) : actorsAfter(t, i + 1);
        // inviting, encouraging, asking and requesting someone is a recommendation only when a stakeholder group
        // is addressed in the present ("governments are encouraged to", "we encourage the private sector to"),
        // not a speaker to the stage, a participant to the microphone or a past invitation
        boolean soft = SOFT_ADDRESSING.contains(lemma);
        if (soft && (a.isEmpty() || tok.pos() != null && tok.pos().equals("VBD")
            || passive && i >= 2 && lower(t.get(i - 1).word()).matches("was|were|been"))) continue;
        boolean direct = STRONG_ADDRESSING.contains(lemma) && !passive;
        return found(s, lemma, a, soft ? 0.7 : direct && !a.isEmpty() ? 1.0 : 0.8);
      }
    }
    // imperative point: "Ensure that ...", "Invest in community networks."
    NlpText.Token head = t.get(first);
    NlpText.Token after = first + 1 < t.size() ? t.get(first + 1) : null;
    boolean verbLike = head.pos() == null || head.pos().matches("VB|VBP|NN|NNP");
    boolean notSubject = after == null || after.pos() == null || !(after.pos().startsWith("VB") || after.pos().equals("MD"));
    if (IMPERATIVE_VERBS.contains(lower(head.word())) && lower(head.word()).equals(head.lemma()) && verbLike && notSubject
        && Character.isUpperCase(head.word().charAt(0)) && t.size() - first >= 4) {
      return found(s, "imperative " + head.lemma(), actors.in(t, first + 1, t.size()), 0.6);
    }
    return null;
  }

  /** The recommendation without a leading bullet or number ("- ", "2. "), offsets adjusted. */
  private Found found(NlpText.Sentence s, String cue, java.util.Set<String> a, double strength) {
    int first = firstWord(s.tokens());
    int skip = first <= 0 ? 0 : s.tokens().get(first).begin(); // token offsets are relative to the sentence
    skip = Math.max(0, Math.min(skip, s.text().length()));
    return new Found(s.text().substring(skip), s.begin() + skip, s.end(), cue, List.copyOf(a), strength);
  }

  /** Actors between {@code from} and the first {@code stop} word ("for governments to ..."). */
  private java.util.Set<String> actorsUntil(List<NlpText.Token> t, int from, String stop) {
    int to = from;
    while (to < t.size() && to < from + SPAN && !lower(t.get(to).word()).equals(stop)) to++;
    return actors.in(t, from, to);
  }

  /**
   * Actors in the subject: from the last clause boundary before the cue up to the cue. A comma that separates
   * actors in a list ("Governments, civil society and the private sector should") is not a boundary. An actor
   * word that only modifies the subject's head noun ("Youth participation must") does not count.
   */
  private java.util.Set<String> subjectActors(List<NlpText.Token> t, int first, int cue) {
    int from = first;
    for (int i = cue - 1; i >= first; i--) {
      String w = lower(t.get(i).word());
      boolean listComma = w.equals(",") && !actors.in(t, Math.max(first, i - 3), i).isEmpty();
      if (w.equals("that") || w.equals(";") || w.equals(":") || w.equals("which") || (w.equals(",") && !listComma)) {
        from = i + 1;
        break;
      }
    }
    int to = cue;
    NlpText.Token last = cue - 1 >= from ? t.get(cue - 1) : null;
    if (last != null && last.pos() != null && last.pos().startsWith("NN") && actors.in(t, cue - 1, cue).isEmpty()
        && !actors.in(t, Math.max(from, cue - 3), cue - 1).isEmpty() && !actors.in(t, from, cue).isEmpty()) {
      // the head noun is not an actor: "Youth participation", "Government policies"
      java.util.Set<String> withHead = actors.in(t, from, cue);
      java.util.Set<String> withoutHead = actors.in(t, from, cue - 1);
      if (withHead.equals(withoutHead)) return java.util.Set.of();
    }
    return actors.in(t, from, to);
  }

  /** Actors named right after a cue ("call on governments and the private sector to ..."). */
  private java.util.Set<String> actorsAfter(List<NlpText.Token> t, int from) {
    int to = Math.min(t.size(), from + SPAN);
    for (int i = from; i < to; i++) {
      NlpText.Token tok = t.get(i);
      if (i > from + 1 && (MODALS.contains(lower(tok.word())) || (tok.pos() != null && tok.pos().equals("MD")))) {
        to = i;
        break;
      }
    }
    return actors.in(t, from, to);
  }

  /** "there is a (clear|growing) need for", "the need for X remains": not "the need for a coalition emerged". */
  private static boolean existential(List<NlpText.Token> t, int first, int need) {
    for (int j = Math.max(first, need - 4); j < need; j++) {
      String w = lower(t.get(j).word());
      if (w.equals("there") || w.equals("remains") || w.equals("is") && j > first && lower(t.get(j - 1).word()).equals("there")) return true;
    }
    return false;
  }

  /** "that" opening a noun clause ("It is essential that ...", "agreed that ...") rather than a relative one. */
  private static boolean nounClauseThat(List<NlpText.Token> t, int first, int that) {
    if (!lower(t.get(that).word()).equals("that") || that == first) return lower(t.get(that).word()).equals("they") && that == first;
    NlpText.Token before = t.get(that - 1);
    return before.pos() != null && (before.pos().startsWith("VB") || before.pos().startsWith("JJ")) || before.word().equals(",");
  }

  private static boolean counterfactual(List<NlpText.Token> t, int modal) {
    return modal + 2 < t.size() && lower(t.get(modal + 1).word()).equals("have") && lower(t.get(modal + 2).word()).equals("been");
  }

  /** "we need to move on", "I must thank": the verb after the cue (skipping "to", adverbs) is procedural. */
  private static boolean procedural(List<NlpText.Token> t, int from) {
    for (int i = from; i < Math.min(t.size(), from + 3); i++) {
      String w = lower(t.get(i).word());
      if (w.equals("to") || w.equals("now") || w.equals("just") || w.equals("also") || w.equals("really") || w.equals("be")) continue;
      return PROCEDURAL.contains(t.get(i).lemma());
    }
    return false;
  }

  /** "has to" / "have to" as obligation: not "have to do with", not possession. */
  private static boolean modalLike(List<NlpText.Token> t, int i) {
    return i + 2 < t.size() && !(lower(t.get(i + 2).word()).equals("do") && i + 3 < t.size() && lower(t.get(i + 3).word()).equals("with"));
  }

  private static boolean isBe(NlpText.Token t) {
    return t.lemma().equals("be") || lower(t.word()).matches("is|are|was|'s|remains|remain|becomes");
  }

  private static boolean next(List<NlpText.Token> t, int i, String word) {
    return i + 1 < t.size() && lower(t.get(i + 1).word()).equals(word);
  }

  private static boolean hasLater(List<NlpText.Token> t, int i, String word) {
    for (int j = i + 1; j < Math.min(t.size(), i + SPAN); j++) if (lower(t.get(j).word()).equals(word)) return true;
    return false;
  }

  /** Index of the first token that is a word (skips bullets and numbering such as "-", "1.", "(a)"). */
  private static int firstWord(List<NlpText.Token> t) {
    for (int i = 0; i < t.size(); i++) {
      String w = t.get(i).word();
      if (w.chars().anyMatch(Character::isLetter) && !(w.length() == 1 && i + 1 < t.size() && t.get(i + 1).word().equals(")"))) return i;
    }
    return -1;
  }

  private static String lower(String s) {
    return s.toLowerCase(Locale.ROOT);
  }
}
