package io.rapporteur.extractor.rules.visit;

import io.rapporteur.contract.fact.EntityRef;
import io.rapporteur.contract.fact.FactType;
import io.rapporteur.extractor.date.DateMention;
import io.rapporteur.extractor.discourse.EventRecord;
import io.rapporteur.extractor.kb.Cue;
import io.rapporteur.extractor.kb.CueKind;
import io.rapporteur.extractor.mention.Mention;
import io.rapporteur.extractor.mention.MentionKind;
import io.rapporteur.extractor.rules.CueMatch;
import io.rapporteur.extractor.rules.FactDraft;
import io.rapporteur.extractor.rules.SentenceView;

import java.util.ArrayList;
import java.util.List;

import static io.rapporteur.extractor.rules.visit.VisitFacts.invitedByTheHost;

/**
 * A sentence opening "The visit ..." that restates the visit just reported: its span ("which took place from 2 to 12
 * October") or its calling off ("has been postponed").
 */
final class RestatedVisits {

    private RestatedVisits() {
    }

    /** How many sentences back "The visit, which took place from 2 to 12 October" may reach for its visit. */
    private static final int RESTATEMENT_REACH = 2;

    /**
     * "... has concluded an official visit to Uzbekistan." then "The visit, which took place from 2 to 12 October
     * 2017, ...": the sentence gives the span of the visit just reported (a point inside it, or no date). The visit
     * with its span replaces the point (PointsWithinSpans) and is what later meetings during it take their date from.
     */
    static void restatedSpan(SentenceView v, List<FactDraft> out) {
        List<CueMatch> refs = new ArrayList<>(v.cues(CueKind.EVENT_ANAPHOR));
        CueMatch ownVisit = visitorsOwnVisit(v);
        if (ownVisit != null) {
            refs.add(0, ownVisit);
        }
        for (CueMatch ref : refs) {
            if (!opensTheSentence(ref)) {
                continue;
            }
            DateMention span = v.dates.stream().filter(d -> d.to() != null && d.iso() != null).findFirst().orElse(null);
            // not where the sentence reported a visit of its own in that span; a visit it recalls from other years
            // ("..., was the first since X travelled to Peru in December 2013") leaves the restatement to be read
            if (span == null || out.stream().anyMatch(f -> f.type() == FactType.VISIT
                    && (f.date() == null || VisitRule.reportedWithin(f.date(), span.iso())))) {
                return;
            }
            EventRecord last = visitRestated(v, span);
            if (last == null || v.sentence.index() - last.sentence() > RESTATEMENT_REACH) {
                FactDraft named = ExpertNamedLater.visitOfExpertNamedSince(v, ref, span, last);
                if (named != null) {
                    out.add(named);
                    v.events().remember("VISIT", named, null);
                }
                return;
            }
            if (last.fact().date() != null && !VisitRule.reportedWithin(last.fact().date(), span.iso())) {
                return;
            }
            FactDraft fact = new FactDraft(FactType.VISIT);
            fact.fields.putAll(last.fact().fields());
            CueMatch invited = v.firstCue(CueKind.INVITED_BY, ref.tokEnd(), v.tokens.size());
            EntityRef destination = last.fact().entity("destination");
            if (destination != null && !fact.fields.containsKey("invitedBy")) { // "..., at the invitation of the Government,"
                invitedByTheHost(v, fact, invited, destination.id());
            }
            fact.date(span.iso(), false).status(last.fact().status()).subKind(last.fact().status() == null
                    ? "HELD" : last.fact().status());
            out.add(fact);
            v.events().remember("VISIT", fact, null);
            return;
        }
    }

    /**
     * "Bachelet's visit, from 18 to 21 November 2019, took place ...": a person's visit opening the sentence, read as
     * "The visit ..." is; null where the sentence opens otherwise.
     */
    private static CueMatch visitorsOwnVisit(SentenceView v) {
        Mention person = v.firstRight(0, 2, m -> m.kind() == MentionKind.PERSON && m.tokStart() <= 1);
        if (person == null || !v.possessive(person)) {
            return null;
        }
        int visit = v.findWord("visit", person.tokEnd(), Math.min(v.tokens.size(), person.tokEnd() + 3));
        return visit < 0 ? null : new CueMatch(List.of(new Cue(CueKind.EVENT_ANAPHOR, "VISIT")), person.tokStart(),
                visit + 1, v.token(person.tokStart()).start(), v.token(visit).end());
    }

    /** "The visit ...", "The mission ..." opening the sentence: the visit last reported, restated. */
    private static boolean opensTheSentence(CueMatch ref) {
        return "VISIT".equals(ref.value(CueKind.EVENT_ANAPHOR)) && ref.tokStart() <= 1;
    }

