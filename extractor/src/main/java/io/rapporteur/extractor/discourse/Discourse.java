package io.rapporteur.extractor.discourse;

import io.rapporteur.extractor.date.DateMention;
import io.rapporteur.extractor.date.PartialDate;
import io.rapporteur.extractor.mention.PersonRegistry;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What a reader carries from one sentence to the next: the year the text has established, the state acting as
 * subject, the last pair of treaties, the people introduced and the events reported. One per document.
 */
public final class Discourse {

    private final PersonRegistry people = new PersonRegistry();
    private final List<EventRecord> events = new ArrayList<>();
    private Integer year;
    private Integer documentYear;
    /** The years a report's title says it covers ("... 2016-2017"): what "during these two years" means. */
    private int[] coveredYears;
    private PartialDate dateline;
    private PartialDate lastDay;
    private String subjectState;
    private String subjectStateText;
    private List<String> treatyPair = List.of();
    private String lastTreaty;
    private String committee;
    /** How often each state has been named so far; the most named is what the document is about. */
    private final Map<String, Integer> stateCounts = new HashMap<>();
    private String mainState;
    private String committeeTreaty;
    private static final int MAX_RECENT_TREATIES = 8;
    private final List<String> recentTreaties = new ArrayList<>();
    private final List<String[]> bodies = new ArrayList<>();

    /**
     * A list of instruments announced at the end of a sentence ("... the following instruments by the State party:")
     * whose items follow as paragraphs of their own ("(a) The Optional Protocol ..., ratified on 14 April 2015;"):
     * the act that introduced them and the state that took it.
     */
    public record OpenList(String action, String actor) {
    }

    private OpenList openList;

    /**
     * Appointments or an election announced by "the following ...:" at the end of a sentence, whose people follow as
     * list items of their own ("- A (Australia), as Special Rapporteur on ...;"): the body they join (null where each
     * item names its mandate) and the date of the appointment.
     */
    public record AppointmentList(String body, String date) {
    }

    private AppointmentList appointmentList;

    public AppointmentList appointmentList() {
        return appointmentList;
    }

    public void appointmentList(AppointmentList list) {
        this.appointmentList = list;
    }

    /** An election the text reported without naming those elected yet: its body and term ("elected 15 States ..."). */
    public record Election(String body, String bodyText, String term) {
    }

    private Election lastElection;

    /**
     * "..., a UN expert said today at the end of an official visit to the country.": a visit whose visitor the release
     * names only later: how the lead wrote the visitor, the state visited and the sentence that reported it.
     */
    public record VisitByExpertNamedLater(String visitorText, String destination, String destinationText, int sentence) {
    }

    private VisitByExpertNamedLater visitByExpertNamedLater;

    public VisitByExpertNamedLater visitByExpertNamedLater() {
        return visitByExpertNamedLater;
    }

    public void visitByExpertNamedLater(VisitByExpertNamedLater visit) {
        this.visitByExpertNamedLater = visit;
    }

    public record DatedMeeting(String subject, String date, int sentence) {
    }

    /**
     * "The 2015 Beijing Forum on Human Rights was held in Beijing from September 16 to 17, 2015." names no one who held
     * it; the next sentence may ("Co-sponsored by A and B, the forum ..."). Its kind, name, place, date, edition and
     * sentence.
     */
    public record EventAwaitingHosts(String format, String name, io.rapporteur.contract.fact.Place place, String date,
                                     Integer ordinal, int sentence) {
    }

    private EventAwaitingHosts eventAwaitingHosts;

    public EventAwaitingHosts eventAwaitingHosts() {
        return eventAwaitingHosts;
    }

    public void eventAwaitingHosts(EventAwaitingHosts event) {
        this.eventAwaitingHosts = event;
    }

    /** The last meeting a sentence reported with its own date: who met, when, in which sentence. */
    private DatedMeeting lastDatedMeeting;

    public DatedMeeting lastDatedMeeting() {
        return lastDatedMeeting;
    }

    public void lastDatedMeeting(DatedMeeting meeting) {
        this.lastDatedMeeting = meeting;
    }

