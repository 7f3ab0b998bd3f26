package io.rapporteur.extractor.kb;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Everything the extractor knows, read once from the versioned data files under
 * {@code io/rapporteur/extractor/kb/}: states, bodies, treaties, titles, cities, cue phrases, number words, CAMEO
 * codes. Immutable after loading, so one instance serves any number of threads.
 */
public final class KnowledgeBase {

    private static final String BASE = "/io/rapporteur/extractor/kb/";

    private final String version;
    private final PhraseTrie<EntityEntry> entities = new PhraseTrie<>();
    private final PhraseTrie<List<Cue>> cues = new PhraseTrie<>();
    private final Map<String, List<Cue>> cuesByPhrase = new HashMap<>();
    private final Map<String, Integer> ordinals = new HashMap<>();
    private final Map<String, Integer> tens = new HashMap<>();
    private final Map<String, Integer> cardinals = new HashMap<>();
    private final Set<String> abbreviations = new HashSet<>();
    private final Set<String> nameStopwords = new HashSet<>();
    private final Set<String> nameContexts = new HashSet<>();
    private final Set<String> nameVerbs = new HashSet<>();
    private final Set<String> mandateEnds = new HashSet<>();
    private final Map<String, String> stateNames = new HashMap<>();
    private final Map<String, String> treatyNames = new HashMap<>();
    private final Map<String, String> protocolParents = new HashMap<>();
    private final Map<String, String> sovereigns = new HashMap<>();
    private final Set<String> offices = new HashSet<>();
    private final Map<String, String> officeNames = new HashMap<>();
    private final Map<String, String> bodyNames = new HashMap<>();
    private final Map<String, String> reportSymbols = new LinkedHashMap<>();
    private final List<String[]> cameo = new ArrayList<>();
    private final Map<String, String> monitoredTreaties = new HashMap<>();
    private final Map<String, String> optionalProtocols = new HashMap<>();
    private final Map<String, List<ProtocolSubject>> protocolsBySubject = new HashMap<>();
    private final Map<String, Set<String>> wordLists = new HashMap<>();
    private final Map<String, Pattern> officeTitles = new HashMap<>();
    /** Each state's institutions the knowledge base lists by name: ISO code -> [id, alias...] per institution. */
    private final Map<String, List<List<String>>> fixedNationalBodies = new HashMap<>();

    private KnowledgeBase() {
        this.version = lines("VERSION").get(0).trim();
        loadWordLists();
        loadOfficeTitles();
        loadStates();
        loadBodies();
        loadNationalBodies();
        loadTreaties();
        loadCities();
        loadTitles();
        loadCues();
        loadNumbers();
        abbreviations.addAll(lines("abbreviations.txt"));
        nameStopwords.addAll(lines("name-stopwords.txt"));
        nameContexts.addAll(lines("name-contexts.txt"));
        nameVerbs.addAll(lines("name-verbs.txt"));
        mandateEnds.addAll(lines("mandate-ends.txt"));
        pairs("report-symbols.tsv", reportSymbols);
        pairs("territories.tsv", sovereigns);
        for (String line : lines("cameo.tsv")) {
            cameo.add(line.split("\t"));
        }
        for (String line : lines("optional-protocols.tsv")) {
            String[] cols = line.split("\t");
            optionalProtocols.put(cols[0].trim(), cols[1].trim());
        }
        for (String line : lines("protocols-by-subject.tsv")) {
            String[] cols = line.split("\t", -1);
            protocolsBySubject.computeIfAbsent(cols[0].trim(), k -> new ArrayList<>()).add(new ProtocolSubject(
                    cols[1].trim(), List.of(cols[2].trim().split("\\s*;\\s*")), cols.length > 3 && cols[3].trim().equals("pair")));
        }
        for (String line : lines("committee-treaties.tsv")) {
            String[] cols = line.split("\t");
            monitoredTreaties.put(cols[0].trim(), cols[1].trim());
        }
    }

