package io.rapporteur.extractor.rules.visit;

import io.rapporteur.extractor.date.DateMention;
import io.rapporteur.extractor.kb.CueKind;
import io.rapporteur.extractor.mention.Mention;
import io.rapporteur.extractor.mention.MentionKind;
import io.rapporteur.extractor.rules.CueMatch;
import io.rapporteur.extractor.rules.FactDraft;
import io.rapporteur.extractor.rules.Roles;
import io.rapporteur.extractor.rules.SentenceView;

import java.util.List;
import java.util.Set;

import static io.rapporteur.extractor.rules.visit.VisitFacts.VISITOR;
import static io.rapporteur.extractor.rules.visit.VisitFacts.visitOf;

/** The host's view of a visit: "Kenya received a visit by X", "Chile received the Working Group in August 2012". */
final class ReceivedVisits {

    private ReceivedVisits() {
    }

    /** The most tokens from the verb to the colon of "the following mandate holders:". */
    private static final int LIST_INTRO = 7;

    /**
     * The host's view: "<state> (has) received a visit by|from <visitor> [in 2011] [and <visitor> in 2014]". Each
     * visitor takes the date that follows it, before the next visitor; else the clause's date.
     */
    static void received(SentenceView v, CueMatch cue, List<FactDraft> out) {
        int cs = v.clauseStart(cue.tokStart());
        // (to the end of a list: "has received the following mandate holders: (a) ..., from 9 to 18 November 2015; (b) ...")
        boolean list = v.tokenIs(cue.tokEnd() - 1, "following")
                && v.findWord(":", cue.tokEnd(), Math.min(v.tokens.size(), cue.tokEnd() + LIST_INTRO)) > 0;
        int ce = list ? v.tokens.size() : v.clauseEnd(cue.tokEnd());
        Mention host = v.nearestLeft(cue.tokStart(), m -> m.tokStart() >= cs
                && (m.kind() == MentionKind.STATE || m.kind() == MentionKind.PRONOUN));
        host = host == null ? null : v.resolved(host, Set.of());
        if (host == null || host.id() == null || host.kind() != MentionKind.STATE) {
            return;
        }
        // "received human rights delegations from Cuba, Sri Lanka and the Netherlands": states' delegations
        boolean delegations = v.tokenIs(cue.tokEnd() - 2, "delegations");
        List<Mention> visitors = v.mentions.stream().filter(m -> m.tokStart() >= cue.tokEnd() && m.tokEnd() <= ce
                && (VISITOR.test(m) || delegations && m.kind() == MentionKind.STATE)).toList();
        for (int i = 0; i < visitors.size(); i++) {
            Mention visitor = visitors.get(i);
            if (visitor.id() == null || visitor.id().equals(host.id())) {
                continue;
            }
            int until = i + 1 < visitors.size() ? visitors.get(i + 1).tokStart() : ce;
            List<DateMention> own = v.datesIn(visitor.tokEnd(), until);
            DateMention shared = sharedItemDate(v, visitors, i, ce);
            DateMention date = shared != null ? shared : own.isEmpty() ? v.nearestDate(cue.tokStart()) : own.get(0);
            FactDraft fact = visitOf(visitor, host);
            fact.date(date == null ? null : date.iso(), false).subKind("HELD");
            out.add(fact);
            if (i == visitors.size() - 1) {
                out.addAll(RepeatedVisits.gappedVisits(v, fact, v.tokens.size())); // "... in November 1994 and the Working Group ..."
            }
            if (date != null) { // for "During the visit, the Special Rapporteur was received by ..." after it
                v.events().remember("VISIT", fact, null);
            }
        }
    }

