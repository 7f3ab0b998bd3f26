package io.rapporteur.extractor.rules.exchange;

import io.rapporteur.contract.fact.ArgumentSpan;
import io.rapporteur.contract.fact.EntityRef;
import io.rapporteur.contract.fact.FactType;
import io.rapporteur.contract.fact.Place;
import io.rapporteur.contract.fact.Span;
import io.rapporteur.extractor.date.DateMention;
import io.rapporteur.extractor.date.PartialDate;
import io.rapporteur.extractor.discourse.Discourse;
import io.rapporteur.extractor.discourse.EventRecord;
import io.rapporteur.extractor.kb.Cue;
import io.rapporteur.extractor.kb.CueKind;
import io.rapporteur.extractor.mention.Mention;
import io.rapporteur.extractor.mention.MentionKind;
import io.rapporteur.extractor.rules.CueMatch;
import io.rapporteur.extractor.rules.FactDraft;
import io.rapporteur.extractor.rules.Roles;
import io.rapporteur.extractor.rules.Rule;
import io.rapporteur.extractor.rules.SentenceView;
import io.rapporteur.extractor.rules.Titles;
import io.rapporteur.extractor.segment.Token;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * EXCHANGE: a dialogue, consultation, symposium, seminar, round-table, forum, conference, workshop or session that
 * the sides "held", "sponsored", "hosted"..., or that "took place" / "will be held". Reads the ordinal(s), the
 * event's own title, its topic, place and attendance; splits "with Cuba, Laos and ..." into one bilateral fact per
 * named partner and pairs ordinals with dates under "respectively". "The next round will be held ..." continues the
 * last exchange.
 */
public final class ExchangeRule implements Rule {

    private static final Set<String> DETERMINERS = Set.of("the", "its", "their", "a", "an", "his", "her", "this",
            "these", "that", "our");
    private static final Set<String> TOPIC_STOPS = Set.of("with", "in", "at", "between", "from", "during", "held",
            "respectively", "by", "among", "which", "that", "was", "were", "is", "are", "will", "has", "have", "and",
            "to", "under", "since", "on", "together", "jointly", "organized", "organised", "hosted", "sponsored",
            "attended", "chaired", "where", "bringing", "gathering");
    private static final Set<String> BILATERAL = Set.of("DIALOGUE", "CONSULTATION");

    /** What the words before an exchange noun say: "the ninth and tenth", "its fourth human rights", "EU-China". */
    private record NounPhrase(int start, List<Integer> ordinals, int ordinalTok, List<String> topicWords,
                              boolean hasModifier, List<Mention> compounds, boolean international, int roundCount) {
    }

    /** How many sentences back a bilateral series may be what "the two sides ... the fifth session" continues. */
    private static final int SERIES_REACH = 3;
    /** Words after "UN" that leave it a noun ("convened by the UN in Durban"), not an adjective ("UN torture prevention body"). */
    private static final java.util.Set<String> FUNCTION_WORDS = java.util.Set.of("in", "on", "at", "and", "or", "to", "for",
            "of", "by", "with", "from", "as", "which", "that", "s");

    @Override
    public void apply(SentenceView v, List<FactDraft> out) {
        int before = out.size();
        titleSeries(v);
        applyInOrder(v, out);
        roundsListedAfterAColon(v, out.subList(before, out.size()));
    }

    /** The most tokens of the sides' compound before the series' noun: "EU-Viet Nam human rights dialogue". */
    private static final int MAX_TITLE_COMPOUND = 6;

    /**
     * A heading that names a series by its sides ("EU-Viet Nam human rights dialogue: a timeline"): the series, which
     * the rounds the text lists without naming it belong to ("3 December 2014 - Fourth round of the human rights
     * dialogue, Brussels.").
     */
    private static void titleSeries(SentenceView v) {
        if (!v.sentence().heading() || v.discourse.narrativeBegun() || !v.cues(CueKind.EXCHANGE_VERB).isEmpty()) {
            return;
        }
        for (CueMatch noun : v.cues(CueKind.EXCHANGE_NOUN)) {
            String format = noun.value(CueKind.EXCHANGE_NOUN);
            if (!BILATERAL.contains(format)) {
                continue;
            }
            List<Mention> sides = v.mentionsIn(Math.max(0, noun.tokStart() - MAX_TITLE_COMPOUND), noun.tokStart(), Roles.PARTY);
            if (sides.size() != 2 || sides.get(0).id() == null || sides.get(1).id() == null
                    || sides.get(0).id().equals(sides.get(1).id()) || !v.tokenIs(sides.get(0).tokEnd(), "-")) {
                continue;
            }
            FactDraft series = new FactDraft(FactType.EXCHANGE).code("format", format).entities("participants", sides);
            series.code("topic", "human rights");
            v.remember(format, series, v.text(sides.get(0).tokStart(), noun.tokEnd()));
            return;
        }
    }

    /**
     * "Two rounds of dialogue were held with the European Union: the fifth in London in April and the sixth in Vienna in
     * October": the exchanges read without a round, one per date, take the ordinals listed after the colon, in order.
     */
    private static void roundsListedAfterAColon(SentenceView v, List<FactDraft> drafts) {
        int colon = v.findWord(":", 0, v.tokens.size());
        if (colon < 0 || drafts.size() < 2) {
            return;
        }
        List<Integer> ordinals = new ArrayList<>();
        for (int k = colon + 1; k + 1 < v.tokens.size(); k++) {
            if (v.tokenIs(k, "the")) {
                int[] ordinal = v.ordinalAt(k + 1);
                if (ordinal != null) {
                    ordinals.add(ordinal[0]);
                }
            }
        }
        List<FactDraft> unnumbered = drafts.stream().filter(d -> d.type() == FactType.EXCHANGE
                && d.fields().get("ordinal") == null && d.date() != null).toList();
        if (ordinals.size() < 2 || unnumbered.size() != ordinals.size()) {
            return;
        }
        for (int i = 0; i < unnumbered.size(); i++) {
            unnumbered.get(i).fields().put("ordinal", ordinals.get(i));
        }
    }