    public static KnowledgeBase load() {
        return new KnowledgeBase();
    }

    public String version() {
        return version;
    }

    public PhraseTrie<EntityEntry> entities() {
        return entities;
    }

    public PhraseTrie<List<Cue>> cues() {
        return cues;
    }

    public Set<String> abbreviations() {
        return abbreviations;
    }

    public boolean isNameStopword(String norm) {
        return nameStopwords.contains(norm);
    }

    /** A word after which an unknown two- or three-word capitalised run is a person's name. */
    public boolean isNameContext(String norm) {
        return nameContexts.contains(norm);
    }

    /** A verb after which a clause-initial capitalised run of two or three words is a person ("..., Olivier De Schutter visited"). */
    public boolean isNameVerb(String norm) {
        return nameVerbs.contains(norm);
    }

    /** A last word of a mandate after which an uncommaed holder's name may follow ("... Affairs Rosemary DiCarlo"). */
    public boolean isMandateEnd(String norm) {
        return mandateEnds.contains(norm);
    }

    public Integer ordinal(String norm) {
        return ordinals.get(norm);
    }

    public Integer tens(String norm) {
        return tens.get(norm);
    }

    public Integer cardinal(String norm) {
        return cardinals.get(norm);
    }

    /** One of a convention's protocols, the words of its subject, and whether "both protocols" alone means it. */
    public record ProtocolSubject(String protocolId, List<String> subjectWords, boolean ofThePair) {
    }

    /** The protocols of a convention a plural phrase may name ("the Optional Protocols to the CRC on ..."), or none. */
    public List<ProtocolSubject> protocolsBySubject(String conventionId) {
        return protocolsBySubject.getOrDefault(conventionId, List.of());
    }

    /** The optional protocol "the Optional Protocol" means next to a convention ("treaty:CAT" -> OP-CAT), or null. */
    public String optionalProtocolOf(String conventionId) {
        return optionalProtocols.get(conventionId);
    }

    /** The treaty a treaty body monitors ("org:CERD" -> "treaty:ICERD"), or null. */
    public String monitoredTreaty(String committeeId) {
        return monitoredTreaties.get(committeeId);
    }

    /** The treaty body that monitors a treaty ("treaty:ICERD" -> "org:CERD"), or null. */
    public String monitoringBody(String treatyId) {
        for (Map.Entry<String, String> e : monitoredTreaties.entrySet()) {
            if (e.getValue().equals(treatyId)) {
                return e.getKey();
            }
        }
        return null;
    }

    public boolean isState(String id) {
        return stateNames.containsKey(id);
    }

    /** The treaty's full name ("International Covenant on Civil and Political Rights"), or null. */
    public String treatyName(String id) {
        return treatyNames.get(id);
    }

    /** Symbol prefixes of states' reports to treaty bodies and the treaty each is under, longest first. */
    public Map<String, String> reportSymbols() {
        return Collections.unmodifiableMap(reportSymbols);
    }

    /**
     * Whether the body is a special procedures mandate of the Human Rights Council, a Special Rapporteur's or an
     * Independent Expert's (ids org:SR-* and org:IE-*).
     */
    public static boolean isMandate(String bodyId) {
        return bodyId != null && (bodyId.startsWith("org:SR-") || bodyId.startsWith("org:IE-"));
    }

    /** Whether the body is an office one person holds (a Special Rapporteur, the High Commissioner). */
    public boolean isOffice(String bodyId) {
        return offices.contains(bodyId);
    }

    /**
     * Whether the office is one of a generic kind of title: "Special Rapporteur" for org:SR-FORB ("Special Rapporteur
     * on freedom of religion or belief"); false for bodies that are no office.
     */
    public boolean isOfficeOfKind(String bodyId, String genericTitle) {
        String name = officeNames.get(bodyId);
        return name != null && name.startsWith(genericTitle.toLowerCase(Locale.ROOT));
    }

