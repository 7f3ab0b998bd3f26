package io.rapporteur.extractor.rules.agreement;

import io.rapporteur.contract.fact.EntityRef;
import io.rapporteur.extractor.discourse.EventRecord;
import io.rapporteur.extractor.kb.CueKind;
import io.rapporteur.extractor.mention.Mention;
import io.rapporteur.extractor.mention.MentionKind;
import io.rapporteur.extractor.rules.CueMatch;
import io.rapporteur.extractor.rules.Roles;
import io.rapporteur.extractor.rules.SentenceView;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * An agreement's parties: a person signs for the body of their office (a minister for the state the text is about),
 * and "the two sides" stands for the parties the sentence, or the agreement or exchange just reported, names.
 */
final class Parties {

    private Parties() {
    }

    /**
     * The parties listed from the first one of the role in [from, to): "between A, B and C", "with A and B". Each is
     * added as {@link #addParty} adds it; the mentions read are returned (none where no party starts the list).
     */
    static List<Mention> addPartiesListed(SentenceView v, List<Mention> parties, int from, int to,
                                          Predicate<Mention> role) {
        Mention first = v.firstRight(from, to, role);
        if (first != null && v.tokenIs(first.tokEnd(), "of")) {
            // "between the Government of the State of Qatar and the United Nations": the state the government is of,
            // which the list goes on from
            final Mention government = first;
            Mention ofState = v.firstRight(first.tokEnd() + 1, first.tokEnd() + 3, m -> m.kind() == MentionKind.STATE
                    && m.id() != null && m.id().equals(government.id()));
            first = ofState != null ? ofState : first;
        }
        List<Mention> listed = first == null ? List.of() : v.coordinatedRight(first, role);
        for (Mention m : listed) {
            addParty(v, parties, m);
        }
        return listed;
    }

    /** A person signs for the body of their office; pronouns are resolved first. */
    static void addParty(SentenceView v, List<Mention> parties, Mention m) {
        Mention r = v.resolved(m, Set.of());
        if (r == null || r.id() == null) {
            return;
        }
        if (r.kind() == MentionKind.PERSON) {
            String body = r.affiliation();
            if (body != null && body.matches("[A-Z]{3}")) {
                body = null; // (a nationality, not an office)
            }
            if (body == null && opensWithNationalOffice(v, r.text()) && v.discourse.mainState() != null) {
                // "Al-Nashif and Foreign Minister Reina signed the renewal of the host country agreement": the
                // minister signs for the state the text is about
                Mention state = v.impliedState(v.discourse.mainState(), r.tokStart(), r.tokEnd());
                if (state != null && state.id() != null) {
                    if (parties.stream().noneMatch(p -> p.id().equals(state.id()))) {
                        parties.add(state);
                    }
                    return;
                }
            }
            if (body == null || !body.startsWith("org:")) {
                parties.add(r);
                return;
            }
            if (body.equals("org:UNHCHR")) {
                body = "org:OHCHR"; // the High Commissioner signs for the Office
            }
            r = new Mention(MentionKind.ORG, body, r.tokStart(), r.tokEnd(), r.start(), r.end(), r.text(), null, null, true);
        }
        final String id = r.id();
        if (parties.stream().noneMatch(p -> p.id().equals(id))) {
            parties.add(r);
        }
    }

    /** The two parties a title names joined by a dash ("the EU-ASEAN Programme", "the Australia–Laos Program"), or none. */
    static List<Mention> partiesJoinedInTitle(SentenceView v, int titleStart, int titleEnd) {
        List<Mention> named = v.mentionsIn(titleStart, titleEnd, Roles.PARTY);
        for (int i = 0; i + 1 < named.size(); i++) {
            Mention a = named.get(i);
            Mention b = named.get(i + 1);
            if (b.tokStart() == a.tokEnd() + 1 && (v.tokenIs(a.tokEnd(), "-") || v.tokenIs(a.tokEnd(), "\u2013"))
                    && a.id() != null && b.id() != null && !a.id().equals(b.id())) {
                return List.of(a, b);
            }
        }
        return List.of();
    }

    /**
     * The end of "the two sides", "both governments", "they" at {@code k} (a reference to an agreement's two parties,
     * the nouns from the word list agreement-sides), or -1.
     */
    static int theTwoEnd(SentenceView v, int k) {
        if (v.tokenIs(k, "they")) {
            return k + 1;
        }
        int noun = v.tokenIs(k, "the") && v.tokenIs(k + 1, "two") ? k + 2 : v.tokenIs(k, "both") ? k + 1 : -1;
        return noun >= 0 && noun < v.tokens.size() && v.kb.words("agreement-sides").contains(v.token(noun).norm())
                ? noun + 1 : -1;
    }