    private void applyInOrder(SentenceView v, List<FactDraft> out) {
        hostsOfTheEventJustNamed(v, out);
        int consumedUntil = -1;
        List<Mention> lastSides = List.of();
        int lastNounEnd = -1;
        for (CueMatch session : v.cues(CueKind.EVENT_ANAPHOR)) {
            FactDraft sessionDay = sessionDayTold(v, session);
            if (sessionDay != null) {
                out.add(sessionDay); // its day joins the session's span (SessionOpeningAndClosing)
            }
        }
        for (CueMatch noun : v.cues(CueKind.EXCHANGE_NOUN)) {
            boolean alternative = v.tokenIs(noun.tokStart() - 1, "or") && lastNounEnd == noun.tokStart() - 1;
            lastNounEnd = noun.tokEnd();
            if (noun.tokStart() < consumedUntil || alternative) {
                continue; // "dialogues or consultations with A and B": one exchange each, of the format named first
            }
            if (v.ordinalEndingAt(noun.tokStart() - 1) == null && v.mentions().stream().anyMatch(m -> m.kind() == MentionKind.ORG
                    && m.id() != null && m.tokStart() < noun.tokStart() - (v.tokenIs(m.tokStart(), "the") ? 1 : 0)
                    && m.tokEnd() >= noun.tokEnd())) {
                // "the Asia Pacific Forum (of ...)": a body's name, not an exchange (but "held the Forum on
                // China-Africa Cooperation": a forum that is also a body, named by its noun)
                continue;
            }
            if (underFramework(v, noun)) {
                continue; // "the sixth symposium under the China-Germany Dialogue ...": the dialogue only frames it
            }
            if (inPassing(v, noun)) {
                continue; // "held a constructive dialogue with ... on 11 and 12 October, as part of its 86th session"
            }
            Token before = v.token(noun.tokStart() - 1);
            if (before != null && !before.isCapitalised() && (before.is("video") || before.is("web")
                    || before.is("telephone") || before.is("press")) && "CONFERENCE".equals(formatOf(noun))) {
                continue; // "held by video conference", "a press conference": how or where it was told, no exchange
            }             // (but "held video consultations with the African Union" is one)
            if (roundOfAnother(v, noun)) {
                continue; // "the third and fourth sessions of their Human Rights Dialogue": rounds of the dialogue
            }
            if ((v.tokenIs(noun.tokStart() - 3, "at") || v.tokenIs(noun.tokStart() - 3, "during"))
                    && v.tokenIs(noun.tokStart() - 2, "the") && v.tokenIs(noun.tokEnd(), ",")) {
                continue; // "At the fourth session, the two sides agreed ...": a frame, not an exchange reported here
            }
            if ("SESSION".equals(formatOf(noun)) && v.tokenIs(noun.tokEnd(), ",") && framedFromStart(v, noun.tokStart())) {
                continue; // "In the course of the three-week session, the Committee held dialogues with ...": a frame
            }
            int cs = v.clauseStart(noun.tokStart());
            int clauseEnd = v.clauseEnd(noun.tokEnd());
            CueMatch nearest = nearestVerb(v, noun, cs, clauseEnd);
            // "The Dialogue was preceded, two days earlier, by the fifth ... Seminar, jointly organised in Brussels by
            // A and B": the event "was preceded by" tells, whatever participle describes it
            CueMatch sequence = sequencingVerbBefore(v, noun, cs);
            final CueMatch verb = sequence != null ? sequence : nearest != null ? nearest : timelineEntryHead(v, noun);
            if (verb == null) {
                continue;
            }
            if (sequencing(v, verb) && (noun.tokStart() < verb.tokStart() || !byBefore(v, verb, noun))) {
                continue; // "The Dialogue was preceded ... by a seminar": the seminar is the event told here
            }
            // "..., and the eighth round took place in Brussels on 14 February 2019": a coordinated clause with a verb
            // of its own ends this exchange's clause (its place and date are not this one's)
            final int ce = verb.tokStart() < noun.tokStart() ? coordinatedClauseStart(v, noun.tokEnd(), clauseEnd) : clauseEnd;
            String format = noun.value(CueKind.EXCHANGE_NOUN);
            EventRecord bilateral = v.discourse.lastExchange();
            if ("SESSION".equals(format) && !v.tokenIs(noun.tokEnd(), "of") && bilateral != null
                    && BILATERAL.contains(bilateral.kind()) && v.sentence.index() - bilateral.sentence() <= SERIES_REACH
                    && !v.sidesReferredTo(cs, ce).isEmpty()) {
                format = bilateral.kind(); // "the two sides agreed that the fifth session would be convened": a round
            }
            Token head = v.token(noun.tokStart());
            boolean named = head.isCapitalised() && noun.tokStart() > 0;
            int nameStart = named ? Titles.extendLeft(v, noun.tokStart(), cs) : noun.tokStart();
            int nameEnd = named ? Math.max(noun.tokEnd(), Titles.extendRight(v, noun.tokEnd(), ce)) : noun.tokEnd();
            if (named && (nameStart == 0 && v.kb.isNameStopword(v.token(0).norm()))) {
                nameStart = 1;
            }
            NounPhrase np = nounPhrase(v, nameStart, cs);
            if (!named && np.ordinals().isEmpty() && !np.hasModifier() && isBareAnaphor(v, noun)) {
                continue; // "the symposium": a reference to an event already reported, not a new one
            }
            int venue = v.tokenIs(np.start() - 1, "the") ? np.start() - 2 : np.start() - 1;
            if (v.tokenIs(venue, "at") && verb.tokEnd() == venue && "HELD".equals(verb.value(CueKind.EXCHANGE_VERB))) {
                continue; // "the review took place at the twenty-fifth session": the session is where, not the event
            }
            int of = v.tokenIs(np.start() - 1, "the") ? np.start() - 2 : np.start() - 1;
            if (v.tokenIs(of, "of") && v.cues.stream().anyMatch(c -> c.tokEnd() == of
                    && ("NEXT".equals(c.value(CueKind.EVENT_ANAPHOR)) || "PREVIOUS".equals(c.value(CueKind.EVENT_ANAPHOR))))) {
                continue; // "the next round of the Human Rights Dialogue": nextRound reports that round
            }
            consumedUntil = nameEnd;
            String name = named ? v.text(nameStart, nameEnd) : null;
            String topic = named ? namedTopic(v, nameStart, noun, nameEnd) : null;
            int topicEnd = noun.tokEnd();
            if (topic == null) {
                int[] on = topicAfter(v, nameEnd, ce);
                if (on != null) {
                    topic = v.text(on[0], on[1]).toLowerCase(Locale.ROOT);
                    topicEnd = on[1];
                } else if (!np.topicWords().isEmpty()) {
                    topic = String.join(" ", np.topicWords()).toLowerCase(Locale.ROOT);
                }
            }
            if (topic != null && topicHasState(v, topic, nameStart, ce)) {
                topic = null;
            }
            if (!named && np.ordinals().isEmpty() && np.hasModifier() && topicEnd > noun.tokEnd()) {
                name = v.text(np.start(), topicEnd);
            }
            // participants
            List<Mention> sides = new ArrayList<>();
            if (verb.tokStart() < noun.tokStart()) {
                if (andBefore(v, verb.tokStart()) >= 0 && !lastSides.isEmpty()) {
                    // "China held dialogues with A and B, and held consultations with C", "..., and in April 2018
                    // held the first human rights consultation with the Russian Federation"
                    sides.addAll(lastSides);
                } else {
                    // "A, Chief of ... of the Office of the High Commissioner, opened the thirtieth session of the
                    // Committee on Migrant Workers": the session is the body's named after it, not its opener's
                    Mention owner = "SESSION".equals(format) && v.tokenIs(noun.tokEnd(), "of")
                            && (v.tokenIs(verb.tokStart(), "opened") || v.tokenIs(verb.tokStart(), "opens"))
                            && v.nearestLeft(verb.tokStart(), m -> m.kind() == MentionKind.PERSON) != null
                            ? v.firstRight(noun.tokEnd() + 1, Math.min(ce, noun.tokEnd() + 3),
                            m -> m.kind() == MentionKind.ORG && m.id() != null) : null;
                    if (owner != null) {
                        sides.add(owner);
                    } else {
                        Mention subject = v.nearestLeft(verb.tokStart(), m -> Roles.PARTY.test(m) && !v.isObject(m));
                        if (subject != null) {
                            sides.addAll(v.coordinatedLeft(subject, Roles.PARTY));
                        }
                    }
                }
            }
            if (verb.tokStart() > noun.tokEnd() && sides.isEmpty()) {
                // "the constructive dialogue Vietnam held with the UN Committee against Torture": the relative
                // clause's subject holds it
                final int nounEnd = noun.tokEnd();
                final int verbAt = verb.tokStart();
                Mention holder = v.firstRight(nounEnd, verbAt, m -> Roles.PARTY.test(m) && m.tokStart() == nounEnd
                        && m.tokEnd() == verbAt);
                if (holder == null && (v.tokenIs(nounEnd, "that") || v.tokenIs(nounEnd, "which"))) {
                    // "the constructive dialogue that a Vietnamese delegation had held with the Committee": the
                    // relative clause's subject, past its article, its "delegation" and its auxiliary
                    holder = v.firstRight(nounEnd + 1, verbAt, m -> Roles.PARTY.test(m) && m.tokStart() <= nounEnd + 2
                            && m.tokEnd() >= verbAt - 2 && onlyDelegationOrAuxiliary(v, m.tokEnd(), verbAt));
                }
                if (holder != null) {
                    sides.add(holder);
                }
            }
            if (!named) {
                addSides(sides, np.compounds());
            }
            if (named) {
                final int from = np.start();
                addSides(sides, v.mentionsIn(0, noun.tokStart(), // "EU-China Human Rights Dialogue"
                        m -> Roles.PARTY.test(m) && m.tokEnd() > from && m.tokEnd() <= noun.tokStart()));
            }
            CueMatch attending = v.firstCue(CueKind.ATTENDING, nameEnd, ce);
            // not the partner of a later predicate: "held ... in Beijing, and China also held consultations with Pakistan"
            CueMatch laterVerb = v.firstCue(CueKind.EXCHANGE_VERB, Math.max(nameEnd, verb.tokEnd()), ce);
            int commaAnd = laterVerb == null ? -1 : v.findWord("and", Math.max(nameEnd, verb.tokEnd()), laterVerb.tokStart());
            int withLimit = commaAnd > 0 && v.tokenIs(commaAnd - 1, ",") ? laterVerb.tokStart() : ce;
            int withTok = findWith(v, nameEnd, withLimit);
            int attendanceWith = attending != null && "WITH".equals(attending.value(CueKind.ATTENDING))
                    ? lastWithBefore(v, nameEnd, attending.tokStart()) : -1;
            List<Mention> partners = List.of();
            if (withTok >= 0 && withTok != attendanceWith) {
                Mention firstPartner = v.firstRight(withTok + 1, withTok + 2, Roles.PARTY);
                if (firstPartner == null) {
                    firstPartner = namedAmong(v, withTok + 1, ce);
                }
                if (firstPartner != null) {
                    partners = v.coordinatedRight(firstPartner, Roles.PARTY);
                }
            }
            // "consultations with Russia in Moscow in April, and with the African Union in Addis Ababa in September":
            // each "and with" adds a partner with a place and date of its own
            boolean segmented = false;
            if (!partners.isEmpty()) {
                List<Mention> more = new ArrayList<>(partners);
                int from = partners.get(partners.size() - 1).tokEnd();
                for (int w = v.findWord("with", from, ce); w >= 0; w = v.findWord("with", w + 1, ce)) {
                    Mention next = v.tokenIs(w - 1, "and") ? v.firstRight(w + 1, Math.min(ce, w + 3), Roles.PARTY) : null;
                    if (next != null && next.tokStart() > from) {
                        more.addAll(v.coordinatedRight(next, Roles.PARTY));
                        segmented = true;
                    }
                }
                partners = more;
            }
            if (partners.size() == 1) {
                // "dialogues with the delegations of Uruguay on 31 May and 1 June, Australia on 5 and 6 June, and
                // Liechtenstein on 12 June": partners each followed by its own days
                List<Mention> interleaved = interleavedPartners(v, partners.get(0), ce);
                if (interleaved.size() > 1) {
                    partners = interleaved;
                    segmented = true;
                }
            }
            if (verb.tokStart() < noun.tokStart()) {
                // "In cooperation with the UNDP, the Ministry of Foreign Affairs organized ... a seminar"
                addSides(sides, cooperatingWith(v, cs, verb.tokStart()));
                // "Jamaica also hosted, jointly with OHCHR, a subregional workshop", "the EU and the AU co-hosted with
                // the Government of The Gambia a round table": co-organisers between the verb and the exchange
                addSides(sides, coHostsBetween(v, verb, nameStart));
            }
            if (partners.isEmpty() && named) { // "The 8th Dialogue with the European Union is expected to ..."
                int within = v.findWord("with", noun.tokEnd(), nameEnd);
                Mention partner = within < 0 ? null : v.firstRight(within + 1, within + 2, Roles.PARTY);
                if (partner != null) {
                    partners = v.coordinatedRight(partner, Roles.PARTY);
                }
            }
            // ("was preceded by a seminar, co-organised by A and B": its hosts too)
            List<Mention> hosts = verb.tokStart() > noun.tokStart() || sequencing(v, verb) ? passiveHosts(v, nameEnd, ce)
                    : List.of();
            if (hosts.isEmpty() && verb.tokStart() > nameEnd) {
                hosts = relativeHosts(v, nameEnd, verb); // "the 13th Workshop ..., which China and OHCHR co-hosted in"
            }
            CueMatch described = sequencing(v, verb) ? v.firstCue(CueKind.EXCHANGE_VERB, nameEnd, ce) : null;
            if (hosts.isEmpty() && described != null) {
                // "was preceded by a seminar ..., which the EU Delegation organised in Tashkent jointly with the
                // National Centre for Human Rights": the relative clause's hosts and those it organised with
                hosts = new ArrayList<>(relativeHosts(v, Math.max(nameEnd, topicEnd), described));
                if (!hosts.isEmpty()) {
                    addSides(hosts, cooperatingWith(v, described.tokEnd(), Math.min(ce, described.tokEnd() + CO_HOSTS_REACH)));
                }
            }
            if (hosts.isEmpty() && verb.tokStart() > noun.tokStart() && nameStart > 2 && v.findWord(",", 0, nameStart) > 0) {
                // "Co-sponsored by A and B, the 2015 Beijing Forum on Human Rights was held in Beijing": a fronted participle
                hosts = passiveHosts(v, 0, v.findWord(",", 0, nameStart));
            }
            if (!hosts.isEmpty()) {
                sides.clear(); // "the China-Africa seminar ..., co-hosted by A and B": the hosts, not the compound
                sides.addAll(hosts);
            }
            if (sides.isEmpty() && partners.isEmpty() && (v.tokenIs(nameEnd, "under") || v.tokenIs(nameEnd, "within"))) {
                // "the sixth symposium under the China-Germany Dialogue on the Rule of Law": the sides of the framework
                CueMatch frame = v.firstCue(CueKind.EXCHANGE_NOUN, nameEnd + 1, Math.min(ce, nameEnd + MAX_FRAME_NAME));
                if (frame != null) {
                    addSides(sides, v.mentionsIn(nameEnd + 1, frame.tokStart(), Roles.PARTY));
                }
            }
            // also inside a title that ran on over it: "The 11th Human Rights Dialogue between the Kyrgyz Republic and ..."
            int betweenTok = v.findWord("between", noun.tokEnd(), Math.min(ce, nameEnd + 2));
            int betweenEnd = -1; // "the human rights dialogue between Switzerland and Nigeria": part of its full name
            if (betweenTok >= 0) {
                Mention a = v.firstRight(betweenTok + 1, betweenTok + 3, Roles.PARTY);
                if (a != null) {
                    List<Mention> between = v.coordinatedRight(a, Roles.PARTY);
                    sides.addAll(between);
                    betweenEnd = between.size() > 1 ? between.get(between.size() - 1).tokEnd() : -1;
                }
            }
            // "The ninety-third session of the Committee will be held from ...", "The 62nd Session of the UN Commission
            // on Human Rights was held in ...": the body whose session it is (not "attended the 61st session of the
            // Commission")
            int ownerOf = !named ? nameEnd : v.tokenIs(noun.tokEnd(), "of") && nameEnd > noun.tokEnd() + 1 ? noun.tokEnd() : -1;
            if (sides.isEmpty() && partners.isEmpty() && "SESSION".equals(format) && ownerOf >= 0 && v.tokenIs(ownerOf, "of")
                    && verb.tokStart() >= nameEnd && v.firstCue(CueKind.ATTENDANCE, cs, noun.tokStart()) == null) {
                Mention owner = v.firstRight(ownerOf + 1, Math.min(ce, ownerOf + 3), m -> m.kind() == MentionKind.ORG
                        && m.id() != null && (m.tokStart() == ownerOf + 1 || v.tokenIs(ownerOf + 1, "the")));
                if (owner != null) {
                    sides.add(owner);
                }
            }
            if (sides.isEmpty() && partners.isEmpty() && "SESSION".equals(format) && !named && verb.tokStart() >= nameEnd) {
                // "The Committee's ninety-sixth session will be held from 6 to 30 August 2018"
                // (its ordinal may be long: "The Committee's one hundred and twenty-fifth session")
                final int nounStart = noun.tokStart();
                final int reach = np.ordinals().size() == 1 ? Math.min(nounStart - 6, np.start() - 3) : nounStart - 6;
                Mention owner = v.nearestLeft(nounStart, m -> m.kind() == MentionKind.ORG && m.id() != null
                        && m.tokEnd() >= reach && v.possessive(m));
                if (owner != null) {
                    sides.add(owner);
                }
            }
            int its = np.start() - 1;
            if (sides.isEmpty() && partners.isEmpty() && "SESSION".equals(format) && v.tokenIs(its, "its")
                    && (its == 0 || v.tokenIs(its - 1, ",") || v.tokenIs(its - 1, "that") && v.tokenIs(its - 2, "decided"))
                    && verb.tokStart() >= nameEnd) {
                // "Its sixty-eighth session is scheduled to take place from ...", "It also decided that its fifty-eighth
                // session would be held in July 2014": the committee the release is about
                String owner = v.discourse.committee() != null ? v.discourse.committee() : v.discourse.lastSubjectBody();
                if (owner != null) {
                    Token t = v.token(its);
                    sides.add(new Mention(MentionKind.ORG, owner, its, its + 1, t.start(), t.end(), t.text(), null, null, true));
                }
            }
            if (sides.isEmpty() && partners.isEmpty() && "SESSION".equals(format) && !np.ordinals().isEmpty()
                    && verb.tokStart() >= nameEnd && v.tokenIs(np.start() - 1, "the")
                    // (not where the sentence names a body of its own: "the Universal Periodic Review ... at the forty-first session")
                    && v.mentionsIn(0, v.tokens.size(), m -> m.kind() == MentionKind.ORG && m.country() == null).isEmpty()) {
                // "The 64th Ordinary Session of the ACHPR was held in ... . ... the 65th Ordinary Session, which took
                // place in Banjul ...": another numbered session of the body whose session the text last reported
                EventRecord last = v.discourse.lastEvent("SESSION");
                List<EntityRef> owners = last == null ? List.of() : last.fact().entities("participants");
                if (owners.size() == 1 && owners.get(0).id() != null && !np.ordinals().get(0)
                        .equals(last.fact().field("ordinal"))) {
                    sides.add(v.inferred(MentionKind.ORG, owners.get(0).id(), noun.tokStart(), noun.tokEnd()));
                }
            }
            if (sides.isEmpty() && !partners.isEmpty() && "DIALOGUE".equals(format) && v.discourse.committee() != null
                    && partners.stream().allMatch(p -> p.kind() == MentionKind.STATE)) {
                // a committee's release: "The dialogues with Japan and New Zealand were held on ...": its dialogues
                sides.add(v.inferred(MentionKind.ORG, v.discourse.committee(), noun.tokStart(), noun.tokEnd()));
            }
            if (sides.isEmpty() && !partners.isEmpty() && BILATERAL.contains(format) && verb.tokStart() > noun.tokStart()) {
                // "The annual human rights consultation with Norway ... was postponed": the text's own state is the
                // other side
                Mention own = v.mainState(noun);
                if (own != null && partners.stream().noneMatch(p -> own.id().equals(p.actingState()))) {
                    sides.add(own);
                }
            }
            if (sides.isEmpty() && !partners.isEmpty() && "DIALOGUE".equals(format)
                    && partners.stream().allMatch(p -> p.kind() == MentionKind.ORG && p.id() != null
                    && v.kb.monitoredTreaty(p.id()) != null)
                    && v.findWord("delegation", cs, Math.min(noun.tokStart(), verb.tokStart())) >= 0) {
                // a state's own report: "The delegation, led by the Minister of Justice, held a constructive dialogue
                // with the Committee against Torture": the text's state
                Mention own = v.mainState(noun);
                if (own != null) {
                    sides.add(own);
                }
            }
            if (sides.isEmpty() && partners.isEmpty()) {
                // "the two delegations co-hosted a round table", "A joint seminar ..., was cancelled"
                sides.addAll(v.sidesReferredTo(cs, Math.max(verb.tokEnd(), noun.tokEnd())));
            }
            if (sides.isEmpty() && partners.isEmpty() && sequencing(v, verb) && !hostingVerbAfter(v, nameEnd, ce)) {
                // "The dialogue was preceded on 21 June by a round table on ...": one of the dialogue's sides'
                sides.addAll(sidesOfTheExchangeBefore(v, verb));
            }
            EventRecord antecedent = null;
            if (sides.isEmpty() && partners.isEmpty()) {
                antecedent = definiteAntecedent(v, noun, nameStart, format, named ? v.text(nameStart, nameEnd) : null);
                // a world conference belongs to the UN, not to the city's state
                Mention host = antecedent == null && named && !v.tokenIs(nameStart, "world")
                        && internationalByName(v, nameStart, nameEnd, ce) ? hostByPlace(v, nameEnd, verb, ce) : null;
                if (host != null) {
                    sides.add(host); // "the South-South Human Rights Forum was held in Beijing": its host's
                } else if (antecedent == null) {
                    if (named && "HELD".equals(verb.value(CueKind.EXCHANGE_VERB))) { // its hosts may come next: "Co-sponsored by A and B, the forum ..."
                        SentenceView.PlaceHit where = v.placeIn(nameEnd, ce);
                        DateMention when = v.datesIn(nameEnd, ce).stream().filter(d -> d.iso() != null).findFirst()
                                .orElse(v.nearestDate(noun.tokStart()));
                        // (with the year its name begins with: "The 2015 Beijing Forum on Human Rights")
                        int from = nameStart > 0 && v.token(nameStart - 1).isNumber() ? nameStart - 1 : nameStart;
                        v.discourse.eventAwaitingHosts(new Discourse.EventAwaitingHosts(format, v.text(from, nameEnd),
                                where == null ? null : where.place(), when == null ? null : when.iso(), ofItsKind(v),
                                v.sentence.index()));
                    }
                    continue;
                } else {
                    name = antecedent.fact().text("name");
                    topic = antecedent.fact().text("topic");
                }
            }
            lastSides = List.copyOf(sides);
            if (antecedent == null && !named && !np.international() && !internationalTopic(v, topic)
                    && looksDomestic(sides, partners)) {
                continue; // "the NPC held a session", "China held a national conference": not an international exchange
            }
            if (antecedent == null && name != null && nameEnd - nameStart == noun.tokEnd() - noun.tokStart()) {
                // "agreed to hold the 18th Dialogue in China": the bare title of the series these sides hold
                EventRecord series = sameSides(v, format, sides, partners);
                if (series != null && series.fact().text("name") != null) {
                    name = series.fact().text("name");
                    topic = series.fact().text("topic");
                }
            }
            List<List<Mention>> groups = new ArrayList<>();
            // "held seminars ... with the Governments of Cambodia and Timor-Leste, in Phnom Penh in May and in Dili in
            // August, respectively": one exchange with each partner, whatever the format
            final int partnersFrom = nameEnd;
            boolean eachPartner = partners.size() >= 2 && v.respectively() && v.datesIn(partnersFrom, ce).stream()
                    .filter(d -> d.iso() != null).count() == partners.size();
            if (partners.size() >= 2 && (BILATERAL.contains(format) || eachPartner)) {
                for (Mention partner : partners) {
                    List<Mention> g = new ArrayList<>(sides);
                    g.add(partner);
                    groups.add(g);
                }
            } else if (partners.isEmpty() && sides.size() >= 3 && BILATERAL.contains(format) && !named
                    && v.token(noun.tokEnd() - 1).norm().endsWith("s")) {
                // "China and the EU, Britain and Australia held human rights dialogues": China with each of the others
                for (Mention partner : sides.subList(1, sides.size())) {
                    groups.add(List.of(sides.get(0), partner));
                }
            } else {
                List<Mention> g = new ArrayList<>(sides);
                g.addAll(partners);
                groups.add(g);
            }
            // place, attendance, status, dates
            SentenceView.PlaceHit place = v.placeIn(nameEnd, ce);
            if (place == null && verb.tokStart() > noun.tokStart()) {
                place = v.placeIn(verb.tokEnd(), ce);
            }
            if (place == null && verb.tokEnd() < nameStart) { // "organized in Hanoi, in September 2014, a seminar"
                place = v.placeIn(verb.tokEnd(), nameStart);
            }
            if (place == null && v.tokenIs(cs, "in")) { // "In the Fijian capital Suva, the Pacific Regional Conference"
                int comma = v.findWord(",", cs, nameStart); // (the fronted phrase only, not an earlier predicate's place)
                place = v.placeIn(cs, comma > cs ? comma : nameStart);
            }
            if (place == null && verb.tokEnd() - verb.tokStart() == 1 && verb.tokStart() < nameStart
                    && (v.tokenIs(verb.tokStart(), ":") || v.tokenIs(verb.tokStart(), "-")
                    || v.tokenIs(verb.tokStart(), "\u2013"))) {
                place = entryPlace(v, nameEnd); // a chronology's "...: fifth ... Dialogue, Hanoi."
            }
            String attendance = null;
            int attStart = 0;
            int attEnd = 0;
            if (attending != null) {
                if (attendanceWith >= 0) {
                    attStart = attendanceWith + 1;
                    attEnd = attending.tokStart();
                } else if ("BY".equals(attending.value(CueKind.ATTENDING))) {
                    attStart = attending.tokEnd();
                    attEnd = attStart;
                    while (attEnd < ce && !v.token(attEnd).is(".")
                            && !(v.token(attEnd).is(",") && !listGoesOn(v, attEnd, ce))) {
                        attEnd++;
                    }
                }
                if (attEnd > attStart) {
                    attendance = v.text(attStart, attEnd);
                }
            }
            String status = v.statusAround(cs, verb.tokStart() + 1, verb.value(CueKind.EXCHANGE_VERB));
            if (status == null && v.tokenIs(verb.tokEnd(), "by") && noun.tokStart() < verb.tokStart()) {
                // "A workshop on ..., organised by A and B, will be held on 16 August": the apposition's participle
                // says who, the main verb after it when
                CueMatch main = v.firstCue(CueKind.EXCHANGE_VERB, verb.tokEnd(), v.tokens.size());
                int comma = v.findWord(",", verb.tokEnd(), main == null ? verb.tokEnd() : main.tokStart());
                if (main != null && comma > 0 && v.tokenIs(main.tokStart() - 1, ",")
                        && !"HELD".equals(main.value(CueKind.EXCHANGE_VERB))) {
                    status = main.value(CueKind.EXCHANGE_VERB);
                }
            }
            CueMatch attributive = v.lastCue(CueKind.STATUS, cs, noun.tokStart());
            if (attributive != null && v.tokenIs(attributive.tokStart() - 1, "the") && verb.tokStart() > noun.tokStart()
                    && "HELD".equals(verb.value(CueKind.EXCHANGE_VERB))) {
                status = null; // "the postponed 12th round ... takes place in Hanoi": held now
            }
            if ("PLANNED".equals(status) && (v.tokenIs(verb.tokStart(), "opened") || v.tokenIs(verb.tokStart(), "began"))
                    && releaseDay(v, verb) != null) {
                status = null; // "..., which will run until 27 September, opened this morning": under way, not planned
            }
            String calledOff = calledOffAfter(v, Math.max(verb.tokEnd(), noun.tokEnd()), ce);
            if (calledOff != null) {
                status = calledOff; // "the dialogue, due to be held in Canberra in August, was cancelled"
            }
            List<Integer> ordinals = np.ordinals();
            if (ordinals.equals(List.of(1)) && np.ordinalTok() >= 0 && firstAfterGap(v, 1, np.ordinalTok() + 1)) {
                ordinals = List.of(); // "the first round to be held in person since the 12th Dialogue"
            }
            if (ordinals.isEmpty()) {
                // "took place for the fourth time", up to the next exchange the clause names
                CueMatch nextNoun = v.firstCue(CueKind.EXCHANGE_NOUN, noun.tokEnd(), ce);
                ordinals = nthTime(v, Math.min(noun.tokEnd(), verb.tokEnd()), nextNoun == null ? ce : nextNoun.tokStart());
            }
            boolean appositive = false;
            if (ordinals.isEmpty()) {
                ordinals = appositiveOrdinal(v, noun.tokEnd(), ce); // "held a dialogue in Oslo, the fifth since 2015"
                appositive = !ordinals.isEmpty();
            }
            if (ordinals.isEmpty() && verb.tokStart() > noun.tokStart()) {
                ordinals = roundAfterVerb(v, verb.tokEnd()); // "The ... Dialogue ... held its 15th round"
            }
            // (not the apposition of "The Sino-Swiss dialogue, launched in 1991, held its 14th session in 2017")
            if (ordinals.isEmpty() && v.tokenIs(verb.tokEnd() - 1, "launched") && !v.tokenIs(verb.tokStart() - 1, ",")
                    && !v.token(noun.tokEnd() - 1).norm().endsWith("s")) {
                ordinals = List.of(1); // "The China-Australia dialogue on human rights was launched in Beijing in August 1997"
            }
            String sharedYear = null;
            List<DateMention> dates = datesOutside(v, cs, ce, nameStart, nameEnd).stream()
                    .filter(d -> !postponedFrom(v, v.tokenAt(d.start()))).toList();
            List<DateMention> allDates = dates;
            dates = ownSideOfAnd(v, noun, cs, ce, dates);
            // the places of the first of two exchanges joined by ", and" are also before it
            final List<DateMention> ownDates = dates;
            int placeEnd = !ownDates.isEmpty() && allDates.stream().anyMatch(d -> !ownDates.contains(d) && d.start() > noun.end())
                    ? commaAnd(v, v.tokenAt(ownDates.get(ownDates.size() - 1).end() - 1), ce) : ce;
            int andTok = verb.tokStart() < noun.tokStart() ? andBefore(v, verb.tokStart()) : -1;
            CueMatch firstVerb = andTok >= 0 ? v.firstCue(CueKind.EXCHANGE_VERB, cs, andTok) : null;
            if (firstVerb != null) {
                // "held the fifth round ... with Russia in Moscow in October, and held human rights consultations with
                // Belarus and Laos": the first predicate's date is not the second's (a fronted "In 2002," is both's)
                final int and = andTok;
                final int first = firstVerb.tokStart();
                List<DateMention> own = dates.stream()
                        .filter(d -> v.tokenAt(d.start()) > and || v.tokenAt(d.start()) < first).toList();
                if (own.isEmpty() && !dates.isEmpty() && v.discourse.year() != null) {
                    sharedYear = String.valueOf(v.discourse.year()); // only the year the section is about
                }
                dates = own;
            }
            if (allDates.isEmpty() && sharedYear == null && v.tokenIs(verb.tokStart() - 1, "also")
                    && (v.tokenIs(verb.tokStart(), "held") || v.tokenIs(verb.tokStart(), "conducted")) // (not a sponsor's)
                    && v.discourse.year() != null && v.findWord("regular", cs, ce) < 0) { // not a habit's
                // a year's review: "China also held exchanges of views on human rights with Sweden, Brazil, ...": that year
                sharedYear = String.valueOf(v.discourse.year());
            }
            if (verb.tokStart() > nameEnd) { // "The Dialogue, which began in 1997, held ...": not this round's date
                // ... but "The consultation, which had been scheduled for November, was postponed" dates it
                dates = dates.stream().filter(d -> !v.inRelativeClause(v.tokenAt(d.start()), verb.tokStart())
                        || v.scheduledFor(v.tokenAt(d.start()))).toList();
            }
            final int nameEndForDates = nameEnd;
            final int nameStartForDates = nameStart;
            List<DateMention> toldBeforeBy = !sequencing(v, verb) ? List.of() : dates.stream().filter(d ->
                    v.tokenAt(d.start()) >= verb.tokEnd() && v.tokenAt(d.start()) < nameStartForDates).toList();
            if (!toldBeforeBy.isEmpty()) {
                // "The Dialogue was preceded on 5 November by a seminar ... on the AU theme of the year 2019": the day
                // between the verb and its "by" is the event's
                dates = toldBeforeBy;
            }
            if (dates.stream().anyMatch(d -> v.tokenAt(d.start()) >= nameEndForDates)) {
                // "Within the framework of the MoU signed ... in November 2000, China and OHCHR held a workshop ... in
                // May 2004": a date deep in a fronted phrase is another event's, where the exchange has its own after it
                dates = dates.stream().filter(d -> v.tokenAt(d.start()) >= nameEndForDates
                        || setsTheScene(v, v.tokenAt(d.start()))).toList();
            }
            // "In 2004, ... the 12th and 13th rounds ... in February and November, respectively": the year that sets
            // the scene before the exchange is not one of the paired dates
            List<DateMention> datesAfter = dates.stream().filter(d -> v.tokenAt(d.start()) >= nameEndForDates).toList();
            List<DateMention> pairedDates = dates.size() == ordinals.size() ? dates : datesAfter;
            // with as many dates as rounds, the dates go in order even where "respectively" is left unsaid ("In 2013
            // and 2014, China hosted the 11th and 12th workshops"); one date for all rounds would be wrong for all but one
            boolean pairwise = ordinals.size() > 1 && pairedDates.size() == ordinals.size();
            DateMention near = nearestOutside(v, noun.tokStart(), dates);
            DateMention respective = respectiveDate(v, noun, verb, cs, ce);
            if (respective != null) {
                near = respective; // "In May and December, respectively, China held its 12th dialogue with A and its 11th"
            }
            // "In the course of the session, the Committee held interactive dialogues with ...": the session's span
            // (not the exchange "was preceded by" it: its own date is told from that one's)
            EventRecord frame = dates.isEmpty() && !sequencing(v, verb)
                    ? v.eventReferredTo(cs, Math.min(noun.tokStart(), verb.tokStart())) : null;
            String framed = frame != null && !frame.kind().equals(format)
                    ? v.dateWithin(frame, cs, Math.min(noun.tokStart(), verb.tokStart())) : null;
            if ("POSTPONED".equals(status) || "CANCELLED".equals(status)) {
                // "initially planned for November, has been rescheduled for 2018": the date it was called off from
                near = dates.stream().filter(d -> v.scheduledFor(v.tokenAt(d.start()))).findFirst().orElse(near);
            }
            String ordinalText = np.ordinalTok() >= 0 && np.ordinalTok() == nameStart - 1 && named
                    ? v.token(np.ordinalTok()).text() : null;
            String fullName = name == null ? null : ordinalText == null ? name : ordinalText + " " + name;
            if (name != null && ordinalText == null && named && np.ordinalTok() >= 0 && np.ordinalTok() < nameStart
                    && nameStart - np.ordinalTok() <= 4 && (v.findWord("round", np.ordinalTok(), nameStart) > 0
                    || v.findWord("meeting", np.ordinalTok(), nameStart) > 0 || v.findWord("session", np.ordinalTok(), nameStart) > 0)) {
                // "The 22nd round of the UK-China Human Rights Dialogue was held ...", "The tenth meeting of the
                // EU-Bangladesh Sub-Group on ...": the round is part of its name
                int[] ordinal = v.ordinalEndingAt(np.ordinalTok());
                fullName = v.text(ordinal == null ? np.ordinalTok() : ordinal[1], nameEnd);
            }
            if (fullName != null && fullName.equals(name) && v.token(nameStart - 1) != null
                    && v.token(nameStart - 1).text().matches("(19|20)\\d\\d") && v.tokenIs(nameStart - 2, "the")) {
                // "The 2021 Nairobi Forum on Human Rights was held ...": the edition's year is part of its name
                fullName = v.token(nameStart - 1).text() + " " + name;
            }
            String headline = v.discourse.titleText();
            if (ordinalText != null && name != null && headline != null && v.mentionsIn(nameStart, nameEnd, Roles.PARTY).isEmpty()
                    && v.sentence.index() > 0) {
                // "held their 14th Human Rights Dialogue" under the title "... 14th African Union - European Union
                // Human Rights Dialogue": the round as its headline names it in full
                int at = headline.indexOf(ordinalText + " ");
                int end = at < 0 ? -1 : headline.indexOf(name, at);
                if (at >= 0 && end > at + ordinalText.length() + 1) {
                    fullName = headline.substring(at, end + name.length());
                }
            }
            if (fullName != null && name != null && headline != null
                    && (fullName.contains(" their " + name) || fullName.contains(" its " + name))) {
                // "held the 34th round of their Human Rights Dialogue" under "... 34th Round of the EU-China Human
                // Rights Dialogue": the dialogue as the headline names it
                String sidesName = headlineSidesName(headline, name);
                if (sidesName != null) {
                    fullName = fullName.replace(" their " + name, " the " + sidesName)
                            .replace(" its " + name, " the " + sidesName);
                }
            }
            if (name != null && headline != null && v.sentence.index() > 0 && np.ordinalTok() >= 0
                    && np.ordinalTok() < nameStart && v.findWord("round", np.ordinalTok(), nameStart) > 0
                    && (v.findWord("their", np.ordinalTok(), nameStart) > 0 || v.findWord("its", np.ordinalTok(), nameStart) > 0)) {
                // "held the 11th round of their annual Human Rights Dialogue" under the title "... on the 11th EU-Kyrgyz
                // Republic Human Rights Dialogue": the round as the headline names it
                int[] first = v.ordinalEndingAt(np.ordinalTok());
                String ordinal = v.text(first == null ? np.ordinalTok() : first[1], np.ordinalTok() + 1);
                int at = headline.indexOf(ordinal + " ");
                int end = at < 0 ? -1 : headline.indexOf(name, at);
                if (end > at) {
                    fullName = headline.substring(at, end + name.length());
                }
            }
            if (fullName == null) {
                fullName = v.text(np.ordinalTok() >= 0 ? np.ordinalTok() : noun.tokStart(),
                        Math.max(betweenEnd, Math.max(topicEnd, noun.tokEnd())));
            }
            if ((v.tokenIs(noun.tokEnd() - 1, "subcommittee") || v.tokenIs(noun.tokEnd() - 1, "subgroup")
                    || v.tokenIs(noun.tokEnd() - 1, "committee") || v.tokenIs(noun.tokEnd() - 1, "group"))
                    && (v.tokenIs(noun.tokEnd(), "on") || v.tokenIs(noun.tokEnd(), "for"))) {
                // a partnership's sub-committee or sub-group is a human rights dialogue only when its name says so
                // (not "the Sub-Committee on Trade and Investment", nor the GANHRI Sub-Committee on Accreditation; a
                // bare "the Sub-Group" is the one named before)
                String own = v.text(noun.tokStart(), Math.min(ce, noun.tokEnd() + 12)).toLowerCase(java.util.Locale.ROOT);
                if (!(own.contains("rights") || own.contains("governance") || own.contains("democracy")
                        || own.contains("rule of law")) || own.contains("accreditation")) {
                    continue;
                }
            }
            boolean plural = v.token(noun.tokEnd() - 1).norm().endsWith("s");
            if (ordinals.isEmpty() && partners.isEmpty() && sides.size() <= 1 && !named && status == null
                    && antecedent == null && plural && (near == null && framed == null || countedVaguely(v, noun.tokStart()))) {
                // "China has actively hosted international seminars and forums", "In 2014 China also hosted a number of
                // international seminars": a habit or a tally, no one event
                continue;
            }
            if (plural && v.sentence().heading() && ordinals.isEmpty() && dates.isEmpty() && status == null) {
                continue; // a section's heading: "5. Conferences hosted by Qatar"
            }
            List<Integer> rounds = ordinals.isEmpty() ? Collections.singletonList(null) : ordinals;
            List<SentenceView.PlaceHit> roundPlaces = roundPlaces(v, nameEnd, placeEnd, np.roundCount());
            final int afterName = nameEnd;
            List<DateMention> roundDates = dates.stream().filter(d -> v.tokenAt(d.start()) >= afterName).toList();
            // "In January and November respectively, China and the US held two rounds of dialogue": fronted dates
            if (roundDates.size() != np.roundCount() && dates.size() == np.roundCount()) {
                roundDates = dates;
            }
            boolean perRound = np.roundCount() >= 2 && roundDates.size() == np.roundCount() && ordinals.isEmpty()
                    && (roundPlaces.size() == np.roundCount() || roundPlaces.isEmpty() && v.respectively());
            if (perRound) {
                rounds = Collections.nCopies(np.roundCount(), null);
            }
            // "had held 37 rounds of dialogue with the EU", "hosted the Forum nine times", "have held a dialogue
            // annually": a tally or a habit, no one exchange; the series is remembered for the rounds named next
            boolean seriesOnly = !perRound && (np.roundCount() > 2 && ordinals.isEmpty() || timesOver(v, nameEnd, ce)
                    || ordinals.isEmpty() && habitual(v, cs, ce));
            // "the 15th and 16th dialogues in Canberra and Hanoi in 2017 and 2018, respectively": places pair too,
            // also where one year sets the scene ("In 2001, ... the 10th and 11th rounds ... in Stockholm and Beijing")
            List<SentenceView.PlaceHit> pairedPlaces = ordinals.size() > 1 ? roundPlaces(v, nameEnd, placeEnd, ordinals.size())
                    : List.of();
            boolean placesPairwise = pairedPlaces.size() == ordinals.size() && ordinals.size() > 1;
            // "... held human rights dialogues with A, B and C in February, March and June, respectively"
            boolean groupsPaired = groups.size() > 1 && rounds.size() == 1 && (v.respectively() || segmented)
                    && datesAfter.size() == groups.size();
            // "In September and December 2020, China held consultations with Russia and Pakistan, respectively": the
            // dates set before the verb, one to each partner in order
            final int verbAt = verb.tokStart();
            List<DateMention> frontedDates = dates.stream().filter(d -> v.tokenAt(d.start()) < verbAt && d.iso() != null).toList();
            boolean frontedPaired = !groupsPaired && groups.size() > 1 && rounds.size() == 1 && v.respectively()
                    && frontedDates.size() == groups.size();
            // "... held with Australia and Switzerland, their eleventh and twelfth rounds taking place in Hanoi in
            // August and in Bern in October, respectively": each partner its own round and place
            List<Integer> groupRounds = groups.size() > 1 && rounds.size() == 1 && rounds.get(0) == null
                    ? possessiveRounds(v, nameEnd, ce, groups.size()) : List.of();
            int oneOfThem = oneOfThemAt(v, nameEnd, ce);
            List<SentenceView.PlaceHit> groupPlaces = groupsPaired ? roundPlaces(v, nameEnd, placeEnd, groups.size()) : List.of();
            // "held the 13th and 14th rounds of human rights dialogue with Switzerland and Germany in June and
            // November": as many partners as rounds, in order, each partner its own round
            boolean roundsByPartner = rounds.size() > 1 && groups.size() == rounds.size() && rounds.get(0) != null;
            for (int r = 0; r < rounds.size(); r++) {
                for (List<Mention> group : groups) {
                    if (roundsByPartner && groups.indexOf(group) != r) {
                        continue;
                    }
                    if (antecedent == null && BILATERAL.contains(format)
                            && group.stream().map(Mention::id).distinct().count() < 2) {
                        continue; // "its dialogue with Central Asian states": a dialogue needs a named other side
                    }
                    if (!group.isEmpty() && group.stream().allMatch(m -> "org:UN".equals(m.id()) && m.text().endsWith("UN")
                            && v.token(m.tokEnd()) != null && v.token(m.tokEnd()).isWord()
                            && !v.token(m.tokEnd()).isCapitalised() && !FUNCTION_WORDS.contains(v.token(m.tokEnd()).norm()))) {
                        continue; // "UN torture prevention body concludes fortieth session": "UN" an adjective
                    }
                    FactDraft fact = new FactDraft(FactType.EXCHANGE).status(status, format)
                            .code("format", format).entities("participants", group);
                    if (antecedent != null) {
                        for (EntityRef ref : antecedent.fact().entities("participants")) {
                            fact.arguments.add(new ArgumentSpan("participants", ref.id(),
                                    new Span(noun.start(), noun.end())));
                        }
                        fact.fields.put("participants", antecedent.fact().field("participants"));
                        fact.confidence -= 0.1;
                    }
                    boolean lastSegment = group == groups.get(groups.size() - 1);
                    if (rounds.get(r) != null && !(segmented && appositive && !lastSegment)) {
                        // "..., and with the African Union in Addis Ababa in September, the first such consultation"
                        fact.fields.put("ordinal", rounds.get(r));
                    } else if (!groupRounds.isEmpty()) {
                        fact.fields.put("ordinal", groupRounds.get(groups.indexOf(group)));
                    }
                    if (name != null && antecedent != null) {
                        fact.text("name", name, 0, 0);
                    } else if (name != null) {
                        fact.text("name", name, v.token(nameStart).start(), v.token(nameEnd - 1).end());
                    }
                    if (topic != null) {
                        fact.text("topic", topic, 0, 0);
                    }
                    SentenceView.PlaceHit roundPlace = perRound && !roundPlaces.isEmpty() ? roundPlaces.get(r)
                            : placesPairwise ? pairedPlaces.get(r)
                            : groupPlaces.size() == groups.size() ? groupPlaces.get(groups.indexOf(group)) : place;
                    int placed = oneOfThem == -2 ? groups.size() - 1 : oneOfThem;
                    if (roundPlace == place && placed >= 0 && groups.size() > 1 && groups.indexOf(group) != placed) {
                        roundPlace = null; // "..., the first of them in Cairo": that one's place only
                    }
                    if (roundPlace != null) {
                        fact.place(roundPlace.place(), roundPlace.start(), roundPlace.end());
                    }
                    if (attendance != null) {
                        fact.text("attendance", attendance, v.token(attStart).start(), v.token(attEnd - 1).end());
                    }
                    DateMention date = perRound ? roundDates.get(r) : pairwise ? pairedDates.get(r)
                            : groupsPaired ? datesAfter.get(groups.indexOf(group))
                            : frontedPaired ? frontedDates.get(groups.indexOf(group)) : near;
                    if (date == near && near != null && near.to() != null && groups.size() == 2 && rounds.size() == 1
                            && v.respectively() && near.from().day() != null && near.to().day() != null
                            && v.doc.substring(near.start(), near.end()).contains(" and ")) {
                        // "The dialogues with Japan and New Zealand were held on 17 and 18 October, respectively"
                        PartialDate day = groups.indexOf(group) == 0 ? near.from() : near.to();
                        date = new DateMention(near.start(), near.end(), day, null, near.adverbial());
                    }
                    String closedSpan = "SESSION".equals(format) ? closedSession(v, verb, ce) : null;
                    if (closedSpan == null && "SESSION".equals(format)) {
                        closedSpan = openedSession(v, verb, ce);
                    }
                    if (closedSpan == null) {
                        closedSpan = openedThenClosedToday(v, cs, v.tokens.size());
                    }
                    if (closedSpan == null && "SESSION".equals(format)) {
                        closedSpan = openedOnThenClosedOn(v);
                    }
                    if (closedSpan == null && framed == null && sequencing(v, verb)
                            && (date == null || daysFromTheExchange(v, verb) != null)) {
                        // ("two days earlier": from the first of its days, not from the last date written)
                        String told = dateToldFromTheExchangeBefore(v, verb, null);
                        if (told != null) {
                            date = null;
                            sharedYear = told;
                        } else if (date == null) {
                            sharedYear = dateToldFromTheExchangeBefore(v, verb, sharedYear);
                        }
                    }
                    fact.date(closedSpan != null ? closedSpan : date != null ? date.iso() : framed != null ? framed : sharedYear, false);
                    if (!seriesOnly) {
                        out.add(fact);
                    }
                    v.remember(treatyBodyReview(v, format, fact) ? Discourse.REVIEW : format, fact, fullName);
                }
            }
            if (attendance != null) {
                for (Mention person : v.mentionsIn(attStart, attEnd, m -> m.kind() == MentionKind.PERSON)) {
                    FactDraft fact = new FactDraft(FactType.ATTENDANCE).entity("attendee", person)
                            .text("event", fullName, 0, 0);
                    fact.date(near == null ? null : near.iso(), false).status(status);
                    out.add(fact);
                }
            }
        }
        SeriesRounds.apply(v, out);
    }