    /** The state a territory's treaty reports belong to (HKG -> CHN), or null. */
    public String sovereignOf(String territoryId) {
        return sovereigns.get(territoryId);
    }

    /** An international body's full name ("Committee on Enforced Disappearances"), or null. */
    public String bodyName(String id) {
        return bodyNames.get(id);
    }

    /**
     * The listed institution of a state that a name without the state stands for: "National Human Rights Commission"
     * in a Mongolian text is the "National Human Rights Commission of Mongolia" (org:MNG-NHRCM), whatever initials the
     * bare name would give. Null when no listed name of that state is the bare name with "of ..." after it.
     */
    public String listedInstitution(String country, String bareName) {
        String wanted = bareName.toLowerCase(Locale.ROOT);
        for (List<String> named : fixedNationalBodies.getOrDefault(country, List.of())) {
            for (String alias : named.subList(1, named.size())) {
                String a = alias.toLowerCase(Locale.ROOT);
                if (a.equals(wanted) || a.startsWith(wanted + " of ")) {
                    return named.get(0);
                }
            }
        }
        return null;
    }

    public String stateName(String id) {
        return stateNames.get(id);
    }

    /** The CAMEO code for a fact type and one of its sub-kinds (action, format, kind or status), or null. */
    public String cameo(String type, String subKind) {
        for (String[] row : cameo) {
            if (row.length >= 3 && row[0].equals(type) && (row[1].equals("*") || row[1].equals(subKind))) {
                return row[2];
            }
        }
        return null;
    }

    /**
     * A word list of word-lists.tsv by name ("hosting-verbs"). Asking for a list the file does not have is a bug of
     * the caller, not an empty list.
     */
    public Set<String> words(String list) {
        Set<String> words = wordLists.get(list);
        if (words == null) {
            throw new IllegalArgumentException("no word list '" + list + "' in word-lists.tsv");
        }
        return words;
    }

    /**
     * The office titles of a list of office-titles.tsv by name ("national-offices"), as one pattern that finds any of
     * them written as whole words, in the case the file gives. Asking for a list the file does not have is a bug of the
     * caller.
     */
    public Pattern officeTitles(String list) {
        Pattern titles = officeTitles.get(list);
        if (titles == null) {
            throw new IllegalArgumentException("no list '" + list + "' in office-titles.tsv");
        }
        return titles;
    }

    private void loadOfficeTitles() {
        Map<String, List<String>> read = new LinkedHashMap<>();
        for (String line : lines("office-titles.tsv")) {
            String[] cols = columns(line, 2);
            read.computeIfAbsent(cols[0].trim(), k -> new ArrayList<>()).add(Pattern.quote(cols[1].trim()));
        }
        read.forEach((name, titles) -> officeTitles.put(name, Pattern.compile("\\b(?:" + String.join("|", titles) + ")\\b")));
    }

    private void loadWordLists() {
        Map<String, Set<String>> read = new HashMap<>();
        for (String line : lines("word-lists.tsv")) {
            String[] cols = columns(line, 2);
            read.computeIfAbsent(cols[0].trim(), k -> new HashSet<>()).addAll(List.of(cols[1].trim().split("\\s+")));
        }
        read.forEach((name, words) -> wordLists.put(name, Set.copyOf(words)));
    }

    private void loadStates() {
        for (String line : lines("states.tsv")) {
            String[] cols = columns(line, 4);
            String id = cols[0];
            stateNames.put(id, cols[1]);
            EntityEntry entry = new EntityEntry(EntityKind.STATE, id, cols[1], false, false, id, null);
            addEntity(cols[1], entry);
            for (String alias : split(cols[2])) {
                addEntity(alias, entry);
            }
            EntityEntry demonym = new EntityEntry(EntityKind.DEMONYM, id, cols[1], false, false, id, null);
            for (String word : split(cols[3])) {
                addEntity(word, demonym);
            }
        }
    }

