package io.rapporteur.extractor.rules.exchange;

import io.rapporteur.contract.fact.ArgumentSpan;
import io.rapporteur.contract.fact.EntityRef;
import io.rapporteur.contract.fact.Fact;
import io.rapporteur.contract.fact.FactType;
import io.rapporteur.contract.fact.Span;
import io.rapporteur.extractor.date.DateMention;
import io.rapporteur.extractor.discourse.EventRecord;
import io.rapporteur.extractor.kb.CueKind;
import io.rapporteur.extractor.mention.Mention;
import io.rapporteur.extractor.mention.MentionKind;
import io.rapporteur.extractor.rules.CueMatch;
import io.rapporteur.extractor.rules.FactDraft;
import io.rapporteur.extractor.rules.Roles;
import io.rapporteur.extractor.rules.SentencePlaces;
import io.rapporteur.extractor.rules.SentenceView;
import io.rapporteur.extractor.rules.WrittenOrdinals;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Rounds of a series the document already reported, named without the series: "The next round will be held in 2024",
 * "the 12th round of the Dialogue", "held the 16th round in Canberra", "..., and the 27th in Paris", "This was the
 * 13th round of the Dialogue." Each takes the sides, format, name and topic of the series from the discourse.
 */
final class SeriesRounds {

    private SeriesRounds() {
    }

    static void apply(SentenceView v, List<FactDraft> out) {
        nextRound(v, out);
        numberedRoundOfReference(v, out);
        ellipticRound(v, out);
        gappedRound(v, out);
        roundOfTheLast(v, out);
        timelineRound(v, out);
    }

    /**
     * A timeline's entry that names a round of the series it is about: "3 December 2014 - Fourth round of the human
     * rights dialogue, Brussels.", "14 December 2015 - Fifth round, Hanoi.", "December 2017 - The seventh round,
     * scheduled to take place in Hanoi, is postponed ...": the series' sides and format, the entry's date and place.
     */
    private static void timelineRound(SentenceView v, List<FactDraft> out) {
        int dash = v.timelineDash();
        if (dash <= 0) {
            return;
        }
        int k = v.tokenIs(dash + 1, "the") ? dash + 2 : dash + 1;
        int[] ordinal = v.ordinals().at(k);
        if (ordinal == null || !v.tokenIs(k + ordinal[1], "round")) {
            return;
        }
        boolean told = out.stream().anyMatch(f -> f.type() == FactType.EXCHANGE
                && Integer.valueOf(ordinal[0]).equals(f.fields().get("ordinal")));
        EventRecord series = roundSeries(v);
        if (told || series == null) {
            return;
        }
        FactDraft fact = sameSeries(series.fact(), ordinal[0], v.token(k).start(), v.token(k + ordinal[1]).end());
        SentencePlaces.Hit place = v.places().in(k + ordinal[1], v.tokens.size());
        if (place != null) {
            fact.place(place.place(), place.start(), place.end());
        } else { // the entry's place after a comma: "Fifth round, Hanoi."
            int comma = v.findWord(",", k + ordinal[1], Math.min(v.tokens.size(), k + ordinal[1] + 8));
            Mention city = comma < 0 ? null : v.firstRight(comma + 1, comma + 2, m -> m.kind() == MentionKind.CITY);
            if (city != null) {
                fact.place(new io.rapporteur.contract.fact.Place(city.text(), city.country()), city.start(), city.end());
            }
        }
        DateMention date = v.datesIn(0, dash).stream().filter(d -> d.iso() != null).findFirst().orElse(null);
        String format = series.fact().text("format");
        fact.status(v.statusAround(k, v.tokens.size(), null), format).date(date == null ? null : date.iso(), false);
        fact.confidence -= 0.1;
        out.add(fact);
        v.events().remember(format, fact, series.fullName());
    }