    /**
     * The parties "the two sides" (at {@code at}) stands for: the two the sentence names outside the agreement's name
     * ("China has continued its cooperation with the Office ... under the Memorandum signed by the two sides"); else
     * those of the agreement of two reported just before ("The new memorandum replaces the one concluded by the two
     * commissions in 2013"); else the two sides of the exchange last reported. Empty where none is known.
     */
    static List<Mention> partiesOfTheTwo(SentenceView v, int at, int nameStart, int nameEnd) {
        List<Mention> named = new ArrayList<>();
        for (Mention m : v.mentionsIn(0, v.tokens.size(), Roles.PARTY)) {
            if (m.tokStart() < nameStart || m.tokStart() >= nameEnd) {
                addParty(v, named, m);
            }
        }
        if (named.size() == 2) {
            return named;
        }
        EventRecord agreement = v.discourse.lastEvent("AGREEMENT");
        if (agreement != null && agreement.paragraph() == v.sentence().paragraph()
                && v.sentence().index() - agreement.sentence() <= AgreementDates.SIGNING_REACH
                && agreement.fact().entities("parties").size() == 2) {
            return standIns(v, agreement.fact().entities("parties"), at);
        }
        EventRecord exchange = v.discourse.lastExchange();
        if (exchange != null && exchange.fact().entities("participants").size() == 2
                && exchange.paragraph() == v.sentence().paragraph()) {
            return standIns(v, exchange.fact().entities("participants"), at);
        }
        return List.of();
    }

    /** How many sentences back the signer of an agreement may still be the one who signs the next with a partner. */
    static final int SIGNER_REACH = 4;

    /**
     * The side a passive "was concluded with B" leaves unsaid, standing at tokens [at, end): the first party of the
     * agreement reported just before ("On 18 July the Commission signed a Memorandum ... with A. A similar memorandum
     * was concluded with B"), else the state the text is about; null where neither is known or it is the partner.
     */
    static Mention ownSide(SentenceView v, int at, int end, List<Mention> partners) {
        EventRecord agreement = v.discourse.lastEvent("AGREEMENT");
        String id = agreement != null && v.sentence().index() - agreement.sentence() <= SIGNER_REACH
                && !agreement.fact().entities("parties").isEmpty()
                ? agreement.fact().entities("parties").get(0).id() : v.discourse.mainState();
        if (id == null || partners.stream().anyMatch(p -> id.equals(p.id()))) {
            return null;
        }
        return standIns(v, List.of(new EntityRef(id, null)), at, end).get(0);
    }

    /** Mentions standing at the reference "the two sides" (at {@code at}) for the parties it refers to. */
    private static List<Mention> standIns(SentenceView v, List<EntityRef> refs, int at) {
        return standIns(v, refs, at, Math.max(at + 1, theTwoEnd(v, at)));
    }

    /** Mentions standing at tokens [at, end) for the entities {@code refs}, which the text does not name there. */
    private static List<Mention> standIns(SentenceView v, List<EntityRef> refs, int at, int end) {
        List<Mention> out = new ArrayList<>();
        for (EntityRef ref : refs) {
            MentionKind kind = ref.id().startsWith("org:") ? MentionKind.ORG : MentionKind.STATE;
            out.add(new Mention(kind, ref.id(), at, end, v.token(at).start(), v.token(end - 1).end(), v.text(at, end),
                    kind == MentionKind.STATE ? ref.id() : null, null, true));
        }
        return out;
    }

    /**
     * Whether the words open with an office of a state's government (office-titles.tsv, national-offices), after an
     * optional "the": "Foreign Minister Reina", "the President".
     */
    private static boolean opensWithNationalOffice(SentenceView v, String text) {
        String title = text.startsWith("the ") ? text.substring(4) : text;
        return v.kb.officeTitles("national-offices").matcher(title).lookingAt();
    }

    /**
     * "The two sides also agreed on a Plan of Action" right after an agreement of two parties: those parties, added to
     * {@code out}, and that agreement; null (nothing added) where no such phrase or agreement is near.
     */
    static EventRecord sidesOfAgreementJustReported(SentenceView v, int from, int to, List<Mention> out) {
        CueMatch sides = v.firstCue(CueKind.SIDES, from, to);
        EventRecord last = sides == null ? null : v.discourse.lastEvent("AGREEMENT");
        if (last == null || last.paragraph() != v.sentence.paragraph() || v.sentence.index() - last.sentence() > 2) {
            return null;
        }
        List<EntityRef> refs = last.fact().entities("parties");
        if (refs.size() != 2) {
            return null;
        }
        out.clear();
        out.addAll(v.events().sidesWrittenAs(refs, sides));
        return last;
    }
}
