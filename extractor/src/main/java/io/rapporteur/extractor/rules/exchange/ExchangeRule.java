package io.rapporteur.extractor.rules.exchange;

import io.rapporteur.contract.fact.ArgumentSpan;
import io.rapporteur.contract.fact.EntityRef;
import io.rapporteur.contract.fact.FactType;
import io.rapporteur.contract.fact.Span;
import io.rapporteur.extractor.date.DateMention;
import io.rapporteur.extractor.date.PartialDate;
import io.rapporteur.extractor.discourse.Discourse;
import io.rapporteur.extractor.discourse.EventRecord;
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
    private static final Set<String> BILATERAL = Set.of("DIALOGUE", "CONSULTATION");

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
        ExchangeRounds.roundsListedAfterAColon(v, out.subList(before, out.size()));
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

    private void applyInOrder(SentenceView v, List<FactDraft> out) {
        ExchangeHosts.hostsOfTheEventJustNamed(v, out);
        int consumedUntil = -1;
        List<Mention> lastSides = List.of();
        int lastNounEnd = -1;
        for (CueMatch session : v.cues(CueKind.EVENT_ANAPHOR)) {
            FactDraft sessionDay = SessionSpans.sessionDayTold(v, session);
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
            if (NotAnExchangeHere.namesNoExchangeHere(v, noun)) {
                continue;
            }
            int cs = v.clauseStart(noun.tokStart());
            int clauseEnd = v.clauseEnd(noun.tokEnd());
            CueMatch nearest = ExchangeVerbs.nearestVerb(v, noun, cs, clauseEnd);
            // "The Dialogue was preceded, two days earlier, by the fifth ... Seminar, jointly organised in Brussels by
            // A and B": the event "was preceded by" tells, whatever participle describes it
            CueMatch sequence = PrecededOrFollowed.sequencingVerbBefore(v, noun, cs);
            final CueMatch verb = sequence != null ? sequence : nearest != null ? nearest : ExchangeVerbs.timelineEntryHead(v, noun);
            if (verb == null) {
                continue;
            }
            if (PrecededOrFollowed.sequencing(v, verb) && (noun.tokStart() < verb.tokStart() || !PrecededOrFollowed.byBefore(v, verb, noun))) {
                continue; // "The Dialogue was preceded ... by a seminar": the seminar is the event told here
            }
            // "..., and the eighth round took place in Brussels on 14 February 2019": a coordinated clause with a verb
            // of its own ends this exchange's clause (its place and date are not this one's)
            final int ce = verb.tokStart() < noun.tokStart() ? ExchangeVerbs.coordinatedClauseStart(v, noun.tokEnd(), clauseEnd) : clauseEnd;
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
            NounPhrase np = NounPhrase.read(v, nameStart, cs);
            if (!named && np.ordinals().isEmpty() && !np.hasModifier() && NounPhrase.isBareAnaphor(v, noun)) {
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
            String topic = named ? ExchangeTopics.namedTopic(v, nameStart, noun, nameEnd) : null;
            int topicEnd = noun.tokEnd();
            if (topic == null) {
                int[] on = ExchangeTopics.topicAfter(v, nameEnd, ce);
                if (on != null) {
                    topic = v.text(on[0], on[1]).toLowerCase(Locale.ROOT);
                    topicEnd = on[1];
                } else if (!np.topicWords().isEmpty()) {
                    topic = String.join(" ", np.topicWords()).toLowerCase(Locale.ROOT);
                }
            }
            if (topic != null && ExchangeTopics.topicHasState(v, topic, nameStart, ce)) {
                topic = null;
            }
            if (!named && np.ordinals().isEmpty() && np.hasModifier() && topicEnd > noun.tokEnd()) {
                name = v.text(np.start(), topicEnd);
            }
            // participants
            List<Mention> sides = new ArrayList<>();
            if (verb.tokStart() < noun.tokStart()) {
                if (ExchangeVerbs.andBefore(v, verb.tokStart()) >= 0 && !lastSides.isEmpty()) {
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
                            && m.tokEnd() >= verbAt - 2 && ExchangeSides.onlyDelegationOrAuxiliary(v, m.tokEnd(), verbAt));
                }
                if (holder != null) {
                    sides.add(holder);
                }
            }
            if (!named) {
                ExchangeSides.addSides(sides, np.compounds());
            }
            if (named) {
                final int from = np.start();
                ExchangeSides.addSides(sides, v.mentionsIn(0, noun.tokStart(), // "EU-China Human Rights Dialogue"
                        m -> Roles.PARTY.test(m) && m.tokEnd() > from && m.tokEnd() <= noun.tokStart()));
            }
            CueMatch attending = v.firstCue(CueKind.ATTENDING, nameEnd, ce);
            // not the partner of a later predicate: "held ... in Beijing, and China also held consultations with Pakistan"
            CueMatch laterVerb = v.firstCue(CueKind.EXCHANGE_VERB, Math.max(nameEnd, verb.tokEnd()), ce);
            int commaAnd = laterVerb == null ? -1 : v.findWord("and", Math.max(nameEnd, verb.tokEnd()), laterVerb.tokStart());
            int withLimit = commaAnd > 0 && v.tokenIs(commaAnd - 1, ",") ? laterVerb.tokStart() : ce;
            int withTok = v.findWord("with", nameEnd, withLimit);
            int attendanceWith = attending != null && "WITH".equals(attending.value(CueKind.ATTENDING))
                    ? Attendance.lastWithBefore(v, nameEnd, attending.tokStart()) : -1;
            List<Mention> partners = List.of();
            if (withTok >= 0 && withTok != attendanceWith) {
                Mention firstPartner = v.firstRight(withTok + 1, withTok + 2, Roles.PARTY);
                if (firstPartner == null) {
                    firstPartner = ExchangeSides.namedAmong(v, withTok + 1, ce);
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
                List<Mention> interleaved = ExchangeSides.interleavedPartners(v, partners.get(0), ce);
                if (interleaved.size() > 1) {
                    partners = interleaved;
                    segmented = true;
                }
            }
            if (verb.tokStart() < noun.tokStart()) {
                // "In cooperation with the UNDP, the Ministry of Foreign Affairs organized ... a seminar"
                ExchangeSides.addSides(sides, ExchangeHosts.cooperatingWith(v, cs, verb.tokStart()));
                // "Jamaica also hosted, jointly with OHCHR, a subregional workshop", "the EU and the AU co-hosted with
                // the Government of The Gambia a round table": co-organisers between the verb and the exchange
                ExchangeSides.addSides(sides, ExchangeHosts.coHostsBetween(v, verb, nameStart));
            }
            if (partners.isEmpty() && named) { // "The 8th Dialogue with the European Union is expected to ..."
                int within = v.findWord("with", noun.tokEnd(), nameEnd);
                Mention partner = within < 0 ? null : v.firstRight(within + 1, within + 2, Roles.PARTY);
                if (partner != null) {
                    partners = v.coordinatedRight(partner, Roles.PARTY);
                }
            }
            // ("was preceded by a seminar, co-organised by A and B": its hosts too)
            List<Mention> hosts = verb.tokStart() > noun.tokStart() || PrecededOrFollowed.sequencing(v, verb) ? ExchangeHosts.passiveHosts(v, nameEnd, ce)
                    : List.of();
            if (hosts.isEmpty() && verb.tokStart() > nameEnd) {
                hosts = ExchangeHosts.relativeHosts(v, nameEnd, verb); // "the 13th Workshop ..., which China and OHCHR co-hosted in"
            }
            CueMatch described = PrecededOrFollowed.sequencing(v, verb) ? v.firstCue(CueKind.EXCHANGE_VERB, nameEnd, ce) : null;
            if (hosts.isEmpty() && described != null) {
                // "was preceded by a seminar ..., which the EU Delegation organised in Tashkent jointly with the
                // National Centre for Human Rights": the relative clause's hosts and those it organised with
                hosts = new ArrayList<>(ExchangeHosts.relativeHosts(v, Math.max(nameEnd, topicEnd), described));
                if (!hosts.isEmpty()) {
                    ExchangeSides.addSides(hosts, ExchangeHosts.cooperatingWith(v, described.tokEnd(), Math.min(ce, described.tokEnd() + ExchangeHosts.CO_HOSTS_REACH)));
                }
            }
            if (hosts.isEmpty() && verb.tokStart() > noun.tokStart() && nameStart > 2 && v.findWord(",", 0, nameStart) > 0) {
                // "Co-sponsored by A and B, the 2015 Beijing Forum on Human Rights was held in Beijing": a fronted participle
                hosts = ExchangeHosts.passiveHosts(v, 0, v.findWord(",", 0, nameStart));
            }
            if (!hosts.isEmpty()) {
                sides.clear(); // "the China-Africa seminar ..., co-hosted by A and B": the hosts, not the compound
                sides.addAll(hosts);
            }
            if (sides.isEmpty() && partners.isEmpty() && (v.tokenIs(nameEnd, "under") || v.tokenIs(nameEnd, "within"))) {
                // "the sixth symposium under the China-Germany Dialogue on the Rule of Law": the sides of the framework
                CueMatch frame = v.firstCue(CueKind.EXCHANGE_NOUN, nameEnd + 1, Math.min(ce, nameEnd + NotAnExchangeHere.MAX_FRAME_NAME));
                if (frame != null) {
                    ExchangeSides.addSides(sides, v.mentionsIn(nameEnd + 1, frame.tokStart(), Roles.PARTY));
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
            if (sides.isEmpty() && partners.isEmpty() && PrecededOrFollowed.sequencing(v, verb) && !ExchangeHosts.hostingVerbAfter(v, nameEnd, ce)) {
                // "The dialogue was preceded on 21 June by a round table on ...": one of the dialogue's sides'
                sides.addAll(PrecededOrFollowed.sidesOfTheExchangeBefore(v, verb));
            }
            EventRecord antecedent = null;
            if (sides.isEmpty() && partners.isEmpty()) {
                antecedent = ExchangeSides.definiteAntecedent(v, noun, nameStart, format, named ? v.text(nameStart, nameEnd) : null);
                // a world conference belongs to the UN, not to the city's state
                Mention host = antecedent == null && named && !v.tokenIs(nameStart, "world")
                        && InternationalScope.internationalByName(v, nameStart, nameEnd, ce) ? ExchangeHosts.hostByPlace(v, nameEnd, verb, ce) : null;
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
                                where == null ? null : where.place(), when == null ? null : when.iso(), ExchangeRounds.ofItsKind(v),
                                v.sentence.index()));
                    }
                    continue;
                } else {
                    name = antecedent.fact().text("name");
                    topic = antecedent.fact().text("topic");
                }
            }
            lastSides = List.copyOf(sides);
            if (antecedent == null && !named && !np.international() && !InternationalScope.internationalTopic(v, topic)
                    && InternationalScope.looksDomestic(sides, partners)) {
                continue; // "the NPC held a session", "China held a national conference": not an international exchange
            }
            if (antecedent == null && name != null && nameEnd - nameStart == noun.tokEnd() - noun.tokStart()) {
                // "agreed to hold the 18th Dialogue in China": the bare title of the series these sides hold
                EventRecord series = ExchangeSides.sameSides(v, format, sides, partners);
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
            // place, attendance, status, round, dates
            SentenceView.PlaceHit place = ExchangePlaces.placeTold(v, noun, verb, cs, ce, nameStart, nameEnd);
            Attendance attendance = Attendance.read(v, attending, attendanceWith, ce);
            String status = ExchangeStatus.statusTold(v, noun, verb, cs, ce);
            ExchangeRounds.RoundsTold roundsTold = ExchangeRounds.roundsTold(v, noun, verb, np, ce);
            List<Integer> ordinals = roundsTold.ordinals();
            boolean appositive = roundsTold.appositive();
            String sharedYear = null;
            List<DateMention> dates = ExchangeDates.datesOutside(v, cs, ce, nameStart, nameEnd).stream()
                    .filter(d -> !ExchangeDates.postponedFrom(v, v.tokenAt(d.start()))).toList();
            List<DateMention> allDates = dates;
            dates = ExchangeDates.ownSideOfAnd(v, noun, cs, ce, dates);
            // the places of the first of two exchanges joined by ", and" are also before it
            final List<DateMention> ownDates = dates;
            int placeEnd = !ownDates.isEmpty() && allDates.stream().anyMatch(d -> !ownDates.contains(d) && d.start() > noun.end())
                    ? ExchangeDates.commaAnd(v, v.tokenAt(ownDates.get(ownDates.size() - 1).end() - 1), ce) : ce;
            int andTok = verb.tokStart() < noun.tokStart() ? ExchangeVerbs.andBefore(v, verb.tokStart()) : -1;
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
            List<DateMention> toldBeforeBy = !PrecededOrFollowed.sequencing(v, verb) ? List.of() : dates.stream().filter(d ->
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
                        || ExchangeDates.setsTheScene(v, v.tokenAt(d.start()))).toList();
            }
            // "In 2004, ... the 12th and 13th rounds ... in February and November, respectively": the year that sets
            // the scene before the exchange is not one of the paired dates
            List<DateMention> datesAfter = dates.stream().filter(d -> v.tokenAt(d.start()) >= nameEndForDates).toList();
            List<DateMention> pairedDates = dates.size() == ordinals.size() ? dates : datesAfter;
            // with as many dates as rounds, the dates go in order even where "respectively" is left unsaid ("In 2013
            // and 2014, China hosted the 11th and 12th workshops"); one date for all rounds would be wrong for all but one
            boolean pairwise = ordinals.size() > 1 && pairedDates.size() == ordinals.size();
            DateMention near = ExchangeDates.nearestOutside(v, noun.tokStart(), dates);
            DateMention respective = ExchangeDates.respectiveDate(v, noun, verb, cs, ce);
            if (respective != null) {
                near = respective; // "In May and December, respectively, China held its 12th dialogue with A and its 11th"
            }
            // "In the course of the session, the Committee held interactive dialogues with ...": the session's span
            // (not the exchange "was preceded by" it: its own date is told from that one's)
            EventRecord frame = dates.isEmpty() && !PrecededOrFollowed.sequencing(v, verb)
                    ? v.eventReferredTo(cs, Math.min(noun.tokStart(), verb.tokStart())) : null;
            String framed = frame != null && !frame.kind().equals(format)
                    ? v.dateWithin(frame, cs, Math.min(noun.tokStart(), verb.tokStart())) : null;
            if ("POSTPONED".equals(status) || "CANCELLED".equals(status)) {
                // "initially planned for November, has been rescheduled for 2018": the date it was called off from
                near = dates.stream().filter(d -> v.scheduledFor(v.tokenAt(d.start()))).findFirst().orElse(near);
            }
            String fullName = ExchangeNames.fullName(v, noun, np, named, name, nameStart, nameEnd,
                    Math.max(betweenEnd, Math.max(topicEnd, noun.tokEnd())));
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
                    && antecedent == null && plural && (near == null && framed == null || NounPhrase.countedVaguely(v, noun.tokStart()))) {
                // "China has actively hosted international seminars and forums", "In 2014 China also hosted a number of
                // international seminars": a habit or a tally, no one event
                continue;
            }
            if (plural && v.sentence().heading() && ordinals.isEmpty() && dates.isEmpty() && status == null) {
                continue; // a section's heading: "5. Conferences hosted by Qatar"
            }
            List<Integer> rounds = ordinals.isEmpty() ? Collections.singletonList(null) : ordinals;
            List<SentenceView.PlaceHit> roundPlaces = ExchangePlaces.roundPlaces(v, nameEnd, placeEnd, np.roundCount());
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
            boolean seriesOnly = !perRound && (np.roundCount() > 2 && ordinals.isEmpty() || ExchangeRounds.timesOver(v, nameEnd, ce)
                    || ordinals.isEmpty() && ExchangeRounds.habitual(v, cs, ce));
            // "the 15th and 16th dialogues in Canberra and Hanoi in 2017 and 2018, respectively": places pair too,
            // also where one year sets the scene ("In 2001, ... the 10th and 11th rounds ... in Stockholm and Beijing")
            List<SentenceView.PlaceHit> pairedPlaces = ordinals.size() > 1 ? ExchangePlaces.roundPlaces(v, nameEnd, placeEnd, ordinals.size())
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
                    ? ExchangeRounds.possessiveRounds(v, nameEnd, ce, groups.size()) : List.of();
            int oneOfThem = ExchangeRounds.oneOfThemAt(v, nameEnd, ce);
            List<SentenceView.PlaceHit> groupPlaces = groupsPaired ? ExchangePlaces.roundPlaces(v, nameEnd, placeEnd, groups.size()) : List.of();
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
                        fact.text("attendance", attendance.text(), v.token(attendance.start()).start(),
                                v.token(attendance.end() - 1).end());
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
                    String closedSpan = SessionSpans.spanOpenedToClosed(v, format, verb, cs, ce);
                    if (closedSpan == null && framed == null && PrecededOrFollowed.sequencing(v, verb)
                            && (date == null || PrecededOrFollowed.daysFromTheExchange(v, verb) != null)) {
                        // ("two days earlier": from the first of its days, not from the last date written)
                        String told = PrecededOrFollowed.dateToldFromTheExchangeBefore(v, verb, null);
                        if (told != null) {
                            date = null;
                            sharedYear = told;
                        } else if (date == null) {
                            sharedYear = PrecededOrFollowed.dateToldFromTheExchangeBefore(v, verb, sharedYear);
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
                attendance.addAttendees(v, out, fullName, near == null ? null : near.iso(), status);
            }
        }
        SeriesRounds.apply(v, out);
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
}