    /** The last exchange of this format the document reported between exactly these sides, or null. */
    private static EventRecord sameSides(SentenceView v, String format, List<Mention> sides, List<Mention> partners) {
        EventRecord last = v.discourse.lastEvent(format);
        if (last == null) {
            return null;
        }
        Set<String> ids = new HashSet<>();
        sides.forEach(m -> ids.add(m.id()));
        partners.forEach(m -> ids.add(m.id()));
        Set<String> theirs = new HashSet<>();
        last.fact().entities("participants").forEach(ref -> theirs.add(ref.id()));
        return ids.equals(theirs) ? last : null;
    }

    /**
     * "the 40th round of the Dialogue", "the Dialogue": a definite, bare title naming no side refers to the last
     * exchange of that format the document reported, whose sides, name and topic it takes.
     */
    /** How many sentences back "The session was opened on ..." may refer to the numbered session reported. */
    private static final int SESSION_DAY_REACH = 3;

    /**
     * "... today closed its 117th session. The session was opened on 20 June 2016 by ...": the day the session
     * reported just before opened or closed, as that session (same body, same number) on that day. Null otherwise.
     */
    private static FactDraft sessionDayTold(SentenceView v, CueMatch noun) {
        if (!"SESSION".equals(noun.value(CueKind.EVENT_ANAPHOR)) || noun.tokEnd() - noun.tokStart() != 2
                || v.token(noun.tokEnd() - 1).isCapitalised() || noun.tokStart() > 0 && !v.tokenIs(noun.tokStart() - 1, ",")) {
            return null; // only "The session was opened on ...", "..., the session closed on ..."
        }
        int ce = v.clauseEnd(noun.tokEnd());
        int verbAt = noun.tokEnd() + (v.tokenIs(noun.tokEnd(), "was") ? 1 : 0);
        boolean openingOrClosing = v.tokenIs(verbAt, "opened") || v.tokenIs(verbAt, "closed") || v.tokenIs(verbAt, "concluded")
                || v.tokenIs(verbAt, "began") || v.tokenIs(verbAt, "ended");
        EventRecord last = v.discourse.lastEvent("SESSION");
        if (!openingOrClosing || last == null || last.fact().field("ordinal") == null || last.fact().status() != null
                || v.sentence().index() - last.sentence() > SESSION_DAY_REACH) {
            return null;
        }
        DateMention day = v.datesIn(noun.tokEnd(), ce).stream()
                .filter(DateMention::isDay).findFirst().orElse(null);
        if (day == null) {
            return null;
        }
        FactDraft fact = new FactDraft(FactType.EXCHANGE).code("format", "SESSION");
        fact.fields.put("participants", last.fact().field("participants"));
        for (EntityRef ref : last.fact().entities("participants")) {
            fact.arguments.add(new ArgumentSpan("participants", ref.id(), new Span(noun.start(), noun.end())));
        }
        fact.fields.put("ordinal", last.fact().field("ordinal"));
        fact.confidence -= 0.1;
        return fact.date(day.iso(), false);
    }

