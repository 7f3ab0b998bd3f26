package io.rapporteur.extractor.rules.agreement;

import io.rapporteur.contract.fact.FactType;
import io.rapporteur.extractor.kb.CueKind;
import io.rapporteur.extractor.mention.Mention;
import io.rapporteur.extractor.rules.CueMatch;
import io.rapporteur.extractor.rules.FactDraft;
import io.rapporteur.extractor.rules.Rule;
import io.rapporteur.extractor.rules.SentenceView;

import java.util.List;

/**
 * AGREEMENT: "<party> signed [with <party>] the Memorandum of Understanding|agreement|programme of cooperation ...".
 * A title "... Between A and B" names the parties; otherwise the signer and the "with" partner do (a person stands
 * for the body of their office).
 */
public final class AgreementRule implements Rule {

    @Override
    public void apply(SentenceView v, List<FactDraft> out) {
        if (v.cues(CueKind.AGREEMENT_VERB).isEmpty()) {
            TimelineEntry.read(v, out); // "14.06.2010 - Memorandum of Understanding between A and B"
        }
        SigningNoun.read(v, out); // "welcomed the signing of a Memorandum ..."
        for (CueMatch verb : v.cues(CueKind.AGREEMENT_VERB)) {
            VerbSigning.read(v, verb, out); // "A and B signed ...", else "the Agreement, which was signed ..."
        }
    }

    /** The agreement of the kind its noun says, between {@code parties}, its title the tokens [titleStart, titleEnd). */
    static FactDraft draft(SentenceView v, CueMatch noun, List<Mention> parties, int titleStart, int titleEnd) {
        String kind = noun.value(CueKind.AGREEMENT_NOUN);
        FactDraft fact = new FactDraft(FactType.AGREEMENT).subKind(kind).code("kind", kind).entities("parties", parties);
        fact.text("title", v.text(titleStart, titleEnd), v.token(titleStart).start(), v.token(titleEnd - 1).end());
        return fact;
    }

    /** Reports the agreement, and remembers it (by its name where it has a title) for the sentences after. */
    static void report(SentenceView v, FactDraft fact, String name, List<FactDraft> out) {
        out.add(fact);
        v.events().remember("AGREEMENT", fact, name);
    }
}
