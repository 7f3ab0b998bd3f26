package io.rapporteur.extractor.engine;

import io.rapporteur.contract.fact.EntityRef;
import io.rapporteur.contract.fact.Fact;
import io.rapporteur.contract.fact.FactType;
import io.rapporteur.extractor.kb.KnowledgeBase;
import io.rapporteur.extractor.mention.Person;
import io.rapporteur.extractor.mention.PersonRegistry;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A release's lead often names only the office ("The United Nations Special Rapporteur on the right to food today
 * urged ..., as she concluded a twelve-day official visit") and its holder a paragraph later ("The Special Rapporteur,
 * Ingrid Lahtinen, presented ..."). The lead's visit, meetings and attendance are that person's, as every later
 * "the Special Rapporteur" is: the office's id becomes the holder's where the document names exactly one.
 */
final class HolderNamedAfterTheLead {

    /** The sentences of a release's lead: its headline, its dateline sentence and the one after. */
    private static final int LEAD_SENTENCES = 3;

    private static final Set<FactType> ACTS_OF_THE_HOLDER = Set.of(FactType.VISIT, FactType.MEETING, FactType.ATTENDANCE);

    List<Fact> apply(Collection<Fact> facts, PersonRegistry people) {
        Map<String, String> holders = new LinkedHashMap<>();
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (Person p : people.recentFirst()) {
            String office = p.affiliation();
            if (KnowledgeBase.isMandate(office)) {
                holders.put(office, p.id());
                counts.merge(office, 1, Integer::sum);
            }
        }
        // "The Special Rapporteur, Ingrid Lahtinen, presented ...": a bare title that names no mandate, the one the
        // lead named (where the document titles no one else so, and names no other holder of a mandate)
        List<Person> titledOnly = people.recentFirst().stream().filter(p -> p.affiliation() == null
                && ("rapporteur".equals(people.officeHead(p.id())) || "expert".equals(people.officeHead(p.id())))).toList();
        if (holders.isEmpty() && titledOnly.size() == 1) {
            Person holder = titledOnly.get(0);
            String head = people.officeHead(holder.id());
            String prefix = head.equals("rapporteur") ? "org:SR-" : "org:IE-";
            Set<String> offices = new java.util.HashSet<>();
            for (Fact f : facts) {
                if (f.provenance() != null && f.provenance().sentenceIndex() < LEAD_SENTENCES) {
                    for (Object value : f.fields().values()) {
                        if (value instanceof EntityRef ref && ref.id() != null && ref.id().startsWith(prefix)) {
                            offices.add(ref.id());
                        }
                    }
                }
            }
            if (offices.size() == 1) {
                String office = offices.iterator().next();
                holders.put(office, holder.id());
                counts.put(office, 1);
            }
        }
        if (holders.isEmpty()) {
            return List.copyOf(facts);
        }
        List<Fact> out = new ArrayList<>(facts.size());
        for (Fact f : facts) {
            boolean lead = f.provenance() != null && f.provenance().sentenceIndex() < LEAD_SENTENCES;
            out.add(lead && ACTS_OF_THE_HOLDER.contains(f.type()) ? withHolders(f, holders, counts) : f);
        }
        return out;
    }

    private static Fact withHolders(Fact f, Map<String, String> holders, Map<String, Integer> counts) {
        Map<String, Object> fields = new LinkedHashMap<>(f.fields());
        boolean changed = false;
        for (Map.Entry<String, Object> e : fields.entrySet()) {
            Object value = e.getValue();
            if (value instanceof EntityRef ref && holderOf(ref, holders, counts) != null) {
                e.setValue(new EntityRef(holderOf(ref, holders, counts), ref.text()));
                changed = true;
            } else if (value instanceof List<?> list && !list.isEmpty() && list.get(0) instanceof EntityRef) {
                List<EntityRef> refs = new ArrayList<>();
                for (Object o : list) {
                    EntityRef ref = (EntityRef) o;
                    String holder = holderOf(ref, holders, counts);
                    refs.add(holder == null ? ref : new EntityRef(holder, ref.text()));
                    changed |= holder != null;
                }
                e.setValue(refs);
            }
        }
        return changed ? new Fact(f.id(), f.type(), fields, f.date(), f.status(), f.evidence(), f.provenance(),
                f.confidence(), f.cameo(), f.extractorVersion()) : f;
    }

    /** The one person the document names as holding the office the reference names, or null. */
    private static String holderOf(EntityRef ref, Map<String, String> holders, Map<String, Integer> counts) {
        return ref.id() != null && counts.getOrDefault(ref.id(), 0) == 1 ? holders.get(ref.id()) : null;
    }
}
