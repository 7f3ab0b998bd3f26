package io.rapporteur.extractor.engine;

import io.rapporteur.contract.fact.Fact;
import io.rapporteur.contract.fact.FactType;
import io.rapporteur.contract.fact.Provenance;
import io.rapporteur.contract.fact.Span;
import io.rapporteur.contract.ids.FactIdentity;
import io.rapporteur.extractor.DocumentMetadata;
import io.rapporteur.extractor.Extractor;
import io.rapporteur.extractor.discourse.Discourse;
import io.rapporteur.extractor.kb.KnowledgeBase;
import io.rapporteur.extractor.mention.MentionFinder;
import io.rapporteur.extractor.rules.FactDraft;
import io.rapporteur.extractor.rules.Rule;
import io.rapporteur.extractor.rules.SentenceView;
import io.rapporteur.extractor.rules.agreement.AgreementRule;
import io.rapporteur.extractor.rules.attendance.AttendanceRule;
import io.rapporteur.extractor.rules.attendance.DelegationHeadRule;
import io.rapporteur.extractor.rules.declaration.DeclarationRule;
import io.rapporteur.extractor.rules.exchange.AdoptedAtSessionRule;
import io.rapporteur.extractor.rules.exchange.ExchangeRule;
import io.rapporteur.extractor.rules.exchange.PeriodicReviewRule;
import io.rapporteur.extractor.rules.exchange.TreatyBodyReviewRule;
import io.rapporteur.extractor.rules.invitation.InvitationRule;
import io.rapporteur.extractor.rules.meeting.MeetingRule;
import io.rapporteur.extractor.rules.membership.MembershipRule;
import io.rapporteur.extractor.rules.report.ReportSubmissionRule;
import io.rapporteur.extractor.rules.treaty.TreatyActionRule;
import io.rapporteur.extractor.rules.visit.VisitRule;
import io.rapporteur.extractor.segment.Sentence;
import io.rapporteur.extractor.segment.SentenceSplitter;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The extraction engine: one pass over the sentences; for each, the mention layer, then the rules of every fact
 * type, then the discourse is brought up to date (year, acting state, treaties, people, events). Holds only the
 * immutable knowledge base, so one instance serves concurrent callers; per-document state lives in {@link Discourse}.
 */
public final class RuleBasedExtractor implements Extractor {

    /** Longer "sentences" are not prose (tables, junk without punctuation): skipped to keep the pass linear. */
    private static final int MAX_SENTENCE_CHARS = 3000;

    private static final String ENGINE_VERSION = "rapporteur-extractor/0.1.0";

    private final KnowledgeBase kb;
    private final SentenceSplitter splitter;
    private final MentionFinder mentionFinder;
    private final List<Rule> rules;
    private final String version;
    private final UndatedRepeats undatedRepeats;
    private final PointsWithinSpans pointsWithinSpans = new PointsWithinSpans();
    private final HolderNamedAfterTheLead holderNamedAfterTheLead = new HolderNamedAfterTheLead();
    private final SessionOpeningAndClosing sessionOpeningAndClosing = new SessionOpeningAndClosing();
    private final DiscourseUpdate discourseUpdate;

    public RuleBasedExtractor(KnowledgeBase kb) {
        this.kb = kb;
        this.splitter = new SentenceSplitter(kb.abbreviations());
        this.mentionFinder = new MentionFinder(kb);
        // order matters: events are remembered by the rule that reports them and referred to by later ones
        this.rules = List.of(new TreatyActionRule(), new ReportSubmissionRule(), new TreatyBodyReviewRule(), new VisitRule(), new ExchangeRule(), new AdoptedAtSessionRule(), new PeriodicReviewRule(),
                new MeetingRule(), new AgreementRule(), new InvitationRule(), new AttendanceRule(), new DelegationHeadRule(),
                new MembershipRule(), new DeclarationRule());
        this.version = ENGINE_VERSION + "+" + kb.version();
        this.undatedRepeats = new UndatedRepeats();
        this.discourseUpdate = new DiscourseUpdate(kb);
    }

    @Override
    public String version() {
        return version;
    }

    @Override
    public List<Fact> extract(String text, DocumentMetadata metadata) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        Discourse discourse = new Discourse();
        Map<String, Fact> facts = new LinkedHashMap<>();
        for (Sentence sentence : splitter.split(text)) {
            if (sentence.end() - sentence.start() > MAX_SENTENCE_CHARS) {
                continue;
            }
            try {
                SentenceView view = SentenceView.read(text, sentence, kb, mentionFinder, discourse);
                List<FactDraft> drafts = new ArrayList<>();
                for (Rule rule : rules) {
                    rule.apply(view, drafts);
                }
                for (FactDraft draft : drafts) {
                    Fact fact = finish(draft, text, sentence);
                    if (draft.numbersEarlier()) {
                        facts.remove(FactIdentity.canonicalKey(unnumbered(fact)));
                    } else if (fact.type() == FactType.EXCHANGE && fact.field("ordinal") != null) {
                        // an item's headline "Viet Nam and Norway hold consultations" then its text "... held their
                        // ninth round of human rights consultations": one exchange, the round the text gives it
                        String headlineKey = FactIdentity.canonicalKey(unnumbered(fact));
                        Fact headline = facts.get(headlineKey);
                        if (headline != null && headline.provenance() != null
                                && headline.provenance().sentenceIndex() == sentence.index() - 1) {
                            facts.remove(headlineKey);
                        }
                    }
                    String key = FactIdentity.canonicalKey(fact);
                    Fact earlier = facts.get(key);
                    if (earlier == null || isCalledOff(fact) && !isCalledOff(earlier)) {
                        facts.put(key, fact); // "has been postponed" updates what was announced
                    }
                }
                DatesToldLater.datePreviousElection(discourse, facts, sentence.index());
                DatesToldLater.daysOfTheStay(discourse, view, facts);
                DatesToldLater.sessionEndToldAfter(view, facts, sentence.index());
                discourseUpdate.after(discourse, view, text, sentence, drafts, facts);
            } catch (RuntimeException e) {
                if (System.getenv("RAPPORTEUR_DEBUG") != null) { e.printStackTrace(); }
                // one unreadable sentence must not cost the document its other facts
                continue;
            }
        }
        return pointsWithinSpans.remove(sessionOpeningAndClosing.merge(undatedRepeats.remove(
                holderNamedAfterTheLead.apply(facts.values(), discourse.people()))));
    }

    private Fact finish(FactDraft draft, String text, Sentence sentence) {
        Provenance provenance = new Provenance(sentence.index(), new Span(sentence.start(), sentence.end()),
                draft.arguments());
        double confidence = Math.max(0.3, Math.min(1.0, draft.confidence()));
        String cameo = kb.cameo(draft.type().name(), draft.subKind());
        return new Fact(null, draft.type(), OneLineValues.of(draft.fields()), draft.date(), draft.status(),
                sentence.text(text), provenance, confidence, cameo, version);
    }

    /** The same exchange without its ordinal: the fact a later "This was the 13th round" numbers. */
    private static Fact unnumbered(Fact fact) {
        Map<String, Object> fields = new LinkedHashMap<>(fact.fields());
        fields.remove("ordinal");
        return new Fact(null, fact.type(), fields, fact.date(), fact.status(), fact.evidence(), fact.provenance(),
                fact.confidence(), fact.cameo(), fact.extractorVersion());
    }

    private static boolean isCalledOff(Fact fact) {
        return "POSTPONED".equals(fact.status()) || "CANCELLED".equals(fact.status());
    }
}