    /**
     * The visit a span restates: the last one reported a sentence or two before whose day lies within the span, else
     * the last one reported at all (null when there is none).
     */
    private static EventRecord visitRestated(SentenceView v, DateMention span) {
        // the visit the span restates: the last one reported whose day lies within it (not "since High
        // Commissioner Pillay travelled to the country in July 2012", recalled after it)
        // (not one this sentence recalls: "the first since March 2016, when her predecessor travelled to Dushanbe")
        EventRecord last = null;
        List<EventRecord> events = v.discourse.events();
        for (int k = events.size() - 1; k >= 0 && last == null; k--) {
            if ("VISIT".equals(events.get(k).kind()) && events.get(k).sentence() < v.sentence.index()) {
                last = events.get(k);
            }
        }
        for (int k = events.size() - 1; k >= 0; k--) {
            EventRecord e = events.get(k);
            if (v.sentence.index() - e.sentence() > RESTATEMENT_REACH) {
                break;
            }
            if ("VISIT".equals(e.kind()) && e.sentence() < v.sentence.index() && e.fact().date() != null
                    && VisitRule.reportedWithin(e.fact().date(), span.iso())) {
                last = e;
                break;
            }
        }
        return last;
    }

    /**
     * "His visit, postponed several times in previous years, was the first ...": a status in an aside, after which
     * the sentence goes on to say the visit happened, is its history, not its state.
     */
    private static boolean backgroundAside(SentenceView v, CueMatch status) {
        if (!v.tokenIs(status.tokStart() - 1, ",")) {
            return false;
        }
        int close = v.findWord(",", status.tokEnd(), v.tokens.size());
        return close > 0 && (v.tokenIs(close + 1, "was") || v.tokenIs(close + 1, "finally") || v.tokenIs(close + 1, "took"));
    }

    /** Whether a verb calling the visit off follows its anaphor at once: "the visit has been postponed", "was cancelled". */
    private static boolean calledOffRightAfter(SentenceView v, CueMatch ref) {
        return v.cues.stream().anyMatch(c -> c.tokStart() == ref.tokEnd()
                && ("POSTPONED".equals(SentenceView.statusOf(c)) || "CANCELLED".equals(SentenceView.statusOf(c))));
    }

    /**
     * "The visit, originally scheduled for May, has been postponed.": the visit last reported, called off (from the
     * date it was scheduled for, where the sentence gives it).
     */
    static void statusChange(SentenceView v, List<FactDraft> out) {
        for (CueMatch ref : v.cues(CueKind.EVENT_ANAPHOR)) {
            // (or the subject of its own clause: "...; at the request of the mandate holder, the visit has been
            // postponed to 2020")
            boolean opens = opensTheSentence(ref);
            if (!opens && !("VISIT".equals(ref.value(CueKind.EVENT_ANAPHOR)) && v.tokenIs(ref.tokStart(), "the")
                    && calledOffRightAfter(v, ref))) {
                continue;
            }
            String status = null;
            for (CueMatch c : v.cues) {
                String value = SentenceView.statusOf(c);
                if (c.tokStart() > ref.tokStart() && ("POSTPONED".equals(value) || "CANCELLED".equals(value))
                        && !backgroundAside(v, c)) {
                    status = value;
                }
            }
            EventRecord last = v.discourse.lastEvent("VISIT");
            if (status == null || last == null || !opens && !("PLANNED".equals(last.fact().status())
                    && v.sentence.index() - last.sentence() <= 1)) {
                continue; // (within a sentence, only a visit to come just told is called off)
            }
            FactDraft fact = new FactDraft(FactType.VISIT);
            fact.fields.putAll(last.fact().fields());
            // "The visit to Bolivia, originally scheduled for May, has been postponed": the visit named, by the same visitor
            Mention named = v.tokenIs(ref.tokEnd(), "to") ? v.firstRight(ref.tokEnd() + 1, ref.tokEnd() + 3,
                    m -> m.kind() == MentionKind.STATE && m.id() != null) : null;
            if (named != null) {
                fact.entity("destination", named);
            }
            // "The visit, initially scheduled for April 2024, had been postponed": the date it was called off from
            DateMention scheduled = v.dates.stream().filter(d -> d.iso() != null && v.scheduledFor(v.tokenAt(d.start())))
                    .findFirst().orElse(null);
            fact.date(scheduled != null ? scheduled.iso() : last.fact().date(), scheduled == null).status(status)
                    .subKind(status);
            out.add(fact);
        }
    }

}
