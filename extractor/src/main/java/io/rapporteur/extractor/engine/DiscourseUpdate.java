package io.rapporteur.extractor.engine;

import io.rapporteur.contract.fact.Fact;
import io.rapporteur.extractor.date.DateMention;
import io.rapporteur.extractor.discourse.Discourse;
import io.rapporteur.extractor.kb.KnowledgeBase;
import io.rapporteur.extractor.mention.Mention;
import io.rapporteur.extractor.mention.MentionKind;
import io.rapporteur.extractor.rules.FactDraft;
import io.rapporteur.extractor.rules.SentenceView;
import io.rapporteur.extractor.segment.Sentence;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What the next sentence may rely on, brought up to date after each sentence: sections and a chronology's entries,
 * the title and who speaks, the time the text narrates in ({@link NarrativeTime}), its dateline ({@link Datelines}),
 * the treaties, bodies, states and people it has named and which of them is the subject.
 */
final class DiscourseUpdate {

    /**
     * The opening lines (title block, dateline and lead) in which a treaty body naming itself makes it the author: the
     * first three sentences, or a heading line among the first ten ("Committee on the Rights of Persons with
     * Disabilities" under a UN document's symbol, distribution and date lines).
     */
    static final int OPENING_SENTENCES = 10;
    /** The sentences of a statement's opening that may name its speaker (its title, a subtitle, the dateline). */
    private static final int SPEAKER_SENTENCES = 6;

    private final KnowledgeBase kb;

    DiscourseUpdate(KnowledgeBase kb) {
        this.kb = kb;
    }

    void after(Discourse discourse, SentenceView view, String text, Sentence sentence, List<FactDraft> drafts,
               Map<String, Fact> facts) {
        if (sentence.heading()) {
            discourse.newSection();
        }
        // a chronology's entry headed by its date on a line of its own ("20 January 2014 - Hanoi"): its text's date
        discourse.entryDate(sentence.heading() ? entryHeadingDate(view, discourse, text, sentence) : null, sentence.index());
        if (sentence.index() == 0 && sentence.heading()) {
            discourse.titleText(sentence.text(text));
        }
        if (discourse.speakerBody() == null && sentence.heading() && !discourse.narrativeBegun()
                && sentence.text(text).toLowerCase(Locale.ROOT).contains("statement")) {
            // "Statement at the end of visit to Thailand by the United Nations Working Group on ...": its "we"
            view.mentions().stream().filter(m -> m.kind() == MentionKind.ORG && m.id() != null && !m.inferred()
                            && (m.id().startsWith("org:WG") || m.id().startsWith("org:SR-") || m.id().startsWith("org:IE-")
                            || kb.monitoredTreaty(m.id()) != null || "org:SPT".equals(m.id())))
                    .findFirst().ifPresent(m -> discourse.speakerBody(m.id()));
        }
        if (discourse.speaker() == null && (sentence.index() < SPEAKER_SENTENCES || !discourse.narrativeBegun())) {
            // a statement's title or opening names who speaks as "I": its first person named (also below a
            // release's header lines: "End of Mission Statement", a headline, then "Statement by A B, ...")
            view.mentions().stream().filter(m -> m.kind() == MentionKind.PERSON && m.id() != null && !m.inferred())
                    .findFirst().ifPresent(m -> discourse.speaker(m.id()));
        }
        NarrativeTime.follow(discourse, view, text, sentence, drafts);
        Datelines.read(discourse, view, text, sentence, facts);
        List<String> treaties = new ArrayList<>();
        for (Mention m : view.mentions()) {
            String monitored = m.kind() == MentionKind.ORG && m.id() != null && !m.inferred()
                    ? kb.monitoredTreaty(m.id()) : null;
            if (monitored != null && sentence.index() < OPENING_SENTENCES && discourse.committeeTreaty() == null
                    && (sentence.heading() || sentence.index() < 3)) {
                discourse.committee(m.id(), monitored); // "Concluding observations of the Committee against Torture"
            }
            if (monitored != null) {
                discourse.lastTreaty(monitored); // "The Committee on the Rights of the Child ... ratified the Convention"
            }
            if (m.kind() == MentionKind.NATIONAL_BODY && m.id() != null && !m.inferred() && sentence.index() < 4) {
                discourse.authorBody(m.id(), m.text()); // "Pursuant to the Law on the National Human Rights Commission"
            }
            if (m.kind() == MentionKind.TREATY && m.id() != null) {
                // (a protocol named by reference counts too: "the Convention ... and of its Optional Protocol")
                if ((!m.inferred() || m.text().toLowerCase(Locale.ROOT).contains("protocol")) && !treaties.contains(m.id())) {
                    treaties.add(m.id());
                }
                discourse.lastTreaty(m.id());
            }
        }
        if (treaties.size() >= 2) {
            discourse.treatyPair(treaties.subList(0, 2));
        }
        for (Mention m : view.mentions()) {
            if ((m.kind() == MentionKind.ORG || m.kind() == MentionKind.NATIONAL_BODY) && m.id() != null && !m.inferred()) {
                discourse.rememberBody(m.id(), m.text()); // "the Ministry" later is the ministry named before
            }
            if (m.isStateLike() && m.actingState() != null && !m.inferred()) {
                discourse.stateNamed(m.actingState());
            }
        }
        for (Mention m : view.mentions()) {
            if (m.isStateLike() && m.actingState() != null) {
                // not the first of a list ("covers Kazakhstan, Kyrgyzstan, Tajikistan and Turkmenistan"): no subject
                if (!view.opensListOfStates(m)) {
                    discourse.subjectState(m.actingState(), m.text());
                }
                break;
            }
        }
        // a body a sentence names first is its subject: "The Working Group visited ... It met ..." (past a place that
        // opens it: "GENEVA (21 February 2020) - The Subcommittee ...", "In Geneva, the Committee ...")
        Mention first = view.mentions().stream().filter(m -> m.kind() != MentionKind.CITY).findFirst().orElse(null);
        if (first != null) {
            discourse.lastSubjectBody(first.kind() == MentionKind.ORG && first.id() != null ? first.id() : null);
        }
        // the person a sentence names first is its subject, the one a "she" opening the next sentence most likely means
        view.mentions().stream().filter(m -> m.kind() == MentionKind.PERSON || m.kind() == MentionKind.PRONOUN)
                .findFirst().map(m -> view.resolved(m, Set.of())).filter(m -> m != null && m.id() != null)
                .ifPresent(m -> discourse.lastSubjectPerson(m.id()));
    }

