package io.rapporteur.extractor.rules.exchange;

import io.rapporteur.contract.fact.EntityRef;
import io.rapporteur.contract.fact.FactType;
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
import io.rapporteur.extractor.rules.SentencePlaces;
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

    /** The formats held between two sides, one fact for each partner: a series of rounds. */
    static final Set<String> BILATERAL = Set.of("DIALOGUE", "CONSULTATION");

    /** How many sentences back a bilateral series may be what "the two sides ... the fifth session" continues. */
    private static final int SERIES_REACH = 3;

    /**
     * Words after "UN" that leave it a noun ("convened by the UN in Durban"), not an adjective ("UN torture prevention
     * body").
     */
    private static final Set<String> FUNCTION_WORDS = Set.of("in", "on", "at", "and", "or", "to", "for", "of", "by",
            "with", "from", "as", "which", "that", "s");

    @Override
    public void apply(SentenceView v, List<FactDraft> out) {
        int before = out.size();
        titleSeries(v);
        FirstPutOff.told(v, out);
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
            v.events().remember(format, series, v.text(sides.get(0).tokStart(), noun.tokEnd()));
            return;
        }
    }

    /**
     * Each exchange noun of the sentence, in order: skip those that report no exchange here; find the verb that
     * tells it and its clause; read its name, round, topic; its sides (holders, hosts, partners, the body whose
     * session it is, else those the discourse implies); its place, attendance, status and dates; then one fact for
     * each round and group of sides. The series' later rounds follow (SeriesRounds).
     */
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
            final CueMatch verb = sequence != null ? sequence
                    : nearest != null ? nearest : ExchangeVerbs.timelineEntryHead(v, noun);
            if (verb == null) {
                continue;
            }
            if (v.tokenIs(verb.tokStart() - 1, "to") && v.token(verb.tokStart() - 2) != null
                    && v.kb.words("willingness").contains(v.token(verb.tokStart() - 2).norm())) {
                continue; // "China is willing to conduct dialogue ... with Germany": a stance, no exchange or series
            }
            if (PrecededOrFollowed.sequencing(v, verb)
                    && (noun.tokStart() < verb.tokStart() || !PrecededOrFollowed.byBefore(v, verb, noun))) {
                continue; // "The Dialogue was preceded ... by a seminar": the seminar is the event told here
            }
            // "..., and the eighth round took place in Brussels on 14 February 2019": a coordinated clause with a verb
            // of its own ends this exchange's clause (its place and date are not this one's)
            // (so does one that tells another exchange: "The ... Dialogue was held in Vientiane on 4 September 2018,
            // and human rights consultations with Viet Nam took place in Hanoi in 2017")
            final int ce = verb.tokStart() < noun.tokStart()
                    ? ExchangeVerbs.coordinatedClauseStart(v, noun.tokEnd(), clauseEnd)
                    : ExchangeVerbs.nextExchangeClauseStart(v, verb.tokEnd(), clauseEnd);
            String format = noun.value(CueKind.EXCHANGE_NOUN);
            if (v.token(verb.tokStart()).norm().startsWith("continue") && !BILATERAL.contains(format)) {
                continue; // "The Human Rights Council today continued its fifty-fifth session": a day of it, told apart
            }
            EventRecord bilateral = v.discourse.lastExchange();
            if ("SESSION".equals(format) && !v.tokenIs(noun.tokEnd(), "of") && bilateral != null
                    && BILATERAL.contains(bilateral.kind()) && v.sentence.index() - bilateral.sentence() <= SERIES_REACH
                    && !v.events().sidesReferredTo(cs, ce).isEmpty()) {
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
            // the word before the noun phrase and its article: "at (the) ...", "of (the) ..."
            int beforeArticle = v.tokenIs(np.start() - 1, "the") ? np.start() - 2 : np.start() - 1;
            if (v.tokenIs(beforeArticle, "at") && verb.tokEnd() == beforeArticle
                    && "HELD".equals(verb.value(CueKind.EXCHANGE_VERB))) {
                continue; // "the review took place at the twenty-fifth session": the session is where, not the event
            }
            if (v.tokenIs(beforeArticle, "of") && v.cues.stream().anyMatch(c -> c.tokEnd() == beforeArticle
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
            List<Mention> sides = new ArrayList<>(ExchangeSides.holding(v, noun, verb, format, ce, lastSides));
            if (!named) {
                ExchangeSides.addSides(sides, np.compounds());
            } else {
                final int from = np.start();
                ExchangeSides.addSides(sides, v.mentionsIn(0, noun.tokStart(), // "EU-China Human Rights Dialogue"
                        m -> Roles.PARTY.test(m) && m.tokEnd() > from && m.tokEnd() <= noun.tokStart()));
            }
            CueMatch attending = v.firstCue(CueKind.ATTENDING, nameEnd, ce);
            int attendanceWith = attending != null && "WITH".equals(attending.value(CueKind.ATTENDING))
                    ? Attendance.lastWithBefore(v, nameEnd, attending.tokStart()) : -1;
            Partners with = Partners.read(v, noun, verb, named, nameEnd, ce, attendanceWith);
            List<Mention> partners = with.mentions();
            Mention fronted = partners.isEmpty() ? ExchangeSides.frontedPartner(v, cs, noun) : null;
            if (fronted != null) { // "With the United Kingdom, China held its 11th round of human rights dialogue ..."
                partners = List.of(fronted);
            }
            boolean segmented = with.segmented();
            if (verb.tokStart() < noun.tokStart() && v.opensTimelineEntry(verb.tokStart())
                    && v.kb.words("hosting-verbs").contains(v.token(verb.tokEnd() - 1).norm())) {
                // a chronology's subjectless entry, "22-24 November - Hosts, together with OHCHR, a regional
                // workshop ...": the state the chronology is about hosts it
                Mention own = v.mainState(verb);
                if (own != null) {
                    ExchangeSides.addSides(sides, List.of(own));
                }
            }
            if (verb.tokStart() < noun.tokStart()) {
                // "In cooperation with the UNDP, the Ministry of Foreign Affairs organized ... a seminar"
                ExchangeSides.addSides(sides, ExchangeHosts.cooperatingWith(v, cs, verb.tokStart()));
                // "Jamaica also hosted, jointly with OHCHR, a subregional workshop", "the EU and the AU co-hosted with
                // the Government of The Gambia a round table": co-organisers between the verb and the exchange
                ExchangeSides.addSides(sides, ExchangeHosts.coHostsBetween(v, verb, nameStart));
                // "the Commission organized a national seminar on ... in Ulaanbaatar with the support of OHCHR and
                // UNDP": supporters named after the exchange co-organise it too (with the host it names)
                if (!sides.isEmpty()) {
                    ExchangeSides.addSides(sides, ExchangeHosts.cooperatingWith(v, nameEnd, ce));
                }
            }
            List<Mention> hosts = ExchangeHosts.hostsTold(v, noun, verb, nameStart, nameEnd, topicEnd, ce);
            if (!hosts.isEmpty()) {
                sides.clear(); // "the China-Africa seminar ..., co-hosted by A and B": the hosts, not the compound
                sides.addAll(hosts);
            }
            if (sides.isEmpty() && partners.isEmpty() && (v.tokenIs(nameEnd, "under") || v.tokenIs(nameEnd, "within"))) {
                // "the sixth symposium under the China-Germany Dialogue on the Rule of Law": the sides of the framework
                CueMatch frame = v.firstCue(CueKind.EXCHANGE_NOUN, nameEnd + 1,
                        Math.min(ce, nameEnd + NotAnExchangeHere.MAX_FRAME_NAME));
                if (frame != null) {
                    ExchangeSides.addSides(sides, v.mentionsIn(nameEnd + 1, frame.tokStart(), Roles.PARTY));
                }
            }
            // also inside a title that ran on over it: "The 11th Human Rights Dialogue between the Kyrgyz Republic and
            // ...", and after its topic: "The consultations on human rights between Indonesia and the Netherlands"
            int betweenTok = v.findWord("between", noun.tokEnd(), Math.min(ce, Math.max(nameEnd, topicEnd) + 2));
            int betweenEnd = -1; // "the human rights dialogue between Switzerland and Nigeria": part of its full name
            if (betweenTok >= 0) {
                Mention a = v.firstRight(betweenTok + 1, betweenTok + 3, Roles.PARTY);
                if (a != null) {
                    List<Mention> between = v.coordinatedRight(a, Roles.PARTY);
                    sides.addAll(between);
                    betweenEnd = between.size() > 1 ? between.get(between.size() - 1).tokEnd() : -1;
                }
            }
            if (sides.isEmpty() && partners.isEmpty() && "SESSION".equals(format)) {
                Mention owner = SessionOwners.bodyWhoseSessionItIs(v, noun, verb, np, named, nameEnd, cs, ce);
                if (owner != null) {
                    sides.add(owner);
                }
            }
            if (sides.isEmpty() && !partners.isEmpty()) {
                sides.addAll(ExchangeSides.otherSideOfThePartners(v, noun, verb, format, partners, cs));
            }
            if (sides.isEmpty() && partners.isEmpty()) {
                sides.addAll(ExchangeSides.sidesReferredTo(v, noun, verb, nameEnd, cs, ce));
            }
            EventRecord antecedent = null;
            if (sides.isEmpty() && partners.isEmpty()) {
                antecedent = ExchangeSides.definiteAntecedent(v, noun, nameStart, format,
                        named ? v.text(nameStart, nameEnd) : null);
                // a world conference belongs to the UN, not to the city's state
                Mention host = antecedent == null && named && !v.tokenIs(nameStart, "world")
                        && ExchangeTopics.internationalByName(v, nameStart, nameEnd, ce)
                        ? ExchangeHosts.hostByPlace(v, nameEnd, verb, ce) : null;
                if (host != null) {
                    sides.add(host); // "the South-South Human Rights Forum was held in Beijing": its host's
                } else if (antecedent == null) {
                    if (named && "HELD".equals(verb.value(CueKind.EXCHANGE_VERB))) { // its hosts may come next: "Co-sponsored by A and B, the forum ..."
                        SentencePlaces.Hit where = v.places().in(nameEnd, ce);
                        DateMention when = v.datesIn(nameEnd, ce).stream().filter(d -> d.iso() != null).findFirst()
                                .orElse(v.nearestDate(noun.tokStart()));
                        // (with the year its name begins with: "The 2015 Beijing Forum on Human Rights")
                        int from = nameStart > 0 && v.token(nameStart - 1).isNumber() ? nameStart - 1 : nameStart;
                        v.discourse.eventAwaitingHosts(new Discourse.EventAwaitingHosts(format, v.text(from, nameEnd),
                                where == null ? null : where.place(), when == null ? null : when.iso(),
                                ExchangeRounds.ofItsKind(v), v.sentence.index()));
                    }
                    continue;
                } else {
                    name = antecedent.fact().text("name");
                    topic = antecedent.fact().text("topic");
                }
            }
            lastSides = List.copyOf(sides);
            if (antecedent == null && !named && !np.international() && !ExchangeTopics.internationalTopic(v, topic)
                    && ExchangeTopics.looksDomestic(sides, partners)) {
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
            List<List<Mention>> groups = ExchangeSides.groups(v, noun, format, named, nameEnd, ce, sides, partners);
            // place, attendance, status, round, dates
            SentencePlaces.Hit place = ExchangePlaces.placeTold(v, noun, verb, cs, ce, nameStart, nameEnd);
            Attendance attendance = Attendance.read(v, attending, attendanceWith, ce);
            String status = ExchangeVerbs.statusTold(v, noun, verb, cs, ce);
            ExchangeRounds.RoundsTold roundsTold = ExchangeRounds.roundsTold(v, noun, verb, np, ce);
            List<Integer> ordinals = roundsTold.ordinals();
            List<ExchangeRounds.ElidedRound> elided = ordinals.size() == 1 && groups.size() == 1 && !partners.isEmpty()
                    ? ExchangeRounds.elidedRounds(v, partners.get(partners.size() - 1).tokEnd(), ce) : List.of();
            if (!elided.isEmpty()) {
                // "the 12th human rights dialogue with Switzerland and the 11th with the Netherlands": one round each
                ordinals = new ArrayList<>(ordinals);
                groups = new ArrayList<>(groups);
                for (ExchangeRounds.ElidedRound more : elided) {
                    ordinals.add(more.ordinal());
                    List<Mention> group = new ArrayList<>(sides);
                    group.add(more.partner());
                    groups.add(group);
                }
            }
            boolean appositive = roundsTold.appositive();
            ExchangeDates.Told when = ExchangeDates.told(v, noun, verb, cs, ce, nameStart, nameEnd, format, status,
                    ordinals);
            List<DateMention> dates = when.dates();
            String sharedYear = when.sharedYear();
            List<DateMention> datesAfter = when.datesAfter();
            List<DateMention> pairedDates = when.pairedDates();
            boolean pairwise = when.pairwise();
            DateMention near = when.near();
            String framed = when.framed();
            int placeEnd = when.placeEnd();
            String fullName = ExchangeNames.fullName(v, noun, np, named, name, nameStart, nameEnd,
                    Math.max(betweenEnd, Math.max(topicEnd, noun.tokEnd())));
            if (NotAnExchangeHere.subGroupOffTopic(v, noun, ce)) {
                continue;
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
            List<SentencePlaces.Hit> roundPlaces = ExchangePlaces.roundPlaces(v, nameEnd, placeEnd, np.roundCount());
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
            boolean seriesOnly = !perRound && (np.roundCount() > 2 && ordinals.isEmpty()
                    || ExchangeRounds.timesOver(v, nameEnd, ce)
                    || ordinals.isEmpty() && ExchangeRounds.habitual(v, cs, ce)
                    || ordinals.isEmpty() && ExchangeRounds.presentHabit(v, verb, noun));
            // "the 15th and 16th dialogues in Canberra and Hanoi in 2017 and 2018, respectively": places pair too,
            // also where one year sets the scene ("In 2001, ... the 10th and 11th rounds ... in Stockholm and Beijing")
            List<SentencePlaces.Hit> pairedPlaces = ordinals.size() > 1
                    ? ExchangePlaces.roundPlaces(v, nameEnd, placeEnd, ordinals.size())
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
            List<SentencePlaces.Hit> groupPlaces = groupsPaired
                    ? ExchangePlaces.roundPlaces(v, nameEnd, placeEnd, groups.size()) : List.of();
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
                        ExchangeSides.takeSidesOf(fact, antecedent, noun);
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
                    SentencePlaces.Hit roundPlace = perRound && !roundPlaces.isEmpty() ? roundPlaces.get(r)
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
                        String told = PrecededOrFollowed.dateToldFromTheExchangeBefore(v, verb);
                        if (told != null) {
                            date = null;
                            sharedYear = told;
                        }
                    }
                    fact.date(closedSpan != null ? closedSpan : date != null ? date.iso() : framed != null ? framed : sharedYear, false);
                    if (!seriesOnly) {
                        out.add(fact);
                    }
                    v.events().remember(treatyBodyReview(v, format, fact) ? Discourse.REVIEW : format, fact, fullName);
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