    private static EventRecord definiteAntecedent(SentenceView v, CueMatch noun, int nameStart, String format,
                                                  String title) {
        int before = nameStart - 1;
        while (before >= 0 && (v.ordinalAt(before) != null || v.tokenIs(before, "and"))) {
            before--; // "the fifteenth dialogue": the ordinal stands between the article and the noun
        }
        if (!v.tokenIs(nameStart - 1, "the") && !v.tokenIs(noun.tokStart() - 1, "the") && !v.tokenIs(before, "the")) {
            return null;
        }
        for (Mention m : v.mentions) {
            if (m.tokStart() >= nameStart && m.tokEnd() <= noun.tokEnd() && Roles.PARTY.test(m)) {
                return null;
            }
        }
        EventRecord last = v.discourse.lastEvent(format);
        if (last == null || last.fact().entities("participants").isEmpty()) {
            return null;
        }
        String lastName = last.fact().text("name");
        if (title != null && lastName != null
                && !lastName.toLowerCase(Locale.ROOT).endsWith(title.toLowerCase(Locale.ROOT))) {
            return null; // "the Legal Affairs Dialogue" is not the Human Rights Dialogue named before
        }
        return last;
    }

    /** "two rounds ..., in Beijing in February and in Luxembourg in October": the place of each round, in order. */
    private static List<SentenceView.PlaceHit> roundPlaces(SentenceView v, int from, int ce, int count) {
        List<SentenceView.PlaceHit> out = new ArrayList<>();
        int pos = from;
        while (count >= 2 && pos < ce) {
            SentenceView.PlaceHit hit = out.isEmpty() ? v.placeIn(pos, ce) : coordinatedCity(v, pos);
            if (hit == null) {
                hit = v.placeIn(pos, ce);
            }
            if (hit == null) {
                break;
            }
            out.add(hit);
            pos = hit.tokEnd();
        }
        return out;
    }

    /** "..., the fifth since 2015", "..., the 12th such meeting": the round, in an apposition after the exchange. */
    /**
     * "GENEVA (17 May 2019) - The Committee ... this afternoon closed its sixty-sixth session, which began on 23 April
     * 2019": the session ran from the day it began to the day of the release; null where the sentence says no such.
     */
    private static String closedSession(SentenceView v, CueMatch verb, int ce) {
        String word = v.token(verb.tokStart()).norm();
        if (!(word.equals("closed") || word.equals("concluded") || word.equals("closes") || word.equals("concludes")
                || word.equals("ended") || word.equals("ends") || word.equals("wrapped") || word.equals("wraps"))) {
            return null;
        }
        DateMention began = null;
        for (DateMention d : v.datesIn(verb.tokEnd(), ce)) {
            int t = v.tokenAt(d.start());
            // "which began on 23 April", "which had opened at the Palais Wilson on 9 April"
            boolean opening = false;
            for (int w = t - 1; w >= Math.max(verb.tokEnd(), t - OPENING_REACH) && !v.tokenIs(w, ","); w--) {
                opening |= v.tokenIs(w, "began") || v.tokenIs(w, "opened") || v.tokenIs(w, "started");
            }
            if (d.iso() != null && d.to() == null && opening) {
                began = d;
                break;
            }
        }
        if (began == null) {
            return null;
        }
        String today = releaseDay(v, verb);
        return today != null && today.length() == 10 && began.iso().compareTo(today) < 0 ? began.iso() + "/" + today : null;
    }

    /**
     * "AMMAN, 7 November - The 11th International Conference ..., opened on 5 November and closed today with ...": from
     * the day it opened to the release's day. Null where the clause says no such.
     */
    private static String openedThenClosedToday(SentenceView v, int cs, int ce) {
        int closed = -1;
        for (int k = cs; k + 1 < ce; k++) {
            if ((v.tokenIs(k, "closed") || v.tokenIs(k, "concluded") || v.tokenIs(k, "ended"))
                    && (v.tokenIs(k + 1, "today") || v.tokenIs(k + 1, "this"))) {
                closed = k;
            }
        }
        if (closed < 0) {
            return null;
        }
        DateMention began = null;
        for (DateMention d : v.datesIn(cs, closed)) {
            int t = v.tokenAt(d.start());
            int w = v.tokenIs(t - 1, "on") ? t - 2 : t - 1;
            if (d.isDay() && (v.tokenIs(w, "opened") || v.tokenIs(w, "began") || v.tokenIs(w, "started"))) {
                began = d;
            }
        }
        // the release's own date written inline before its text: "AMMAN, 7 November (Petra) - ..."
        DateMention inline = v.datesIn(0, Math.min(v.tokens.size(), INLINE_DATELINE_TOKENS)).stream()
                .filter(d -> d.iso() != null && d.iso().length() == 10).findFirst().orElse(null);
        String today = inline != null ? inline.iso() : v.discourse.dateline() != null && v.discourse.dateline().day() != null
                ? v.discourse.dateline().iso() : null;
        return began != null && today != null && began.iso().compareTo(today) < 0 ? began.iso() + "/" + today : null;
    }

    /**
     * "The Council's forty-second regular session, which opened on 9 September, concluded on 7 October with ...": from
     * the day it opened to the day it closed, both written. Null where the sentence says no such.
     */
    private static String openedOnThenClosedOn(SentenceView v) {
        DateMention began = null;
        DateMention ended = null;
        for (DateMention d : v.dates) {
            int t = v.tokenAt(d.start());
            if (!d.isDay() || !v.tokenIs(t - 1, "on")) {
                continue;
            }
            if (v.tokenIs(t - 2, "opened") || v.tokenIs(t - 2, "began") || v.tokenIs(t - 2, "started")) {
                began = began == null ? d : began;
            } else if (began != null && (v.tokenIs(t - 2, "concluded") || v.tokenIs(t - 2, "closed") || v.tokenIs(t - 2, "ended"))) {
                ended = d;
            }
        }
        return began != null && ended != null && began.iso().compareTo(ended.iso()) < 0 ? began.iso() + "/" + ended.iso() : null;
    }

    /** The most tokens a dateline written at the head of a text's first sentence takes: "AMMAN, 7 November (Petra) -". */
    private static final int INLINE_DATELINE_TOKENS = 8;

    /** The most tokens from "opened" to the day it opened on: "had opened at the Palais Wilson in Geneva on 8 October". */
    private static final int OPENING_REACH = 10;