    /** The body that was the subject (first named) of the last sentence, or null when that was no body. */
    private String lastSubjectBody;

    public String lastSubjectBody() {
        return lastSubjectBody;
    }

    public void lastSubjectBody(String bodyId) {
        this.lastSubjectBody = bodyId;
    }

    /** The person who was the subject (first named) of the last sentence that named one, or null. */
    private String lastSubjectPerson;

    public String lastSubjectPerson() {
        return lastSubjectPerson;
    }

    public void lastSubjectPerson(String personId) {
        this.lastSubjectPerson = personId;
    }

    private String speaker;

    /** The person a statement's "I" is: the one its title names ("Statement by ..., Maina Kiai, at the end of ..."). */
    public String speaker() {
        return speaker;
    }

    public void speaker(String personId) {
        this.speaker = personId;
    }

    public Election lastElection() {
        return lastElection;
    }

    /** Members who took the oath unnamed, no term told ("five members ... made the solemn declaration"), and where. */
    public record UnnamedOath(Election election, int sentence) {
    }

    private UnnamedOath unnamedOath;

    public UnnamedOath unnamedOath() {
        return unnamedOath;
    }

    public void unnamedOath(UnnamedOath oath) {
        this.unnamedOath = oath;
    }

    /** The term of the last membership told with one ("for the 2019 cycle"), which "for the same period" repeats. */
    private String lastMembershipTerm;

    public String lastMembershipTerm() {
        return lastMembershipTerm;
    }

    public void lastMembershipTerm(String term) {
        this.lastMembershipTerm = term;
    }

    public void lastElection(Election election) {
        this.lastElection = election;
        if (election != null) {
            this.electionBody = election;
        }
    }

    /** The body of the last election the text reported, kept after its members were named: an election story's. */
    private Election electionBody;

    public Election electionBody() {
        return electionBody;
    }

    /** The treaty body whose dialogues a list announced ("... held constructive dialogues with the following States
     * parties:"), for the items that follow; null when none is open. */
    private String reviewList;

    public String reviewList() {
        return reviewList;
    }

    public void reviewList(String bodyId) {
        this.reviewList = bodyId;
    }

    /** The list of instruments whose items the next paragraphs may be, or null. */
    public OpenList openList() {
        return openList;
    }

    public void openList(OpenList list) {
        this.openList = list;
    }

    public PersonRegistry people() {
        return people;
    }

    /** The last full date (year, month and day) the text gave: what "the following day" counts from. */
    public PartialDate lastDay() {
        return lastDay;
    }

    public void lastDay(PartialDate day) {
        this.lastDay = day;
        this.lastDayInSection = true;
    }

    /** Whether the current section has given a day of its own yet (not only looked back to one). */
    private boolean lastDayInSection;

    public boolean lastDayInSection() {
        return lastDayInSection;
    }

    /**
     * The date a chronology's dated heading gives the entry below it (a day, or its first and last day: "5-6 March 2019,
     * Ashgabat"), and that heading's sentence.
     */
    private DateMention entryDate;
    private int entryDateSentence = -1;

    public void entryDate(DateMention date, int sentence) {
        if (date != null) {
            this.entryDate = date;
            this.entryDateSentence = sentence;
        }
    }

    /** The date a dated heading gave (as written on the heading) if the sentence comes right after it, else null. */
    public DateMention entryDateFor(int sentence) {
        return entryDateSentence == sentence - 1 ? entryDate : null;
    }

    /** Heads of visiting delegations and the body each led: "a CSHRS delegation led by Secretary-General Lu Guangjin". */
    private final Map<String, String> delegationsLed = new HashMap<>();

    public void delegationLedBy(String personId, String bodyId) {
        delegationsLed.put(personId, bodyId);
    }

    /** The body whose visiting delegation the person led, or null. */
    public String delegationLedBy(String personId) {
        return delegationsLed.get(personId);
    }

    /** The day a body "then elected its officers", told without naming them, and that sentence. */
    private String officersElectedOn;
    private int officersElectedSentence = -10;

    public void officersElected(String iso, int sentence) {
        this.officersElectedOn = iso;
        this.officersElectedSentence = sentence;
    }

