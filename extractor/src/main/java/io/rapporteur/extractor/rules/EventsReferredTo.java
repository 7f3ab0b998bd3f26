package io.rapporteur.extractor.rules;

import io.rapporteur.contract.fact.EntityRef;
import io.rapporteur.contract.fact.Fact;
import io.rapporteur.extractor.discourse.EventRecord;
import io.rapporteur.extractor.kb.CueKind;
import io.rapporteur.extractor.mention.Mention;
import io.rapporteur.extractor.mention.MentionKind;
import io.rapporteur.extractor.segment.Token;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The events the text told before, as one sentence refers to them: "the dialogue", "the session", "during the
 * visit", "the two sides", "on the margins of the Forum". Rules record what they report with {@link #remember} and
 * look it up here; the records live in the discourse.
 */
public final class EventsReferredTo {

    private final SentenceView v;

    EventsReferredTo(SentenceView v) {
        this.v = v;
    }

    /** How many sentences back "the symposium", "her stay", "the meeting" may reach. */
    private static final int EVENT_REFERENCE_REACH = 3;

    /** How many sentences back a capitalised "the Dialogue" looks for the exchange a release is about. */
    private static final int PROPER_REACH = 30;

    /** How many sentences back "in the margins of the Dialogue" may reach. */
    private static final int MARGINS_REACH = 12;
    /** How many sentences back in its paragraph a fronted "During the visit," reaches: the paragraph's account of it. */
    private static final int FRONTED_VISIT_REACH = 6;

    /**
     * Words naming a part of an event before "of <the event>": an explicit reference that reaches across paragraphs
     * ("In the margins of the Dialogue"), and, for "close"/"end"/"conclusion" and "opening", a day of its span.
     */
    private static final Set<String> EVENT_FRAMES = Set.of("margins", "margin", "sidelines", "occasion", "weeks", "days", "close", "end",
            "conclusion", "opening", "course");

    private static final Set<String> EVENT_ENDS = Set.of("close", "end", "conclusion");

    /** The word framing an event anaphor ("close" in "at the close of the dialogue"), or null. */
    private String frameOf(CueMatch anaphor) {
        Token frame = v.tokenIs(anaphor.tokStart() - 1, "of") ? v.token(anaphor.tokStart() - 2) : null;
        if (frame != null && frame.is("day")) { // "on the last day of the visit", "on the first day of the seminar"
            Token which = v.token(anaphor.tokStart() - 3);
            return which == null ? null : which.is("last") || which.is("final") || which.is("closing") ? "end"
                    : which.is("first") || which.is("opening") ? "opening" : null;
        }
        return frame != null && EVENT_FRAMES.contains(frame.norm()) ? frame.norm() : null;
    }

    /** The first token after a paragraph's number ("3. During the Dialogue, ..."), else 0. */
    private int afterParagraphNumber() {
        return v.tokens.size() > 2 && v.tokens.get(0).isNumber() && (v.tokenIs(1, ".") || v.tokenIs(1, ")")) ? 2 : 0;
    }

    /**
     * "During the mission, the Special Rapporteur met ...", paragraphs after the one that reported the visit: the visit
     * the sentence's subject made, reported as held a few paragraphs back; null if none.
     */
    private EventRecord visitOfTheSubject(CueMatch anaphor) {
        if (!v.tokenIs(anaphor.tokEnd(), ",")) {
            return null;
        }
        final int subjectAt = anaphor.tokEnd() + 1;
        var subject = v.mentions.stream().filter(m -> m.tokStart() == subjectAt || m.tokStart() == subjectAt + 1)
                .findFirst().map(m -> v.resolved(m, java.util.Set.of())).orElse(null);
        if (subject == null || subject.id() == null) {
            return null;
        }
        List<EventRecord> events = v.discourse.events();
        for (int k = events.size() - 1; k >= 0; k--) {
            EventRecord e = events.get(k);
            if (v.sentence.index() - e.sentence() > MARGINS_REACH) {
                return null;
            }
            if (e.kind().equals("VISIT") && e.fact().status() == null && e.fact().date() != null
                    && e.fact().entity("visitor") != null && subject.id().equals(e.fact().entity("visitor").id())) {
                return e;
            }
        }
        return null;
    }

