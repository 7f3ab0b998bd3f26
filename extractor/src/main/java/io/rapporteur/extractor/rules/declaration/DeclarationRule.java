package io.rapporteur.extractor.rules.declaration;

import io.rapporteur.contract.fact.FactType;
import io.rapporteur.extractor.date.DateMention;
import io.rapporteur.extractor.date.IsoDates;
import io.rapporteur.extractor.discourse.EventRecord;
import io.rapporteur.extractor.kb.CueKind;
import io.rapporteur.extractor.rules.CueMatch;
import io.rapporteur.extractor.rules.FactDraft;
import io.rapporteur.extractor.rules.Rule;
import io.rapporteur.extractor.rules.SentenceView;
import io.rapporteur.extractor.rules.Titles;

import java.util.List;
import java.util.Set;

/**
 * DECLARATION: "the <Title> Declaration adopted at <event>", "<body> adopted the <Declaration on ...>". The title is
 * the capitalised run around "Declaration"; the event is named or referred to ("at the meeting").
 */
public final class DeclarationRule implements Rule {

    @Override
    public void apply(SentenceView v, List<FactDraft> out) {
        for (CueMatch noun : v.cues(CueKind.DECLARATION_NOUN)) {
            if (!v.token(noun.tokStart()).isCapitalised()) {
                continue;
            }
            int cs = v.clauseStart(noun.tokStart());
            int ce = v.clauseEnd(noun.tokEnd());
            CueMatch adopted = nearestAdoption(v, noun, cs, ce);
            if (adopted == null) {
                continue;
            }
            int start = Titles.extendLeft(v, noun.tokStart(), cs);
            int end = Math.max(noun.tokEnd(), Titles.extendRight(v, noun.tokEnd(), ce));
            if (start == 0 && v.kb.isNameStopword(v.token(0).norm())) {
                start = 1;
            }
            if (v.tokenIs(start, "the") && start + 1 < noun.tokEnd() && !v.tokenIs(start + 1, "hague")) {
                start++; // a chronology's "18 November 2012 - The ASEAN Human Rights Declaration was adopted": its article
            }
            end = lowerCaseSubject(v, end, ce);
            int[] quoted = end == noun.tokEnd() ? quotedNameAfter(v, end, ce) : null;
            if (quoted != null) { // the Declaration "A Joint Vision for 2030": the declaration by its quoted name
                start = quoted[0];
                end = quoted[1];
            }
            String title = v.text(start, end);
            FactDraft fact = new FactDraft(FactType.DECLARATION).text("title", title, v.token(start).start(),
                    v.token(end - 1).end());
            String date = null;
            boolean inherited = false;
            int at = v.tokenIs(adopted.tokEnd(), "at") || v.tokenIs(adopted.tokEnd(), "by") ? adopted.tokEnd() : -1;
            if (at >= 0) {
                CueMatch event = v.firstCue(CueKind.EXCHANGE_NOUN, at + 1, Math.min(ce, at + 8));
                if (event != null && v.token(event.tokStart()).isCapitalised()) {
                    int es = Titles.extendLeft(v, event.tokStart(), at + 1);
                    int ee = Math.max(event.tokEnd(), Titles.extendRight(v, event.tokEnd(), ce));
                    fact.text("adoptedAt", v.text(es, ee), v.token(es).start(), v.token(ee - 1).end());
                } else {
                    EventRecord referred = v.events().referredTo(at + 1, at + 3);
                    if (referred != null && referred.fullName() != null) {
                        fact.text("adoptedAt", referred.fullName(), 0, 0);
                        date = referred.fact().date() != null && closing(v) ? IsoDates.end(referred.fact().date())
                                : referred.fact().date();
                        inherited = true;
                    }
                }
            }
            if (!fact.fields().containsKey("adoptedAt") && at < 0) {
                // "Attended by ..., the Forum adopted the Beijing Declaration": the event the subject refers to
                EventRecord subject = v.events().referredTo(cs, adopted.tokStart());
                if (subject == null) {
                    subject = eventAsSubject(v, adopted);
                }
                if (subject != null && subject.fullName() != null) {
                    fact.text("adoptedAt", subject.fullName(), 0, 0);
                    date = subject.fact().date() != null && closing(v) ? IsoDates.end(subject.fact().date())
                            : subject.fact().date();
                    inherited = true;
                }
            }
            if (!fact.fields().containsKey("adoptedAt")) {
                // "the Pacific Regional Conference on ..., ..., closed on 7 November with the adoption of the Suva
                // Declaration": the event the sentence named before its adoption
                CueMatch event = v.lastCue(CueKind.EXCHANGE_NOUN, cs, Math.min(adopted.tokStart(), start));
                if (event != null && v.token(event.tokStart()).isCapitalised()) {
                    int es = Titles.extendLeft(v, event.tokStart(), cs);
                    int ee = Math.max(event.tokEnd(), Titles.extendRight(v, event.tokEnd(), adopted.tokStart()));
                    if (es > 0 && v.tokenIs(es - 1, "the") || es == 0) {
                        fact.text("adoptedAt", v.text(es, ee), v.token(es).start(), v.token(ee - 1).end());
                    }
                }
            }
            DateMention own = v.nearestDate(noun.tokStart());
            if (own != null && own.iso() != null) {
                date = own.iso();
                inherited = false;
            }
            if (date == null) { // "On its closing day, participants adopted the Suva Declaration ...": the event's
                EventRecord event = fact.fields().containsKey("adoptedAt")
                        ? v.events().exchangeReportedHere(String.valueOf(fact.fields().get("adoptedAt"))) : null;
                EventRecord last = v.discourse.lastExchange();
                String place = fact.fields().containsKey("adoptedAt") ? String.valueOf(fact.fields().get("adoptedAt")) : null;
                boolean same = place == null || last != null && last.fullName() != null
                        && last.fullName().toLowerCase(java.util.Locale.ROOT).endsWith(place.toLowerCase(java.util.Locale.ROOT));
                if (event == null && same && last != null && v.sentence.index() - last.sentence() <= EVENT_REACH) {
                    event = last; // not "the Beijing Declaration adopted at the first South-South Forum" of years before
                }
                if (event != null && event.fact().date() != null) {
                    date = closing(v) ? IsoDates.end(event.fact().date()) : event.fact().date();
                    inherited = true;
                }
            }
            fact.date(date, inherited);
            out.add(fact);
        }
    }