    /**
     * "The 113th session ... opened this morning in Geneva ... and will run until 2 April": from the release's day
     * to the last day it announces; null where the sentence says no such.
     */
    private static String openedSession(SentenceView v, CueMatch verb, int ce) {
        String word = v.token(verb.tokStart()).norm();
        // "will open", "is scheduled to open", "is due to begin"
        boolean willOpen = "PLANNED".equals(verb.value(CueKind.EXCHANGE_VERB))
                && (v.tokenIs(verb.tokEnd() - 1, "open") || v.tokenIs(verb.tokEnd() - 1, "begin"));
        if (!(word.equals("opened") || word.equals("opens") || word.equals("began") || word.equals("begins") || willOpen)) {
            return null;
        }
        // "The 41st session ... will open in Geneva on Monday 24 June and run until 12 July": from the day it opens
        String today = willOpen ? v.datesIn(verb.tokEnd(), ce).stream().filter(DateMention::isDay)
                .map(DateMention::iso).findFirst().orElse(null) : releaseDay(v, verb);
        if (today == null && !willOpen) {
            // a chronology's "10 September - The Human Rights Council opened its thirty-ninth regular session in
            // Geneva, which lasted until 28 September": from the day the entry gives
            today = v.datesIn(0, verb.tokStart()).stream().filter(d -> d.isDay() && d.end() > d.start())
                    .map(DateMention::iso).findFirst().orElse(null);
        }
        if (today == null && !willOpen) {
            // "The 31st session of the UPR Working Group opened in Geneva on Monday and continues until 16 November",
            // "opens its sixty-fifth session in Geneva on Monday, 12 November; the session will run until 7 December":
            // the day written after the verb, where it is not the end's
            today = v.datesIn(verb.tokEnd(), ce).stream().filter(d -> d.isDay() && !v.afterUntil(v.tokenAt(d.start())))
                    .map(DateMention::iso).findFirst().orElse(null);
        }
        if (today == null || today.length() != 10) {
            return null;
        }
        // (the end may come in the next clause: "...; the session will run until 7 December")
        for (DateMention d : v.datesIn(verb.tokEnd(), v.tokens.size())) {
            int t = v.tokenAt(d.start());
            if (d.isDay() && today.compareTo(d.iso()) < 0
                    && (v.afterUntil(t) || v.tokenIs(t - 2, "close")
                    || v.tokenIs(t - 2, "conclude") || v.tokenIs(t - 2, "end"))) {
                return today + "/" + d.iso();
            }
        }
        // "The forty-second session ..., which will run from 9 to 27 September 2019 ..., opened this morning": the
        // span the relative clause before the verb gives, from the day it opened
        for (DateMention d : v.datesIn(0, verb.tokStart())) {
            if (d.to() != null && d.iso() != null && d.iso().startsWith(today) && v.findWord("which", 0, v.tokenAt(d.start())) >= 0) {
                return d.iso();
            }
        }
        return null;
    }

    /** "this afternoon", "today", "this morning" before the verb: the release's own date, else the dateline's. */
    private static String releaseDay(SentenceView v, CueMatch verb) {
        int upTo = v.clauseEnd(verb.tokEnd()); // "this afternoon closed", "opened its 21st session this morning"
        if (v.findWord("today", 0, upTo) < 0 && v.findWord("afternoon", 0, upTo) < 0 && v.findWord("morning", 0, upTo) < 0) {
            return null;
        }
        DateMention inline = v.datesIn(0, verb.tokStart()).stream().filter(d -> d.iso() != null && d.iso().length() == 10)
                .findFirst().orElse(null); // "GENEVA (17 May 2019) - ...": the release's own date
        return inline != null ? inline.iso() : v.discourse.dateline() != null ? v.discourse.dateline().iso() : null;
    }

    /** Words that open another exchange's name after ", and": "the 18th ...", "a human rights consultation". */
    private static final Set<String> NEXT_EXCHANGE_OPENERS = Set.of("the", "a", "an", "its", "their");

    /** The most tokens from ", and" to the next exchange's noun: ", and the 18th China-US Human Rights Dialogue". */
    private static final int NEXT_EXCHANGE_REACH = 12;

    /** Partners written each with its date after it ("A on 5 and 6 June, B on 7 June, and C on 12 June"), in order. */
    private static List<Mention> interleavedPartners(SentenceView v, Mention first, int ce) {
        List<Mention> out = new ArrayList<>(List.of(first));
        Mention current = first;
        while (true) {
            int k = current.tokEnd();
            final int at = v.tokenIs(k, "on") || v.tokenIs(k, "in") ? k + 1 : k;
            DateMention own = v.datesIn(at, ce).stream().filter(d -> v.tokenAt(d.start()) == at && d.iso() != null)
                    .findFirst().orElse(null);
            if (own == null) {
                return out;
            }
            int j = v.tokenAt(own.end() - 1) + 1;
            if (!v.tokenIs(j, ",") && !v.tokenIs(j, "and")) {
                return out;
            }
            j += v.tokenIs(j, ",") && v.tokenIs(j + 1, "and") ? 2 : 1;
            Mention next = v.firstRight(j, Math.min(ce, j + 2), Roles.PARTY);
            if (next == null || next.tokStart() > j + 1 || next.tokStart() == j + 1 && !v.tokenIs(j, "the")) {
                return out;
            }
            out.add(next);
            current = next;
        }
    }

    /** Whether the sentence opens with a frame that runs to {@code tok}: "In the course of the three-week", "During its". */
    private static boolean framedFromStart(SentenceView v, int tok) {
        int k = v.tokenIs(0, "in") && v.tokenIs(1, "the") && v.tokenIs(2, "course") && v.tokenIs(3, "of") ? 4
                : v.tokenIs(0, "during") || v.tokenIs(0, "throughout") || v.tokenIs(0, "over") ? 1 : -1;
        if (k < 0 || tok - k > 4) {
            return false;
        }
        for (int i = k; i < tok; i++) {
            if (v.ordinalAt(i) != null || v.token(i).isNumber() && !v.tokenIs(i + 1, "-")) {
                return false; // "During its 80th session, ...": a numbered session may be the one reported
            }
        }
        return true;
    }

    /** The format an exchange noun names ("CONFERENCE" for "conference"). */
    private static String formatOf(CueMatch noun) {
        return noun.value(CueKind.EXCHANGE_NOUN);
    }

    /** The most tokens from a bare "and" to a second object's noun: "and a joint seminar". */
    private static final int NEXT_OBJECT_REACH = 4;

    /**
     * "The 32nd China-EU Dialogue was held in Guangzhou in June, and the 18th China-US Dialogue took place in Kunming,
     * Yunnan Province, on July 30 and 31", "the 27th and 28th dialogues ... in May and November 2009, respectively, and
     * the 11th Seminar took place in Stockholm in November": where ", and" opens another exchange of the clause, the
     * dates between the two exchanges belong to the first, and those after the ", and" to the second. (A date fronted
     * before both, "In 2009, ...", stays with each.)
     */
    private static List<DateMention> ownSideOfAnd(SentenceView v, CueMatch noun, int cs, int ce, List<DateMention> dates) {
        for (int i = cs; i + 1 < ce; i++) {
            // "held a workshop ... in May 2004 and a seminar ... that October": a second object of the same verb,
            // joined without a comma, with dates of its own
            boolean objectAnd = v.tokenIs(i, "and") && !v.tokenIs(i - 1, ",")
                    && NEXT_EXCHANGE_OPENERS.contains(v.token(i + 1).norm())
                    && v.firstCue(CueKind.EXCHANGE_NOUN, i + 1, Math.min(ce, i + 1 + NEXT_OBJECT_REACH)) != null;
            final int opener = objectAnd ? i + 1 : i + 2;
            // also "..., and in November Viet Nam held ...", "..., and Viet Nam also held ...": a predicate of its own
            boolean ownPredicate = (v.tokenIs(opener, "in") || v.tokenIs(opener, "on")
                    || v.firstRight(opener, opener + 1, Roles.PARTY) != null)
                    && v.firstCue(CueKind.EXCHANGE_VERB, opener, Math.min(ce, opener + NEXT_EXCHANGE_REACH)) != null;
            if (!objectAnd && (!v.tokenIs(i, ",") || !v.tokenIs(i + 1, "and") || !NEXT_EXCHANGE_OPENERS.contains(v.token(i + 2).norm())
                    && v.ordinalEndingAt(i + 2) == null && !ownPredicate)) {
                continue; // not "..., and with Norway in Hanoi in October": the same exchange, another partner
            }
            final int and = i;
            CueMatch next = v.firstCue(CueKind.EXCHANGE_NOUN, opener, Math.min(ce, opener + NEXT_EXCHANGE_REACH));
            // also "..., respectively, and the 16th round took place in ..."
            int after = next != null ? next.tokStart() : nthRound(v, opener, Math.min(ce, opener + NEXT_EXCHANGE_REACH));
            CueMatch before = v.lastCue(CueKind.EXCHANGE_NOUN, cs, i);
            if (after < 0 || before == null) {
                continue;
            }
            // where each has dates of its own; a date only the first clause gives ("with A in 2009, and
            // consultations with B") is both's
            List<DateMention> firsts = dates.stream().filter(d -> v.tokenAt(d.start()) < and).toList();
            List<DateMention> seconds = dates.stream().filter(d -> v.tokenAt(d.start()) > and).toList();
            if (noun.tokStart() < and && noun.tokStart() >= before.tokStart() - NEXT_EXCHANGE_REACH && !firsts.isEmpty()) {
                return firsts; // the first exchange
            }
            if (noun.tokStart() > and && noun.tokStart() <= after) {
                CueMatch firstVerb = v.firstCue(CueKind.EXCHANGE_VERB, cs, before.tokStart());
                final int from = Math.min(before.tokStart(), firstVerb == null ? before.tokStart() : firstVerb.tokStart());
                List<DateMention> own = dates.stream().filter(d -> v.tokenAt(d.start()) > and || v.tokenAt(d.start()) < from)
                        .toList(); // the second: its own, and one fronted before both ("In 2013, ...")
                // (with no date of its own, the year fronted before both, not the first's month: "In 2014, ... in
                // December, and China held consultations with Russia")
                if (!seconds.isEmpty() || !own.isEmpty()) {
                    return own;
                }
            }
        }
        return dates;
    }

    /** The first ", and" from {@code from} on, else {@code ce}. */
    private static int commaAnd(SentenceView v, int from, int ce) {
        for (int i = from; i + 1 < ce; i++) {
            if (v.tokenIs(i, ",") && v.tokenIs(i + 1, "and")) {
                return i;
            }
        }
        return ce;
    }

    /** Where "round" follows an ordinal ("the 16th round") in the tokens, else -1. */
    private static int nthRound(SentenceView v, int from, int to) {
        for (int k = from + 1; k < to; k++) {
            if (v.tokenIs(k, "round") && v.ordinalEndingAt(k - 1) != null) {
                return k;
            }
        }
        return -1;
    }

    /**
     * "with A, B and C in March, July and September, respectively, the first of them in Cairo": which of the listed
     * exchanges (0 for the first, -2 for the last) the place after it belongs to; -1 where the sentence says no such.
     */
    private static int oneOfThemAt(SentenceView v, int from, int ce) {
        for (int i = from; i + 4 < ce; i++) {
            if (v.tokenIs(i, ",") && v.tokenIs(i + 1, "the") && v.tokenIs(i + 3, "of")
                    && (v.tokenIs(i + 4, "them") || v.tokenIs(i + 4, "these"))) {
                return v.tokenIs(i + 2, "first") ? 0 : v.tokenIs(i + 2, "last") ? -2 : -1;
            }
        }
        return -1;
    }

    private static List<Integer> appositiveOrdinal(SentenceView v, int from, int ce) {
        for (int i = from; i + 2 < ce; i++) {
            if (v.tokenIs(i, ",") && v.tokenIs(i + 1, "the")) {
                int[] ordinal = v.ordinalAt(i + 2); // "the fifth since 2015", "the twenty-first such meeting"
                int after = ordinal == null ? -1 : i + 2 + ordinal[1];
                if (ordinal != null && v.tokenIs(after, "of") && (v.tokenIs(after + 1, "them") || v.tokenIs(after + 1, "these")
                        || v.tokenIs(after + 1, "which") || v.tokenIs(after + 1, "those"))) {
                    return List.of(); // "consultations with A, B and C ..., the first of them in Cairo": one of the list
                }
                return ordinal != null && !firstAfterGap(v, ordinal[0], after) ? List.of(ordinal[0]) : List.of();
            }
        }
        return List.of();
    }

    /** "have held a human rights dialogue annually since 2000": a habit, not one exchange. */
    /**
     * Whether the comma at {@code comma} separates items of a list of lower-case nouns that an "and" closes
     * ("representatives of ministries, courts and diplomatic missions"), not a clause.
     */
    private static boolean listGoesOn(SentenceView v, int comma, int ce) {
        for (int i = comma + 1; i < ce; i++) {
            Token t = v.token(i);
            if (t.is("and") && i > comma + 1) {
                return true;
            }
            if (!(t.isWord() && !t.isCapitalised() && !TOPIC_STOPS.contains(t.norm()) || t.is(","))) {
                return false;
            }
        }
        return false;
    }

    /**
     * "..., which the Chinese government and the Office of the High Commissioner co-hosted in Beijing": the subjects
     * of a relative clause right after the exchange's name, before its verb; empty otherwise.
     */
    private static List<Mention> relativeHosts(SentenceView v, int nameEnd, CueMatch verb) {
        int which = v.tokenIs(nameEnd, ",") ? nameEnd + 1 : nameEnd;
        if (!v.tokenIs(which, "which") && !v.tokenIs(which, "that")) {
            return List.of();
        }
        final int verbTok = verb.tokStart();
        Mention last = v.nearestLeft(verbTok, m -> Roles.PARTY.test(m) && m.tokEnd() == verbTok
                || Roles.PARTY.test(m) && m.tokEnd() == verbTok - 1 && v.tokenIs(verbTok - 1, "jointly"));
        if (last == null || last.tokStart() <= which) {
            return List.of();
        }
        return v.coordinatedLeft(last, Roles.PARTY).stream().filter(m -> m.tokStart() > which).toList();
    }

    /** Adds to the sides those of {@code more} not among them yet (by id), in order. */
    private static void addSides(List<Mention> sides, List<Mention> more) {
        for (Mention m : more) {
            if (sides.stream().noneMatch(x -> x.id().equals(m.id()))) {
                sides.add(m);
            }
        }
    }

    /** "With the support of A", "with assistance from A": the words of the support that makes A a co-organiser. */
    private static final Set<String> SUPPORT = Set.of("support", "assistance", "help");

    /** "in cooperation with A and B", "together with A", "jointly with A" before the verb: co-organisers. */
    private static List<Mention> cooperatingWith(SentenceView v, int from, int verbTok) {
        for (int i = from; i < verbTok; i++) {
            boolean cooperation = v.tokenIs(i, "with") && (v.tokenIs(i - 1, "together") || v.tokenIs(i - 1, "jointly")
                    || v.tokenIs(i - 2, "in") && (v.tokenIs(i - 1, "cooperation") || v.tokenIs(i - 1, "collaboration")
                    || v.tokenIs(i - 1, "partnership") || v.tokenIs(i - 1, "conjunction")))
                    // "With the support of OHCHR, the Ministry ... organized", "with assistance from UNDP"
                    || (v.tokenIs(i, "of") || v.tokenIs(i, "from")) && SUPPORT.contains(v.token(i - 1) == null ? "" : v.token(i - 1).norm())
                    && (v.tokenIs(i - 2, "with") || v.tokenIs(i - 2, "the") && v.tokenIs(i - 3, "with"));
            if (cooperation) {
                Mention first = v.firstRight(i + 1, Math.min(verbTok, i + 3), Roles.PARTY);
                return first == null ? List.of() : v.coordinatedRight(first, m -> Roles.PARTY.test(m) && m.tokEnd() <= verbTok);
            }
        }
        return List.of();
    }

    /**
     * "hosted, jointly with OHCHR, a workshop", "organised, together with A and B, a consultation", "co-hosted with
     * the Government of The Gambia a round table": the co-organisers named between a hosting verb and the exchange.
     */
    private static List<Mention> coHostsBetween(SentenceView v, CueMatch verb, int nameStart) {
        int at = verb.tokEnd();
        if (v.tokenIs(at, ",")) {
            at++;
        }
        boolean hosting = v.kb.words("hosting-verbs").contains(v.token(verb.tokEnd() - 1).norm());
        boolean with = v.tokenIs(at, "with") && hosting
                || (v.tokenIs(at, "jointly") || v.tokenIs(at, "together")) && v.tokenIs(at + 1, "with");
        if (!with || at >= nameStart) {
            return List.of();
        }
        int withTok = v.tokenIs(at, "with") ? at : at + 1;
        Mention first = v.firstRight(withTok + 1, Math.min(nameStart, withTok + 3), Roles.PARTY);
        return first == null ? List.of() : v.coordinatedRight(first, m -> Roles.PARTY.test(m) && m.tokEnd() <= nameStart);
    }