    /** The day of an officers' election the sentence itself announced, or null. */
    public String officersElectedIn(int sentence) {
        return sentence == officersElectedSentence ? officersElectedOn : null;
    }

    /** The day of an officers' election announced at most two sentences before {@code sentence}, or null. */
    public String officersElectedBefore(int sentence) {
        int back = sentence - officersElectedSentence;
        return back >= 1 && back <= 2 ? officersElectedOn : null;
    }

    /** The last sentence that spoke of the release's own day ("today", "this morning"), or -1. */
    private int todaySentence = -1;

    public void todaySaidIn(int sentence) {
        this.todaySentence = sentence;
    }

    /** Whether the given sentence spoke of the release's own day: "The session opened this morning ...". */
    public boolean spokeOfToday(int sentence) {
        return todaySentence == sentence;
    }

    /** Whether the text has spoken of the release's own day yet. */
    public boolean spokeOfToday() {
        return todaySentence >= 0;
    }

    /** The last full date written, looking back or not, and the sentence it was written in. */
    private PartialDate writtenDay;
    private int writtenDaySentence = -1;

    public void writtenDay(PartialDate day, int sentence) {
        this.writtenDay = day;
        this.writtenDaySentence = sentence;
    }

    /**
     * The last full date written if the given sentence wrote it, else null: "ratified the Convention on 29 June 2011.
     * ... on the same day, it acceded to ..." means that day even when the text looks back to it from a later year.
     */
    public PartialDate dayWrittenIn(int sentence) {
        return writtenDaySentence == sentence ? writtenDay : null;
    }

    private PartialDate lastMonth;

    /** The last month (with its year) the text gave: what "in the same month" means. */
    public PartialDate lastMonth() {
        return lastMonth;
    }

    public void lastMonth(PartialDate month) {
        this.lastMonth = month;
    }

    /** The date of the document's dateline ("GENEVA (13 December 2019)"), which "today" in its text means; or null. */
    public PartialDate dateline() {
        return dateline;
    }

    public void dateline(PartialDate date) {
        if (this.dateline == null) {
            this.dateline = date;
        }
    }

    /** A later dateline heading an item of its own (a digest's "Bern, 26 November 2024"): "today" from here on. */
    public void newDateline(PartialDate date) {
        this.dateline = date;
    }

    /** National institutions the text named with an acronym ("EHRC" -> org:ETH-EHRC), for their later bare mentions. */
    private final java.util.Map<String, String> institutions = new java.util.HashMap<>();

    public void institution(String acronym, String id) {
        institutions.put(acronym, id);
    }

    public boolean hasInstitutions() {
        return !institutions.isEmpty();
    }

    public String institution(String acronym) {
        return institutions.get(acronym);
    }

    public int[] coveredYears() {
        return coveredYears;
    }

    public void coveredYears(int first, int last) {
        this.coveredYears = new int[] {first, last};
    }

    public Integer year() {
        return year;
    }

    /** The body whose statement the text is ("Statement ... by the United Nations Working Group on ..."), or null. */
    private String speakerBody;

    public String speakerBody() {
        return speakerBody;
    }

    public void speakerBody(String id) {
        this.speakerBody = id;
    }

    /** The year a title says the text covers ("China's Progress in Human Rights in 2004"), or null. */
    private Integer titleCoveredYear;

    public Integer titleCoveredYear() {
        return titleCoveredYear;
    }

    public void titleCoveredYear(int value) {
        this.titleCoveredYear = value;
    }

    /** A title's year ("... in 2016") read before the narrative began: the text's own year, over an issue date's. */
    public void titleYear(int value) {
        this.year = value;
        this.documentYear = value;
    }

    private boolean narrativeBegun;

    public boolean narrativeBegun() {
        return narrativeBegun;
    }

    public void narrativeBegun(boolean begun) {
        this.narrativeBegun = begun;
    }

    public void year(Integer value) {
        this.year = value;
        boolean beforePublication = publicationYear != null && value != null && value < publicationYear;
        if (documentYear == null || beforePublication) {
            documentYear = value;
            publicationYear = null;
        }
    }

