package io.rapporteur.extractor.rules;

import io.rapporteur.contract.fact.EntityRef;
import io.rapporteur.extractor.discourse.EventRecord;
import io.rapporteur.extractor.kb.CueKind;
import io.rapporteur.extractor.kb.KnowledgeBase;
import io.rapporteur.extractor.mention.Mention;
import io.rapporteur.extractor.mention.MentionKind;
import io.rapporteur.extractor.mention.Person;
import io.rapporteur.extractor.segment.Token;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * What the sentence's references mean, settled while the view is read: "the Convention", "the Committee", "the
 * Special Rapporteur", "the delegation", "both instruments" become the treaty, body or state the discourse points to,
 * and plural optional protocols named by their subjects ("the Optional Protocols to the CRC on the sale of children
 * ... and on the involvement of children in armed conflict") become one mention each.
 */
final class Anaphors {

    private final SentenceView v;

    Anaphors(SentenceView v) {
        this.v = v;
    }

    /** Replaces or adds to the view's mentions what the references stand for. */
    void resolve() {
        resolveAnaphors();
        pluralProtocols();
    }

    /**
     * "the delegation" standing alone (not "the delegation of ...", nor a named side's "the Chinese delegation") where
     * the text last reported a visit by a body or a state: that visitor. Null otherwise.
     */
    private Mention visitingDelegation(CueMatch cue) {
        if (v.tokenIs(cue.tokEnd(), "of") || v.tokenIs(cue.tokEnd(), "from") || v.tokenIs(cue.tokEnd(), "to")
                || v.mentions.stream().anyMatch(m -> m.tokEnd() == cue.tokStart() + 1 && m.tokStart() > cue.tokStart())) {
            return null;
        }
        EventRecord visit = v.discourse.lastEvent("VISIT");
        EntityRef visitor = visit == null || visit.fact().status() != null ? null : visit.fact().entity("visitor");
        if (visitor == null || visitor.id() == null || visitor.id().startsWith("person:")) {
            return null;
        }
        boolean state = !visitor.id().startsWith("org:");
        return v.anaphor(cue, state ? MentionKind.STATE : MentionKind.ORG, visitor.id(), state ? visitor.id() : null);
    }

    /** Whether a treaty's name goes on at {@code at}: "on the Rights of ...", "against Torture", "for the Protection". */
    private boolean namesOn(int at) {
        // also "the Protocol to the African Charter on ...": a name not known (not "... to the Convention", a
        // protocol of the convention named before)
        boolean to = v.tokenIs(at, "to") && !(v.tokenIs(at + 1, "the") && (v.tokenIs(at + 2, "Convention") || v.tokenIs(at + 2, "Covenant")));
        if (!v.tokenIs(at, "on") && !v.tokenIs(at, "against") && !v.tokenIs(at, "for") && !v.tokenIs(at, "relating") && !to) {
            return false;
        }
        int name = v.tokenIs(at + 1, "the") ? at + 2 : at + 1;
        Token t = v.token(name);
        return t != null && t.isWord() && t.isCapitalised() && !t.isNumber();
    }

    private void resolveAnaphors() {
        List<Mention> added = new ArrayList<>();
        List<Mention> replaced = new ArrayList<>();
        for (CueMatch cue : v.cues) {
            // "the Special Rapporteur" that no named holder took: a bare title, which the body it refers to replaces
            List<Mention> bareTitles = v.mentions.stream().filter(m -> m.kind() == MentionKind.TITLE
                    && m.tokStart() >= cue.tokStart() && m.tokEnd() <= cue.tokEnd()).toList();
            boolean titleOnly = cue.is(CueKind.BODY_ANAPHOR) && !bareTitles.isEmpty() && v.mentions.stream()
                    .filter(m -> m.tokStart() < cue.tokEnd() && cue.tokStart() < m.tokEnd()).allMatch(bareTitles::contains);
            if (v.overlapsMention(cue.tokStart(), cue.tokEnd()) && !titleOnly) {
                continue;
            }
            int before = added.size();
            String treaty = cue.value(CueKind.TREATY_ANAPHOR);
            if (treaty != null) {
                boolean bare = cue.tokEnd() - cue.tokStart() == 2;
                if (bare && cue.tokEnd() < v.tokens.size() && v.tokens.get(cue.tokEnd()).isWord()
                        && v.tokens.get(cue.tokEnd()).isCapitalised()) {
                    continue; // "the former Yugoslavia" is no anaphor
                }
                if (namesOn(cue.tokEnd())) {
                    continue; // "the Optional Protocol to the Convention on the Rights of ...": a name not known
                }
                List<String> pair = v.discourse.treatyPair();
                // "deposited its instruments of ratification of A and of B, ..., six years after it signed both
                // instruments": the two this sentence named before, where it named two
                List<String> here = v.mentions.stream().filter(m -> m.kind() == MentionKind.TREATY && m.id() != null
                        && m.tokEnd() <= cue.tokStart()).map(Mention::id).distinct().toList();
                if (here.size() == 2) {
                    pair = here;
                }
                List<String> ids = switch (treaty) {
                    case "FORMER" -> pair.size() >= 2 ? List.of(pair.get(0)) : List.of();
                    case "LATTER" -> pair.size() >= 2 ? List.of(pair.get(1)) : List.of();
                    case "BOTH" -> pair.size() >= 2 ? pair : List.of();
                    // "both International Covenants": there are two, whatever the text named before
                    case "COVENANTS" -> List.of("treaty:ICCPR", "treaty:ICESCR");
                    // in a treaty body's own text, "the Optional Protocol" is its treaty's
                    case "LAST_PROTOCOL" -> v.discourse.committeeTreaty() != null && cue.tokEnd() - cue.tokStart() == 3
                            && !v.tokenIs(cue.tokEnd(), "thereto") && v.tokenIs(cue.tokStart(), "the")
                            && v.kb.optionalProtocolOf(v.discourse.committeeTreaty()) != null
                            ? List.of(v.kb.optionalProtocolOf(v.discourse.committeeTreaty()))
                            : lastTreatyBefore(cue.tokStart()).stream().map(this::protocolMeant)
                            .filter(Objects::nonNull).toList();
                    // "both Optional Protocols thereto": the pair of protocols of the treaty named before
                    case "PAIR_OF_LAST" -> lastTreatyBefore(cue.tokStart()).stream()
                            .flatMap(t -> v.kb.protocolsBySubject(t).stream()).filter(KnowledgeBase.ProtocolSubject::ofThePair)
                            .map(KnowledgeBase.ProtocolSubject::protocolId).toList();
                    // "the Optional Protocol to the Convention": the protocol of the convention meant
                    case "PROTOCOL_OF" -> lastTreatyBefore(cue.tokStart(), v.tokens.get(cue.tokEnd() - 1).norm()).stream()
                            .map(v.kb::optionalProtocolOf).filter(Objects::nonNull).toList();
                    default -> lastTreatyBefore(cue.tokStart(), v.tokens.get(cue.tokEnd() - 1).norm());
                };
                for (String id : ids) {
                    added.add(v.anaphor(cue, MentionKind.TREATY, id, null));
                }
                continue;
            }
            String state = cue.value(CueKind.STATE_PRONOUN);
            if (state != null && state.equals("STATE") && cue.tokEnd() < v.tokens.size()
                    && (v.tokens.get(cue.tokEnd()).isCapitalised() || v.tokenIs(cue.tokEnd(), "of")
                    || v.apostropheAt(cue.tokEnd()) || v.tokenIs(cue.tokEnd(), "-"))) {
                continue; // "the State Council", "the State of Qatar", "the State's": a name, or not the state itself
            }
            if (state != null) {
                String id = null;
                String visitingBody = visitingBody();
                if (state.equals("THEY")) {
                    // "On 10 December, they were received by ...": the members of the body whose visit is reported
                    if (visitingBody != null) {
                        added.add(v.anaphor(cue, MentionKind.ORG, visitingBody, null));
                    }
                    continue;
                }
                if (state.equals("IT")) {
                    boolean single = cue.tokEnd() - cue.tokStart() == 1;
                    // also after a fronted adverbial: "In February, it submitted its fourth periodic report ..."
                    boolean afterFronted = v.tokenIs(cue.tokStart() - 1, ",") && cue.tokStart() <= SentenceView.MAX_FRONTED_TOKENS + 4
                            && v.mentions.stream().noneMatch(m -> m.tokEnd() <= cue.tokStart() && m.kind() != MentionKind.CITY)
                            && v.cues.stream().noneMatch(c -> c.tokEnd() <= cue.tokStart() && !c.is(CueKind.STATUS)
                                    && !c.is(CueKind.NON_TOPIC) && !c.is(CueKind.EVENT_ANAPHOR));
                    boolean clauseInitial = cue.tokStart() == 0 || v.tokenIs(cue.tokStart() - 1, ";") || afterFronted
                            || v.afterCoordinatedAdverbial(cue.tokStart());
                    if (single && cue.tokStart() == 0 && v.discourse.lastSubjectBody() != null) {
                        // "The Working Group visited Colombo ... It met the Attorney General": the body just the subject
                        added.add(v.anaphor(cue, MentionKind.ORG, v.discourse.lastSubjectBody(), null));
                        continue;
                    }
                    if (single && clauseInitial && visitingBody != null && cue.tokStart() > 0
                            && !v.tokenIs(cue.tokStart() - 1, "and")) {
                        // "On 13 December, in Esmeraldas, it met the Provincial Prefect": the visiting body
                        added.add(v.anaphor(cue, MentionKind.ORG, visitingBody, null));
                        continue;
                    }
                    Mention informant = single ? v.informantBeforeThat(cue.tokStart()) : null;
                    if (informant != null) {
                        // "Viet Nam informed Australia that it had submitted ...": the state that informs, not the one told
                        added.add(v.anaphor(cue, MentionKind.STATE, informant.id(), informant.id()));
                        continue;
                    }
                    if (!single || clauseInitial) {
                        id = v.discourse.subjectState();
                    }
                    Mention opening = single && v.afterCoordinatedAdverbial(cue.tokStart()) ? v.sentenceSubjectState() : null;
                    if (opening != null) {
                        id = opening.id(); // "Viet Nam held ..., and in April 2018 it held ...": this sentence's subject
                    }
                } else if (state.equals("SPEAKER")) { // a statement's "we": the state the text is about
                    if (v.discourse.speakerBody() != null) {
                        // a working group's "We met with ...": the body whose statement this is
                        added.add(v.anaphor(cue, MentionKind.ORG, v.discourse.speakerBody(), null));
                        continue;
                    }
                    id = v.discourse.mainState();
                } else { // "the government", "the country": the state last named, else the one the text is about
                    Mention last = v.nearestLeft(cue.tokStart(), m -> m.kind() == MentionKind.STATE);
                    if (last == null) { // "China invited him; he visited the country": an earlier clause named it
                        last = v.mentions.stream().filter(m -> m.kind() == MentionKind.STATE && m.tokEnd() <= cue.tokStart())
                                .reduce((a, b) -> b).orElse(null);
                    }
                    id = last != null ? last.id() : v.discourse.subjectState();
                }
                if (id != null) {
                    added.add(v.anaphor(cue, MentionKind.STATE, id, id));
                }
                continue;
            }
            String body = cue.value(CueKind.BODY_ANAPHOR);
            if ("OWN".equals(body)) {
                // "A delegation of four members visited Madagascar" in a committee's release: the committee's
                String id = v.discourse.committee() != null ? v.discourse.committee() : v.discourse.lastSubjectBody();
                if (id != null) {
                    added.add(v.anaphor(cue, MentionKind.ORG, id, null));
                }
                continue;
            }
            if ("VISITOR".equals(body)) {
                // "In Ulaanbaatar, the delegation met with ...": the body (or state) whose visit the text reports
                Mention visitor = visitingDelegation(cue);
                if (visitor != null) {
                    added.add(visitor);
                }
                continue;
            }
            Token afterOn = v.tokenIs(cue.tokEnd(), "on") ? v.token(cue.tokEnd() + 1) : null;
            if (body != null && !body.equals("ITS") && afterOn != null && Character.isLowerCase(afterOn.text().charAt(0))
                    && !titleOnly) {
                continue; // "the Special Rapporteur on extreme poverty ..., Philip Alston": a mandate named, no anaphor
            }
            if (body != null && !body.equals("ITS")) {
                String id = body.contains("|") ? visitingBodyOfKind(body) : null;
                if (id == null) {
                    id = v.discourse.lastBody(body);
                }
                String author = v.discourse.authorBodyNamed(body);
                if (author != null && (id == null || !id.equals(v.discourse.lastSubjectBody()))) {
                    id = author; // a national commission's report: "the Commission" is the commission itself
                }
                if (body.equals("Committee") && v.discourse.committee() != null && (id == null
                        || !id.equals(v.discourse.lastSubjectBody()))) {
                    // a committee's own release: "the Committee" is the committee, even after it met another one
                    // (but after "The Committee on Enforced Disappearances considers ...", that committee)
                    id = v.discourse.committee();
                }
                Mention inSentence = v.nearestLeft(cue.tokStart(), m -> (m.kind() == MentionKind.ORG
                        || m.kind() == MentionKind.NATIONAL_BODY) && m.id() != null && m.text().contains(body));
                if (inSentence != null) {
                    id = inSentence.id();
                }
                String defined = v.discourse.shortName(body);
                if (defined != null && inSentence == null) {
                    id = defined; // "The African Commission ... (the Commission)": the name the text gave it, throughout
                }
                String country = id == null ? null : v.national(id);
                if (country != null) { // "the Ministry": a state's own body, acting for it
                    added.add(v.anaphor(cue, MentionKind.NATIONAL_BODY, id, country));
                } else if (id != null) {
                    added.add(v.anaphor(cue, MentionKind.ORG, id, null));
                }
                if (titleOnly && added.size() > before) {
                    replaced.addAll(bareTitles);
                }
                continue;
            }
            if (cue.is(CueKind.PREDECESSOR)) {
                // "when her predecessor travelled to Dushanbe": the mandate of the expert the release is about
                Mention mandate = predecessorsMandate(cue);
                if (mandate != null) {
                    added.add(mandate);
                }
                continue;
            }
            Token related = v.token(cue.tokEnd());
            if (cue.is(CueKind.PERSON_PRONOUN) && !(related != null && v.kb.words("related-persons").contains(related.norm()))) {
                added.add(v.anaphor(cue, MentionKind.PRONOUN, null, null));
            }
        }
        v.mentions.removeAll(replaced);
        v.mentions.addAll(added);
        v.mentions.sort(Comparator.comparingInt(Mention::tokStart));
        // "The Special Rapporteur, Ingrid Lahtinen, presented ...": the office the bare title stood for is hers
        for (Mention office : added) {
            Mention holder = office.kind() == MentionKind.ORG && office.id() != null && v.kb.isOffice(office.id())
                    && v.tokenIs(office.tokEnd(), ",") ? v.firstRight(office.tokEnd() + 1, office.tokEnd() + 2,
                    m -> m.kind() == MentionKind.PERSON && m.id() != null) : null;
            if (holder != null) {
                v.discourse.people().affiliate(holder.id(), office.id());
                if (v.cues.stream().anyMatch(c -> c.is(CueKind.PREDECESSOR) && c.tokStart() == office.tokStart())) {
                    // "his predecessor, Frank La Rue,": a former holder, not the one a later "the Special Rapporteur" is
                    v.discourse.people().titledAs(holder.id(), office.text(), true);
                }
            }
        }
    }

    /**
     * "the Optional Protocol" refers to a protocol only: treaty ids mark optional protocols with an "OP" part
     * (treaty:OP-CAT, treaty:ICCPR-OP1, treaty:CRC-OPAC), so a convention named last is not taken for one.
     */
    private static boolean isProtocol(String treatyId) {
        String code = treatyId.startsWith("treaty:") ? treatyId.substring("treaty:".length()) : treatyId;
        for (String part : code.split("-")) {
            if (part.startsWith("OP")) {
                return true;
            }
        }
        return false;
    }

    /** The protocol named last, or the optional protocol of the convention named last ("the CAT ... the Optional Protocol"). */
    private String protocolMeant(String lastTreaty) {
        return isProtocol(lastTreaty) ? lastTreaty : v.kb.optionalProtocolOf(lastTreaty);
    }

    /** "this Convention": the treaty named last, in this sentence if it names one. */
    private List<String> lastTreatyBefore(int tok) {
        Mention inSentence = v.nearestLeft(tok, m -> m.kind() == MentionKind.TREATY);
        if (inSentence != null) {
            return List.of(inSentence.id());
        }
        return v.discourse.lastTreaty() == null ? List.of() : List.of(v.discourse.lastTreaty());
    }

    /**
     * "the Covenant", "the Convention", "the Protocol": the treaty of that kind named last, in this sentence first
     * (a treaty named, then a treaty body's treaty: "submitted to the Committee on Economic, Social and Cultural
     * Rights its report on the Covenant"), else in the text before. Any treaty for "the treaty".
     */
    private List<String> lastTreatyBefore(int tok, String noun) {
        if (!noun.equals("covenant") && !noun.equals("convention") && !noun.equals("protocol")) {
            return lastTreatyBefore(tok);
        }
        List<String> candidates = new ArrayList<>();
        // a treaty this sentence named before ("deposited its instrument of ratification of the Convention against
        // Torture, ... after signing the Convention"), then a committee's own treaty in its text
        for (int i = v.mentions.size() - 1; i >= 0; i--) {
            Mention m = v.mentions.get(i);
            if (m.tokEnd() <= tok && m.id() != null && m.kind() == MentionKind.TREATY) {
                candidates.add(m.id());
            }
        }
        if (v.discourse.committeeTreaty() != null) {
            candidates.add(candidates.isEmpty() ? 0 : candidates.size(), v.discourse.committeeTreaty());
        }
        for (int i = v.mentions.size() - 1; i >= 0; i--) {
            Mention m = v.mentions.get(i);
            if (m.tokEnd() <= tok && m.id() != null && m.kind() == MentionKind.ORG && v.kb.monitoredTreaty(m.id()) != null) {
                candidates.add(v.kb.monitoredTreaty(m.id()));
            }
        }
        candidates.addAll(v.discourse.recentTreaties());
        // "ratify the Optional Protocol to the CRPD, noting that Kazakhstan ratified the Convention itself": a
        // protocol named brings its parent
        List<String> withParents = new ArrayList<>();
        for (String id : candidates) {
            withParents.add(id);
            if (v.kb.protocolParent(id) != null) {
                withParents.add(v.kb.protocolParent(id));
            }
        }
        for (String id : withParents) {
            String name = v.kb.treatyName(id) == null ? "" : v.kb.treatyName(id).toLowerCase(Locale.ROOT);
            // a protocol "to the Convention" is no convention
            boolean protocol = name.contains("protocol");
            if (name.contains(noun) && (noun.equals("protocol") || !protocol)) {
                return List.of(id);
            }
        }
        return lastTreatyBefore(tok);
    }

    /**
     * "her predecessor", "his predecessors": the mandate (special procedures) of the holder last named, as an office;
     * null when no mandate holder has been named.
     */
    private Mention predecessorsMandate(CueMatch cue) {
        Person holder = v.discourse.people().lastMandateHolder();
        return holder == null ? null : v.anaphor(cue, MentionKind.ORG, holder.affiliation(), null);
    }

    /** How many sentences back the visit of a body may be that "they" or "it" of its members refers to. */
    private static final int VISITING_BODY_REACH = 3;

    /** The body (not a state or a person) whose visit was reported in the last few sentences, or null. */
    private String visitingBody() {
        EventRecord visit = v.discourse.lastEvent("VISIT");
        EntityRef visitor = visit == null ? null : visit.fact().entity("visitor");
        return visitor != null && visitor.id() != null && visitor.id().startsWith("org:") && visit.fact().status() == null
                && v.national(visitor.id()) == null && v.sentence.index() - visit.sentence() <= VISITING_BODY_REACH
                ? visitor.id() : null;
    }

    /**
     * "The experts also announced that they intend to return": in a release on a body's visit, that body, however
     * recently another of its kind was named ("the Working Group on ... has also requested a visit"): the last visitor
     * whose name has one of the {@code kinds} ("Working Group|Committee on"), or null.
     */
    private String visitingBodyOfKind(String kinds) {
        List<EventRecord> events = v.discourse.events();
        for (int i = events.size() - 1; i >= 0; i--) {
            EntityRef visitor = events.get(i).kind().equals("VISIT") ? events.get(i).fact().entity("visitor") : null;
            String name = visitor == null || visitor.id() == null ? null : v.kb.bodyName(visitor.id());
            for (String kind : name == null ? new String[0] : kinds.split("\\|")) {
                if (name.contains(kind)) {
                    return visitor.id();
                }
            }
        }
        return null;
    }

    /** What may stand between a plural protocols' subjects: "on A and on B", "(on A, and on B)", "— on A —". */
    private static final Set<String> SUBJECT_JOINTS = Set.of("(", ",", "and", "\u2014", "\u2013", "-", ":");

    /** Lower-case words that end a protocol's subject: the verb or clause after it ("... armed conflict were ratified"). */
    private static final Set<String> SUBJECT_ENDS = Set.of("were", "was", "is", "are", "has", "have", "had", "which",
            "that", "by", "through", "respectively", "with", "at", "to", "as", "since", "both");

    /**
     * "the Optional Protocols to the Convention on the Rights of the Child on the sale of children, child prostitution
     * and child pornography and on the involvement of children in armed conflict", "both Optional Protocols to the
     * Convention on the Rights of the Child (on children in armed conflict, and on the sale of children)": the
     * protocols the subjects name, in the order written, or with no subject the two "both" means; they, not the
     * convention, are what is signed or ratified.
     */
    private void pluralProtocols() {
        for (int i = 1; i + 2 < v.tokens.size(); i++) {
            if (!v.tokens.get(i).is("protocols") || !v.tokens.get(i - 1).is("optional") || !v.tokens.get(i + 1).is("to")) {
                continue;
            }
            final int to = i + 1;
            Mention convention = v.mentions.stream().filter(m -> m.kind() == MentionKind.TREATY && m.id() != null
                    && (m.tokStart() == to + 1 || m.tokStart() == to + 2 && v.tokenIs(to + 1, "the"))).findFirst().orElse(null);
            List<KnowledgeBase.ProtocolSubject> protocols = convention == null ? List.of() : v.kb.protocolsBySubject(convention.id());
            if (protocols.isEmpty()) {
                continue;
            }
            List<String> named = new ArrayList<>();
            int end = convention.tokEnd();
            for (int k = end; ; ) {
                while (k < v.tokens.size() && SUBJECT_JOINTS.contains(v.tokens.get(k).norm())) {
                    k++;
                }
                if (!v.tokenIs(k, "on")) {
                    break;
                }
                int subjectEnd = endOfProtocolSubject(k + 1);
                String subject = String.join(" ", v.tokens.subList(k + 1, subjectEnd).stream().map(Token::norm).toList());
                KnowledgeBase.ProtocolSubject meant = protocols.stream()
                        .filter(p -> p.subjectWords().stream().anyMatch(w -> (" " + subject + " ").contains(" " + w + " ")))
                        .findFirst().orElse(null);
                if (meant == null) {
                    break;
                }
                if (!named.contains(meant.protocolId())) {
                    named.add(meant.protocolId());
                }
                end = subjectEnd;
                k = subjectEnd;
            }
            if (named.isEmpty()) {
                named = protocols.stream().filter(KnowledgeBase.ProtocolSubject::ofThePair)
                        .map(KnowledgeBase.ProtocolSubject::protocolId).toList();
            }
            int start = i - 1;
            start = v.tokenIs(start - 1, "two") ? start - 1 : start;
            start = v.tokenIs(start - 1, "the") || v.tokenIs(start - 1, "both") || v.tokenIs(start - 1, "its") ? start - 1 : start;
            v.mentions.remove(convention);
            for (String id : named) {
                v.mentions.add(new Mention(MentionKind.TREATY, id, start, end, v.tokens.get(start).start(),
                        v.tokens.get(end - 1).end(), v.doc.substring(v.tokens.get(start).start(), v.tokens.get(end - 1).end()),
                        null, null, false));
            }
            v.mentions.sort(Comparator.comparingInt(Mention::tokStart));
            i = end;
        }
    }

    /** Where a protocol's subject after "on" ends: before the next "and on", a bracket, a dash, a verb or a name. */
    private int endOfProtocolSubject(int from) {
        int k = from;
        while (k < v.tokens.size()) {
            Token t = v.tokens.get(k);
            if (t.is(",") || t.is("and")) {
                int next = k;
                while (next < v.tokens.size() && (v.tokens.get(next).is(",") || v.tokens.get(next).is("and"))) {
                    next++;
                }
                if (next >= v.tokens.size() || v.tokenIs(next, "on") || !v.tokens.get(next).isWord()
                        || v.tokens.get(next).isCapitalised() || SUBJECT_ENDS.contains(v.tokens.get(next).norm())) {
                    return k;
                }
                k = next;
                continue;
            }
            if (!t.isWord() || t.isCapitalised() || t.isNumber() || SUBJECT_ENDS.contains(t.norm())) {
                return k;
            }
            k++;
        }
        return k;
    }
}
