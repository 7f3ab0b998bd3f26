package io.rapporteur.extractor.engine;

import io.rapporteur.contract.fact.Fact;
import io.rapporteur.contract.fact.FactType;
import io.rapporteur.contract.fact.Provenance;
import io.rapporteur.contract.fact.Span;
import io.rapporteur.contract.ids.FactIdentity;
import io.rapporteur.extractor.DocumentMetadata;
import io.rapporteur.extractor.Extractor;
import io.rapporteur.extractor.date.DateMention;
import io.rapporteur.extractor.date.PartialDate;
import io.rapporteur.extractor.discourse.Discourse;
import io.rapporteur.extractor.kb.KnowledgeBase;
import io.rapporteur.extractor.mention.Mention;
import io.rapporteur.extractor.mention.MentionFinder;
import io.rapporteur.extractor.mention.MentionKind;
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

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The extraction engine: one pass over the sentences; for each, the mention layer, then the rules of every fact
 * type, then the discourse is brought up to date (year, acting state, treaties, people, events). Holds only the
 * immutable knowledge base, so one instance serves concurrent callers; per-document state lives in {@link Discourse}.
 */
public final class RuleBasedExtractor implements Extractor {

    /** Longer "sentences" are not prose (tables, junk without punctuation): skipped to keep the pass linear. */
    private static final int MAX_SENTENCE_CHARS = 3000;
    /** The longest line read as a dateline: a city and a date ("GENEVA (13 December 2019)"). */
    private static final int MAX_DATELINE_CHARS = 60;

    /** A place, a comma and a full date, alone on a line: "Koror, 25 September 2024", "Port Vila, 3 May 2019". */
    private static final Pattern PLACE_COMMA_DATE = Pattern.compile(
            "\\p{Lu}[\\p{L}.'\u2019-]+(?: \\p{Lu}[\\p{L}.'\u2019-]+){0,2}, \\d{1,2} \\p{Lu}\\p{Ll}+ \\d{4}\\.?");
    /** The longest header line of fields a release may open with: "Press release | Ministry of ... | Oslo, 24 ...". */
    private static final int MAX_HEADER_CHARS = 120;
    /**
     * The opening lines (title block, dateline and lead) in which a treaty body naming itself makes it the author: the
     * first three sentences, or a heading line among the first ten ("Committee on the Rights of Persons with
     * Disabilities" under a UN document's symbol, distribution and date lines).
     */
    private static final int OPENING_SENTENCES = 10;
    /** The sentences of a statement's opening that may name its speaker (its title, a subtitle, the dateline). */
    private static final int SPEAKER_SENTENCES = 6;
    private static final String ENGINE_VERSION = "rapporteur-extractor/0.1.0";
    /** A year in a title line: the only one it writes. */
    private static final Pattern TITLE_YEAR = Pattern.compile("\\b(?:19|20)\\d\\d\\b");
    /** A title's "in 2016" at its end: the year a review is about. */
    private static final Pattern TITLE_IN_YEAR = Pattern.compile("\\bin ((?:19|20)\\d\\d)\\s*$");
    /** Years a title says the text covers: "2016-2017", "2001–2003", "in 2016 and 2017", "from 2015 to 2019". */
    private static final Pattern TITLE_YEARS = Pattern.compile(
            "\\b((?:19|20)\\d\\d)\\s*(?:[-\u2013\u2014]|and|to)\\s*((?:19|20)\\d\\d)\\b");