    /**
     * The year of a publication line ("Ulaanbaatar, April 2014" under a report's title) while it is the only year the
     * document has: the text's first earlier year replaces it, as the document's year too. Null otherwise.
     */
    private Integer publicationYear;

    public Integer publicationYear() {
        return publicationYear;
    }

    public void publicationYear(int value) {
        year(value);
        publicationYear = value;
    }

    /**
     * A new section begins: its months take the document's own year (the first the text set: "In 2019, OHCHR
     * continued ..." before "High-level visits"), not a year a previous section ended on.
     */
    public void newSection() {
        this.year = documentYear;
        this.sectionYearSet = false;
        this.lastDayInSection = false;
    }

    /** A term stated for the members the sentence before elected ("The new members will serve ... terms ..."). */
    private String termOfThoseElected;

    public String termOfThoseElected() {
        return termOfThoseElected;
    }

    public void termOfThoseElected(String term) {
        this.termOfThoseElected = term;
    }

    /** The body a document's opening names (a national commission's own report), and its name as written. */
    private String authorBody;
    private String authorBodyText;

    public void authorBody(String id, String text) {
        if (authorBody == null) {
            authorBody = id;
            authorBodyText = text;
        }
    }

    /** The opening's body if its name has the word ("Commission"), else null. */
    public String authorBodyNamed(String word) {
        if (authorBody == null) {
            return null;
        }
        // the word names it ("Uganda Human Rights Commission", "Kenya National Commission on Human Rights", a
        // heading's "NATIONAL HUMAN RIGHTS COMMITTEE - STATE OF QATAR"), not a body it is "of" ("Information Office of
        // the State Council": its "Council" is another body's)
        boolean named = containsWord(authorBodyText, word)
                || containsWord(authorBodyText.toUpperCase(java.util.Locale.ROOT), word.toUpperCase(java.util.Locale.ROOT));
        int at = authorBodyText.toLowerCase(java.util.Locale.ROOT).indexOf(word.toLowerCase(java.util.Locale.ROOT));
        boolean ofAnother = at > 0 && authorBodyText.substring(0, at).toLowerCase(java.util.Locale.ROOT).contains(" of ");
        return named && !ofAnother ? authorBody : null;
    }

    /** The document's title line, as written. */
    private String titleText;

    public String titleText() {
        return titleText;
    }

    public void titleText(String text) {
        this.titleText = text;
    }

    /** Whether the current section has set a year of its own yet. */
    private boolean sectionYearSet;

    public boolean sectionYearSet() {
        return sectionYearSet;
    }

    public void sectionYearSet(boolean set) {
        this.sectionYearSet = set;
    }

    public String subjectState() {
        return subjectState;
    }

    public String subjectStateText() {
        return subjectStateText;
    }

    public void subjectState(String id, String text) {
        this.subjectState = id;
        this.subjectStateText = text;
    }

    public List<String> treatyPair() {
        return treatyPair;
    }

    public void treatyPair(List<String> pair) {
        this.treatyPair = List.copyOf(pair);
    }

    public String lastTreaty() {
        return lastTreaty;
    }

    public void lastTreaty(String id) {
        this.lastTreaty = id;
        recentTreaties.remove(id);
        recentTreaties.add(0, id);
        if (recentTreaties.size() > MAX_RECENT_TREATIES) {
            recentTreaties.remove(recentTreaties.size() - 1);
        }
    }

    /**
     * The treaty of the treaty body whose document this is (its concluding observations, its press release), or null:
     * there "the Convention" is always that body's treaty, whatever other convention was named last.
     */
    public String committeeTreaty() {
        return committeeTreaty;
    }

    /** A state named (not referred to): counts towards {@link #mainState()}. */
    public void stateNamed(String id) {
        int count = stateCounts.merge(id, 1, Integer::sum);
        if (mainState == null || count > stateCounts.get(mainState)) {
            mainState = id;
        }
    }