    /**
     * "This was the 13th round of the Dialogue.", "It was the fifth such meeting.": the number of the exchange the
     * sentence before reported without one. The numbered fact replaces the unnumbered one.
     */
    private static void roundOfTheLast(SentenceView v, List<FactDraft> out) {
        if (!(v.tokenIs(0, "this") || v.tokenIs(0, "it")) || !(v.tokenIs(1, "was") || v.tokenIs(1, "is"))
                || !v.tokenIs(2, "the")) {
            return;
        }
        int[] ordinal = v.ordinals().at(3);
        if (ordinal == null) {
            return;
        }
        EventRecord last = v.discourse.lastExchange();
        if (last == null || last.fact().field("ordinal") != null || v.sentence.index() - last.sentence() != 1
                || v.sentence.paragraph() != last.paragraph() || ExchangeRounds.firstAfterGap(v, ordinal[0], 3 + ordinal[1])) {
            return;
        }
        Fact previous = last.fact();
        FactDraft fact = sameSeries(previous, ordinal[0], v.token(3).start(), v.token(3 + ordinal[1] - 1).end());
        if (previous.field("place") != null) {
            fact.fields.put("place", previous.field("place"));
        }
        fact.status(previous.status(), previous.text("format")).date(previous.date(), true);
        fact.numbersEarlier = true;
        out.add(fact);
        v.events().remember(previous.text("format"), fact, last.fullName());
    }

    /**
     * "The 26th dialogue was held in Beijing in May 2008, and the 27th in Paris in November", "..., and the 15th round
     * took place in Beijing in 2018", "...; the seventh was held in Astana in 2015": a second round whose exchange goes
     * unnamed, with its own place and date, after a round this sentence reported.
     */
    private static void gappedRound(SentenceView v, List<FactDraft> out) {
        for (int i = 2; i < v.tokens.size() - 1; i++) {
            if (!v.tokenIs(i - 1, "the") || !(v.tokenIs(i - 2, "and") || v.tokenIs(i - 2, "while") || v.tokenIs(i - 2, ";"))) {
                continue;
            }
            int[] ordinal = v.ordinals().at(i);
            if (ordinal == null) {
                continue;
            }
            int after = i + ordinal[1];
            CueMatch round = v.firstCue(CueKind.EXCHANGE_ROUND, after, after + 1);
            after = round == null ? after : round.tokEnd(); // "and the 15th round took place in Beijing"
            CueMatch verb = v.firstCue(CueKind.EXCHANGE_VERB, after, after + 1);
            after = verb == null ? after : verb.tokEnd();
            if (!(v.tokenIs(after, "in") || v.tokenIs(after, "on"))) {
                continue; // "and the 27th round of ...", "and the first lady": not a gapped round
            }
            EventRecord last = v.discourse.lastExchange();
            if (last == null || last.sentence() != v.sentence.index() || last.fact().field("ordinal") == null
                    || Integer.valueOf(ordinal[0]).equals(last.fact().field("ordinal"))) {
                continue;
            }
            int ce = v.clauseEnd(after);
            Fact previous = last.fact();
            FactDraft fact = sameSeries(previous, ordinal[0], v.token(i).start(), v.token(i).end());
            SentencePlaces.Hit place = v.places().in(after, ce);
            if (place != null) {
                fact.place(place.place(), place.start(), place.end());
            }
            List<DateMention> dates = v.datesIn(after, ce);
            String format = previous.text("format");
            fact.status(previous.status(), format).date(dates.isEmpty() ? null : dates.get(0).iso(), false);
            fact.confidence -= 0.1;
            out.add(fact);
            v.events().remember(format, fact, last.fullName());
        }
    }