    /** The event an anaphor between the tokens refers to ("the symposium", "during her stay"), or null. */
    public EventRecord referredTo(int fromTok, int toTok) {
        for (CueMatch c : v.cues) {
            String kind = c.value(CueKind.EVENT_ANAPHOR);
            if (kind != null && !kind.equals("NEXT") && !kind.equals("PREVIOUS") && c.tokStart() >= fromTok
                    && c.tokStart() < toTok) {
                EventRecord e = v.discourse.lastEvent(kind);
                // "the Dialogue", capitalised as a proper name, is the one the release is about (its first), not a
                // round it mentioned since ("built on the outcomes of the 14th ... Dialogue")
                boolean proper = c.tokEnd() - c.tokStart() == 2 && v.tokens.get(c.tokStart() + 1).isCapitalised()
                        && !kind.equals("ANY") && !kind.equals("VISIT") && !kind.equals("AGREEMENT");
                // "During the session, the Committee examined ...": in a session's release, the session it is about
                // (not "During that session, ...": the session just named, held or not)
                boolean duringSession = kind.equals("SESSION") && v.tokenIs(c.tokEnd(), ",") && !v.tokenIs(c.tokStart(), "that")
                        && (v.tokenIs(c.tokStart() - 1, "during") || v.tokenIs(c.tokStart() - 1, "throughout"));
                EventRecord main = proper || duringSession
                        ? v.discourse.latestHeldEvent(kind, v.sentence.index() - PROPER_REACH) : null;
                if (main != null) {
                    e = main;
                }
                if (e == null) {
                    continue;
                }
                // "In the margins of the Dialogue, ...": an explicit reference reaches further, across paragraphs
                boolean margins = frameOf(c) != null;
                int back = v.sentence.index() - e.sentence();
                // (the release's own "Dialogue", found by name, as far back as it was named)
                int marginsReach = main != null ? PROPER_REACH : MARGINS_REACH;
                // (and the release's own "The Dialogue" as a sentence's subject, in a later paragraph: "The Dialogue was
                // co-chaired by ...";
                // or fronted: "During the Dialogue, the AU invited ...")
                int opening = afterParagraphNumber();
                boolean properSubject = main != null && back <= PROPER_REACH
                        && (c.tokStart() == opening || c.tokStart() <= opening + 4 && v.tokenIs(c.tokEnd(), ","));
                // (or the release's own visit, fronted: "During the mission, the Special Rapporteur met ...", paragraphs
                // after the one that reported it)
                if (!(back <= EVENT_REFERENCE_REACH && v.sentence.paragraph() == e.paragraph()) && !margins && !properSubject
                        && kind.equals("VISIT") && c.tokStart() == opening + 1 && v.tokenIs(opening, "during")
                        && v.tokenIs(c.tokStart(), "the")) {
                    EventRecord own = visitOfTheSubject(c);
                    if (own != null) {
                        return own;
                    }
                    if (v.sentence.paragraph() == e.paragraph() && back <= FRONTED_VISIT_REACH && e.fact().status() == null
                            && e.fact().date() != null) {
                        return e; // "During the visit, the Ministry and the Office signed ..." after a paragraph's account
                    }
                }
                if (back <= EVENT_REFERENCE_REACH && v.sentence.paragraph() == e.paragraph() || margins && back <= marginsReach
                        || properSubject) {
                    return e;
                }
            }
        }
        return null;
    }

    /**
     * Keeps the event this sentence reported ({@code kind}: an exchange format, VISIT or AGREEMENT) for the sentences
     * that refer to it later ("the symposium", "during her stay", "the next round").
     */
    public void remember(String kind, FactDraft draft, String fullName) {
        Fact fact = new Fact(null, draft.type(), draft.fields(), draft.date(), draft.status(), null, null,
                draft.confidence(), null, null);
        v.discourse.remember(new EventRecord(kind, fact, fullName, v.sentence.index(), v.sentence.paragraph()));
    }