    /**
     * The state the document is about: the one named most so far (the first to reach that count). Steadier than
     * {@link #subjectState()}, which follows each sentence's first state: a white paper on Viet Nam names Norway in
     * one sentence, and "the Ministry of Foreign Affairs" in the next is still Viet Nam's.
     */
    public String mainState() {
        return mainState;
    }

    /** The treaty body whose document this is, or null. */
    public String committee() {
        return committee;
    }

    public void committee(String bodyId, String treatyId) {
        this.committee = bodyId;
        this.committeeTreaty = treatyId;
    }

    /** Treaties named or meant, most recent first: "the Covenant" is the last one that is a covenant. */
    public List<String> recentTreaties() {
        return recentTreaties;
    }

    /** Short names the text defined for bodies ("(the Commission)"): the word, the body's id. */
    private final Map<String, String> shortNames = new HashMap<>();

    public void shortName(String word, String id) {
        shortNames.putIfAbsent(word, id);
    }

    /** The body the text defined "the <word>" to mean, or null. */
    public String shortName(String word) {
        return shortNames.get(word);
    }

    /** A body the text has named: "the Council" later refers to the last one whose name has "Council". */
    public void rememberBody(String id, String text) {
        bodies.add(new String[] {id, text.indexOf(' ') < 0 || text.chars().anyMatch(Character::isLowerCase) ? text : capitalisedWords(text)});
        if (bodies.size() > 50) {
            bodies.remove(0);
        }
    }