    /** "The next round will be held in China in 2024.": the last exchange, one round on, as announced. */
    private static void nextRound(SentenceView v, List<FactDraft> out) {
        for (CueMatch next : v.cues(CueKind.EVENT_ANAPHOR)) {
            boolean previousRound = "PREVIOUS".equals(next.value(CueKind.EVENT_ANAPHOR));
            if (!"NEXT".equals(next.value(CueKind.EVENT_ANAPHOR)) && !previousRound) {
                continue;
            }
            int cs = v.clauseStart(next.tokStart());
            int ce = v.clauseEnd(next.tokEnd());
            CueMatch verb = v.firstCue(CueKind.EXCHANGE_VERB, next.tokEnd(), ce);
            if (verb == null) {
                verb = v.lastCue(CueKind.EXCHANGE_VERB, cs, next.tokStart()); // "agreed to hold the next dialogue"
            }
            EventRecord last = v.text(next.tokStart(), next.tokEnd()).toLowerCase(java.util.Locale.ROOT).contains("round")
                    ? roundSeries(v) : v.discourse.lastExchange();
            if (verb == null || last == null) {
                continue;
            }
            if (previousRound) { // "The previous Dialogue was held in Beijing in 2014": one round back, held
                last = lastHeld(v, last); // (from the round just held, not from "The next round ..." told after it)
                Integer ordinal = last.fact().field("ordinal") instanceof Integer n && n > 1 ? n - 1 : null;
                if (v.tokenIs(next.tokEnd() - 1, ",")) {
                    // "The previous, 7th Dialogue was held ...", "The previous, 10th, round of the Dialogue": as numbered
                    int[] stated = v.ordinals().at(next.tokEnd());
                    if (stated == null) {
                        continue;
                    }
                    ordinal = stated[0];
                    // of the series its noun names: "10th, round" (a dialogue's, not the seminar held on its eve)
                    int noun = next.tokEnd() + stated[1] + (v.tokenIs(next.tokEnd() + stated[1], ",") ? 1 : 0);
                    EventRecord named = v.tokenIs(noun, "round") ? roundSeries(v)
                            : v.token(noun) == null ? null : v.discourse.lastEvent(v.token(noun).norm().toUpperCase(java.util.Locale.ROOT));
                    if (named == null) {
                        continue;
                    }
                    last = named;
                }
                if (ordinal != null) {
                    laterRound(v, last, ordinal, next, verb, Math.min(verb.tokEnd(), next.tokEnd()), cs, ce, null, out);
                }
                continue;
            }
            Integer ordinal = last.fact().field("ordinal") instanceof Integer n ? n + 1 : null;
            // "The next round, the 18th AU-EU Human Rights Dialogue, will be hosted ...": as numbered
            int k = v.tokenIs(next.tokEnd(), ",") ? next.tokEnd() + 1 : -1;
            int[] stated = k < 0 ? null : v.ordinals().at(v.tokenIs(k, "the") ? k + 1 : k);
            if (stated != null) {
                ordinal = stated[0];
            }
            // "the next round" has not happened yet: PLANNED unless the sentence says otherwise
            laterRound(v, last, ordinal, next, verb, Math.min(verb.tokEnd(), next.tokEnd()), cs, ce, "PLANNED", out);
        }
    }

    /**
     * The last round of the series held, where the text has since announced the next: "held the 15th round ... The
     * next round is to take place in 2019. ... The previous round was held in Bern" is the one before the 15th.
     */
    private static EventRecord lastHeld(SentenceView v, EventRecord last) {
        if (last.fact().status() == null) {
            return last;
        }
        List<EventRecord> events = v.discourse.events();
        for (int k = events.size() - 1; k >= 0; k--) {
            EventRecord e = events.get(k);
            if (e.kind().equals(last.kind()) && e.fact().status() == null && e.fact().field("ordinal") instanceof Integer
                    && e.sameSidesAs(last)) {
                return e;
            }
        }
        return last;
    }

    /**
     * The exchange a "round" belongs to: the last exchange if it is numbered or a series of rounds (a dialogue or
     * consultation: "have held a dialogue annually since 2000; the ninth round was held ..."), else the last numbered
     * one ("The previous round of the Dialogue" after a seminar held on its eve), else the last one.
     */
    private static EventRecord roundSeries(SentenceView v) {
        EventRecord last = v.discourse.lastExchange();
        if (last != null && "SESSION".equals(last.kind())) {
            // "the next round": of a dialogue, not the session of a body ("... scheduled for its 35th session")
            List<EventRecord> events = v.discourse.events();
            for (int k = events.size() - 1; k >= 0; k--) {
                EventRecord e = events.get(k);
                if (!"SESSION".equals(e.kind()) && !"VISIT".equals(e.kind()) && !"AGREEMENT".equals(e.kind())
                        && !io.rapporteur.extractor.discourse.Discourse.REVIEW.equals(e.kind())) {
                    last = e;
                    break;
                }
            }
        }
        if (last == null || last.fact().field("ordinal") != null || "DIALOGUE".equals(last.kind())
                || "CONSULTATION".equals(last.kind())) {
            return last;
        }
        EventRecord numbered = v.discourse.lastNumberedExchange();
        return numbered != null ? numbered : last;
    }