    /**
     * "their eleventh and twelfth rounds" after the partners: one ordinal for each of {@code count} partners, in
     * order; empty otherwise.
     */
    private static List<Integer> possessiveRounds(SentenceView v, int from, int ce, int count) {
        int their = v.findWord("their", from, ce);
        if (their < 0) {
            return List.of();
        }
        CueMatch round = v.firstCue(CueKind.EXCHANGE_ROUND, their + 1, Math.min(ce, their + 2 + 2 * count));
        SentenceView.Ordinals listed = round == null ? null : v.coordinatedOrdinalsEndingAt(round.tokStart() - 1, their + 1);
        return listed != null && listed.firstTok() == their + 1 && listed.values().size() == count
                ? listed.values() : List.of();
    }

    private static boolean habitual(SentenceView v, int cs, int ce) {
        for (int i = cs; i < ce; i++) {
            if (v.tokenIs(i, "annually") || v.tokenIs(i, "regularly") || v.tokenIs(i, "periodically")
                    || (v.tokenIs(i, "every") || v.tokenIs(i, "each")) && v.tokenIs(i + 1, "year")) {
                return true;
            }
        }
        return false;
    }

    /** "nine times", "five times since 2008": a count of exchanges after the name, not one exchange. */
    private static boolean timesOver(SentenceView v, int from, int ce) {
        for (int i = from; i + 1 < ce; i++) {
            Integer count = v.kb.cardinal(v.token(i).norm());
            boolean number = count != null || v.token(i).isNumber();
            if (number && v.tokenIs(i + 1, "times") && (count == null || count > 1)) {
                return true;
            }
        }
        return false;
    }

    /** POSTPONED or CANCELLED where a clause says so after the verb it holds the exchange with, else null. */
    private static String calledOffAfter(SentenceView v, int from, int ce) {
        for (CueMatch c : v.cues) {
            if (c.tokStart() < from || c.tokStart() >= ce) {
                continue;
            }
            String value = SentenceView.statusOf(c);
            if (v.tokenIs(c.tokEnd(), "from")) {
                continue; // "..., postponed from the previous year, is held in Hanoi": moved, and now held
            }
            if ("POSTPONED".equals(value) || "CANCELLED".equals(value)) {
                return value;
            }
        }
        return null;
    }

    /**
     * "the first since 2002", "for the first time in six years": the first after a gap, not the first of the series.
     * {@code next} is the token after the ordinal (after "time" for "for the first time").
     */
    static boolean firstAfterGap(SentenceView v, int ordinal, int next) {
        if (ordinal != 1) {
            return false;
        }
        int k = v.tokenIs(next, "such") ? next + 1 : next;
        if (v.tokenIs(k, "dialogue") || v.tokenIs(k, "round") || v.tokenIs(k, "meeting")) {
            k++;
        }
        if (v.tokenIs(k, "since") || v.tokenIs(k, "in") || v.tokenIs(k, "after")) {
            return true;
        }
        // "the first round to be held in person since the 12th Dialogue", "... to take place in Viet Nam since":
        // past what made it the first
        for (int j = k; j < k + MAX_FIRST_QUALIFIER; j++) {
            Token t = v.token(j);
            final int at = j;
            boolean place = v.mentions.stream().anyMatch(m -> m.tokStart() <= at && at < m.tokEnd()
                    && (m.kind() == MentionKind.STATE || m.kind() == MentionKind.CITY));
            if (t == null || !t.isWord() || t.isCapitalised() && !place) {
                return false;
            }
            if (t.is("since")) {
                return true;
            }
        }
        return false;
    }

    /** The most words between "the first round" and its "since": "to be held in person". */
    private static final int MAX_FIRST_QUALIFIER = 8;

    /** "for the fourth time", "for the 12th time": the round, said after the verb. */
    private static List<Integer> nthTime(SentenceView v, int cs, int ce) {
        for (int i = cs; i + 3 < ce; i++) {
            int[] ordinal = v.tokenIs(i, "for") && v.tokenIs(i + 1, "the") ? v.ordinalAt(i + 2) : null;
            int time = ordinal == null ? -1 : i + 2 + ordinal[1]; // "for the twenty-first time"
            if (ordinal != null && v.tokenIs(time, "time") && !firstAfterGap(v, ordinal[0], time + 1)) {
                return List.of(ordinal[0]);
            }
        }
        return List.of();
    }

    /** "in Canberra and Hanoi", "in Geneva, Bern and Beijing": a city coordinated right after the last place. */
    private static SentenceView.PlaceHit coordinatedCity(SentenceView v, int pos) {
        int j = pos;
        if (v.tokenIs(j, ",")) {
            j++;
        }
        if (v.tokenIs(j, "and")) {
            j++;
        }
        if (j == pos) {
            return null;
        }
        Mention city = v.firstRight(j, j + 1, m -> m.kind() == MentionKind.CITY);
        return city == null || city.tokStart() != j ? null
                : new SentenceView.PlaceHit(new Place(city.text(), city.country()), city.start(), city.end(), city.tokEnd());
    }

    /** The exchange verb of the noun's clause nearest to it. */
    private static CueMatch nearestVerb(SentenceView v, CueMatch noun, int cs, int ce) {
        CueMatch best = null;
        int bestDistance = Integer.MAX_VALUE;
        CueMatch before = null;
        for (CueMatch c : v.cues(CueKind.EXCHANGE_VERB)) {
            if (c.tokStart() < cs || c.tokStart() >= ce) {
                continue;
            }
            int distance = c.tokStart() < noun.tokStart() ? noun.tokStart() - c.tokEnd() : c.tokStart() - noun.tokEnd();
            if (distance < bestDistance) {
                best = c;
                bestDistance = distance;
            }
            if (c.tokEnd() <= noun.tokStart()) {
                before = c;
            }
        }
        // "closed its fifty-seventh session, held at ... from 18 April to 13 May", "opened its eighty-fourth session,
        // being held from 6 to 24 February": the verb whose object the noun is, not the participle that describes it
        boolean describes = best != null && best.tokStart() >= noun.tokEnd() && v.tokenIs(noun.tokEnd(), ",")
                && (best.tokStart() == noun.tokEnd() + 1 || v.tokenIs(noun.tokEnd() + 1, "which")
                || best.tokStart() == noun.tokEnd() + 2 && v.tokenIs(noun.tokEnd() + 1, "being"));
        boolean object = before != null && v.tokenIs(before.tokEnd(), "its") && before.tokEnd() < noun.tokStart();
        if (describes && object) {
            return before;
        }
        // "held the sixth and seventh rounds of their Human Rights Dialogue in Vientiane, and the eighth round took
        // place in Brussels": the verb after a ", and" has a subject of its own; the noun is the object of the first
        if (before != null && best != null && best.tokStart() >= noun.tokEnd()
                && v.findWord(",", before.tokEnd(), noun.tokStart()) < 0) {
            int comma = v.findWord(",", noun.tokEnd(), best.tokStart());
            if (comma >= 0 && v.tokenIs(comma + 1, "and")) {
                return before;
            }
        }
        return best;
    }

    /** Whether the tokens [from, sep) are one date and a colon or dash is at {@code sep}. */
    private static boolean entryDateBefore(SentenceView v, int from, int sep) {
        if (!(v.tokenIs(sep, ":") || v.tokenIs(sep, "-") || v.tokenIs(sep, "\u2013"))) {
            return false;
        }
        List<DateMention> dates = v.datesIn(from, sep);
        return dates.size() == 1 && v.tokenAt(dates.get(0).start()) == from
                && v.tokenAt(dates.get(0).end() - 1) == sep - 1;
    }

    /** The headline's "EU-China Human Rights Dialogue" for {@code name} "Human Rights Dialogue": one word of sides before it. */
    private static String headlineSidesName(String headline, String name) {
        int at = headline.indexOf(" " + name);
        if (at <= 0) {
            return null;
        }
        int wordStart = headline.lastIndexOf(' ', at - 1) + 1;
        String sides = headline.substring(wordStart, at);
        return sides.contains("-") || sides.contains("\u2013") ? sides + " " + name : null;
    }

    /** Whether a date at {@code tok} is the one a round was moved from: "postponed from the previous year". */
    private static boolean postponedFrom(SentenceView v, int tok) {
        int k = v.tokenIs(tok - 1, "the") ? tok - 2 : tok - 1;
        if (!v.tokenIs(k, "from")) {
            return false;
        }
        final int from = k;
        return v.cues.stream().anyMatch(c -> c.tokEnd() == from && c.is(CueKind.STATUS));
    }

    /** The city a chronology's entry names after the event's name ("..., Hanoi.") or before its date ("Hanoi, 27 July:"). */
    private static SentenceView.PlaceHit entryPlace(SentenceView v, int nameEnd) {
        Mention city = v.tokenIs(nameEnd, ",") ? v.firstRight(nameEnd + 1, nameEnd + 2, m -> m.kind() == MentionKind.CITY)
                : null;
        if (city == null && v.tokenIs(1, ",")) {
            city = v.firstRight(0, 1, m -> m.kind() == MentionKind.CITY && m.tokEnd() == 1);
        }
        return city == null ? null
                : new SentenceView.PlaceHit(new Place(city.text(), city.country()), city.start(), city.end(), city.tokEnd());
    }

    /**
     * A chronology's verbless entry, "25 July: fifth Australia-Viet Nam Human Rights Dialogue, Hanoi.": the event named
     * right after the entry's date and its colon or dash is one held then. Returns the separator as the entry's
     * implied "held", or null when the noun does not open such an entry.
     */
    private static CueMatch timelineEntryHead(SentenceView v, CueMatch noun) {
        // "Hanoi, 27 July: seventh ...": the entry's city may come before its date
        int from = v.tokenIs(1, ",") && v.firstRight(0, 1, m -> m.kind() == MentionKind.CITY && m.tokEnd() == 1) != null
                ? 2 : 0;
        for (int sep = from + 1; sep < Math.min(noun.tokStart(), 12); sep++) {
            if (!(from == 0 ? v.isTimelineDash(sep) : entryDateBefore(v, from, sep))) {
                continue;
            }
            for (int k = sep + 1; k < noun.tokStart(); k++) {
                Token t = v.token(k);
                final int at = k;
                // only the event's own name may stand between: its article, ordinal, sides and topic words
                if (!(t.isWord() || t.isNumber() || t.is("-") || t.is("\u2013")) || isVerb(v, k)
                        || v.cues.stream().anyMatch(c -> c.tokStart() == at && c.is(CueKind.EXCHANGE_VERB))) {
                    return null;
                }
            }
            Token dash = v.token(sep);
            return new CueMatch(List.of(new Cue(CueKind.EXCHANGE_VERB, "HELD")), sep, sep + 1, dash.start(), dash.end());
        }
        return null;
    }

    private static boolean isBareAnaphor(SentenceView v, CueMatch noun) {
        return noun.tokStart() > 0 && (v.tokenIs(noun.tokStart() - 1, "the") || v.tokenIs(noun.tokStart() - 1, "this"));
    }

    /** Words before the noun back to a determiner: ordinals, topic words, and "the 37th round of the ...". */
    private static NounPhrase nounPhrase(SentenceView v, int nounTok, int floor) {
        List<Integer> ordinals = new ArrayList<>();
        List<String> topic = new ArrayList<>();
        List<Mention> compounds = new ArrayList<>();
        boolean international = false;
        int ordinalTok = -1;
        boolean modifier = false;
        int i = nounTok - 1;
        int start = nounTok;
        while (i >= floor) {
            Token t = v.token(i);
            int[] ordinal = v.ordinalAt(i);
            Mention party = endingAt(v, i);
            if (party != null && ordinals.isEmpty() && (compounds.isEmpty() || v.tokenIs(party.tokEnd(), "-"))) {
                compounds.add(0, party); // "China-US human rights dialogue"
                start = party.tokStart();
                i = party.tokStart() - 1;
                if (v.tokenIs(party.tokStart(), "the")) {
                    break;
                }
            } else if (t.is("-") && !t.spaceBefore() && endingAt(v, i - 1) != null && !compounds.isEmpty()) {
                i--;
            } else if (v.ordinalEndingAt(i) != null && v.ordinalEndingAt(i)[1] < i) {
                // "seventy-fifth", before its "fifth" alone; "one hundred and twenty-fifth"
                int[] whole = v.ordinalEndingAt(i);
                ordinals.add(0, whole[0]);
                ordinalTok = ordinalTok < 0 ? whole[1] : ordinalTok;
                start = whole[1];
                i = whole[1] - 1;
            } else if (ordinal != null && ordinal[1] == 1) {
                ordinals.add(0, ordinal[0]);
                if (ordinalTok < 0) {
                    ordinalTok = i;
                }
                start = i;
                i--;
            } else if (t.is("of") && "ROUND".equals(cueValue(v, i - 1))) {
                break; // "two rounds of human rights dialogue": the count is no topic
            } else if ((t.is("and") || t.is(",")) && !ordinals.isEmpty()) {
                i--;
            } else if (t.is("and") && compounds.isEmpty() && endingAt(v, i - 1) != null) {
                break; // "dialogues with Britain and Germany and human rights consultations with ...": a second object
            } else if (t.isWord() && (!t.isCapitalised() || i == 0 && endingAt(v, i) == null) // "Human rights dialogues were"
                    && !DETERMINERS.contains(t.norm()) && ordinals.isEmpty() && !t.isNumber() && !isVerb(v, i)) {
                if (isNonTopic(v, i)) {
                    modifier = true;
                    international |= "INTL".equals(nonTopicValue(v, i));
                } else {
                    topic.add(0, t.text());
                }
                start = i;
                i--;
            } else if (t.is("-") && ordinals.isEmpty() && (!topic.isEmpty() || modifier)) {
                i--;
            } else if (t.is("'") && !t.spaceBefore() && ordinals.isEmpty()) {
                i--; // "their legal experts' dialogue": a possessive inside the topic
                start = i + 1;
            } else if (t.isWord() && t.isCapitalised() && ordinals.isEmpty() && !v.token(nounTok).isCapitalised()
                    && endingAt(v, i) == null) {
                modifier = true; // "the 11th Asia-Pacific workshop"
                international |= "INTL".equals(nonTopicValue(v, i)); // "the fourth China-Africa seminar"
                start = i;
                i--;
            } else {
                break;
            }
        }
        while (!topic.isEmpty() && (topic.get(0).equalsIgnoreCase("and") || topic.get(0).equalsIgnoreCase("or"))) {
            topic.remove(0); // "..., and human rights consultations with": the conjunction joins clauses
        }
        // "the 37th round of the EU-China Human Rights Dialogue", "the ninth round of China-US human rights dialogue"
        int j = v.token(i) != null && DETERMINERS.contains(v.token(i).norm()) ? i - 1 : i;
        if (ordinals.isEmpty() && v.tokenIs(j, "of") && v.token(j - 1) != null && "ROUND".equals(cueValue(v, j - 1))) {
            // "the twenty-third round of", "the 12th and 13th rounds of human rights dialogue": every ordinal listed
            SentenceView.Ordinals listed = v.coordinatedOrdinalsEndingAt(j - 2, floor);
            if (listed != null) {
                ordinals.addAll(listed.values());
                ordinalTok = listed.lastTok();
            }
        }
        int roundCount = 0;
        if (ordinals.isEmpty() && v.tokenIs(j, "of") && "ROUND".equals(cueValue(v, j - 1)) && v.token(j - 2) != null) {
            Integer count = v.kb.cardinal(v.token(j - 2).norm());
            if (count == null && v.token(j - 2).isNumber() && v.token(j - 2).text().length() <= 3) {
                count = Integer.parseInt(v.token(j - 2).text()); // "37 rounds of human rights dialogue"
            }
            roundCount = count == null ? 0 : count;
        }
        return new NounPhrase(start, ordinals, ordinalTok, topic, modifier, compounds, international, roundCount);
    }

    /** "a workshop on regional cooperation ... in the Asia-Pacific region": an international exchange by its topic. */
    private static boolean internationalTopic(SentenceView v, String topic) {
        if (topic == null) {
            return false;
        }
        for (String word : topic.split("[\\s]+")) {
            if (v.kb.words("international-topic-words").contains(word)) {
                return true;
            }
        }
        return false;
    }

    /** Only one state, or only bodies of one state, on every side. */
    private static boolean looksDomestic(List<Mention> sides, List<Mention> partners) {
        Set<String> states = new HashSet<>();
        for (Mention m : sides) {
            if (m.kind() == MentionKind.ORG) {
                return false;
            }
            states.add(m.actingState());
        }
        for (Mention m : partners) {
            if (m.kind() == MentionKind.ORG) {
                return false;
            }
            states.add(m.actingState());
        }
        return states.size() <= 1;
    }