    /** A heading's "NATIONAL CENTRE FOR HUMAN RIGHTS" as prose writes it later: "National Centre For Human Rights". */
    private static String capitalisedWords(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            out.append(i > 0 && Character.isLetter(text.charAt(i - 1)) ? Character.toLowerCase(c) : c);
        }
        return out.toString();
    }

    /** The last body whose name as written has the phrase ("National Centre" in "the National Centre for ..."). */
    public String lastBodyNamed(String phrase) {
        for (int i = bodies.size() - 1; i >= 0; i--) {
            String text = bodies.get(i)[1];
            int at = text.indexOf(phrase);
            if (at >= 0 && (at == 0 || !Character.isLetter(text.charAt(at - 1)))
                    && (at + phrase.length() == text.length() || !Character.isLetter(text.charAt(at + phrase.length())))) {
                return bodies.get(i)[0];
            }
        }
        return null;
    }

    /**
     * The body last named with {@code words} in its name; "Working Group|Committee on": with the first, else with the
     * second.
     */
    public String lastBody(String words) {
        for (String word : words.split("\\|")) {
            // a name the word heads before one it only qualifies: "the Council" after "the Human Rights Council
            // Advisory Committee" is still the Council named before it
            for (boolean head : new boolean[] {true, false}) {
                for (int i = bodies.size() - 1; i >= 0; i--) {
                    if (containsWord(bodies.get(i)[1], word, head)) {
                        return bodies.get(i)[0];
                    }
                }
            }
        }
        return null;
    }

    /** "the Commission" is not the "High Commissioner": the word whole, not a part of a longer one. */
    private static boolean containsWord(String text, String word) {
        return containsWord(text, word, false);
    }

    private static boolean containsWord(String text, String word, boolean head) {
        for (int at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
            int end = at + word.length();
            boolean before = at == 0 || !Character.isLetter(text.charAt(at - 1));
            boolean after = end >= text.length() || !Character.isLetter(text.charAt(end))
                    || text.charAt(end) == 's' && (end + 1 >= text.length() || !Character.isLetter(text.charAt(end + 1)));
            if (before && after && (!head || !capitalisedWordFollows(text, end))) {
                return true;
            }
        }
        return false;
    }

    /** "Council Advisory Committee": a capitalised word right after, of which the word is only a qualifier. */
    private static boolean capitalisedWordFollows(String text, int end) {
        int next = end;
        while (next < text.length() && Character.isLetter(text.charAt(next))) {
            next++; // (past a plural's "s")
        }
        return next + 1 < text.length() && text.charAt(next) == ' ' && Character.isUpperCase(text.charAt(next + 1));
    }

    public void remember(EventRecord event) {
        events.add(event);
    }

    /** The last event of a kind (a format, VISIT, AGREEMENT), or of any exchange for "ANY". */
    public EventRecord lastEvent(String kind) {
        for (int i = events.size() - 1; i >= 0; i--) {
            EventRecord e = events.get(i);
            if (universalPeriodicReview(e) && !kind.equals(REVIEW)) {
                continue; // "Viet Nam's fourth Universal Periodic Review": not what "the fifteenth round" continues
            }
            if (kind.equals(e.kind()) || kind.equals("ANY") && !e.kind().equals("VISIT") && !e.kind().equals("AGREEMENT")
                    && !e.kind().equals(REVIEW)) {
                return e;
            }
        }
        return null;
    }

    private static boolean universalPeriodicReview(EventRecord e) {
        return e.fact().entities("participants").stream().anyMatch(ref -> "org:UPR".equals(ref.id()));
    }

    /**
     * The latest held event of a kind among those reported since sentence {@code since}: what a release's "the
     * Dialogue", capitalised, is about, not an earlier round it recalled ("built on the outcomes of the 14th ...").
     */
    public EventRecord latestHeldEvent(String kind, int since) {
        EventRecord best = null;
        for (EventRecord e : events) {
            String date = e.fact().date();
            if (!kind.equals(e.kind()) || e.sentence() < since || e.fact().status() != null || date == null) {
                continue;
            }
            if (best == null || date.compareTo(best.fact().date()) >= 0) {
                best = e;
            }
        }
        return best;
    }

    /** The events of a kind that the sentence at {@code sentenceIndex} reported, in order. */
    public List<EventRecord> eventsOf(String kind, int sentenceIndex) {
        List<EventRecord> out = new ArrayList<>();
        // events come in sentence order: read back only as far as that sentence, not the whole document
        for (int i = events.size() - 1; i >= 0 && events.get(i).sentence() >= sentenceIndex; i--) {
            EventRecord e = events.get(i);
            if (e.kind().equals(kind) && e.sentence() == sentenceIndex) {
                out.add(0, e);
            }
        }
        return out;
    }

    /**
     * The last exchange that had a number: "the previous round", "the 12th round" refer to a numbered series (a
     * dialogue's rounds), not to the seminar reported in between.
     */
    public EventRecord lastNumberedExchange() {
        for (int i = events.size() - 1; i >= 0; i--) {
            EventRecord e = events.get(i);
            if (!e.kind().equals("VISIT") && !e.kind().equals("AGREEMENT") && !e.kind().equals(REVIEW)
                    && !universalPeriodicReview(e) && e.fact().field("ordinal") != null) {
                return e;
            }
        }
        return null;
    }

    /** The last exchange of any format. */
    public EventRecord lastExchange() {
        return lastEvent("ANY");
    }

    /**
     * The kind a state's Universal Periodic Review is kept under: an exchange its delegation's head attends, but not
     * what "the dialogue" or "the next round" of a bilateral dialogue refers to.
     */
    public static final String REVIEW = "REVIEW";

    /**
     * A statement's header gives the days of the visit its title announced undated ("Statement by ... at the end of his
     * official visit to Georgia" then "Tbilisi, 11-14 April 2023"): that visit, dated, for what refers to it later.
     */
    public void dateUndatedVisit(String span) {
        redateVisit(null, span);
    }

    /** The visit remembered by its month ("2019-09") takes the days the text gave it later. */
    public void dateVisitOfMonth(String month, String span) {
        redateVisit(month, span);
    }

    /** The last held visit remembered with this date (null: undated) takes the span instead. */
    private void redateVisit(String dated, String span) {
        for (int i = events.size() - 1; i >= 0; i--) {
            EventRecord e = events.get(i);
            if ("VISIT".equals(e.kind()) && java.util.Objects.equals(dated, e.fact().date()) && e.fact().status() == null) {
                events.set(i, new EventRecord(e.kind(), e.fact().withDate(span), e.fullName(), e.sentence(), e.paragraph()));
                return;
            }
        }
    }

    /** The events remembered, in the order the text reported them (read it from the end for the latest). */
    public List<EventRecord> events() {
        return java.util.Collections.unmodifiableList(events);
    }
}