    /** The partners named right after a reference to a series: "the dialogue with Norway", "... with A and B". */
    private static List<Mention> partnersAfter(SentenceView v, CueMatch ref, int ce) {
        if (!v.tokenIs(ref.tokEnd(), "with")) {
            return List.of();
        }
        Mention first = v.firstRight(ref.tokEnd() + 1, Math.min(ce, ref.tokEnd() + 3), Roles.PARTY);
        return first == null ? List.of() : v.coordinatedRight(first, Roles.PARTY);
    }

    /**
     * "The fourth round of the dialogue with the EU and the eleventh round of the dialogue with Australia were held in
     * January and August, respectively": the date in the same place among the dates as this round among the rounds
     * named by their partners; null unless the counts agree.
     */
    private static DateMention respectiveDate(SentenceView v, CueMatch ref, int ce) {
        if (!v.respectively()) {
            return null;
        }
        List<CueMatch> rounds = v.cues(CueKind.EVENT_ANAPHOR).stream()
                .filter(r -> r.tokStart() < ce && !partnersAfter(v, r, ce).isEmpty()).toList();
        if (rounds.size() < 2) {
            return null;
        }
        List<DateMention> dates = v.datesIn(rounds.get(rounds.size() - 1).tokEnd(), ce).stream()
                .filter(d -> d.iso() != null).toList();
        return ExchangeDates.inOrder(rounds, ref, dates);
    }

    private static boolean sideOf(EventRecord event, Mention party) {
        return event.fact().entities("participants").stream().anyMatch(e -> e.id() != null && e.id().equals(party.id()));
    }

    /**
     * A numbered round of an exchange the text names by its partners, not one it reported before: the text's own
     * state holds it with them ("The fifth round of the dialogue with Norway was held in Oslo in June").
     */
    private static void roundWithItsPartners(SentenceView v, String format, int ordinal, CueMatch ref, CueMatch verb,
                                             List<Mention> partners, int cs, int ce, List<FactDraft> out) {
        Mention host = v.mainState(ref);
        if (host == null || partners.stream().anyMatch(p -> p.id() == null || p.id().equals(host.id()))) {
            return;
        }
        List<Mention> sides = new ArrayList<>(List.of(host));
        sides.addAll(partners);
        FactDraft fact = new FactDraft(FactType.EXCHANGE).code("format", format).entities("participants", sides);
        fact.fields.put("ordinal", ordinal);
        DateMention date = respectiveDate(v, ref, ce);
        date = date != null ? date : v.nearestDate(verb.tokStart());
        report(v, fact, format, v.places().in(partners.get(partners.size() - 1).tokEnd(), ce),
                v.statusAround(cs, verb.tokStart() + 1, verb.value(CueKind.EXCHANGE_VERB)), date, null, out);
    }

    /**
     * Another round of the exchange {@code last} (the one the document named before), stated through the reference
     * {@code ref}: the same exchange, with its own ordinal (or the old one when {@code ordinal} is null), place, status
     * and date.
     *
     * @param placeFrom     the token where this round's place may start
     * @param defaultStatus the status when the sentence gives none (null: held)
     */
    private static void laterRound(SentenceView v, EventRecord last, Integer ordinal, CueMatch ref, CueMatch verb,
                                   int placeFrom, int cs, int ce, String defaultStatus, List<FactDraft> out) {
        laterRound(v, last, ordinal, ref, verb, placeFrom, cs, ce, defaultStatus, null, out);
    }

    /** As above, with the round's own date where the sentence pairs dates with rounds ({@code own}, else nearest). */
    private static void laterRound(SentenceView v, EventRecord last, Integer ordinal, CueMatch ref, CueMatch verb,
                                   int placeFrom, int cs, int ce, String defaultStatus, DateMention own,
                                   List<FactDraft> out) {
        laterRound(v, last, ordinal, ref, verb, cs, ce, defaultStatus, own, v.places().in(placeFrom, ce), out);
    }