    /** What may follow an entry's date on its heading line: its place ("- Hanoi", ", Ashgabat"), a topic after a bar. */
    private static final Pattern AFTER_ENTRY_DATE = Pattern.compile(
            "(?:[-\u2013\u2014:,]\\s*\\p{Lu}[\\p{L} '.-]{0,40}(?:\\|[^\\n]{1,100})?)?");
    /** A heading line that is a place and a date: "Geneva, 3 May 2019". */
    private static final Pattern PLACE_BEFORE_DATE = Pattern.compile(
            "\\p{Lu}[\\p{L}.'\u2019-]+(?: \\p{Lu}[\\p{L}.'\u2019-]+){0,2},\\s*");

    /**
     * The day (or the days: "5-6 March 2019, Ashgabat") a heading that is only a date, perhaps with its place ("20
     * January 2014 - Hanoi", "14 February 2019, Ashgabat"), gives; or null. A place first ("Geneva, 3 May 2019") only
     * under a dateline already read: a digest's item, not the release's own dateline, whose lead tells its own days.
     */
    static DateMention entryHeadingDate(SentenceView view, Discourse discourse, String text, Sentence sentence) {
        // (also after its weekday: "Mon 3 Jun - New York | Zambia joins death-penalty protocol", a digest's item)
        DateMention d = view.dates().stream().filter(m -> (m.start() == sentence.start()
                        || text.substring(sentence.start(), m.start()).matches("(?i)(mon|tue|wed|thu|fri|sat|sun)[a-z]*\\.?,?\\s+")
                        || discourse.dateline() != null && PLACE_BEFORE_DATE.matcher(text.substring(sentence.start(), m.start())).matches())
                && m.from().day() != null && (m.to() == null ? m.from().year() != null
                        : m.to().day() != null && m.to().year() != null && m.iso() != null)).findFirst().orElse(null);
        if (d == null) {
            return null;
        }
        String rest = text.substring(d.end(), sentence.end()).trim();
        return AFTER_ENTRY_DATE.matcher(rest).matches() ? d : null;
    }
}
