package io.rapporteur.extractor.rules;

import io.rapporteur.contract.fact.EntityRef;
import io.rapporteur.extractor.date.DateFinder;
import io.rapporteur.extractor.date.DateMention;
import io.rapporteur.extractor.date.PartialDate;
import io.rapporteur.extractor.discourse.Discourse;
import io.rapporteur.extractor.discourse.EventRecord;
import io.rapporteur.extractor.kb.Cue;
import io.rapporteur.extractor.kb.CueKind;
import io.rapporteur.extractor.kb.KnowledgeBase;
import io.rapporteur.extractor.kb.PhraseTrie;
import io.rapporteur.extractor.mention.Mention;
import io.rapporteur.extractor.mention.MentionFinder;
import io.rapporteur.extractor.mention.MentionKind;
import io.rapporteur.extractor.mention.Person;
import io.rapporteur.extractor.mention.PersonRegistry;
import io.rapporteur.extractor.segment.Sentence;
import io.rapporteur.extractor.segment.Token;
import io.rapporteur.extractor.segment.Tokenizer;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * One sentence as the rules see it: tokens, entity mentions (anaphors resolved against the discourse), cue phrases
 * and dates with their years settled, plus the small navigation helpers the rules share ("the nearest actor to the
 * left of the verb", "the entities coordinated with it", "the place after 'in'").
 */
public final class SentenceView {

    static final Set<String> CONNECTORS = Set.of("and", ",", ", and", "as well as", ", as well as", "and/or", "&", "or",
            "together with");
    public final String doc;
    public final Sentence sentence;
    public final List<Token> tokens;
    public final List<Mention> mentions;
    public final List<CueMatch> cues;
    public final List<DateMention> dates;
    public final Discourse discourse;
    public final KnowledgeBase kb;
    private final List<Person> recentBefore;
    private final WrittenOrdinals ordinals;

    private SentenceView(String doc, Sentence sentence, List<Token> tokens, List<Mention> mentions,
                         List<CueMatch> cues, List<DateMention> dates, Discourse discourse, KnowledgeBase kb,
                         List<Person> recentBefore) {
        this.doc = doc;
        this.sentence = sentence;
        this.tokens = tokens;
        this.mentions = mentions;
        this.cues = cues;
        this.dates = dates;
        this.discourse = discourse;
        this.kb = kb;
        this.recentBefore = recentBefore;
        this.ordinals = new WrittenOrdinals(tokens, kb);
    }

    public static SentenceView read(String doc, Sentence sentence, KnowledgeBase kb, MentionFinder finder,
                                    Discourse discourse) {
        List<Token> tokens = Tokenizer.tokenize(doc, sentence.start(), sentence.end());
        List<Person> recentBefore = discourse.people().recentFirst();
        List<Mention> mentions = new ArrayList<>(finder.find(doc, tokens, discourse.people()));
        List<CueMatch> cues = scanCues(tokens, kb);
        List<DateMention> dates = DateFinder.find(doc, sentence.start(), sentence.end());
        SentenceView view = new SentenceView(doc, sentence, tokens, mentions, cues, new ArrayList<>(), discourse, kb,
                recentBefore);
        new Anaphors(view).resolve();
        new InstitutionNames(view).find();
        new SentenceDates(view).settle(dates);
        return view;
    }

    /**
     * The token of the word that governs a noun at {@code nounTok}, past the noun's modifiers and a "with appreciation"
     * or "with satisfaction" aside: "welcomes" in "welcomes the timely submission", "notes" in "notes with appreciation
     * the ratification". May be -1.
     */
    public int governorOf(int nounTok, Set<String> modifiers) {
        int k = nounTok - 1;
        while (k >= 0 && modifiers.contains(tokens.get(k).norm())) {
            k--;
        }
        if (tokenIs(k, "appreciation") || tokenIs(k, "satisfaction")) {
            k -= 2;
        }
        return k;
    }

    /** The most tokens between a briefing verb and its "on": "briefed the Norwegian delegation on". */
    private static final int MAX_BRIEFED = 5;

    /**
     * Whether the token is the "on"/"about" of a verb that reports an act as done to someone: "Switzerland briefed its
     * counterpart on the ratification ...", "informed the Committee about the submission of ...".
     */
    public boolean briefedOn(int k) {
        if (!(tokenIs(k, "on") || tokenIs(k, "about"))) {
            return false;
        }
        for (int j = k - 1; j >= Math.max(0, k - MAX_BRIEFED); j--) {
            if (kb.words("briefing-verbs").contains(token(j).norm())) {
                return true;
            }
            if (tokenIs(j, ",") || tokenIs(j, ";")) {
                return false;
            }
        }
        return false;
    }

    /** Whether the token is a verb that records an act as done ("welcomed", "approved", "notes"; kb word list). */
    public boolean isRecordingVerb(int k) {
        return token(k) != null && kb.words("recording-verbs").contains(token(k).norm());
    }

    /**
     * Whether a status of plans ends right before the token: "scheduled for November", "initially planned for 2015":
     * the date something was scheduled for.
     */
    public boolean scheduledFor(int tok) {
        for (CueMatch c : cues(CueKind.STATUS)) {
            if ("PLANNED".equals(c.value(CueKind.STATUS)) && c.tokEnd() <= tok
                    && (tok - c.tokEnd() <= 1 || onlyWhereBetween(c.tokEnd(), tok) || partOfTheYearBetween(c.tokEnd(), tok))) {
                return true;
            }
        }
        return false;
    }

    /** The most tokens of "take place in Canberra on" between "scheduled to" and the date it was scheduled for. */
    private static final int SCHEDULED_PLACE_REACH = 7;
    private static final Set<String> TAKING_PLACE = Set.of("take", "place", "be", "held", "convened", "in", "on", "at");

    /** "scheduled to take place in Hanoi in", "due to be held in China in": only how and where, up to the date. */
    private boolean onlyWhereBetween(int from, int to) {
        if (to - from > SCHEDULED_PLACE_REACH || !(tokenIs(from, "take") || tokenIs(from, "be") || tokenIs(from, "held"))) {
            return false;
        }
        for (int k = from; k < to; k++) {
            Token t = token(k);
            if (!TAKING_PLACE.contains(t.norm()) && !(t.isWord() && t.isCapitalised())) {
                return false;
            }
        }
        return true;
    }

    /** The most tokens of "the second half of" between "scheduled for" and the year. */
    private static final int PART_OF_YEAR_REACH = 4;
    private static final Set<String> PART_OF_YEAR = Set.of("the", "autumn", "fall", "spring", "summer", "winter", "first",
            "second", "half", "early", "late", "mid", "end", "beginning", "of");

    /** "scheduled for the autumn of (2020)", "planned for the first half of (2021)": a part of the year, then it. */
    private boolean partOfTheYearBetween(int from, int to) {
        if (to - from > PART_OF_YEAR_REACH || !tokenIs(to - 1, "of")) {
            return false;
        }
        for (int k = from; k < to; k++) {
            if (!PART_OF_YEAR.contains(token(k).norm())) {
                return false;
            }
        }
        return true;
    }

    /** Words in brackets after a timeline entry's date that make it planned: "June 2019 (scheduled):". */
    public static final Set<String> ENTRY_STATUS_WORDS = Set.of("scheduled", "planned", "tbc", "tentative", "provisional",
            "expected", "proposed");

    /** Whether the token at {@code k} is the dash or colon after the date that opens a timeline's entry ("25 May - "). */
    public boolean isTimelineDash(int k) {
        // "26.08.1998 - ...", "25 July: ...", "5 July 1990 \u2014 ...", "2013\u20132016 \u2013 ..."
        if (!(tokenIs(k, "-") || tokenIs(k, ":") || tokenIs(k, "\u2014") || tokenIs(k, "\u2013"))) {
            return false;
        }
        List<DateMention> before = datesIn(0, k);
        int first = before.isEmpty() ? -1 : tokenAt(before.get(0).start());
        // also after a list's bullet: "- March 2008: ..."
        boolean opening = first == 0 || first == 1 && (tokenIs(0, "-") || tokenIs(0, "\u2022"));
        int last = before.isEmpty() ? -1 : tokenAt(before.get(before.size() - 1).end() - 1);
        // also "June 2019 (scheduled): Visit of ...", "Oct. 2019 (tbc) - ...": a status in brackets before the dash
        boolean bracketed = last == k - 4 && tokenIs(k - 3, "(") && tokenIs(k - 1, ")")
                && ENTRY_STATUS_WORDS.contains(token(k - 2).norm());
        return !before.isEmpty() && opening && (last == k - 1 || bracketed);
    }

    /** The dash or colon that ends the date opening a timeline's entry ("29 April-7 May - "), or -1. */
    public int timelineDash() {
        for (int k = 1; k < Math.min(tokens.size(), 12); k++) {
            if (isTimelineDash(k)) {
                return k;
            }
        }
        return -1;
    }

    /** Whether token {@code tok} opens a timeline's entry, right after the dash that ends its date. */
    public boolean opensTimelineEntry(int tok) {
        int dash = timelineDash();
        return dash >= 0 && tok == dash + 1;
    }

    /** Whether the token is written as the end of a span: "until 16 November", "till Monday". */
    public boolean afterUntil(int tok) {
        return tokenIs(tok - 1, "until") || tokenIs(tok - 1, "till");
    }

    private static final Set<String> END_VERBS = Set.of("conclude", "concludes", "close", "closes", "end", "ends");

    /** Whether the day at {@code tok} is told as an end: "concludes on 28 July", "will close on 12 July". */
    public boolean endsOn(int tok) {
        return tokenIs(tok - 1, "on") && token(tok - 2) != null && END_VERBS.contains(token(tok - 2).norm());
    }

    /**
     * A negation right before the verb, past "has"/"yet"/"able to" or an aside: "has never submitted", "has not yet
     * submitted", "did not attend", "has not, to date, ratified".
     */
    public boolean negatedBefore(CueMatch cue) {
        for (CueMatch c : cues(CueKind.NEGATION)) {
            int gap = cue.tokStart() - c.tokEnd();
            if (gap >= 0 && gap <= 2 && findWord(",", c.tokEnd(), cue.tokStart()) < 0 || asideBetween(c.tokEnd(), cue.tokStart())) {
                return true;
            }
        }
        return false;
    }

    /** Whether the tokens in [from, to) are an aside of one to three words between commas: "has not, to date, ratified". */
    private boolean asideBetween(int from, int to) {
        int words = to - from - 2;
        return words >= 1 && words <= 3 && tokenIs(from, ",") && tokenIs(to - 1, ",")
                && findWord(",", from + 1, to - 1) < 0;
    }

    /** Whether the person holds an office of the knowledge base, as the mention or the text's record of them has it. */
    public boolean holdsAnOffice(Mention person) {
        String affiliation = person.affiliation() != null ? person.affiliation()
                : discourse.people().recentFirst().stream().filter(p -> p.id().equals(person.id()))
                .map(p -> p.affiliation()).filter(a -> a != null).findFirst().orElse(null);
        return affiliation != null && kb.isOffice(affiliation);
    }

    /**
     * Where an item's text starts after its marker at the start of the sentence ("(a)", "b)", "-", a bullet), else -1.
     */
    public int listItemStart() {
        int n = tokens.size();
        if (n >= 3 && tokenIs(0, "(") && tokenIs(2, ")") && token(1).text().length() <= 4) {
            return 3;
        }
        if (n >= 2 && tokenIs(1, ")") && token(0).text().length() <= 4) {
            return 2;
        }
        return n >= 1 && (tokenIs(0, "-") || tokenIs(0, "\u2022")) ? 1 : -1;
    }

    static final List<String> WEEKDAYS = List.of("monday", "tuesday", "wednesday", "thursday", "friday",
            "saturday", "sunday");

    /** The most words between "During her" and "visit": "During her ten-day official visit, from 12 to 21 September". */
    private static final int STAY_MODIFIER_TOKENS = 5;

    /** "During her stay, from September 5 to 14, ...", "During her ten-day visit, from 12 to 21 September, ...". */
    public boolean opensWithDuringTheStay() {
        if (!tokenIs(0, "during") || !theOrPossessive(1)) {
            return false;
        }
        for (int k = 2; k <= 2 + STAY_MODIFIER_TOKENS && k + 2 < tokens.size(); k++) {
            if (tokenIs(k, "stay") || tokenIs(k, "visit") || tokenIs(k, "mission")) {
                return tokenIs(k + 1, ",") && tokenIs(k + 2, "from");
            }
        }
        return false;
    }

    /** The most tokens from a sentence's start to the end day it gives the session before it ("Over two weeks, until"). */
    private static final int SESSION_END_OPENING = 8;

    /** The last day of a session a sentence gives, and whether it says "session" (else it opens with that day). */
    public record SessionEnd(DateMention day, boolean namesTheSession) {
    }

    /**
     * "The session, which runs until Oct. 28, will review ...", "The Committee adopted its programme of work for the
     * session, which will run until 5 April", "Over two weeks, until 14 June, the experts will examine ...": the last
     * day of a session opened before; null where the sentence gives none. Only a sentence that speaks of "the session",
     * or opens with the day, is read so.
     */
    public SessionEnd sessionEndTold() {
        boolean namesTheSession = findWord("session", 0, tokens.size()) >= 0;
        for (DateMention d : dates()) {
            int t = tokenAt(d.start());
            if (d.isDay() && (afterUntil(t) || endsOn(t)) && (namesTheSession || t <= SESSION_END_OPENING)) {
                return new SessionEnd(d, namesTheSession);
            }
        }
        return null;
    }

    /** "the", "her", "his", "their", "its" at token {@code k}: what opens "the|her stay", "its first day". */
    boolean theOrPossessive(int k) {
        return tokenIs(k, "the") || tokenIs(k, "her") || tokenIs(k, "his") || tokenIs(k, "their") || tokenIs(k, "its");
    }

    /**
     * "ULAANBAATAR (14 June 2023) - ..., on Wednesday wrapped up a four-day visit": the day of a weekday written at
     * token {@code i} after "on", the last such day on or before the release's day; null when it is none.
     */
    public String weekdayDay(int i, String releaseDay) {
        Token t = token(i);
        int weekday = t == null ? -1 : WEEKDAYS.indexOf(t.norm());
        if (weekday < 0 || !t.isCapitalised() || !tokenIs(i - 1, "on") || releaseDay == null || releaseDay.length() != 10) {
            return null;
        }
        return lastOnOrBefore(LocalDate.parse(releaseDay), weekday).toString();
    }

    /** The last day on or before {@code day} that falls on the weekday (0 for Monday, as {@link #WEEKDAYS}). */
    static LocalDate lastOnOrBefore(LocalDate day, int weekday) {
        LocalDate d = day;
        while (d.getDayOfWeek().getValue() - 1 != weekday) {
            d = d.minusDays(1);
        }
        return d;
    }

    public static final Set<String> INSTITUTION_HEADS = Set.of("commission", "committee", "council", "centre", "center",
            "department", "ministry", "office", "ombudsman", "ombudsperson", "institute", "agency", "directorate",
            "secretariat", "parliament", "assembly", "commissioner", "authority", "bureau", "mechanism", "board",
            "service", "association");
    public List<Mention> mentions() {
        return mentions;
    }

    public List<DateMention> dates() {
        return dates;
    }

    public Sentence sentence() {
        return sentence;
    }

    public String evidence() {
        return doc.substring(sentence.start(), sentence.end());
    }

    private static List<CueMatch> scanCues(List<Token> tokens, KnowledgeBase kb) {
        List<CueMatch> found = new ArrayList<>();
        PhraseTrie<List<Cue>> trie = kb.cues();
        int i = 0;
        while (i < tokens.size()) {
            PhraseTrie.Match<List<Cue>> m = tokens.get(i).isWord() ? trie.longestAt(tokens, i) : null;
            if (m == null) {
                i++;
                continue;
            }
            boolean roundOf = m.end() < tokens.size() && tokens.get(m.end()).is("of") && m.value().stream()
                    .anyMatch(c -> "NEXT".equals(c.value()) || "PREVIOUS".equals(c.value())); // "the next round of the Dialogue"
            if (isAnaphor(m.value()) && (startsTitle(tokens, m.end()) || topicThenBetween(tokens, m.end())) && !roundOf) {
                i = m.start() + 1; // "the Forum on ...", "the Memorandum of Understanding": a name, not a reference
                continue;
            }
            if (isAnaphor(m.value()) && yieldsToLongerCue(tokens, trie, m)) {
                i = m.start() + 1;
                continue;
            }
            found.add(new CueMatch(m.value(), m.start(), m.end(), tokens.get(m.start()).start(),
                    tokens.get(m.end() - 1).end()));
            i = m.end();
        }
        List<CueMatch> kept = new ArrayList<>(found.size());
        for (CueMatch c : found) {
            boolean metNotForIt = c.is(CueKind.EXCHANGE_VERB) && tokens.get(c.tokStart()).is("met")
                    && !metForTheExchange(tokens, found, c);
            // a working group is an exchange only as two sides' ("the EU-Sri Lanka Working Group on Governance, ..."),
            // not the Working Group on Arbitrary Detention nor the UPR Working Group
            boolean workingGroupOfNoSides = c.is(CueKind.EXCHANGE_NOUN) && tokens.get(c.tokStart()).is("working")
                    && !sidesJoinedBefore(tokens, c.tokStart());
            CueKind dropped = metNotForIt ? CueKind.EXCHANGE_VERB : workingGroupOfNoSides ? CueKind.EXCHANGE_NOUN : null;
            kept.add(dropped != null ? new CueMatch(c.meanings().stream().filter(cue -> cue.kind() != dropped)
                    .toList(), c.tokStart(), c.tokEnd(), c.start(), c.end()) : c);
        }
        return kept;
    }

    /** The most tokens before a noun that may hold its sides: "EU - Sri Lanka", "European Union – Sri Lanka". */
    private static final int MAX_SIDES_BEFORE = 4;

    /** Whether two sides joined by a dash stand right before the token: "the EU-Sri Lanka (Working Group)". */
    private static boolean sidesJoinedBefore(List<Token> tokens, int at) {
        for (int k = at - 1; k >= Math.max(1, at - MAX_SIDES_BEFORE); k--) {
            Token t = tokens.get(k);
            if ((t.is("-") || t.is("\u2013") || t.text().indexOf('-') > 0) && tokens.get(k - 1).isCapitalised()) {
                return true;
            }
            if (!t.isCapitalised() && !t.is("-") && !t.is("\u2013")) {
                return false;
            }
        }
        return false;
    }

    /** The most tokens from "met" to its "for": "met in Ottawa on November 6 and 7, 2001, for". */
    private static final int MAX_MET_TO_FOR = 12;
    /** The most tokens from "for" to the exchange's noun: "for the seventh round of the Canada-China Bilateral Dialogue". */
    private static final int MAX_FOR_TO_NOUN = 12;
    /** What may stand between an exchange and its "met": "The Dialogue has met", "the Commission, which met". */
    private static final Set<String> BEFORE_MET = Set.of("has", "have", "had", ",", "which", "that");

    /**
     * Whether "met" tells that an exchange was held: the sides "met in Ottawa ... for the seventh round of the
     * dialogue", "the Council met in Geneva for its 25th ... sessions", "The Human Rights Dialogue has met annually";
     * not a meeting on an exchange's margins ("On the eve of the Dialogue, the delegation met Members of ...").
     */
    private static boolean metForTheExchange(List<Token> tokens, List<CueMatch> cues, CueMatch met) {
        int forTok = -1;
        for (int k = met.tokEnd(); k < Math.min(tokens.size(), met.tokEnd() + MAX_MET_TO_FOR); k++) {
            if (tokens.get(k).is(".") || tokens.get(k).is(";")) {
                break;
            }
            if (tokens.get(k).is("for")) {
                forTok = k;
                break;
            }
        }
        final int afterFor = forTok + 1;
        if (forTok >= 0 && cues.stream().anyMatch(c -> c.is(CueKind.EXCHANGE_NOUN) && c.tokStart() >= afterFor
                && c.tokStart() < afterFor + MAX_FOR_TO_NOUN)) {
            return true;
        }
        int k = met.tokStart() - 1;
        while (k >= 0 && k >= met.tokStart() - 2 && BEFORE_MET.contains(tokens.get(k).norm())) {
            k--;
        }
        final int nounEnd = k + 1;
        return cues.stream().anyMatch(c -> c.is(CueKind.EXCHANGE_NOUN) && c.tokEnd() == nounEnd);
    }

    private static boolean isAnaphor(List<Cue> meanings) {
        return meanings.stream().allMatch(c -> c.kind() == CueKind.EVENT_ANAPHOR || c.kind() == CueKind.TREATY_ANAPHOR
                || c.kind() == CueKind.BODY_ANAPHOR);
    }

    /**
     * The sides of the exchange named before {@code at} follow it: "(the consultations) between Indonesia and the
     * Netherlands", "(the dialogues) with Bhutan and Cuba", "(the consultations) on human rights between Indonesia and
     * ...".
     */
    public boolean sidesFollow(int at) {
        return sidesFollow(tokens, at);
    }

    private static boolean sidesFollow(List<Token> tokens, int at) {
        if (at >= tokens.size()) {
            return false;
        }
        Token next = at + 1 < tokens.size() ? tokens.get(at + 1) : null;
        return (tokens.get(at).is("between") || tokens.get(at).is("with")) && next != null
                && (next.is("the") || next.isWord() && next.isCapitalised() && !next.isNumber())
                || topicThenBetween(tokens, at);
    }

    /** The most words of a topic between an exchange and its sides: "on the rights of persons with disabilities". */
    private static final int TOPIC_WORDS = 7;

    /**
     * "The consultations on human rights between Indonesia and the Netherlands": a topic, then the sides the
     * exchange is between; an exchange named in full, not a reference to one already told.
     */
    private static boolean topicThenBetween(List<Token> tokens, int at) {
        if (at >= tokens.size() || !tokens.get(at).is("on")) {
            return false;
        }
        for (int j = at + 1; j < Math.min(tokens.size(), at + 1 + TOPIC_WORDS); j++) {
            Token t = tokens.get(j);
            if (t.is("between")) {
                return j > at + 1 && startsTitle(tokens, j);
            }
            if (!t.isWord() || t.isCapitalised()) {
                return false;
            }
        }
        return false;
    }

    private static boolean startsTitle(List<Token> tokens, int at) {
        if (at >= tokens.size()) {
            return false;
        }
        Token t = tokens.get(at);
        if (t.isWord() && t.isCapitalised()) {
            return true;
        }
        Token next = at + 1 < tokens.size() ? tokens.get(at + 1) : null;
        return (t.is("of") || t.is("on") || t.is("for") || t.is("between")) && next != null
                && (next.is("the") && !timeAfterThe(tokens, at + 2) || next.isWord() && next.isCapitalised() && !next.isNumber());
    }

    /** A mention the text implies over the tokens (a state or treaty read from a document symbol). */
    public Mention inferred(MentionKind kind, String id, int tokStart, int tokEnd) {
        int start = tokens.get(tokStart).start();
        int end = tokens.get(tokEnd - 1).end();
        return new Mention(kind, id, tokStart, tokEnd, start, end, doc.substring(start, end),
                kind == MentionKind.STATE ? id : null, null, true);
    }

    /** The state the document is about (the one named most), as implied at {@code at}; null if none yet. */
    public Mention mainState(CueMatch at) {
        return impliedState(discourse.mainState(), at);
    }

    /** A state the text implies at {@code at}, or null: nothing is written, so its name stands in. */
    private Mention impliedState(String id, CueMatch at) {
        return impliedState(id, at.tokStart(), at.tokEnd());
    }

    /** A state the text implies at tokens [tokStart, tokEnd), or null: nothing is written, so its name stands in. */
    public Mention impliedState(String id, int tokStart, int tokEnd) {
        if (id == null) {
            return null;
        }
        String name = kb.stateName(id) == null ? id : kb.stateName(id);
        return new Mention(MentionKind.STATE, id, tokStart, tokEnd, tokens.get(tokStart).start(),
                tokens.get(tokEnd - 1).end(), name, id, null, true);
    }

    Mention anaphor(CueMatch cue, MentionKind kind, String id, String country) {
        return new Mention(kind, id, cue.tokStart(), cue.tokEnd(), cue.start(), cue.end(),
                doc.substring(cue.start(), cue.end()), country, null, true);
    }

    /** The state of a national body's id ("org:IDN-MFA" -> "IDN"), or null for an international body. */
    public String national(String id) {
        int dash = id.indexOf('-');
        String code = id.startsWith("org:") && dash == 7 ? id.substring(4, 7) : null;
        return code != null && kb.isState(code) ? code : null; // not "org:CAT-C", the Committee against Torture
    }

    /** Whether a mention covers any token of [ts, te). */
    public boolean overlapsMention(int ts, int te) {
        for (Mention m : mentions) {
            if (m.tokStart() < te && ts < m.tokEnd()) {
                return true;
            }
        }
        return false;
    }

    /** Verbs whose infinitive puts a date in the future: "to visit China in 2005", "to hold the next round in 2020". */
    private static final Set<String> INFINITIVE_VERBS = Set.of("visit", "hold", "host", "attend", "convene", "organize",
            "organise", "return", "travel", "submit", "sign", "ratify", "present", "meet", "resume", "conduct", "undertake");

    /** Participles that open an aside about a document's history: "the initial report, submitted in 2015, ...". */
    private static final Set<String> ASIDE_PARTICIPLES = Set.of("submitted", "received", "ratified", "adopted", "signed",
            "established", "launched", "issued", "published", "transmitted", "presented", "due");

    /** Words before a date in its clause that put it in the future: "the visit is expected to take place in 2006". */
    private static final Set<String> FUTURE_WORDS = Set.of("will", "would", "expected", "scheduled", "planned", "due",
            "shall", "intends", "plans", "rescheduled", "postponed", "deferred", "hoped", "hope", "hopes", "expect",
            "expects");
    /** How far back in its clause a future word governs a date. */
    private static final int FUTURE_REACH = 12;

    /**
     * Whether a date sets the year for the months that follow without one: not a date in a relative clause ("the
     * report, which it had submitted in June 2003 and which ...") nor one in the future ("the visit is expected to
     * take place in 2006"): the text goes on in the year it narrates.
     */
    public boolean setsTheScene(DateMention d) {
        int tok = tokenAt(d.start());
        if (overlapsMention(tok, tokenAt(d.end() - 1) + 1)) {
            return false; // "the ... Convention, 1958 (No. 111)": a year of a name
        }
        if (tok == 2 && (tokenIs(1, "in") || tokenIs(1, "on")) && tokens.get(0).norm().endsWith("ed")
                && tokenIs(tokenAt(d.end() - 1) + 1, ",")) {
            return false; // "Initiated in 1991, the dialogue is ...": when what the sentence is about began
        }
        if (tokenIs(tok - 1, "since") && tok > 1) {
            return false; // "Belize, whose initial report has been overdue since 1997, was reviewed ... on 15 and 16 October"
        }
        for (int i = tok - 1; i >= 0 && tok - i <= FUTURE_REACH; i--) {
            Token t = tokens.get(i);
            if (t.is(",") || t.is(";")) {
                break;
            }
            if (FUTURE_WORDS.contains(t.norm())) {
                return false;
            }
            // "has accepted the invitation ... to visit China in 2005": an infinitive's date is yet to come
            if (t.is("to") && i + 1 < tok && tokens.get(i + 1).isWord() && !tokens.get(i + 1).isCapitalised()
                    && !tokens.get(i + 1).is("the") && INFINITIVE_VERBS.contains(tokens.get(i + 1).norm())) {
                return false;
            }
        }
        // "the Gambia, which signed the Second Optional Protocol ..., aiming at ..., in September 2017, deposited":
        // the verb the date follows opens a relative clause
        CueMatch verb = null;
        for (CueMatch c : cues) {
            if (c.tokEnd() <= tok && (verb == null || c.tokStart() > verb.tokStart()) && isTrigger(c)) {
                verb = c;
            }
        }
        if (verb != null) {
            int k = verb.tokStart() - 1;
            if (tokenIs(k, "had") || tokenIs(k, "has") || tokenIs(k, "have")) {
                k--;
            }
            if (tokenIs(k, "which") || tokenIs(k, "who")) {
                return false;
            }
        }
        for (int i = tok - 1; i >= 0; i--) {
            Token t = tokens.get(i);
            if (t.is(",") || t.is(";")) {
                // nor a participle's aside: "the initial report of Namibia, submitted in 2015 after a delay ..., on
                // 2 and 3 March"
                Token next = token(i + 1);
                boolean participle = t.is(",") && next != null && ASIDE_PARTICIPLES.contains(next.norm()) && i + 1 < tok;
                // (or "Kuwait, whose ... reports had been submitted in October 2019, was reviewed on 16 May")
                return !(tokenIs(i + 1, "which") || tokenIs(i + 1, "who") || tokenIs(i + 1, "whose") || participle);
            }
            if ((t.is("which") || t.is("who") || t.is("whose")) && i > 0
                    && (tokens.get(i - 1).is(",") || tokens.get(i - 1).is("and"))) {
                return false;
            }
        }
        return true;
    }

    /** The tokens at the head of a sentence a scene-setting date may start after: "In", "On 28 November 2014,". */
    private static final int FRONT_TOKENS = 2;

    /** Whether the date opens the sentence: "In 2005, ...", "On 28 November 2014, at its eighth session, ...". */
    public boolean fronted(DateMention d) {
        return tokenAt(d.start()) <= FRONT_TOKENS;
    }

    /** Whether the date's own words give its year ("June 2003"), not the context ("in April" settled to 2003). */
    public boolean writesItsYear(DateMention d) {
        return YEAR_WRITTEN.matcher(doc.substring(d.start(), d.end())).find();
    }

    /** A year written out, or counted from the one before: "in October of the following year" moves the story on. */
    private static final Pattern YEAR_WRITTEN = Pattern.compile("\\b\\d{4}\\b|\\b(?:following|next) year\\b");

    // ---- navigation ----

    /** The places this sentence writes: "in Beijing", "in Bangkok, Thailand", a dateline's "here". */
    public SentencePlaces places() {
        return new SentencePlaces(this);
    }

    /** The ordinals written in this sentence ("ninth", "12th", "one hundred and twenty-fifth"). */
    public WrittenOrdinals ordinals() {
        return ordinals;
    }


    public int tokenAt(int charPos) {
        int lo = 0;
        int hi = tokens.size() - 1;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (tokens.get(mid).end() <= charPos) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    public int clauseStart(int tok) {
        for (int i = Math.min(tok, tokens.size()) - 1; i >= 0; i--) {
            if (tokens.get(i).is(";")) {
                return i + 1;
            }
        }
        return 0;
    }

    public int clauseEnd(int tok) {
        for (int i = tok; i < tokens.size(); i++) {
            if (tokens.get(i).is(";")) {
                return i;
            }
        }
        return tokens.size();
    }

    public List<CueMatch> cues(CueKind kind) {
        List<CueMatch> out = new ArrayList<>();
        for (CueMatch c : cues) {
            if (c.is(kind)) {
                out.add(c);
            }
        }
        return out;
    }

    public CueMatch firstCue(CueKind kind, int fromTok, int toTok) {
        for (CueMatch c : cues) {
            if (c.tokStart() >= fromTok && c.tokStart() < toTok && c.is(kind)) {
                return c;
            }
        }
        return null;
    }

    public CueMatch lastCue(CueKind kind, int fromTok, int toTok) {
        CueMatch found = null;
        for (CueMatch c : cues) {
            if (c.tokStart() >= fromTok && c.tokStart() < toTok && c.is(kind)) {
                found = c;
            }
        }
        return found;
    }

    public boolean respectively() {
        return !cues(CueKind.RESPECTIVELY).isEmpty();
    }

    /** The mention ending nearest before {@code tok} within the clause. */
    public Mention nearestLeft(int tok, Predicate<Mention> accept) {
        int floor = clauseStart(tok);
        Mention best = null;
        for (Mention m : mentions) {
            if (m.tokEnd() <= tok && m.tokStart() >= floor && accept.test(m)
                    && (best == null || m.tokEnd() > best.tokEnd())) {
                best = m;
            }
        }
        return best;
    }

    /** The first mention starting at or after {@code tok} and before {@code limit}. */
    public Mention firstRight(int tok, int limit, Predicate<Mention> accept) {
        for (Mention m : mentions) {
            if (m.tokStart() >= tok && m.tokStart() < limit && accept.test(m)) {
                return m;
            }
        }
        return null;
    }

    public List<Mention> mentionsIn(int fromTok, int toTok, Predicate<Mention> accept) {
        List<Mention> out = new ArrayList<>();
        for (Mention m : mentions) {
            if (m.tokStart() >= fromTok && m.tokEnd() <= toTok && accept.test(m)) {
                out.add(m);
            }
        }
        return out;
    }

    /** The mention and those coordinated before it: see {@link Coordination}. */
    public List<Mention> coordinatedLeft(Mention last, Predicate<Mention> accept) {
        return new Coordination(this).left(last, accept);
    }

    /** The mention and those coordinated after it: see {@link Coordination}. */
    public List<Mention> coordinatedRight(Mention first, Predicate<Mention> accept) {
        return new Coordination(this).right(first, accept);
    }

    boolean capitalisedAt(int tok) {
        Token t = token(tok);
        return t != null && t.isWord() && t.isCapitalised();
    }

    /** The state that opens the sentence as its subject ("Viet Nam has also held ..."), or null. */
    Mention sentenceSubjectState() {
        for (Mention m : mentions) {
            if (m.kind() == MentionKind.STATE && !m.inferred() && m.tokStart() <= 1) {
                return m;
            }
        }
        return null;
    }

    /** The most tokens from a briefing verb to its "that": "informed the Australian delegation that". */
    private static final int BRIEFED_OBJECT_TOKENS = 6;

    /**
     * "Viet Nam informed Australia that it had submitted ...", "The Lao side informed the delegation that it ...",
     * "Turkmenistan informed the EU that its third periodic report ...": the state that opens the sentence and informs,
     * where "it" or "its" follows "that" after a briefing verb; else null.
     */
    public Mention informantBeforeThat(int itTok) {
        if (!tokenIs(itTok - 1, "that")) {
            return null;
        }
        for (int k = itTok - 2; k >= Math.max(1, itTok - 2 - BRIEFED_OBJECT_TOKENS); k--) {
            if (kb.words("briefing-verbs").contains(tokens.get(k).norm())) {
                final int verb = k;
                return mentions.stream().filter(m -> m.kind() == MentionKind.STATE && m.id() != null && !m.inferred()
                        && m.tokEnd() <= verb && m.tokStart() <= 2).findFirst().orElse(null);
            }
        }
        return null;
    }

    private static final Set<String> CLAUSE_ADVERBIAL_STARTS = Set.of("in", "on", "during", "at", "from", "since",
            "later", "then", "subsequently");

    /**
     * Whether "it" at {@code tok} opens a coordinated clause after its adverbial: "..., and in April 2018 it held the
     * first round ...": from the "and" to "it" only a time or place phrase, no name.
     */
    boolean afterCoordinatedAdverbial(int tok) {
        int k = tok - 1;
        while (k > 0 && !tokenIs(k, "and") && !tokenIs(k, ";") && tok - k <= MAX_FRONTED_TOKENS + 4) {
            k--;
        }
        if (!(tokenIs(k, "and") || tokenIs(k, ";")) || k + 1 >= tok || !CLAUSE_ADVERBIAL_STARTS.contains(tokens.get(k + 1).norm())) {
            return false;
        }
        final int from = k;
        return mentions.stream().noneMatch(m -> m.tokStart() > from && m.tokEnd() <= tok && m.kind() != MentionKind.CITY);
    }

    public String between(Mention a, Mention b) {
        if (b.start() < a.end()) {
            return "";
        }
        return doc.substring(a.end(), b.start()).strip().replaceAll("\\s+", " ");
    }

    public String text(int fromTok, int toTok) {
        if (toTok <= fromTok) {
            return "";
        }
        return doc.substring(tokens.get(fromTok).start(), tokens.get(toTok - 1).end());
    }

    public Token token(int i) {
        return i >= 0 && i < tokens.size() ? tokens.get(i) : null;
    }

    public boolean tokenIs(int i, String norm) {
        Token t = token(i);
        return t != null && t.is(norm);
    }

    /** Whether token {@code i} is an apostrophe: "China's", "China’s" (tokens fold typographic apostrophes). */
    public boolean apostropheAt(int i) {
        return tokenIs(i, "'");
    }

    /** Whether the mention is written as a possessive: "Viet Nam's report", "the State party’s reports". */
    public boolean possessive(Mention m) {
        return apostropheAt(m.tokEnd());
    }

    /** The token after a list's joint at {@code k}: past a comma, then past "and", where they stand. */
    public int pastListJoint(int k) {
        int next = tokenIs(k, ",") ? k + 1 : k;
        return tokenIs(next, "and") ? next + 1 : next;
    }

    /** The first token in [from, limit) that is {@code word}, or -1. */
    public int findWord(String word, int from, int limit) {
        for (int i = Math.max(0, from); i < limit && i < tokens.size(); i++) {
            if (tokens.get(i).is(word)) {
                return i;
            }
        }
        return -1;
    }

    /** The most tokens before a pronoun that still opens its sentence ("The following day she", "On 5 May he"). */
    static final int MAX_FRONTED_TOKENS = 4;

    /**
     * The first person this sentence names, where the pronoun is its first: the subject the pronoun's clause goes on
     * about, if no verb's object and of the pronoun's gender or of none known yet; else null.
     */
    private Mention subjectNamedBefore(Mention pronoun, Set<String> exclude, Character gender) {
        if (mentions.stream().anyMatch(m -> m.kind() == MentionKind.PRONOUN && m.tokStart() < pronoun.tokStart())) {
            return null; // a pronoun before it: "she met A, and ... she held talks with B", "A held talks with her, and she"
        }
        for (Mention m : mentions) {
            if (m.tokEnd() > pronoun.tokStart()) {
                return null;
            }
            if (m.kind() == MentionKind.PERSON) {
                Character known = m.id() == null ? null : discourse.people().genderOf(m.id());
                return !exclude.contains(m.id()) && !m.inferred() && !isObject(m)
                        && (known == null || known.equals(gender)) ? m : null;
            }
        }
        return null;
    }

    /**
     * The person a pronoun refers to: the nearest person before it in the sentence, else the one mentioned last, the
     * first whose gender the text has shown to agree, else the first whose gender it has not shown ("She" after
     * "..., she held meetings with President Xi Jinping." is not Xi Jinping).
     */
    private Mention resolvePronoun(Mention pronoun, Set<String> exclude) {
        if (pronoun.text().equalsIgnoreCase("I") || pronoun.text().equalsIgnoreCase("me")) {
            // a statement's "I": the person who speaks, named by its title; no one where it names none
            String speaker = discourse.speaker();
            return speaker == null || exclude.contains(speaker) ? null
                    : new Mention(MentionKind.PERSON, speaker, pronoun.tokStart(), pronoun.tokEnd(), pronoun.start(),
                    pronoun.end(), pronoun.text(), null, null, true);
        }
        // "the Special Rapporteur on ... announced that he will visit Colombia": the office that speaks, where no person
        // is named before the pronoun in the sentence
        // (or "..., as she concluded a twelve-day official visit": a subordinate clause of the office's sentence)
        boolean subordinate = tokenIs(pronoun.tokStart() - 1, "that") || tokenIs(pronoun.tokStart() - 1, "as")
                || tokenIs(pronoun.tokStart() - 1, "when") || tokenIs(pronoun.tokStart() - 1, "while");
        if (subordinate && mentions.stream().noneMatch(m -> m.kind() == MentionKind.PERSON
                && m.tokEnd() <= pronoun.tokStart())) {
            Mention speaker = mentions.stream().filter(m -> m.kind() == MentionKind.ORG && m.id() != null
                    && kb.isOffice(m.id()) && m.tokEnd() < pronoun.tokStart() && !isObject(m)).findFirst().orElse(null);
            if (speaker != null && !exclude.contains(speaker.id())) {
                return speaker.widenTo(pronoun);
            }
        }
        // "the Special Rapporteur on the right to education paid an official visit ... During the visit she was
        // received by ...": the office whose visit was just reported, where no one holding it is named
        EventRecord visit = discourse.lastEvent("VISIT");
        EntityRef visitor = visit == null ? null : visit.fact().entity("visitor");
        if (visitor != null && visitor.id() != null && kb.isOffice(visitor.id()) && !exclude.contains(visitor.id())
                && sentence.index() - visit.sentence() <= 1 && pronounGender(pronoun.text()) != null
                && discourse.people().recentFirst().stream().noneMatch(p -> visitor.id().equals(p.affiliation()))
                // (named by its mandate: a bare "The Special Rapporteur" stands for a holder the text named before)
                && visitor.text() != null && (visitor.text().contains(" on ") || visitor.text().contains(" in the field"))
                && mentions.stream().noneMatch(m -> m.kind() == MentionKind.PERSON && m.tokEnd() <= pronoun.tokStart())) {
            return new Mention(MentionKind.ORG, visitor.id(), pronoun.tokStart(), pronoun.tokEnd(), pronoun.start(),
                    pronoun.end(), pronoun.text(), null, visitor.id(), true);
        }
        List<Mention> candidates = new ArrayList<>(); // nearest first
        for (int i = mentions.size() - 1; i >= 0; i--) {
            Mention m = mentions.get(i);
            if (m.kind() == MentionKind.PERSON && m.tokEnd() <= pronoun.tokStart() && !exclude.contains(m.id())) {
                candidates.add(m.withId(m.id(), MentionKind.PERSON).widenTo(pronoun));
            }
        }
        for (Person p : recentBefore) {
            if (!exclude.contains(p.id())) {
                candidates.add(new Mention(MentionKind.PERSON, p.id(), pronoun.tokStart(), pronoun.tokEnd(),
                        pronoun.start(), pronoun.end(), pronoun.text(), null, p.affiliation(), true));
            }
        }
        Character gender = pronounGender(pronoun.text());
        PersonRegistry people = discourse.people();
        // a subject pronoun opening the sentence ("The following day she was received by ...", "She also met ...")
        // with no person before it here: the person the text is about (named most), not the last one it named
        boolean opening = pronoun.tokStart() <= MAX_FRONTED_TOKENS
                || tokenIs(pronoun.tokStart() - 1, ",") && pronoun.tokStart() <= MAX_FRONTED_TOKENS + 6;
        // "he", "she" is a subject wherever it stands: "On the last day of the visit he meets President X"
        boolean nominative = (pronoun.text().equalsIgnoreCase("he") || pronoun.text().equalsIgnoreCase("she"))
                && mentions.stream().noneMatch(m -> m.kind() == MentionKind.PERSON && m.tokEnd() <= pronoun.tokStart());
        boolean subject = (opening || nominative) && candidates.stream().noneMatch(c -> !c.inferred())
                && !tokenIs(pronoun.tokStart() - 1, "with") && !tokenIs(pronoun.tokStart() - 1, "by");
        if (subject) { // the last sentence's subject, then the person named most; stable: equal counts keep the nearest
            String lastSubject = discourse.lastSubjectPerson();
            candidates.sort(Comparator.comparingInt((Mention c) -> c.id().equals(lastSubject) ? 0 : 1)
                    .thenComparingInt(c -> -people.mentions(c.id())));
        }
        Mention chosen = candidates.stream().filter(c -> gender != null && gender.equals(people.genderOf(c.id())))
                .findFirst()
                .orElseGet(() -> candidates.stream().filter(c -> people.genderOf(c.id()) == null).findFirst().orElse(null));
        boolean subjectPronoun = pronoun.text().equalsIgnoreCase("he") || pronoun.text().equalsIgnoreCase("she");
        Mention ownSubject = subjectPronoun ? subjectNamedBefore(pronoun, exclude, gender) : null;
        if (ownSubject != null && chosen != null && chosen.inferred()) {
            // "The Deputy High Commissioner, Flavia Pansieri, visited Asunción ..., when she was received by ...": the
            // sentence's own subject, whose gender the text had not told, before a woman an earlier sentence named
            chosen = ownSubject.withId(ownSubject.id(), MentionKind.PERSON).widenTo(pronoun);
        }
        if (chosen != null && gender != null) {
            people.gender(chosen.id(), gender);
        }
        return chosen;
    }

    private static Character pronounGender(String pronoun) {
        String p = pronoun.toLowerCase(Locale.ROOT);
        if (p.equals("she") || p.equals("her") || p.equals("hers") || p.equals("herself")) {
            return 'F';
        }
        if (p.equals("he") || p.equals("him") || p.equals("his") || p.equals("himself")) {
            return 'M';
        }
        return null;
    }

    /** Whether a state opens a list of three or more: "covers Kazakhstan, Kyrgyzstan, Tajikistan and Turkmenistan". */
    public boolean opensListOfStates(Mention m) {
        return m.kind() == MentionKind.STATE && coordinatedRight(m, x -> x.kind() == MentionKind.STATE).size() >= 3;
    }

    /** A person or a pronoun resolved; other mentions unchanged. */
    public Mention resolved(Mention m, Set<String> exclude) {
        return m.kind() == MentionKind.PRONOUN ? resolvePronoun(m, exclude) : m;
    }

    /**
     * The comma that opens the relative clause token {@code tok} stands in (", which Mongolia had signed on ...", ",
     * who ..."), looking back no further than {@code floor}; -1 where a comma or semicolon comes first, or none opens.
     */
    public int relativeClauseComma(int tok, int floor) {
        for (int k = tok - 1; k > floor; k--) {
            if (tokenIs(k, ",") || tokenIs(k, ";")) {
                return -1;
            }
            if ((tokenIs(k, "which") || tokenIs(k, "who")) && tokenIs(k - 1, ",")) {
                return k - 1;
            }
        }
        return -1;
    }

    /**
     * Whether token {@code tok} lies in a relative clause set off by commas (", which began in 1997,") that closes
     * before {@code limit}: what it says belongs to the thing it describes, not to the main clause.
     */
    public boolean inRelativeClause(int tok, int limit) {
        int open = -1;
        for (int i = tok - 1; i > 0; i--) {
            if (tokenIs(i, ",")) {
                return false;
            }
            if ((tokenIs(i, "which") || tokenIs(i, "who")) && tokenIs(i - 1, ",")) {
                open = i;
                break;
            }
            // ", launched in 1991,", ", established in 2005,": a participle clause says as much
            if (tokenIs(i - 1, ",") && tokens.get(i).norm().endsWith("ed") && (tokenIs(i + 1, "in") || tokenIs(i + 1, "on"))) {
                open = i;
                break;
            }
        }
        return open >= 0 && findWord(",", tok + 1, limit) >= 0;
    }

    // ---- dates ----

    public List<DateMention> datesIn(int fromTok, int toTok) {
        List<DateMention> out = new ArrayList<>();
        for (DateMention d : dates) {
            int t = tokenAt(d.start());
            if (t >= fromTok && t < toTok) {
                out.add(d);
            }
        }
        return out;
    }

    /**
     * The day of a dateline opening this sentence ("HANOI, May 26 - ..."), else of the text's dateline; null where that
     * is no full day.
     */
    PartialDate releaseDayOfTheSentence() {
        PartialDate release = dates.stream().filter(d -> d.to() == null && d.from().day() != null && d.from().year() != null
                && opensAsDateline(d)).map(DateMention::from).findFirst().orElse(discourse.dateline());
        boolean fullDay = release != null && release.day() != null && release.month() != null && release.year() != null;
        return fullDay ? release : null;
    }

    /** "Canberra, 6 September 2019 - The ... Dialogue was held ... on Tuesday": the release's date, not the event's. */
    boolean opensAsDateline(DateMention d) {
        return d.end() > d.start() && cityThenDateThenDash(d, tokenAt(d.start()));
    }

    /** Whether the date is a release's dateline opening the sentence: "Bern, 17.06.2016 - ...", "GENEVA, 5 May -". */
    public boolean datelineOpening(DateMention d, int t) {
        return cityThenDateThenDash(d, t)
                && datesIn(tokenAt(d.end() - 1) + 1, tokens.size()).stream().anyMatch(x -> x.iso() != null);
    }

    /**
     * The date at token {@code t} (at most four past the city: "Washington D.C., 27 July 2023 -"), after the city the
     * sentence opens with and before a dash.
     */
    private boolean cityThenDateThenDash(DateMention d, int t) {
        Token dash = token(tokenAt(d.end() - 1) + 1);
        return dash != null && (dash.text().equals("-") || dash.text().equals("\u2013") || dash.text().equals("\u2014"))
                && !mentions.isEmpty() && mentions.get(0).kind() == MentionKind.CITY && mentions.get(0).tokStart() == 0
                && t <= mentions.get(0).tokEnd() + 4;
    }

    /** The date of the fact the word at {@code tok} tells: see {@link NearestDate}. */
    public DateMention nearestDate(int tok) {
        return new NearestDate(this).of(tok);
    }

    /** Whether the date at token {@code t} is a deadline: "due 2010", "due in 2010", "due by March". */
    public boolean isDeadline(int t) {
        boolean preposition = tokenIs(t - 1, "in") || tokenIs(t - 1, "on") || tokenIs(t - 1, "by");
        // also the end of what an act extends: "a memorandum ... extending the programme until December 2026"
        return tokenIs(t - 1, "due") || preposition && tokenIs(t - 2, "due") || afterUntil(t);
    }

    private static final Set<CueKind> TRIGGERS = Set.of(CueKind.TREATY, CueKind.REPORT, CueKind.VISIT, CueKind.MEETING,
            CueKind.EXCHANGE_VERB, CueKind.AGREEMENT_VERB, CueKind.INVITATION, CueKind.ATTENDANCE, CueKind.MEMBERSHIP);

    static boolean isTrigger(CueMatch c) {
        return c.meanings().stream().anyMatch(m -> TRIGGERS.contains(m.kind()));
    }

    /** A cue's status meaning, as a status word or as a verb that carries one ("has been called off"), else null. */
    public static String statusOf(CueMatch c) {
        String status = c.value(CueKind.STATUS);
        return status != null ? status : c.value(CueKind.EXCHANGE_VERB);
    }

    /** Words that may stand between "the" and an office: "the new UN High Commissioner", "the newly appointed ...". */
    private static final Set<String> TITLE_ADJECTIVES = Set.of("new", "newly", "appointed", "elected", "incoming",
            "outgoing", "current", "recently");

    /** Past "the new", "the newly appointed" before an office at {@code from}: where the office starts, else {@code from}. */
    public int pastTitleAdjectives(int from) {
        if (!tokenIs(from, "the")) {
            return from;
        }
        int k = from + 1;
        while (k < tokens.size() && TITLE_ADJECTIVES.contains(tokens.get(k).norm())) {
            k++;
        }
        return k > from + 1 && k < tokens.size() && tokens.get(k).isCapitalised() ? k : from;
    }

    /** A mention in a "with"/"to"/"between" list is an object, not the subject of the next verb. */
    public boolean isObject(Mention m) {
        // (people coordinate with people: "called on President A and Prime Minister B")
        Mention first = coordinatedLeft(m, m.kind() == MentionKind.PERSON ? x -> x.kind() == MentionKind.PERSON : Roles.PARTY).get(0);
        int before = first.tokStart() - 1;
        return tokenIs(before, "with") || tokenIs(before, "to") || tokenIs(before, "between")
                || tokenIs(before, "and") && tokenIs(before - 1, "between") || objectOfVerb(before);
    }

    private static final Set<CueKind> TRANSITIVE = Set.of(CueKind.VISIT, CueKind.MEETING, CueKind.INVITATION);

    /** "delegations visited Sweden and Norway, and held ...": the states visited are objects, not the hosts. */
    private boolean objectOfVerb(int tok) {
        for (CueMatch c : cues) {
            if (c.tokEnd() - 1 == tok && c.meanings().stream().anyMatch(m -> TRANSITIVE.contains(m.kind()))) {
                return true;
            }
        }
        return false;
    }

    /** The events the text told before, as this sentence refers to them. */
    public EventsReferredTo events() {
        return new EventsReferredTo(this);
    }

    // ---- phrases ----

    /** "to attend the symposium", "to visit China": an infinitive clause starting at {@code tok}, up to a comma. */
    public String infinitive(int tok, int limit) {
        if (!tokenIs(tok, "to") || token(tok + 1) == null || !token(tok + 1).isWord() || token(tok + 1).isCapitalised()) {
            return null;
        }
        int end = tok + 1;
        while (end < limit && !tokens.get(end).is(",") && !tokens.get(end).is(";") && !tokens.get(end).is(".")
                && !tokens.get(end).is("(") && !datePhraseAt(end)) {
            end++;
        }
        return text(tok, end);
    }

    /** "in 2013", "from 10 to 20 March", "on 5 May": a date, or a preposition that opens one, at token {@code tok}. */
    private boolean datePhraseAt(int tok) {
        int at = tokenIs(tok, "in") || tokenIs(tok, "on") || tokenIs(tok, "from") || tokenIs(tok, "during") ? tok + 1 : tok;
        Token t = token(at);
        return t != null && dates.stream().anyMatch(d -> d.start() == t.start());
    }

    /** Status of the clause around {@code tok} from a cue value or a modal before it: PLANNED, POSTPONED, CANCELLED. */
    public String statusAround(int fromTok, int toTok, String cueValue) {
        if ("PLANNED".equals(cueValue) || "POSTPONED".equals(cueValue) || "CANCELLED".equals(cueValue)) {
            return cueValue;
        }
        CueMatch status = null;
        for (CueMatch c : cues) {
            // not "..., postponed from the previous year, is held": moved from then, held now
            if (c.is(CueKind.STATUS) && c.tokStart() >= Math.max(0, fromTok) && c.tokStart() < toTok
                    && !tokenIs(c.tokEnd(), "from") && !superseded(c)) {
                status = c;
            }
        }
        return status == null ? null : status.value(CueKind.STATUS);
    }

    /**
     * Whether the status is a first schedule the sentence then departs from: "originally foreseen for October 2014, was
     * held ... on 27 November 2014" (the date first planned is no longer among the sentence's dates); not where the
     * sentence puts it off or calls it off.
     */
    private boolean superseded(CueMatch status) {
        return (tokenIs(status.tokStart(), "originally") || tokenIs(status.tokStart(), "initially"))
                && dates.stream().anyMatch(d -> d.start() >= status.end()) && !calledOffOrPutOff();
    }

    /** Whether the sentence says something was postponed or cancelled. */
    public boolean calledOffOrPutOff() {
        return cues.stream().anyMatch(c -> c.is(CueKind.STATUS) && !"PLANNED".equals(c.value(CueKind.STATUS)));
    }

    /** "the Council for the 2020-2022 term", "... for the period 2019-2021": a time after "the", no name going on. */
    private static boolean timeAfterThe(List<Token> tokens, int at) {
        Token t = at < tokens.size() ? tokens.get(at) : null;
        return t != null && (t.isNumber() || t.is("period") || t.is("term"));
    }

    /**
     * Whether a reference ("the memorandum") is only the start of a longer cue read from its second word ("the
     * memorandum of understanding signed by ..."): the longer cue names the thing, the reference yields to it.
     */
    private static boolean yieldsToLongerCue(List<Token> tokens, PhraseTrie<List<Cue>> trie, PhraseTrie.Match<List<Cue>> m) {
        if (m.end() - m.start() < 2 || !tokens.get(m.start() + 1).isWord()) {
            return false;
        }
        PhraseTrie.Match<List<Cue>> inner = trie.longestAt(tokens, m.start() + 1);
        return inner != null && inner.end() > m.end() && !isAnaphor(inner.value());
    }
}