    /** As above, with the round's own place where the sentence pairs places with rounds. */
    private static void laterRound(SentenceView v, EventRecord last, Integer ordinal, CueMatch ref, CueMatch verb,
                                   int cs, int ce, String defaultStatus, DateMention own, SentencePlaces.Hit place,
                                   List<FactDraft> out) {
        Fact previous = last.fact();
        FactDraft fact = sameSeries(previous, ordinal, ref.start(), ref.end());
        String status = v.statusAround(cs, verb.tokStart() + 1, verb.value(CueKind.EXCHANGE_VERB));
        if (status == null) {
            status = defaultStatus;
        }
        // (its own date after it before one near a verb it shares: "agreed to co-organise a workshop ... in March
        // 2020, and to convene the eighth round of the Dialogue in Bern in 2021")
        DateMention after = ref.tokStart() > verb.tokEnd() ? v.datesIn(ref.tokEnd(), ce).stream()
                .filter(d -> d.iso() != null).findFirst().orElse(null) : null;
        DateMention date = own != null ? own : after != null ? after : v.nearestDate(verb.tokStart());
        report(v, fact, previous.text("format"), place, status, date, last.fullName(), out);
    }

    /**
     * The rounds of a coordination told together ("The seventh, eighth and ninth rounds of the dialogue were held in
     * Vientiane, Brussels and Luang Prabang in March 2017, February 2018 and March 2019, respectively"): each its own
     * date and place where the sentence gives as many as there are rounds, else those of the sentence.
     */
    private static void laterRounds(SentenceView v, EventRecord last, List<Integer> ordinals, CueMatch ref,
                                    CueMatch verb, int placeFrom, int cs, int ce, List<DateMention> dates,
                                    List<FactDraft> out) {
        boolean datesPaired = ordinals.size() > 1 && dates.size() == ordinals.size();
        List<SentencePlaces.Hit> places = ExchangePlaces.roundPlaces(v, placeFrom, ce, ordinals.size());
        boolean placesPaired = ordinals.size() > 1 && places.size() == ordinals.size();
        for (int i = 0; i < ordinals.size(); i++) {
            laterRound(v, last, ordinals.get(i), ref, verb, cs, ce, null, datesPaired ? dates.get(i) : null,
                    placesPaired ? places.get(i) : v.places().in(placeFrom, ce), out);
        }
    }

    /**
     * A round read from a reference to its series, with its place, status and date; less sure than one the text names
     * itself. It becomes the last exchange of its format the text told.
     */
    private static void report(SentenceView v, FactDraft fact, String format, SentencePlaces.Hit place, String status,
                               DateMention date, String fullName, List<FactDraft> out) {
        if (place != null) {
            fact.place(place.place(), place.start(), place.end());
        }
        fact.status(status, format).date(date == null ? null : date.iso(), false);
        fact.confidence -= 0.1;
        out.add(fact);
        v.events().remember(format, fact, fullName);
    }

    /**
     * Another round of the series {@code previous} belongs to: its sides, format, name and topic, not its place or
     * attendance; the sides' evidence is the phrase that refers to the series ({@code start}..{@code end}).
     */
    private static FactDraft sameSeries(Fact previous, Integer ordinal, int start, int end) {
        FactDraft fact = new FactDraft(FactType.EXCHANGE);
        fact.fields.putAll(previous.fields());
        fact.fields.remove("place");
        fact.fields.remove("attendance");
        if (ordinal != null) {
            fact.fields.put("ordinal", ordinal);
        }
        for (EntityRef participant : previous.entities("participants")) {
            fact.arguments.add(new ArgumentSpan("participants", participant.id(), new Span(start, end)));
        }
        return fact;
    }