    /** A state or body whose mention ends at token {@code tok}. */
    private static Mention endingAt(SentenceView v, int tok) {
        for (Mention m : v.mentions) {
            if (m.tokEnd() - 1 == tok && Roles.PARTY.test(m) && !m.inferred()) {
                return m;
            }
        }
        return null;
    }

    private static boolean isVerb(SentenceView v, int tok) {
        for (CueMatch c : v.cues) {
            if (c.tokStart() <= tok && tok < c.tokEnd() && (c.is(CueKind.EXCHANGE_VERB) || c.is(CueKind.STATUS)
                    || c.is(CueKind.MEETING) || c.is(CueKind.ATTENDANCE) || c.is(CueKind.VISIT))) {
                return true;
            }
        }
        return false;
    }

    /** Whether a vague count stands before the noun phrase: "a number of", "several", "various", "many". */
    private static boolean countedVaguely(SentenceView v, int nounTok) {
        for (int k = nounTok - 1; k >= Math.max(0, nounTok - VAGUE_COUNT_REACH); k--) {
            if (v.tokenIs(k, "several") || v.tokenIs(k, "various") || v.tokenIs(k, "many") || v.tokenIs(k, "numerous")
                    || v.tokenIs(k, "number") && v.tokenIs(k - 1, "a") || v.tokenIs(k, "series") && v.tokenIs(k - 1, "a")) {
                return true;
            }
            if (v.tokenIs(k, "the") || v.token(k) == null || !v.token(k).isWord()) {
                return false;
            }
        }
        return false;
    }

    /** How far before an exchange noun a vague count may stand: "a number of regional seminars". */
    private static final int VAGUE_COUNT_REACH = 6;

    /** The ", and" that opens a coordinated clause with an exchange verb of its own after {@code from}, else {@code ce}. */
    private static int coordinatedClauseStart(SentenceView v, int from, int ce) {
        for (int k = v.findWord(",", from, ce); k >= 0; k = v.findWord(",", k + 1, ce)) {
            if (v.tokenIs(k + 1, "and") && v.firstCue(CueKind.EXCHANGE_VERB, k + 2, ce) != null
                    && v.firstCue(CueKind.EXCHANGE_ROUND, k + 2, ce) != null) {
                return k;
            }
            final int and = k + 1;
            if (v.tokenIs(and, "and") && v.cues(CueKind.EXCHANGE_VERB).stream()
                    .anyMatch(c -> c.tokStart() > and + 1 && andBefore(v, c.tokStart()) == and)) {
                return k; // "..., and in April 2018 held the first ... consultation with ...": a predicate of its own
            }
        }
        return ce;
    }

    private static final Set<String> ADVERBIAL_STARTS = Set.of("in", "on", "during", "at", "from", "later", "then",
            "subsequently", "also");

    /**
     * The "and" that joins a second predicate with the verb at {@code verbTok}: right before it ("and held"), or
     * before a time or place phrase that opens the predicate ("and in April 2018 held"); -1 when there is none.
     */
    private static int andBefore(SentenceView v, int verbTok) {
        if (v.tokenIs(verbTok - 1, "and")) {
            return verbTok - 1;
        }
        for (int k = verbTok - 2; k >= Math.max(0, verbTok - 8); k--) {
            if (v.tokenIs(k, "and")) {
                final int and = k;
                boolean adverbial = ADVERBIAL_STARTS.contains(v.token(k + 1).norm())
                        && v.mentionsIn(k + 1, verbTok, m -> Roles.PARTY.test(m) && m.kind() != MentionKind.CITY).isEmpty()
                        && v.cues.stream().noneMatch(c -> c.tokStart() > and && c.tokStart() < verbTok
                                && c.is(CueKind.EXCHANGE_VERB));
                return adverbial ? k : -1;
            }
        }
        return -1;
    }

    /** The most tokens of a framework's name before its noun: "under the China-Germany Dialogue". */
    private static final int MAX_FRAME_NAME = 8;

    /** Whether the exchange noun names the framework another exchange is held under ("under the ... Dialogue"). */
    private static boolean underFramework(SentenceView v, CueMatch noun) {
        int start = Titles.extendLeft(v, noun.tokStart(), Math.max(0, noun.tokStart() - MAX_FRAME_NAME));
        boolean framed = (v.tokenIs(start - 2, "under") || v.tokenIs(start - 2, "within")) && v.tokenIs(start - 1, "the");
        return framed && v.firstCue(CueKind.EXCHANGE_NOUN, Math.max(0, start - 6), start - 2) != null;
    }

    /**
     * Whether a session is named only as the frame of another exchange reported before it in the sentence: "..., as
     * part of its eighty-sixth session", "during its 120th session". Its own dates are not written here.
     */
    private static boolean inPassing(SentenceView v, CueMatch noun) {
        if (!"SESSION".equals(noun.value(CueKind.EXCHANGE_NOUN))) {
            return false;
        }
        int k = noun.tokStart() - 1;
        while (k > 0 && v.ordinalEndingAt(k) != null) {
            k = v.ordinalEndingAt(k)[1] - 1;
        }
        final int its = k;
        boolean frame = v.tokenIs(its, "its") && (v.tokenIs(its - 1, "during") || v.tokenIs(its - 1, "of") && v.tokenIs(its - 2, "part"));
        return frame && v.cues(CueKind.EXCHANGE_NOUN).stream().anyMatch(c -> c.tokEnd() <= its
                && !"SESSION".equals(c.value(CueKind.EXCHANGE_NOUN)));
    }

    /**
     * Whether a "session" noun names rounds of another exchange ("the third and fourth sessions of their Human Rights
     * Dialogue"), which that exchange's noun reports, not a session of a body ("the 61st session of the Commission").
     */
    private static boolean roundOfAnother(SentenceView v, CueMatch noun) {
        if (!"SESSION".equals(noun.value(CueKind.EXCHANGE_NOUN)) || !v.tokenIs(noun.tokEnd(), "of")) {
            return false;
        }
        CueMatch next = v.firstCue(CueKind.EXCHANGE_NOUN, noun.tokEnd() + 1, Math.min(v.tokens.size(), noun.tokEnd() + 7));
        return next != null && !"SESSION".equals(next.value(CueKind.EXCHANGE_NOUN))
                && v.mentionsIn(noun.tokEnd() + 1, next.tokStart(), m -> m.kind() == MentionKind.ORG
                        && !m.text().contains("-")).isEmpty();
    }

    static String cueValue(SentenceView v, int tok) {
        for (CueMatch c : v.cues) {
            if (c.tokStart() == tok && c.is(CueKind.EXCHANGE_ROUND)) {
                return c.value(CueKind.EXCHANGE_ROUND);
            }
        }
        return null;
    }

    private static String nonTopicValue(SentenceView v, int tok) {
        for (CueMatch c : v.cues) {
            if (c.tokStart() <= tok && tok < c.tokEnd() && c.is(CueKind.NON_TOPIC)) {
                return c.value(CueKind.NON_TOPIC);
            }
        }
        return null;
    }

    private static boolean isNonTopic(SentenceView v, int tok) {
        for (CueMatch c : v.cues) {
            if (c.tokStart() <= tok && tok < c.tokEnd() && c.is(CueKind.NON_TOPIC)) {
                return true;
            }
        }
        return false;
    }

    /** Topic of a titled event: "Symposium on Human Rights in the ..." -> "human rights"; "Human Rights Dialogue". */
    private static String namedTopic(SentenceView v, int nameStart, CueMatch noun, int nameEnd) {
        int on = v.findWord("on", noun.tokEnd(), nameEnd);
        if (on >= 0) {
            int end = on + 1;
            while (end < nameEnd && !v.token(end).is("in") && !(v.token(end).is("-") && v.tokenIs(end + 1, "-"))
                    && !v.token(end).is("--")) {
                end++;
            }
            final int from = on + 1;
            final int to = end;
            if (to <= from || v.mentions.stream().anyMatch(m -> Roles.PARTY.test(m) && m.tokStart() < to && from < m.tokEnd())) {
                return null; // "Forum on China-Africa Cooperation": the name of a body, not a topic
            }
            return v.text(from, to).toLowerCase(Locale.ROOT);
        }
        List<String> words = new ArrayList<>();
        for (int i = nameStart; i < noun.tokStart(); i++) {
            CueMatch nonTopic = v.firstCue(CueKind.NON_TOPIC, i, i + 1);
            if (nonTopic != null && nonTopic.tokEnd() <= noun.tokStart() && ("INTL".equals(nonTopic.value(CueKind.NON_TOPIC))
                    || v.token(i).isCapitalised())) {
                // "South-South Human Rights Forum": who meets, not what about; "82nd Ordinary Session": what kind (a
                // capitalised kind word of the title, not its "of")
                i = nonTopic.tokEnd() - 1;
                continue;
            }
            int at = i;
            boolean inMention = v.mentions.stream().anyMatch(m -> m.tokStart() <= at && at < m.tokEnd());
            if (v.token(i).isWord() && !inMention && v.ordinalAt(i) == null) {
                words.add(v.token(i).text());
            }
        }
        return words.isEmpty() ? null : String.join(" ", words).toLowerCase(Locale.ROOT);
    }

    /** "on human rights" after the noun (possibly after "and exchanges"): token range of the topic. */
    private static int[] topicAfter(SentenceView v, int from, int limit) {
        int i = from;
        if (v.tokenIs(i, "and") && v.token(i + 1) != null && v.token(i + 1).isWord()) {
            i += 2;
        }
        if (!v.tokenIs(i, "on")) {
            return null;
        }
        int start = i + 1;
        int end = start;
        while (end < limit) {
            Token t = v.token(end);
            boolean dateStarts = v.dates.stream().anyMatch(d -> d.start() == t.start());
            boolean listComma = t.is(",") && v.token(end + 1) != null && v.token(end + 1).isWord()
                    && !v.token(end + 1).isCapitalised() && !TOPIC_STOPS.contains(v.token(end + 1).norm())
                    && !(v.tokenIs(end + 1, "co") && v.tokenIs(end + 2, "-")); // "on evictions, co-organised by"
            // "persons with disabilities" keeps its "with"
            boolean withinTopic = t.is("with") && (v.tokenIs(end + 1, "disabilities") || v.tokenIs(end + 1, "disability"));
            if (!t.isWord() && !t.is("-") && !t.is("'") && !listComma || dateStarts
                    || TOPIC_STOPS.contains(t.norm()) && !withinTopic
                    && !(t.is("and") && end > start && !startsMention(v, end + 1))) {
                break;
            }
            end++;
        }
        return end > start ? new int[] {start, end} : null;
    }

    private static boolean startsMention(SentenceView v, int tok) {
        return v.mentions.stream().anyMatch(m -> m.tokStart() == tok && Roles.PARTY.test(m));
    }

