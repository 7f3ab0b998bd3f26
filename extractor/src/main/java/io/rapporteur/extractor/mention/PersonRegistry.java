package io.rapporteur.extractor.mention;

import io.rapporteur.extractor.kb.KnowledgeBase;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The people one document has introduced, so that later mentions ("Mr. Türk", "Robinson", "Mary Robinson") and
 * pronouns resolve to the same person. One per document; not shared between threads.
 */
public final class PersonRegistry {

    private final Map<String, Person> byFullName = new HashMap<>();
    private final Map<String, Person> byNamePart = new HashMap<>();
    /** Family names of two or more words, as a later mention writes them: "Moraes Carvalho" for Helena Moraes Carvalho. */
    private final Map<String, Person> byNameTail = new HashMap<>();
    private final List<Person> recent = new ArrayList<>();
    /** 'F' or 'M' where the text has shown it ("Ms. Pillay", "she" resolved to her); people's names do not. */
    private final Map<String, Character> genders = new HashMap<>();
    private final Map<String, Integer> mentions = new HashMap<>();

    /** Registers a person by full name (or returns the one already known under it). */
    public Person register(String name, String affiliation) {
        String key = key(name);
        Person known = byFullName.get(key);
        if (known != null) {
            if (known.affiliation() == null && affiliation != null) {
                known = new Person(known.id(), known.name(), affiliation);
                byFullName.put(key, known);
            }
            return known;
        }
        Person part = name.contains(" ") ? byNameTail.get(key) : byNamePart.get(key);
        if (part != null) {
            return part;
        }
        Person person = new Person("person:" + slug(name), name, affiliation);
        byFullName.put(key, person);
        String[] parts = key.split(" ");
        if (parts.length >= 2) {
            byNamePart.put(parts[parts.length - 1], person);
            byNamePart.putIfAbsent(parts[0], person); // Chinese names put the family name first
            Person shortName = byFullName.get(parts[parts.length - 1]);
            if (shortName != null) {
                // a headline's "Deputy High Commissioner Al-Nashif" before "Nada Al-Nashif": later "Al-Nashif" is her
                byFullName.put(parts[parts.length - 1], person);
            }
        }
        for (int i = 1; i + 2 <= parts.length; i++) {
            byNameTail.putIfAbsent(String.join(" ", java.util.Arrays.copyOfRange(parts, i, parts.length)), person);
        }
        return person;
    }

    public Person byFullName(String name) {
        return byFullName.get(key(name));
    }

    /** The person whose full name ends in these two or more words, else null. */
    public Person byNameTail(String words) {
        return byNameTail.get(key(words));
    }

    public Person byNamePart(String word) {
        return byNamePart.get(key(word));
    }

    /** Records a person's grammatical gender the first time the text shows it. */
    public void gender(String personId, char gender) {
        genders.putIfAbsent(personId, gender);
    }

    /** 'F', 'M', or null while the text has not shown it. */
    public Character genderOf(String personId) {
        return genders.get(personId);
    }

    /** Records the office a person holds where the text wrote it apart from the name ("..., Ms. A B"), unless known. */
    public void affiliate(String personId, String office) {
        if (personId == null || office == null) {
            return;
        }
        for (int i = 0; i < recent.size(); i++) {
            Person p = recent.get(i);
            if (p.id().equals(personId) && p.affiliation() == null) {
                Person affiliated = new Person(p.id(), p.name(), office);
                recent.set(i, affiliated);
                byFullName.replaceAll((k, v) -> v.id().equals(personId) ? affiliated : v);
                byNamePart.replaceAll((k, v) -> v.id().equals(personId) ? affiliated : v);
                byNameTail.replaceAll((k, v) -> v.id().equals(personId) ? affiliated : v);
            }
        }
    }

    /** People the text titled as deputies ("Deputy High Commissioner"), and as former holders ("then-Deputy ..."). */
    private final Set<String> deputies = new HashSet<>();
    private final Set<String> formerHolders = new HashSet<>();

    /** Records how the text titled a person: a deputy's title, a former ("then", "former") holder's. */
    public void titledAs(String personId, String title, boolean former) {
        if (personId == null || title == null) {
            return;
        }
        if (isDeputyTitle(title)) {
            deputies.add(personId);
        }
        if (former) {
            formerHolders.add(personId);
        }
    }

    public static boolean isDeputyTitle(String title) {
        return title.toLowerCase(Locale.ROOT).matches("(?s).*\\bdeputy\\b.*");
    }

    public boolean isDeputy(String personId) {
        return deputies.contains(personId);
    }

    public boolean isFormerHolder(String personId) {
        return formerHolders.contains(personId);
    }

    /** The head word of each person's office as the text wrote it ("commissioner" for "the Commissioner for ..., A B"). */
    private final Map<String, String> officeHeads = new HashMap<>();

    public void holdsOffice(String personId, String head) {
        officeHeads.put(personId, head.toLowerCase(Locale.ROOT));
    }

    /** The person named last who holds a special procedures mandate, or null. */
    public Person lastMandateHolder() {
        return recentFirst().stream().filter(p -> KnowledgeBase.isMandate(p.affiliation())).findFirst().orElse(null);
    }

    /** The head word of the office the text wrote the person with ("rapporteur"), or null. */
    public String officeHead(String personId) {
        return officeHeads.get(personId);
    }

    /** The person mentioned last whose office the text wrote with this head word, or null. */
    public Person lastHolding(String head) {
        String h = head.toLowerCase(Locale.ROOT);
        for (int i = recent.size() - 1; i >= 0; i--) {
            if (h.equals(officeHeads.get(recent.get(i).id()))) {
                return recent.get(i);
            }
        }
        return null;
    }

    public void mentioned(Person person) {
        recent.remove(person);
        recent.add(person);
        mentions.merge(person.id(), 1, Integer::sum);
    }

    /** How often the text has mentioned the person so far (by name or title). */
    public int mentions(String personId) {
        return mentions.getOrDefault(personId, 0);
    }

    /** Persons in order of last mention, most recent first. */
    public List<Person> recentFirst() {
        List<Person> out = new ArrayList<>(recent);
        Collections.reverse(out);
        return out;
    }

    private static String key(String name) {
        return name.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").trim();
    }

    /** "Volker Türk" -> "volker-turk", "Zeid Ra'ad Al Hussein" -> "zeid-raad-al-hussein": lower case, ASCII, hyphens. */
    public static String slug(String name) {
        // an apostrophe joins a name's parts: "Ra'ad" -> "raad", "O'Flaherty" -> "oflaherty"
        // letters that no accent makes: "Sørensen" -> "sorensen", "Łukasz" -> "lukasz", "Straße" -> "strasse"
        String plain = name.replace("ø", "o").replace("Ø", "O").replace("æ", "ae").replace("Æ", "Ae").replace("ß", "ss")
                .replace("ł", "l").replace("Ł", "L").replace("đ", "d").replace("Đ", "D").replace("œ", "oe")
                .replace("Œ", "Oe").replace("ı", "i").replace("þ", "th").replace("ð", "d");
        String ascii = Normalizer.normalize(plain, Normalizer.Form.NFD).replaceAll("\\p{M}+", "").replaceAll("['\u2019]", "");
        return ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
    }
}