    /**
     * "agreed to hold the 40th round of the Dialogue in China in 2025": a numbered round of the exchange the document
     * named before (here "the Dialogue" reads as a reference, so no exchange noun of its own is found).
     */
    private static void numberedRoundOfReference(SentenceView v, List<FactDraft> out) {
        for (CueMatch ref : v.cues(CueKind.EVENT_ANAPHOR)) {
            String kind = ref.value(CueKind.EVENT_ANAPHOR);
            int of = ref.tokStart() - 1;
            if (kind == null || kind.equals("NEXT") || kind.equals("PREVIOUS") || !v.tokenIs(of, "of")
                    || !"ROUND".equals(ExchangeRounds.cueValue(v, of - 1))) {
                continue;
            }
            int[] ordinal = v.ordinals().endingAt(of - 2);
            // "the seventh, eighth and ninth rounds of the dialogue": every ordinal listed
            WrittenOrdinals.Coordinated listed = ordinal == null ? null : v.ordinals().coordinatedEndingAt(of - 2, 0);
            EventRecord last = v.discourse.lastEvent(kind);
            int cs = v.clauseStart(of - 2);
            int ce = v.clauseEnd(ref.tokEnd());
            CueMatch verb = v.lastCue(CueKind.EXCHANGE_VERB, cs, of - 2);
            if (verb == null) {
                verb = v.firstCue(CueKind.EXCHANGE_VERB, ref.tokEnd(), ce);
            }
            boolean same = ordinal != null && last != null && Integer.valueOf(ordinal[0]).equals(last.fact().field("ordinal"));
            // (but a headline's undated "eighth ... Dialogue held in Hanoi" and then "The eighth round of the Dialogue
            // was held ... on 12 March 2024": the round with its date; the undated statement gives way to it)
            boolean datedNow = same && last.fact().date() == null && last.fact().status() == null
                    && v.datesIn(cs, ce).stream().anyMatch(d -> d.iso() != null);
            List<Mention> partners = partnersAfter(v, ref, ce);
            if (partners.isEmpty()) {
                partners = sidesWithTheirSeries(v, ref);
            }
            if (ordinal != null && verb != null && !partners.isEmpty()
                    && (last == null || partners.stream().noneMatch(p -> sideOf(last, p)))) {
                roundWithItsPartners(v, kind, ordinal[0], ref, verb, partners, cs, ce, out);
                continue; // "the fifth round of the dialogue with Norway": not the series named before, if any
            }
            if (ordinal == null || last == null || verb == null || same && !datedNow) {
                continue; // the same round again is the event already reported
            }
            if (ExchangeRounds.firstAfterGap(v, ordinal[0], ref.tokEnd())) {
                continue; // "the first round of the Dialogue to be held in person since the 17th Dialogue"
            }
            if (listed != null && listed.values().size() > 1) {
                laterRounds(v, last, listed.values(), ref, verb, ref.tokEnd(), cs, ce,
                        v.datesIn(ref.tokEnd(), ce).stream().filter(d -> d.iso() != null).toList(), out);
                continue;
            }
            laterRound(v, last, ordinal[0], ref, verb, ref.tokEnd(), cs, ce, null, out);
        }
    }

    /**
     * The partners a sentence names with "their" series before the round it numbers: "China and the United States
     * agreed to resume their human rights dialogue, and the 14th round of the dialogue is scheduled ...": the sides
     * other than the document's own state; none where the sentence names no such pair.
     */
    private static List<Mention> sidesWithTheirSeries(SentenceView v, CueMatch ref) {
        int their = v.findWord("their", 0, ref.tokStart());
        Mention first = their < 0 ? null : v.firstRight(0, Math.min(their, 3), Roles.PARTY);
        Mention host = v.mainState(ref);
        if (first == null || host == null || host.id() == null) {
            return List.of();
        }
        List<Mention> sides = v.coordinatedRight(first, Roles.PARTY);
        if (sides.size() < 2 || sides.stream().noneMatch(s -> host.id().equals(s.id()))) {
            return List.of();
        }
        return sides.stream().filter(s -> !host.id().equals(s.id())).toList();
    }