    private void loadBodies() {
        for (String line : lines("bodies.tsv")) {
            String[] cols = columns(line, 4);
            EntityEntry entry = new EntityEntry(EntityKind.ORG, cols[0], cols[1], cols[3].trim().equals("yes"), false,
                    null, cols[0]);
            if (entry.office()) {
                offices.add(cols[0]);
                officeNames.put(cols[0], cols[1].toLowerCase(Locale.ROOT));
            }
            bodyNames.put(cols[0], cols[1]);
            addEntity(cols[1], entry);
            for (String alias : split(cols[2])) {
                addEntity(alias, entry);
            }
        }
    }

    private void loadNationalBodies() {
        for (String line : lines("national-bodies.tsv")) {
            String[] cols = columns(line, 3);
            if (cols[0].equals("fixed")) {
                String country = cols[1].substring("org:".length(), "org:".length() + 3);
                EntityEntry entry = new EntityEntry(EntityKind.NATIONAL_BODY, cols[1], split(cols[2]).get(0), false,
                        false, country, null);
                for (String alias : split(cols[2])) {
                    addEntity(alias, entry);
                }
                List<String> named = new ArrayList<>();
                named.add(cols[1]);
                named.addAll(split(cols[2]));
                fixedNationalBodies.computeIfAbsent(country, c -> new ArrayList<>()).add(named);
            } else if (cols[0].equals("pattern")) {
                for (String name : split(cols[2])) {
                    addEntity(name, EntityEntry.of(EntityKind.BODY_NAME, cols[1], name));
                }
            }
        }
    }

    private void loadTreaties() {
        for (String line : lines("treaties.tsv")) {
            String[] cols = columns(line, 4);
            EntityEntry entry = EntityEntry.of(EntityKind.TREATY, cols[0], cols[2]);
            treatyNames.put(cols[0], cols[2]);
            for (String acronym : cols[1].trim().split(" +")) {
                if (!acronym.isBlank()) {
                    addEntity(acronym, entry);
                }
            }
            addEntity(cols[2], entry);
            if (cols[2].startsWith("ILO ")) { // "the Discrimination (Employment and Occupation) Convention, 1958 (No. 111)"
                addEntity(cols[2].substring("ILO ".length()), entry);
            }
            for (String alias : split(cols[3])) {
                addEntity(alias, entry);
            }
        }
        // "Optional Protocol to the Convention on the Rights of Persons with Disabilities": the treaty whose full name
        // follows "Protocol to the" is the protocol's parent
        treatyNames.forEach((id, name) -> {
            int to = name.indexOf("Protocol to the ");
            if (to < 0) {
                return;
            }
            String rest = name.substring(to + "Protocol to the ".length());
            treatyNames.forEach((parent, parentName) -> {
                if (!parent.equals(id) && rest.startsWith(parentName) && (protocolParents.get(id) == null
                        || parentName.length() > treatyNames.get(protocolParents.get(id)).length())) {
                    protocolParents.put(id, parent);
                }
            });
        });
    }

    /** The convention or covenant a protocol is to ("treaty:OP-CRPD" -> "treaty:CRPD"), or null. */
    public String protocolParent(String treatyId) {
        return protocolParents.get(treatyId);
    }

    private void loadCities() {
        for (String line : lines("cities.tsv")) {
            String[] cols = columns(line, 3);
            EntityEntry entry = new EntityEntry(EntityKind.CITY, cols[0], cols[0], false, false, cols[1], null);
            addEntity(cols[0], entry);
            for (String alias : split(cols[2])) {
                addEntity(alias, entry);
            }
        }
    }

    private void loadTitles() {
        for (String line : lines("titles.tsv")) {
            String[] cols = columns(line, 2);
            String title = cols[0].trim();
            boolean honorific = words("honorifics").contains(title.toLowerCase(Locale.ROOT));
            String affiliation = cols[1].isBlank() ? null : cols[1].trim();
            addEntity(title, new EntityEntry(EntityKind.TITLE, null, title, true, honorific, null, affiliation));
        }
    }

