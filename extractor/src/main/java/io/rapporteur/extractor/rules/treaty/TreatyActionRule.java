package io.rapporteur.extractor.rules.treaty;

import io.rapporteur.contract.fact.FactType;
import io.rapporteur.extractor.date.DateMention;
import io.rapporteur.extractor.discourse.Discourse;
import io.rapporteur.extractor.kb.CueKind;
import io.rapporteur.extractor.mention.Mention;
import io.rapporteur.extractor.rules.CueMatch;
import io.rapporteur.extractor.rules.FactDraft;
import io.rapporteur.extractor.rules.Rule;
import io.rapporteur.extractor.rules.SentenceView;

import java.util.ArrayList;
import java.util.List;

/**
 * TREATY_ACTION: "<state> signed|ratified|acceded to|became a party to <treaty>[ and <treaty>]", the passive
 * "<treaty> was ratified at ... of the <national body>", with "respectively" pairing treaties and dates.
 */
public final class TreatyActionRule implements Rule {

    @Override
    public void apply(SentenceView v, List<FactDraft> out) {
        int before = out.size();
        Discourse.OpenList list = v.discourse.openList();
        int item = v.listItemStart();
        if (list != null && item > 0 && item < v.tokens.size()) {
            // "(b) The ILO Domestic Workers Convention, 2011 (No. 189), ratified on 24 March 2014;": an item of the
            // list the last paragraph announced, by its state, with its own act where it names one
            ListedActs.itemsOfList(v, list.action(), v.impliedState(list.actor(), 0, item), item - 1, out);
            return;
        }
        v.discourse.openList(null);
        if (ListedActs.welcomedSteps(v, out)) {
            return; // read whole above
        }
        FactSheetEntries.factSheetParticiples(v, out);
        CueMatch listed = StatesActingOnOneTreaty.statesWithTheirDates(v, out);
        if (listed == null) {
            listed = StatesActingOnOneTreaty.countedThenNamed(v, out);
        }
        List<CueMatch> aside = new ArrayList<>(AsideOfAnEarlierAct.read(v, out));
        aside.addAll(PairedNominalActs.read(v, out)); // "2 July and 13 August - Signature and ratification, respectively, of ..."
        Mention previousActor = null;
        for (CueMatch cue : v.cues(CueKind.TREATY)) {
            if (cue == listed || aside.contains(cue)) {
                continue; // read whole above
            }
            String action = cue.value(CueKind.TREATY);
            if (v.tokenIs(cue.tokEnd() - 1, "deposited") && v.tokenIs(cue.tokStart(), "the")) {
                FactSheetEntries.instrumentOfTheTreatyJustNamed(v, cue, action, out);
                continue;
            }
            if (v.negatedBefore(cue)) {
                continue; // "has not ratified the Covenant": no action took place
            }
            if (v.kb.words("treaty-action-nominals").contains(v.token(cue.tokStart()).norm())
                    && !ActWording.nominalTookPlace(v, cue) && !ListedActs.welcomedList(v, cue)) {
                continue; // "issues including the ratification of the ICCPR": a subject of talks, not an act
            }
            if (ActWording.gerundOfNoAct(v, cue)) {
                continue; // "the possibility of acceding to", "to consider ratifying": no act took place
            }
            if (StatesActingOnOneTreaty.severalStatesOf(v, cue, action, out)
                    || StatesActingOnOneTreaty.actOfAStateOnTheTreatyInView(v, cue, action, out)) {
                continue;
            }
            Mention actor = ClauseAct.read(v, cue, action, previousActor, out);
            if (actor != null) {
                previousActor = actor;
            }
        }
        StatesActingOnOneTreaty.gappedActs(v, before, out);
        StatesActingOnOneTreaty.gappedTreaties(v, before, out);
    }

    /** The act of a state on a treaty, on the date written (or none). */
    static FactDraft act(String action, Mention actor, Mention treaty, DateMention date) {
        return act(action, actor, treaty, null, date);
    }

    /** The act of a state on a treaty, decided by a national body where one is named, on the date written (or none). */
    static FactDraft act(String action, Mention actor, Mention treaty, Mention body, DateMention date) {
        FactDraft fact = new FactDraft(FactType.TREATY_ACTION).subKind(action).code("action", action)
                .entity("actor", actor).entity("treaty", treaty);
        if (body != null) {
            fact.entity("body", body);
        }
        return fact.date(date == null ? null : date.iso(), false);
    }
}