    private static boolean topicHasState(SentenceView v, String topic, int from, int to) {
        for (Mention m : v.mentionsIn(from, to, mm -> mm.kind() == MentionKind.STATE)) {
            if (topic.contains(m.text().toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    /** "held its 15th round", "held the third session": the round, said as the verb's object. */
    private static List<Integer> roundAfterVerb(SentenceView v, int from) {
        int at = v.tokenIs(from, "its") || v.tokenIs(from, "the") || v.tokenIs(from, "their") ? from + 1 : from;
        int[] ordinal = v.ordinalAt(at);
        int next = ordinal == null ? -1 : at + ordinal[1];
        boolean round = ordinal != null && (v.firstCue(CueKind.EXCHANGE_ROUND, next, next + 1) != null
                || v.tokenIs(next, "session") || v.tokenIs(next, "meeting")); // "held its 14th session"
        return round ? List.of(ordinal[0]) : List.of();
    }

    /**
     * "the South-South Human Rights Forum ..., attended by officials from over 80 countries", "the International
     * Symposium on ...": a titled exchange whose name or attendance says it is international, and nothing in its name
     * that it is a national body's ("the Second Session of the 13th National People's Congress").
     */
    private static boolean internationalByName(SentenceView v, int nameStart, int nameEnd, int ce) {
        boolean international = false;
        for (int i = Math.max(0, nameStart - 3); i < nameEnd; i++) {
            if (v.kb.words("domestic-name-words").contains(v.token(i).norm())) {
                return false;
            }
            international |= v.kb.words("international-name-words").contains(v.token(i).norm())
                    || "INTL".equals(nonTopicValue(v, i));
        }
        for (int i = nameEnd; !international && i < ce; i++) {
            international = v.kb.words("international-name-words").contains(v.token(i).norm()); // "attended by ... from 80 countries"
        }
        return international;
    }

    /**
     * The state that hosted a titled exchange no side is named for, from where it "was held" or "took place": the
     * city's country or the state named. Null when the verb comes before the exchange or the sentence names no place.
     */
    private static Mention hostByPlace(SentenceView v, int nameEnd, CueMatch verb, int ce) {
        boolean finite = v.tokenIs(verb.tokStart(), "took") || v.tokenIs(verb.tokStart(), "was")
                || v.tokenIs(verb.tokStart(), "were") || v.tokenIs(verb.tokStart() - 1, "was")
                || v.tokenIs(verb.tokStart() - 1, "were");
        if (verb.tokStart() < nameEnd || !finite) {
            return null; // "At the Fourth World Conference on Women, held in Beijing, ...": a setting, not a report
        }
        SentenceView.PlaceHit place = v.placeIn(verb.tokEnd(), ce);
        if (place == null || place.place().country() == null) {
            return null;
        }
        Mention city = v.firstRight(v.tokenAt(place.start()), place.tokEnd(), Roles.DESTINATION);
        return city == null ? null : city.withId(place.place().country(), MentionKind.STATE);
    }

    /** "..., the eighth of its kind, ...": the edition an aside numbers, or null. */
    private static Integer ofItsKind(SentenceView v) {
        for (int k = 2; k + 2 < v.tokens.size(); k++) {
            if (v.tokenIs(k, "of") && v.tokenIs(k + 1, "its") && v.tokenIs(k + 2, "kind")) {
                int[] ordinal = v.ordinalEndingAt(k - 1);
                return ordinal == null ? null : ordinal[0];
            }
        }
        return null;
    }

    /** How many sentences after an event named without its hosts they may be given. */
    private static final int HOSTS_REACH = 2;

    /**
     * "The 2015 Beijing Forum on Human Rights was held in Beijing from September 16 to 17, 2015. Co-sponsored by A and
     * B, the forum, the eighth of its kind, brought together ...": the event the sentence before named, held by them.
     */
    private static void hostsOfTheEventJustNamed(SentenceView v, List<FactDraft> out) {
        Discourse.EventAwaitingHosts event = v.discourse.eventAwaitingHosts();
        if (event == null || v.sentence.index() - event.sentence() > HOSTS_REACH || v.sentence.index() == event.sentence()) {
            return;
        }
        int comma = v.findWord(",", 0, v.tokens.size());
        List<Mention> hosts = comma < 0 ? List.of() : passiveHosts(v, 0, comma);
        CueMatch ref = hosts.isEmpty() ? null : v.cues(CueKind.EVENT_ANAPHOR).stream()
                .filter(c -> c.tokStart() == comma + 1 && event.format().equals(c.value(CueKind.EVENT_ANAPHOR)))
                .findFirst().orElse(null);
        if (ref == null) {
            return;
        }
        v.discourse.eventAwaitingHosts(null);
        FactDraft fact = new FactDraft(FactType.EXCHANGE).status(null, event.format()).code("format", event.format())
                .entities("participants", hosts);
        fact.text("name", event.name(), 0, 0);
        Integer ordinal = event.ordinal() != null ? event.ordinal() : ofItsKind(v);
        if (ordinal != null) {
            fact.fields.put("ordinal", ordinal);
        }
        if (event.place() != null) {
            fact.fields.put("place", event.place());
        }
        fact.date(event.date(), true);
        out.add(fact);
        v.remember(event.format(), fact, event.name());
    }

    /** "..., co-hosted by the China Society for Human Rights Studies and Ethiopia's Ministry of Foreign Affairs". */
    private static List<Mention> passiveHosts(SentenceView v, int from, int ce) {
        for (int k = from; k + 1 < ce; k++) {
            if (v.tokenIs(k, "where") || v.tokenIs(k, "which") && (v.tokenIs(k - 1, "at")
                    || v.tokenIs(k - 1, "during") || v.tokenIs(k - 1, "in") || v.tokenIs(k - 1, "on"))) {
                break; // "the session, at which a motion sponsored by the United States was defeated": what happened there
            }
            boolean hyphenated = v.tokenIs(k + 1, "-") && k + 3 < ce; // "co-hosted" is three tokens
            String verb = hyphenated ? v.token(k).norm() + "-" + v.token(k + 2).norm() : v.token(k).norm();
            int by = byAfterHowAndWhere(v, hyphenated ? k + 3 : k + 1, ce);
            if (v.kb.words("hosting-verbs").contains(verb) && v.tokenIs(by, "by")) {
                Mention first = v.firstRight(by + 1, Math.min(ce, by + 3), Roles.PARTY);
                if (first == null) {
                    return List.of();
                }
                List<Mention> hosts = new ArrayList<>(v.coordinatedRight(first, Roles.PARTY));
                // "convened by the African Union and hosted by Rwanda": a second participle's hosts too
                int after = hosts.get(hosts.size() - 1).tokEnd();
                if (v.tokenIs(after, "and") && v.kb.words("hosting-verbs").contains(v.token(after + 1) == null ? ""
                        : v.token(after + 1).norm()) && v.tokenIs(after + 2, "by")) {
                    Mention second = v.firstRight(after + 3, Math.min(ce, after + 5), Roles.PARTY);
                    if (second != null) {
                        hosts.addAll(v.coordinatedRight(second, Roles.PARTY));
                    }
                }
                return hosts;
            }
        }
        return List.of();
    }

    /**
     * Where a participle's "by" is, past the "jointly" and the place that may stand between: "organised jointly by",
     * "co-organized in Freetown by", "organised jointly in Kampala, Uganda, by". {@code at} itself when neither does.
     */
    private static int byAfterHowAndWhere(SentenceView v, int at, int ce) {
        int k = at;
        if (v.tokenIs(k, "jointly")) {
            k++;
        }
        if (v.tokenIs(k, "in") && k + 1 < ce) {
            Mention place = v.firstRight(k + 1, k + 2, Roles.DESTINATION);
            int end = place == null || place.tokStart() != k + 1 ? -1 : place.tokEnd();
            if (end > 0 && v.tokenIs(end, ",")) { // "in Kampala, Uganda, by"
                Mention country = v.firstRight(end + 1, end + 2, Roles.DESTINATION);
                end = country != null && country.tokStart() == end + 1 && v.tokenIs(country.tokEnd(), ",")
                        ? country.tokEnd() + 1 : end;
            }
            k = end > 0 ? end : k;
        }
        if (v.tokenIs(k, "jointly")) { // "co-organised in Bamako jointly by"
            k++;
        }
        return v.tokenIs(k, "by") ? k : at;
    }

    /** How far after a relative clause's verb its "jointly with A" may name co-hosts: "organised in Tashkent jointly with". */
    private static final int CO_HOSTS_REACH = 8;

    /** Whether the verb tells an event as what came before or after another: "was preceded", "was followed". */
    private static boolean sequencing(SentenceView v, CueMatch verb) {
        return v.tokenIs(verb.tokEnd() - 1, "preceded") || v.tokenIs(verb.tokEnd() - 1, "followed");
    }

    /** Whether the noun is the first event named after the "by" of what came before or after ("was preceded by"). */
    private static boolean byBefore(SentenceView v, CueMatch verb, CueMatch noun) {
        int by = v.findWord("by", verb.tokEnd(), noun.tokStart());
        return by >= 0 && v.firstCue(CueKind.EXCHANGE_NOUN, verb.tokEnd(), noun.tokStart()) == null;
    }

    /** "was preceded ... by" / "was followed ... by" before the noun in its clause, the noun the first event after it. */
    private static CueMatch sequencingVerbBefore(SentenceView v, CueMatch noun, int cs) {
        for (CueMatch c : v.cues(CueKind.EXCHANGE_VERB)) {
            if (c.tokStart() >= cs && c.tokEnd() <= noun.tokStart() && sequencing(v, c) && byBefore(v, c, noun)) {
                return c;
            }
        }
        return null;
    }

    /**
     * The sides of the exchange the subject of "was preceded by" refers to ("The Dialogue", "It"): the last one
     * reported, when it has two named sides.
     */
    private static List<Mention> sidesOfTheExchangeBefore(SentenceView v, CueMatch verb) {
        EventRecord before = exchangeBefore(v, verb);
        List<EntityRef> refs = before == null ? List.of() : before.fact().entities("participants");
        if (refs.size() != 2 || refs.stream().anyMatch(r -> r.id() == null)) {
            return List.of();
        }
        List<Mention> sides = new ArrayList<>();
        for (EntityRef ref : refs) {
            MentionKind kind = ref.id().startsWith("org:") ? MentionKind.ORG : MentionKind.STATE;
            sides.add(v.inferred(kind, ref.id(), verb.tokStart(), verb.tokEnd()));
        }
        return sides;
    }

    /**
     * The exchange the subject of "was preceded" / "was followed" refers to: of its format ("The Dialogue", "The
     * Session"), else any ("It"); of those held, the latest, not a previous round the text recalled after it ("..., since
     * the previous round, which took place in Brussels in March 2022. The dialogue was preceded by ..."); of those
     * announced, the one just named ("The 15th Dialogue will take place in 2019 and will be preceded by ...").
     */
    private static EventRecord exchangeBefore(SentenceView v, CueMatch verb) {
        int from = v.clauseStart(verb.tokStart());
        CueMatch noun = v.lastCue(CueKind.EXCHANGE_NOUN, from, verb.tokStart());
        CueMatch anaphor = v.lastCue(CueKind.EVENT_ANAPHOR, from, verb.tokStart()); // "the dialogue"
        String format = noun != null ? noun.value(CueKind.EXCHANGE_NOUN)
                : anaphor != null ? anaphor.value(CueKind.EVENT_ANAPHOR) : null;
        EventRecord last = format == null || "ANY".equals(format) ? v.discourse.lastExchange() : v.discourse.lastEvent(format);
        if (last == null || last.fact().status() != null || "PLANNED".equals(verb.value(CueKind.EXCHANGE_VERB))) {
            return last;
        }
        EventRecord latest = last;
        for (EventRecord e : v.discourse.events()) {
            if (e.kind().equals(last.kind()) && e.fact().status() == null && e.fact().date() != null
                    && latest.fact().date() != null && e.fact().date().compareTo(latest.fact().date()) > 0) {
                latest = e;
            }
        }
        return latest;
    }

    /** Whether a hosting participle ("organised", "co-hosted") stands in [from, to): the event's hosts are its. */
    private static boolean hostingVerbAfter(SentenceView v, int from, int to) {
        for (int k = from; k < to; k++) {
            String verb = v.tokenIs(k + 1, "-") && v.token(k + 2) != null ? v.token(k).norm() + "-" + v.token(k + 2).norm()
                    : v.token(k).norm();
            if (v.kb.words("hosting-verbs").contains(verb)) {
                return true;
            }
        }
        return false;
    }

    private static final List<String> WEEKDAYS = List.of("monday", "tuesday", "wednesday", "thursday", "friday",
            "saturday", "sunday");

    /**
     * The date of an event told as coming before or after the exchange reported before it, where the sentence gives
     * none of its own: "The Dialogue was preceded on Monday by a seminar" (the Monday before its first day), "... the
     * previous day", "... two days earlier", "was followed the next day by a round table" (after its last day), "will
     * be preceded by the 9th Civil Society Seminar" (its year, or month). {@code otherwise} where none of these.
     */
    private static String dateToldFromTheExchangeBefore(SentenceView v, CueMatch verb, String otherwise) {
        EventRecord before = exchangeBefore(v, verb);
        String date = before == null ? null : before.fact().date();
        if (date == null) {
            return otherwise;
        }
        boolean preceded = v.tokenIs(verb.tokEnd() - 1, "preceded");
        String[] span = date.split("/");
        String first = span[0];
        String last = span[span.length - 1];
        if (first.length() < 10 || last.length() < 10) {
            // no day to count from: the same year or month, if the other end agrees
            return first.equals(last) ? first : otherwise;
        }
        java.time.LocalDate day = java.time.LocalDate.parse(preceded ? first : last);
        Integer shift = daysFromTheExchange(v, verb);
        if (shift != null) {
            return day.plusDays(preceded ? -Math.abs(shift) : Math.abs(shift)).toString();
        }
        for (int k = verb.tokEnd(); k < v.tokens.size(); k++) {
            int weekday = WEEKDAYS.indexOf(v.token(k).norm());
            if (weekday >= 0 && v.tokenIs(k - 1, "on") && v.token(k).isCapitalised()) {
                java.time.LocalDate d = day;
                do {
                    d = d.plusDays(preceded ? -1 : 1);
                } while (d.getDayOfWeek().getValue() - 1 != weekday);
                return d.toString();
            }
        }
        return otherwise;
    }

    /** "the previous day", "the day before", "the next day", "two days earlier", "three days later": how many days. */
    private static Integer daysFromTheExchange(SentenceView v, CueMatch verb) {
        for (int k = verb.tokEnd(); k + 1 < v.tokens.size(); k++) {
            if (v.tokenIs(k, "the") && (v.tokenIs(k + 1, "previous") || v.tokenIs(k + 1, "next")
                    || v.tokenIs(k + 1, "following")) && v.tokenIs(k + 2, "day")
                    || v.tokenIs(k, "the") && v.tokenIs(k + 1, "day") && (v.tokenIs(k + 2, "before") || v.tokenIs(k + 2, "after"))) {
                return 1;
            }
            Integer count = v.kb.cardinal(v.token(k).norm());
            if (count != null && v.tokenIs(k + 1, "days") && (v.tokenIs(k + 2, "earlier") || v.tokenIs(k + 2, "before")
                    || v.tokenIs(k + 2, "later") || v.tokenIs(k + 2, "after"))) {
                return count;
            }
        }
        return null;
    }

    /** The longest count of partners before the ones it names: "with more than 20 countries, including ...". */
    private static final int MAX_COUNTED_PARTNERS_TOKENS = 8;

    /**
     * "with more than 20 countries, including the United Kingdom, Germany and ...", "with many developing countries
     * such as Cuba and Laos": the first partner named after a count of partners, or null.
     */
    private static Mention namedAmong(SentenceView v, int from, int ce) {
        for (int k = from; k < Math.min(ce, from + MAX_COUNTED_PARTNERS_TOKENS); k++) {
            Token t = v.token(k);
            if (v.tokenIs(k, "including") || v.tokenIs(k, "such") && v.tokenIs(k + 1, "as")) {
                int at = v.tokenIs(k, "such") ? k + 2 : k + 1;
                return v.firstRight(at, Math.min(ce, at + 2), Roles.PARTY);
            }
            if (!t.isWord() && !t.is(",") || endingAt(v, k) != null) {
                return null; // the count ends before any partner is named
            }
        }
        return null;
    }

    /**
     * "It also welcomed the constructive dialogue that a Vietnamese delegation had held with the Committee against
     * Torture": a state's review by a treaty body, unnumbered, which is not what "the two sides" or "the fifteenth
     * round of the Dialogue" of a bilateral dialogue's release refer to.
     */
    private static boolean treatyBodyReview(SentenceView v, String format, FactDraft fact) {
        if (!"DIALOGUE".equals(format) || fact.fields().get("ordinal") != null) {
            return false;
        }
        Object sides = fact.fields().get("participants");
        if (!(sides instanceof List<?> list) || list.size() != 2) {
            return false;
        }
        return list.stream().anyMatch(o -> o instanceof EntityRef ref && ref.id() != null
                && v.kb.monitoredTreaty(ref.id()) != null);
    }

    /** Whether nothing but "delegation(s)" and an auxiliary ("had", "has") stands between a subject and its verb. */
    private static boolean onlyDelegationOrAuxiliary(SentenceView v, int from, int verbAt) {
        for (int k = from; k < verbAt; k++) {
            if (!(v.tokenIs(k, "delegation") || v.tokenIs(k, "delegations") || v.tokenIs(k, "had") || v.tokenIs(k, "has")
                    || v.tokenIs(k, "have"))) {
                return false;
            }
        }
        return true;
    }

    private static int findWith(SentenceView v, int from, int limit) {
        return v.findWord("with", from, limit);
    }

    private static int lastWithBefore(SentenceView v, int from, int limit) {
        int found = -1;
        for (int i = from; i < limit; i++) {
            if (v.token(i).is("with")) {
                found = i;
            }
        }
        return found;
    }

    /**
     * "In May and December, respectively, China held its 12th human rights dialogue with Switzerland and its 11th
     * human rights dialogue with Germany": as many dates before the verb as exchange nouns after it, paired in order.
     * Null when the sentence does not pair them.
     */
    private static DateMention respectiveDate(SentenceView v, CueMatch noun, CueMatch verb, int cs, int ce) {
        if (!v.respectively()) {
            return null;
        }
        if (verb.tokStart() > noun.tokStart()) {
            // "The 11th China-Switzerland ... dialogue and the 10th China-Germany ... dialogue were held in Beijing in
            // June and December, respectively": the named exchanges before the verb, their dates after it
            List<DateMention> after = v.datesIn(verb.tokEnd(), ce).stream().filter(d -> d.iso() != null).toList();
            List<CueMatch> before = v.cues(CueKind.EXCHANGE_NOUN).stream()
                    .filter(c -> c.tokStart() >= cs && c.tokStart() < verb.tokStart()).toList();
            int index = before.indexOf(noun);
            return after.size() > 1 && after.size() == before.size() && index >= 0 ? after.get(index) : null;
        }
        List<DateMention> fronted = v.datesIn(cs, verb.tokStart()).stream().filter(d -> d.iso() != null).toList();
        List<CueMatch> nouns = v.cues(CueKind.EXCHANGE_NOUN).stream()
                .filter(c -> c.tokStart() > verb.tokStart() && c.tokStart() < ce).toList();
        int index = nouns.indexOf(noun);
        return fronted.size() > 1 && fronted.size() == nouns.size() && index >= 0 ? fronted.get(index) : null;
    }

    /** Whether a date at {@code tok} opens its phrase ("In May 2004, ...", "..., and on 3 June ..."): the scene. */
    private static boolean setsTheScene(SentenceView v, int tok) {
        int p = tok;
        if (v.tokenIs(p - 1, "in") || v.tokenIs(p - 1, "on") || v.tokenIs(p - 1, "during") || v.tokenIs(p - 1, "from")
                || v.tokenIs(p - 1, "since") || v.tokenIs(p - 1, "between")) {
            p--;
        }
        return p == 0 || v.tokenIs(p - 1, ",") || v.tokenIs(p - 1, "and") || v.tokenIs(p - 1, ":") || v.tokenIs(p - 1, ";");
    }

    private static List<DateMention> datesOutside(SentenceView v, int cs, int ce, int nameStart, int nameEnd) {
        List<DateMention> out = new ArrayList<>();
        for (DateMention d : v.datesIn(cs, ce)) {
            int t = v.tokenAt(d.start());
            // "the fifth since 2015": a date after "since" starts a count, it is not when this exchange happened
            // nor a dateline opening the sentence ("Bern, 17.06.2016 - The 14th round ... took place on 15 and 16 June")
            if ((t < nameStart || t >= nameEnd) && d.iso() != null && !v.tokenIs(t - 1, "since")
                    && !v.datelineOpening(d, t)) {
                out.add(d);
            }
        }
        return out;
    }

    private static DateMention nearestOutside(SentenceView v, int tok, List<DateMention> dates) {
        DateMention best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (DateMention d : dates) {
            int t = v.tokenAt(d.start());
            int distance = t <= tok ? tok - t : t - tok + 1;
            if (distance < bestDistance) {
                best = d;
                bestDistance = distance;
            }
        }
        if (best != null && best.to() == null && best.from().month() == null) {
            for (DateMention d : dates) { // "The 2010 Forum was held in November": the month of that year says more
                // (also its days: "gathered ... from 6 to 8 November for the 2023 World Forum for Democracy")
                boolean within = d.to() == null || d.to().year() != null && d.to().year().equals(d.from().year());
                if (within && d.from().month() != null && best.from().year().equals(d.from().year())) {
                    return d;
                }
            }
        }
        if (best != null && best.iso() != null && best.to() == null && best.from().month() != null) {
            for (DateMention d : dates) { // "In October, ... convened in Marrakech from 10 to 12 October 2018": the days
                if (d != best && d.iso() != null && d.iso().startsWith(best.iso() + "-")
                        && (d.to() == null || d.iso().substring(d.iso().indexOf('/') + 1).startsWith(best.iso() + "-"))) {
                    return d;
                }
            }
        }
        return best;
    }
}