    private final KnowledgeBase kb;
    private final SentenceSplitter splitter;
    private final MentionFinder mentionFinder;
    private final List<Rule> rules;
    private final String version;
    private final UndatedRepeats undatedRepeats;
    private final PointsWithinSpans pointsWithinSpans = new PointsWithinSpans();
    private final HolderNamedAfterTheLead holderNamedAfterTheLead = new HolderNamedAfterTheLead();
    private final SessionOpeningAndClosing sessionOpeningAndClosing = new SessionOpeningAndClosing();

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
                datePreviousElection(discourse, facts, sentence.index());
                daysOfTheStay(discourse, view, facts);
                sessionEndToldAfter(view, facts, sentence.index());
                update(discourse, view, text, sentence, drafts, facts);
            } catch (RuntimeException e) {
                if (System.getenv("RAPPORTEUR_DEBUG") != null) { e.printStackTrace(); }
                // one unreadable sentence must not cost the document its other facts
                continue;
            }
        }
        return pointsWithinSpans.remove(sessionOpeningAndClosing.merge(undatedRepeats.remove(
                holderNamedAfterTheLead.apply(facts.values(), discourse.people()))));
    }

    /** The title's undated visit takes the days its statement's header gives. */
    private static void datedByHeader(Map<String, Fact> facts, String span) {
        for (Map.Entry<String, Fact> e : new ArrayList<>(facts.entrySet())) {
            Fact f = e.getValue();
            if (f.type() == FactType.VISIT && f.date() == null && f.status() == null) {
                redate(facts, e.getKey(), span);
                return;
            }
        }
    }

    /**
     * "... elected Brazil, China, .... The new members will serve three-year terms beginning on 1 January 2017 and
     * ending on 31 December 2019.": the memberships the sentence before left without a date take that term.
     */
    private static void datePreviousElection(Discourse discourse, Map<String, Fact> facts, int sentenceIndex) {
        String term = discourse.termOfThoseElected();
        if (term == null) {
            return;
        }
        discourse.termOfThoseElected(null);
        List<String> keys = new ArrayList<>();
        for (Map.Entry<String, Fact> e : facts.entrySet()) {
            Fact f = e.getValue();
            if (f.type() == FactType.MEMBERSHIP && f.date() == null && f.provenance() != null
                    && f.provenance().sentenceIndex() == sentenceIndex - 1) {
                keys.add(e.getKey());
            }
        }
        for (String key : keys) {
            redate(facts, key, term);
        }
    }

    /**
     * "In September, Mary Robinson paid her first visit to China. During her stay, from September 5 to 14, she ...":
     * the visit reported by its month (or by its last day) takes the days the next sentences give it.
     */
    private static void daysOfTheStay(Discourse discourse, SentenceView view, Map<String, Fact> facts) {
        if (!view.opensWithDuringTheStay()) {
            return;
        }
        var span = view.dates().stream().filter(d -> d.to() != null && d.iso() != null && d.iso().length() == 21)
                .findFirst().orElse(null);
        if (span == null) {
            return;
        }
        String month = span.iso().substring(0, 7);
        List<Map.Entry<String, Fact>> entries = new ArrayList<>(facts.entrySet());
        for (int i = entries.size() - 1; i >= 0; i--) {
            Map.Entry<String, Fact> e = entries.get(i);
            Fact f = e.getValue();
            // (or by the day it ended, the release's: "... said today at the end of her first official visit")
            if (f.type() == FactType.VISIT && f.status() == null
                    && (month.equals(f.date()) || span.iso().substring(11).equals(f.date()))) {
                redate(facts, e.getKey(), span.iso());
                discourse.dateVisitOfMonth(month, span.iso());
                return;
            }
        }
    }

    /**
     * How many sentences after a session's opening may still give its last day: a page's worth where they say "the
     * session" (a release's paragraphs on its new members and officers may come first), only the next where the
     * sentence opens with the day.
     */
    private static final int SESSION_END_REACH = 20;

    /**
     * "The Committee ... opened its 83rd session in Geneva on Monday. The session, which runs until Oct. 28, will ...":
     * the numbered session opened shortly before, dated by its first day only, runs to the day this sentence gives
     * (where that is a session's length at most after it). Only the last session told is taken.
     */
    private static void sessionEndToldAfter(SentenceView view, Map<String, Fact> facts, int sentenceIndex) {
        SentenceView.SessionEnd end = view.sessionEndTold();
        if (end == null) {
            return;
        }
        int earliest = sentenceIndex - (end.namesTheSession() ? SESSION_END_REACH : 1);
        List<Map.Entry<String, Fact>> entries = new ArrayList<>(facts.entrySet());
        for (int i = entries.size() - 1; i >= 0; i--) {
            Fact f = entries.get(i).getValue();
            int told = f.provenance() == null ? -1 : f.provenance().sentenceIndex();
            if (told < earliest) {
                return;
            }
            if (told < sentenceIndex && f.type() == FactType.EXCHANGE && "SESSION".equals(f.text("format"))) {
                if (SessionOpeningAndClosing.isDatedSession(f) && f.date().length() == 10) { // dated by one day
                    long days = ChronoUnit.DAYS.between(LocalDate.parse(f.date()), LocalDate.parse(end.day().iso()));
                    if (days > 0 && days <= SessionOpeningAndClosing.MAX_SESSION_DAYS) {
                        redate(facts, entries.get(i).getKey(), f.date() + "/" + end.day().iso());
                    }
                }
                return;
            }
        }
    }

    /** Replaces the fact under {@code key} by itself with another date, under the key that date gives it. */
    private static void redate(Map<String, Fact> facts, String key, String date) {
        Fact dated = facts.remove(key).withDate(date);
        facts.putIfAbsent(FactIdentity.canonicalKey(dated), dated);
    }

    private Fact finish(FactDraft draft, String text, Sentence sentence) {
        Provenance provenance = new Provenance(sentence.index(), new Span(sentence.start(), sentence.end()),
                draft.arguments());
        double confidence = Math.max(0.3, Math.min(1.0, draft.confidence()));
        String cameo = kb.cameo(draft.type().name(), draft.subKind());
        return new Fact(null, draft.type(), OneLineValues.of(draft.fields()), draft.date(), draft.status(),
                sentence.text(text), provenance, confidence, cameo, version);
    }

    /** What the next sentence may rely on. */
    private void update(Discourse discourse, SentenceView view, String text, Sentence sentence, List<FactDraft> drafts,
                        Map<String, Fact> facts) {
        if (sentence.heading()) {
            discourse.newSection();
        }
        // a chronology's entry headed by its date on a line of its own ("20 January 2014 - Hanoi"): its text's date
        discourse.entryDate(sentence.heading() ? entryHeadingDate(view, text, sentence) : null, sentence.index());
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
        for (DateMention d : view.dates()) {
            PartialDate last = d.to() != null ? d.to() : d.from();
            // a day the text looks back to ("... its signature of the Protocol on 28 September 2015" in 2018) is not
            // the one "on the same day" later means
            boolean lookingBack = discourse.year() != null && last.hasYear() && last.year() < discourse.year()
                    && !view.fronted(d);
            if (last.hasYear() && last.month() != null && last.day() != null && !lookingBack) {
                discourse.lastDay(last);
            }
            if (last.hasYear() && last.month() != null && last.day() != null && d.to() == null) {
                discourse.writtenDay(last, sentence.index()); // (not a span's end: "a term ... to 31 December 2018")
            }
            if (last.hasYear() && last.month() != null) {
                discourse.lastMonth(new PartialDate(last.year(), last.month(), null));
            }
            // only a fronted date ("In 2005, ...") turns the narrative back to an earlier year: "welcomed Viet Nam's
            // ratification of the CAT ..., both in February 2015" in a release on 2017 looks back, and "On 21
            // August" after it is still 2017
            boolean back = discourse.year() != null && d.lastYear() != null && d.lastYear() < discourse.year()
                    && !intoCoveredYears(discourse, d.lastYear());
            // a year mentioned in passing moves the narrative only when it has none yet ("... in 2014." at the start)
            boolean first = discourse.year() == null;
            // nor does a section's first year ("6.2 Reporting ... the Ministry finalised two reports in 2018. On 14
            // March, ..."): the year the section is about
            boolean sectionFirst = !discourse.sectionYearSet() && !back;
            // nor a term of years ("elected a member ... for the term from 2006 to 2010"): when it ends is no narrative
            boolean term = d.to() != null && d.from().year() != null && d.lastYear() != null
                    && !d.from().year().equals(d.lastYear()) && !view.fronted(d);
            // nor a publication line under the title ("China's Progress in Human Rights in 2004" / "April 2005,
            // Beijing"): the title's year is the one the text narrates
            boolean publication = sentence.heading() && !discourse.narrativeBegun() && discourse.year() != null
                    && d.lastYear() != null && d.lastYear() > discourse.year();
            // nor, in a text whose title says the year it covers, a later year mentioned in passing ("In 2004, ... and
            // in January 2005 it submitted ..."; then "In September" is still 2004)
            Integer covers = discourse.titleCoveredYear();
            publication |= covers != null && d.lastYear() != null && d.lastYear() > covers && !view.fronted(d);
            if (d.adverbial() && d.lastYear() != null && !term && !publication
                    && (view.fronted(d) || first || sectionFirst || !back && dates(drafts, d.lastYear()))
                    && view.writesItsYear(d) && view.setsTheScene(d)) {
                discourse.year(d.lastYear());
                discourse.sectionYearSet(true);
            }
        }
        // a title's year: "Annual Report 2014", "Progress in China's Human Rights in 2012" is the year the text is about
        // (a year in a name, which the date finder leaves out: "Annual Report 2014")
        // (the title may have been cut at "VIII." into sentences: its whole first paragraph counts)
        Matcher covered = (sentence.heading() || sentence.paragraph() == 0) && sentence.index() < OPENING_SENTENCES
                && discourse.coveredYears() == null
                ? TITLE_YEARS.matcher(sentence.text(text)) : null;
        if (covered != null && covered.find() && Integer.parseInt(covered.group(1)) < Integer.parseInt(covered.group(2))) {
            discourse.coveredYears(Integer.parseInt(covered.group(1)), Integer.parseInt(covered.group(2)));
        }
        if (sentence.heading() && sentence.index() < OPENING_SENTENCES && !discourse.narrativeBegun()
                && discourse.titleCoveredYear() == null) {
            Matcher inYear = TITLE_IN_YEAR.matcher(sentence.text(text));
            if (inYear.find()) {
                discourse.titleCoveredYear(Integer.parseInt(inYear.group(1))); // "... Human Rights in 2004"
            }
        }
        if (sentence.heading() && sentence.index() < OPENING_SENTENCES && discourse.year() == null) {
            Matcher year = TITLE_YEAR.matcher(sentence.text(text));
            String only = year.find() ? year.group() : null;
            if (only != null && !year.find()) {
                discourse.year(Integer.parseInt(only));
            }
        } else if (sentence.heading() && sentence.index() < OPENING_SENTENCES && !discourse.narrativeBegun()) {
            // "HUMAN RIGHTS / Vol. 16, No. 2, March 2017 / China's ... Exchanges and Cooperation in 2016": the title's
            // year, not the issue's, is the one the text narrates in
            Matcher year = TITLE_IN_YEAR.matcher(sentence.text(text));
            if (year.find() && !year.find(year.end())) {
                year.reset().find();
                discourse.titleYear(Integer.parseInt(year.group(1)));
            }
        }
        if (!sentence.heading()) {
            discourse.narrativeBegun(true);
        }
        // a dateline on a line of its own: "GENEVA (13 December 2019)", "Brussels, 17 January 2024"
        List<Mention> found = view.mentions();
        boolean cityFirst = !found.isEmpty() && found.get(0).kind() == MentionKind.CITY && found.get(0).tokStart() == 0;
        if (cityFirst && sentence.end() - sentence.start() <= MAX_DATELINE_CHARS) {
            view.dates().stream().filter(d -> d.to() == null && d.from().day() != null && d.from().year() != null)
                    .findFirst().ifPresent(d -> discourse.dateline(d.from()));
            if (discourse.dateline() == null) {
                // a statement's header, "Tbilisi, 11-14 April 2023": the days of the visit it ends, said on the last
                view.dates().stream().filter(d -> d.to() != null && d.to().day() != null && d.to().year() != null
                        && d.iso() != null).findFirst().ifPresent(d -> {
                            discourse.dateline(d.to());
                            discourse.dateUndatedVisit(d.iso());
                            datedByHeader(facts, d.iso());
                        });
            }
        } else if (cityFirst && sentence.index() < OPENING_SENTENCES) {
            // the dateline opening the release's first paragraph: "TASHKENT (12 May 2017) - UN High Commissioner ..."
            String opening = text.substring(sentence.start(), Math.min(sentence.end(), sentence.start() + MAX_DATELINE_CHARS));
            // a wire's dateline may leave the year to its lead: "GENEVA, Oct 4 (Agency) - ... for the week of Sept. 30
            // to Oct. 4, 2019": the year of the sentence's own dates
            Integer leadYear = view.dates().stream().map(DateMention::lastYear).filter(y -> y != null)
                    .reduce((a, b) -> b).orElse(null);
            view.dates().stream().filter(d -> d.to() == null && d.from().day() != null
                            && (d.from().year() != null || leadYear != null)
                            && d.end() <= sentence.start() + opening.length() && (text.charAt(d.start() - 1) == '('
                            // "Brussels, 03/12/2021 - Press and information team ...", "Canberra, 6 September 2019 - ..."
                            || text.substring(sentence.start(), d.start()).matches("[^,\\n]{2,40},\\s*")
                            && text.substring(d.end()).matches("(?s)\\s*(?:\\([^)\\n]{1,40}\\)\\s*)?[-\u2013\u2014].*")))
                    .findFirst().ifPresent(d -> discourse.dateline(d.from().year() != null ? d.from() : d.from().withYear(leadYear)));
        }
        if (discourse.dateline() == null && sentence.index() < OPENING_SENTENCES
                && sentence.end() - sentence.start() <= MAX_HEADER_CHARS && sentence.text(text).contains(" | ")) {
            // a header of fields: "Press release | Ministry of Foreign Affairs | Oslo, 24 November 2023"
            view.dates().stream().filter(d -> d.to() == null && d.from().day() != null && d.from().year() != null)
                    .reduce((a, b) -> b).ifPresent(d -> discourse.dateline(d.from()));
        }
        if (!cityFirst && discourse.dateline() == null && sentence.index() < OPENING_SENTENCES
                && sentence.end() - sentence.start() <= MAX_DATELINE_CHARS
                && PLACE_COMMA_DATE.matcher(sentence.text(text).strip()).matches()) {
            // a dateline on a line of its own whose place the gazetteer does not know: "Koror, 25 September 2024"
            view.dates().stream().filter(d -> d.to() == null && d.from().day() != null && d.from().year() != null)
                    .findFirst().ifPresent(d -> discourse.dateline(d.from()));
        }
        if (!cityFirst && discourse.dateline() == null && sentence.index() < OPENING_SENTENCES
                && sentence.end() - sentence.start() <= MAX_DATELINE_CHARS) {
            // a news page's date line, the date first: "24 November 2023 | Human Rights"
            view.dates().stream().filter(d -> d.to() == null && d.from().day() != null && d.from().year() != null
                            && d.start() == sentence.start())
                    .findFirst().ifPresent(d -> discourse.dateline(d.from()));
        }
        if (discourse.dateline() == null && sentence.heading() && sentence.index() < OPENING_SENTENCES
                && sentence.end() - sentence.start() <= MAX_DATELINE_CHARS) {
            // a weekly bulletin's issue line, "Issue 87 - 14 to 18 March 2016": its days end on the day it came out
            view.dates().stream().filter(d -> d.to() != null && d.to().day() != null && d.to().year() != null
                            && d.from().day() != null && d.iso() != null && d.iso().length() == 21)
                    .findFirst().ifPresent(d -> discourse.dateline(d.to()));
        }
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
        Mention first = found.stream().filter(m -> m.kind() != MentionKind.CITY).findFirst().orElse(null);
        if (first != null) {
            discourse.lastSubjectBody(first.kind() == MentionKind.ORG && first.id() != null ? first.id() : null);
        }
        // the person a sentence names first is its subject, the one a "she" opening the next sentence most likely means
        view.mentions().stream().filter(m -> m.kind() == MentionKind.PERSON || m.kind() == MentionKind.PRONOUN)
                .findFirst().map(m -> view.resolved(m, Set.of())).filter(m -> m != null && m.id() != null)
                .ifPresent(m -> discourse.lastSubjectPerson(m.id()));
    }

    /**
     * Whether a year takes the narrative from after the years the title says the text covers into them: "CSHRS ...
     * exchanges abroad in 2018-2019" dated "2020-01-10", then "From May 20 to 27, 2018, a delegation ...": the text
     * tells 2018, not a look back from 2020.
     */
    private static boolean intoCoveredYears(Discourse discourse, int year) {
        int[] covered = discourse.coveredYears();
        return covered != null && discourse.year() > covered[1] && year >= covered[0] && year <= covered[1];
    }

    /** The day a heading that is only a date, perhaps with its place ("20 January 2014 - Hanoi"), gives; or null. */
    private static PartialDate entryHeadingDate(SentenceView view, String text, Sentence sentence) {
        // (also after its weekday: "Mon 3 Jun - New York | Zambia joins death-penalty protocol", a digest's item)
        DateMention d = view.dates().stream().filter(m -> (m.start() == sentence.start()
                        || text.substring(sentence.start(), m.start()).matches("(?i)(mon|tue|wed|thu|fri|sat|sun)[a-z]*\\.?,?\\s+"))
                && m.to() == null && m.from().day() != null && m.from().year() != null).findFirst().orElse(null);
        if (d == null) {
            return null;
        }
        String rest = text.substring(d.end(), sentence.end()).trim();
        return rest.isEmpty() || rest.matches("[-\u2013\u2014:]\\s*\\p{Lu}[\\p{L} '.-]{0,40}")
                || rest.matches("[-\u2013\u2014]\\s*\\p{Lu}[\\p{L} '.-]{0,40}\\|[^\\n]{1,100}") ? d.from() : null;
    }

    /**
     * Whether a fact of the sentence is dated in that year: a year the text narrates in, not one it only mentions
     * ("the recommendations it accepted at its second Universal Periodic Review in 2014").
     */
    private static boolean dates(List<FactDraft> drafts, int year) {
        String y = String.valueOf(year);
        // a planned event's year is the future, not the year the text narrates
        return drafts.stream().anyMatch(f -> f.date() != null && f.date().contains(y) && !"PLANNED".equals(f.status()));
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