    private void loadCues() {
        cues.allowAdverbsAfter(words("cue-auxiliaries"), words("cue-inserted-adverbs"));
        for (String line : lines("cues.tsv")) {
            String[] cols = columns(line, 3);
            Cue cue = new Cue(CueKind.valueOf(cols[0].trim()), cols[2].trim());
            for (String phrase : expanded(cols[1].trim())) {
                List<Cue> meanings = cuesByPhrase.get(phrase);
                if (meanings == null) {
                    meanings = new ArrayList<>();
                    cuesByPhrase.put(phrase, meanings);
                    cues.add(phrase, meanings);
                }
                if (!meanings.contains(cue)) {
                    meanings.add(cue);
                }
            }
        }
    }

    /**
     * The phrases a cue line stands for: "{a,her,his}" is any one of the words, "*{0-3}" zero to three words of any
     * kind ("at the end of {a,her} *{0-3} {visit,mission} to" is "at the end of her first official visit to" and
     * the rest), so the file need not spell out every combination.
     */
    static List<String> expanded(String phrase) {
        List<String> out = new ArrayList<>(List.of(""));
        for (String word : phrase.split(" ")) {
            List<String> options;
            if (word.startsWith("*{") && word.endsWith("}")) {
                String[] range = word.substring(2, word.length() - 1).split("-");
                options = new ArrayList<>();
                for (int n = Integer.parseInt(range[0]); n <= Integer.parseInt(range[1]); n++) {
                    options.add(String.join(" ", Collections.nCopies(n, "*")));
                }
            } else if (word.startsWith("{") && word.endsWith("}")) {
                options = List.of(word.substring(1, word.length() - 1).split(","));
            } else {
                options = List.of(word);
            }
            List<String> next = new ArrayList<>();
            for (String head : out) {
                for (String option : options) {
                    next.add(option.isEmpty() ? head : head.isEmpty() ? option : head + " " + option);
                }
            }
            out = next;
        }
        return out;
    }

    private void loadNumbers() {
        for (String line : lines("numbers.tsv")) {
            String[] cols = columns(line, 3);
            int value = Integer.parseInt(cols[2].trim());
            switch (cols[0]) {
                case "ordinal" -> ordinals.put(cols[1], value);
                case "tens" -> tens.put(cols[1], value);
                case "cardinal" -> cardinals.put(cols[1], value);
                default -> throw new IllegalStateException("numbers.tsv: unknown kind " + cols[0]);
            }
        }
    }

    private void addEntity(String phrase, EntityEntry entry) {
        String p = phrase.trim();
        if (p.regionMatches(true, 0, "the ", 0, 4) && p.length() > 4) {
            p = p.substring(4); // the article is read from the text, not matched
        }
        if (!p.isEmpty()) {
            entities.add(p, entry);
        }
    }

    private static List<String> split(String list) {
        List<String> out = new ArrayList<>();
        for (String item : list.split(";")) {
            if (!item.isBlank()) {
                out.add(item.trim());
            }
        }
        return out;
    }

    /** A two-column file into a map, first column to second, in file order. */
    private static void pairs(String file, Map<String, String> into) {
        for (String line : lines(file)) {
            String[] cols = columns(line, 2);
            into.put(cols[0], cols[1]);
        }
    }

    private static String[] columns(String line, int count) {
        String[] raw = line.split("\t", -1);
        String[] cols = new String[count];
        for (int i = 0; i < count; i++) {
            cols[i] = i < raw.length ? raw[i] : "";
        }
        return cols;
    }

    private static List<String> lines(String file) {
        List<String> out = new ArrayList<>();
        try (InputStream in = KnowledgeBase.class.getResourceAsStream(BASE + file)) {
            if (in == null) {
                throw new IllegalStateException("knowledge file missing from the classpath: " + file);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                out.add(line);
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