    /**
     * The visit the previous sentence of the paragraph reported for this visitor ("Ban Ki-moon visited China in July
     * 2010. He met with President Hu Jintao."): what the visitor did next happened during it. Null if none. Of several
     * visits the sentence before reported, the one to {@code country} where given ("visits to Mexico ... and to
     * Venezuela ..." then "In Caracas, the High Commissioner met ...").
     */
    public EventRecord visitJustReportedBy(String visitorId, String country) {
        EventRecord found = null;
        for (EventRecord e : v.discourse.eventsOf("VISIT", v.sentence.index() - 1)) {
            EntityRef visitor = e.fact().entity("visitor");
            EntityRef destination = e.fact().entity("destination");
            if (v.sentence.paragraph() == e.paragraph() && visitor != null && visitorId.equals(visitor.id())) {
                if (country == null || destination != null && country.equals(destination.id())) {
                    return e;
                }
                found = found == null ? e : found;
            }
        }
        return found;
    }

    /**
     * "the two delegations co-hosted a round table", "the two heads of delegation signed a Memorandum": the sides of
     * the last exchange of two, where such a phrase stands in [from, to); empty otherwise.
     */
    public List<Mention> sidesReferredTo(int from, int to) {
        CueMatch sides = v.firstCue(CueKind.SIDES, from, to);
        EventRecord last = sides == null ? null : v.discourse.lastExchange();
        List<EntityRef> refs = last == null ? List.of() : last.fact().entities("participants");
        return refs.size() == 2 ? sidesWrittenAs(refs, sides) : List.of();
    }

    /** An event's sides as mentions standing where the phrase that refers to them stands ("the two sides"). */
    public List<Mention> sidesWrittenAs(List<EntityRef> refs, CueMatch sides) {
        List<Mention> out = new ArrayList<>();
        for (EntityRef ref : refs) {
            MentionKind kind = ref.id().startsWith("org:") ? MentionKind.ORG : MentionKind.STATE;
            out.add(new Mention(kind, ref.id(), sides.tokStart(), sides.tokEnd(), sides.start(), sides.end(),
                    v.doc.substring(sides.start(), sides.end()), kind == MentionKind.STATE ? ref.id() : null, null, true));
        }
        return out;
    }

    /**
     * The date an act inherits from the event it refers to: "At the close of the dialogue" is the last day of the
     * dialogue's span, "at the opening of" its first; otherwise the event's date as it is.
     */
    public String dateWithin(EventRecord event, int fromTok, int toTok) {
        String date = event.fact().date();
        if (date == null || date.indexOf('/') < 0) {
            return date;
        }
        for (CueMatch c : v.cues) {
            String frame = c.is(CueKind.EVENT_ANAPHOR) && c.tokStart() >= fromTok && c.tokStart() < toTok ? frameOf(c) : null;
            if (frame != null && EVENT_ENDS.contains(frame)) {
                return date.substring(date.indexOf('/') + 1);
            }
            if ("opening".equals(frame)) {
                return date.substring(0, date.indexOf('/'));
            }
        }
        return date;
    }

    /** The exchange this sentence reported under that name (its full name ends with it), or null. */
    public EventRecord exchangeReportedHere(String name) {
        String wanted = name.toLowerCase(Locale.ROOT);
        EventRecord last = v.discourse.lastExchange();
        if (last == null || last.sentence() != v.sentence.index() || last.fullName() == null) {
            return null;
        }
        String full = last.fullName().toLowerCase(Locale.ROOT);
        return full.endsWith(wanted) || wanted.endsWith(full) ? last : null;
    }

    /** How many sentences back a person's visit dates what the person did without a date of its own. */
    private static final int VISIT_CONTEXT_REACH = 6;

    /**
     * The visit a person made that the text reported shortly before, in any paragraph: a press release reports the
     * visit, then the meetings of it ("In Tashkent, the Special Rapporteur met with ..."). Null for a body or state,
     * which visit and meet on many occasions, and when the text has moved on to another visit.
     */
    public EventRecord visitRecentlyReportedBy(Mention participant) {
        // a person, or a visiting body ("In Colombo, the Working Group also met ..."), not a state
        if (participant.kind() != MentionKind.PERSON && participant.kind() != MentionKind.ORG || participant.id() == null) {
            return null;
        }
        EventRecord last = v.discourse.lastEvent("VISIT");
        EntityRef visitor = last == null ? null : last.fact().entity("visitor");
        return visitor != null && participant.id().equals(visitor.id()) && last.fact().status() == null
                && v.sentence.index() - last.sentence() <= VISIT_CONTEXT_REACH ? last : null;
    }
}