    /** Words that end a declaration's lower-case subject ("... on human rights and sustainable development, which"). */
    private static final Set<String> SUBJECT_STOPS = Set.of("which", "that", "in", "at", "by", "was", "were", "is",
            "adopted", "as", "during", "with");
    /** The most words of a declaration's lower-case subject. */
    private static final int MAX_SUBJECT = 10;

    /**
     * "the Marrakech Declaration on human rights and sustainable development": a subject in lower case after "on" is
     * part of the title, up to punctuation or a word that starts a clause or adverbial.
     */
    private static int lowerCaseSubject(SentenceView v, int end, int ce) {
        if (!v.tokenIs(end, "on") || v.token(end + 1) == null || !v.token(end + 1).isWord()
                || v.token(end + 1).isCapitalised()) {
            return end;
        }
        int k = end + 1;
        int last = end;
        while (k < Math.min(ce, end + 1 + MAX_SUBJECT) && v.token(k).isWord() && !SUBJECT_STOPS.contains(v.token(k).norm())) {
            if (!v.tokenIs(k, "and") && !v.tokenIs(k, "of") && !v.tokenIs(k, "the")) {
                last = k + 1;
            }
            k++;
        }
        return last;
    }

    /** How many sentences back the event a sentence opens with ("The forum adopted ...") may have been reported. */
    private static final int SUBJECT_REACH = 8;

    /**
     * "The First South-South Human Rights Forum ... was held in Beijing on December 7 and 8, 2017 ..." and paragraphs
     * later "The forum adopted the Beijing Declaration": the event of that kind reported last, the sentence's subject.
     */
    private static EventRecord eventAsSubject(SentenceView v, CueMatch adopted) {
        CueMatch ref = v.cues(CueKind.EVENT_ANAPHOR).stream().filter(c -> c.tokStart() <= 1
                && c.tokEnd() <= adopted.tokStart()).findFirst().orElse(null);
        EventRecord last = v.discourse.lastExchange();
        return ref != null && last != null && ref.value(CueKind.EVENT_ANAPHOR).equals(last.kind())
                && v.sentence.index() - last.sentence() <= SUBJECT_REACH ? last : null;
    }

    /** How many sentences back the event of an undated adoption may have been reported. */
    private static final int EVENT_REACH = 3;

    /** "On its closing day", "At the close of the Forum", "closed with the adoption of": the last day of the event. */
    private static boolean closing(SentenceView v) {
        for (int i = 0; i + 1 < v.tokens.size(); i++) {
            if (v.tokenIs(i, "closing") && v.tokenIs(i + 1, "day") || v.tokenIs(i, "the") && v.tokenIs(i + 1, "close")
                    || v.tokenIs(i, "the") && v.tokenIs(i + 1, "conclusion")
                    || v.tokenIs(i, "closed") && v.tokenIs(i + 1, "with") || v.tokenIs(i, "the") && v.tokenIs(i + 1, "end")) {
                return true;
            }
        }
        return false;
    }

    private static CueMatch nearestAdoption(SentenceView v, CueMatch noun, int cs, int ce) {
        CueMatch best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (CueMatch c : v.cues(CueKind.DECLARATION)) {
            if (c.tokStart() < cs || c.tokStart() >= ce) {
                continue;
            }
            int distance = Math.abs(c.tokStart() - noun.tokStart());
            if (distance < bestDistance && distance <= 25) {
                best = c;
                bestDistance = distance;
            }
        }
        return best;
    }

    /** The tokens [start, end) of a name in double quotes right at {@code k} ("A Joint Vision for 2030"), or null. */
    private static int[] quotedNameAfter(SentenceView v, int k, int ce) {
        if (!(v.tokenIs(k, "\"") || v.tokenIs(k, "\u201C"))) {
            return null;
        }
        for (int j = k + 1; j < ce; j++) {
            if (v.tokenIs(j, "\"") || v.tokenIs(j, "\u201D")) {
                return j > k + 1 ? new int[] {k + 1, j} : null;
            }
        }
        return null;
    }
}