    /**
     * "(b) A and B, from 29 April to 7 May 2016 and from 30 April to 7 May 2016 respectively;": a visitor joined by
     * "and" to the next ones, with the dates after the last of them, in order where there are as many as visitors
     * (else the first, which they share); null where the visitor is not so joined.
     */
    private static DateMention sharedItemDate(SentenceView v, List<Mention> visitors, int i, int ce) {
        int first = i;
        while (first > 0 && v.between(visitors.get(first - 1), visitors.get(first)).equals("and")) {
            first--;
        }
        int last = i;
        while (last + 1 < visitors.size() && v.between(visitors.get(last), visitors.get(last + 1)).equals("and")) {
            last++;
        }
        if (first == last) {
            return null;
        }
        int from = visitors.get(last).tokEnd();
        int until = last + 1 < visitors.size() ? visitors.get(last + 1).tokStart() : ce;
        int semicolon = v.findWord(";", from, until);
        List<DateMention> dates = v.datesIn(from, semicolon < 0 ? until : semicolon).stream()
                .filter(d -> d.iso() != null).toList();
        boolean paired = dates.size() == last - first + 1 && v.respectively();
        return dates.isEmpty() ? null : dates.get(paired ? i - first : 0);
    }

    /**
     * "Chile received the Working Group on Enforced or Involuntary Disappearances in August 2012": a state that
     * receives a body (or an office holder) hosts its visit.
     */
    static void hostReceived(SentenceView v, List<FactDraft> out) {
        for (CueMatch cue : v.cues(CueKind.MEETING)) {
            if (!v.tokenIs(cue.tokEnd() - 1, "received") || v.tokenIs(cue.tokEnd(), "from")) {
                continue; // (not "the recommendations that Uzbekistan has received from the UN human rights mechanisms")
            }
            Mention host = v.nearestLeft(cue.tokStart(), Roles.AGENT);
            Mention visitor = v.firstRight(cue.tokEnd(), Math.min(v.clauseEnd(cue.tokEnd()), cue.tokEnd() + 2),
                    m -> m.kind() == MentionKind.ORG && m.id() != null
                            || m.kind() == MentionKind.PERSON && m.affiliation() != null && v.kb.isOffice(m.affiliation()));
            if (visitor == null) {
                // "Egypt received the Special Rapporteur on adequate housing ..., Ms. Leilani Farha, at the invitation
                // of the Government": the holder named after the office, which the name takes in
                visitor = v.firstRight(cue.tokEnd(), Math.min(v.tokens.size(), cue.tokEnd() + MAX_OFFICE_BEFORE_HOLDER),
                        m -> m.kind() == MentionKind.PERSON && m.id() != null && v.tokenIs(m.tokStart() - 1, ",")
                                && v.holdsAnOffice(m) && v.mentionsIn(cue.tokEnd(), m.tokStart(), any -> true).isEmpty());
            }
            if (host == null || host.kind() != MentionKind.STATE || host.id() == null || visitor == null
                    || visitor.id().equals(host.id()) || v.tokenIs(cue.tokEnd(), "visits")) {
                continue;
            }
            // "received the Independent Expert on minority issues, Ms. A, from 5 to 15 July, and ...": the visitor's own
            DateMention own = VisitFacts.ownDateAfter(v, visitor, v.clauseEnd(cue.tokEnd()));
            DateMention date = own != null ? own : v.nearestDate(cue.tokStart());
            FactDraft fact = visitOf(visitor, host);
            fact.date(date == null ? null : date.iso(), false).subKind("HELD");
            fact.confidence -= 0.1;
            out.add(fact);
            // "China has received the Special Rapporteur on A in November 1994 and the Working Group on B in October 1997"
            out.addAll(RepeatedVisits.gappedVisits(v, fact, v.tokens.size()));
            if (date != null) { // for "During the visit, the Special Rapporteur was received by ..." after it
                v.events().remember("VISIT", fact, null);
            }
        }
    }

    /** The most tokens of an office written out before its holder's name: "the Special Rapporteur on adequate housing as ...". */
    static final int MAX_OFFICE_BEFORE_HOLDER = 30;

}