    /**
     * "In November, the two countries held the 16th round in Canberra.", "The 12th round was held in Beijing.": a
     * numbered round of nothing named is the next round of the last exchange reported, with its sides, format and
     * topic.
     */
    private static void ellipticRound(SentenceView v, List<FactDraft> out) {
        for (CueMatch round : v.cues(CueKind.EXCHANGE_ROUND)) {
            // "the 21st and 22nd rounds": every ordinal of the coordination, the first after "the"
            WrittenOrdinals.Coordinated listed = v.ordinals().coordinatedEndingAt(round.tokStart() - 1, 0);
            // (also the series' own: "Its first round was held in Bern in March 2006")
            if (listed == null || !(v.tokenIs(listed.firstTok() - 1, "the") || v.tokenIs(listed.firstTok() - 1, "its"))
                    || v.tokenIs(round.tokEnd(), "of") || !"ROUND".equals(round.value(CueKind.EXCHANGE_ROUND))) {
                continue;
            }
            List<Integer> ordinals = listed.values();
            int lastOrdinal = ordinals.get(ordinals.size() - 1);
            if (ordinals.equals(List.of(1)) && ExchangeRounds.firstAfterGap(v, 1, round.tokStart())) {
                continue; // "It was the first round to be held in person since the 12th Dialogue"
            }
            int cs = v.clauseStart(round.tokStart());
            int ce = v.clauseEnd(round.tokEnd());
            if (v.firstCue(CueKind.EXCHANGE_NOUN, round.tokEnd(), Math.min(ce, round.tokEnd() + 3)) != null) {
                continue; // "the 16th round human rights dialogue": the exchange itself is named
            }
            if (v.firstCue(CueKind.EXCHANGE_NOUN, round.tokStart(), round.tokEnd()) != null) {
                continue; // "the fifth session": an exchange noun of its own, which ExchangeRule reads
            }
            // its own verb first: "..., and the 15th round took place in Beijing in 2018"
            CueMatch verb = v.firstCue(CueKind.EXCHANGE_VERB, round.tokEnd(), Math.min(ce, round.tokEnd() + 3));
            if (verb == null) {
                verb = v.lastCue(CueKind.EXCHANGE_VERB, cs, round.tokStart());
            }
            if (verb != null && verb.tokEnd() <= round.tokStart() && v.findWord("respectively", verb.tokEnd(), round.tokStart()) >= 0) {
                // "After the eighth and ninth rounds, which took place ... respectively, the tenth round, planned for
                // autumn 2019, was postponed": the verb after it, not the one of the rounds paired before
                CueMatch own = v.firstCue(CueKind.EXCHANGE_VERB, round.tokEnd(), ce);
                verb = own != null ? own : verb;
            }
            if (verb == null) {
                verb = v.firstCue(CueKind.EXCHANGE_VERB, round.tokEnd(), ce);
            }
            EventRecord last = roundSeries(v);
            if (verb == null || last == null || Integer.valueOf(lastOrdinal).equals(last.fact().field("ordinal"))) {
                continue;
            }
            if (verb.tokStart() < round.tokStart()) { // "..., and China and the UK held the 22nd round in London"
                Mention subject = v.nearestLeft(verb.tokStart(), m -> Roles.PARTY.test(m) && !v.isObject(m));
                List<Mention> sides = subject == null ? List.of() : v.coordinatedLeft(subject, Roles.PARTY);
                if (sides.size() >= 2) {
                    Map<String, Object> fields = new LinkedHashMap<>(last.fact().fields());
                    fields.put("participants", sides.stream().map(Mention::ref).toList());
                    Fact own = new Fact(null, FactType.EXCHANGE, fields, last.fact().date(), last.fact().status(), null,
                            null, last.fact().confidence(), null, null);
                    last = new EventRecord(last.kind(), own, null, last.sentence(), last.paragraph());
                }
            }
            // "In March and October 2006, the two sides held the 21st and 22nd rounds": a date for each round
            List<DateMention> dates = v.datesIn(cs, ce).stream().filter(d -> d.iso() != null).toList();
            boolean paired = ordinals.size() > 1 && dates.size() == ordinals.size();
            // "After the eighth and ninth rounds, which took place in Moscow in October 2017 and in Bern in November
            // 2018 respectively, the tenth round, planned for autumn 2019, ...": the pairs end at "respectively"
            int respectively = ordinals.size() > 1 ? v.findWord("respectively", round.tokEnd(), ce) : -1;
            List<DateMention> pairs = respectively < 0 ? List.of()
                    : v.datesIn(cs, respectively).stream().filter(d -> d.iso() != null).toList();
            if (!paired && pairs.size() == ordinals.size()) {
                laterRounds(v, last, ordinals, round, verb, round.tokEnd(), cs, respectively, pairs, out);
                continue;
            }
            // "held the 13th round ... in London in January, and the 14th round in Beijing in July": the round's own
            // date after it, not the first round's nearer the verb
            List<DateMention> after = verb.tokStart() < round.tokStart() && ordinals.size() == 1
                    ? v.datesIn(round.tokEnd(), ce).stream().filter(d -> d.iso() != null).toList() : List.of();
            if (paired) {
                laterRounds(v, last, ordinals, round, verb, round.tokEnd(), cs, ce, dates, out);
                continue;
            }
            for (int i = 0; i < ordinals.size(); i++) {
                laterRound(v, last, ordinals.get(i), round, verb, round.tokEnd(), cs, ce, null,
                        after.isEmpty() ? null : after.get(0), out);
            }
        }
    }
}
