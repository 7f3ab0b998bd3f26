package io.rapporteur.extractor.evaluate;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.rapporteur.contract.fact.FactJson;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/** Reads gold files: JSON Lines in the shape of FACTS.md, an optional DOCUMENT metadata line first. */
public final class GoldFiles {

    public static final String EXTENSION = ".jsonl";
    private static final ObjectMapper JSON = new ObjectMapper();

    private GoldFiles() {
    }

    /**
     * @throws IOException              when the file cannot be read
     * @throws IllegalArgumentException naming the file and line when a line is not a fact of FACTS.md
     */
    public static GoldDocument read(Path file) throws IOException {
        String fileName = file.getFileName().toString();
        String name = fileName.endsWith(EXTENSION) ? fileName.substring(0, fileName.length() - EXTENSION.length()) : fileName;
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        String title = null;
        String published = null;
        Integer coversYear = null;
        List<GoldFact> facts = new ArrayList<>();
        boolean first = true;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank()) {
                continue;
            }
            String where = fileName + " line " + (i + 1) + ": ";
            JsonNode node;
            try {
                node = JSON.readTree(line);
            } catch (JsonProcessingException e) {
                throw new IllegalArgumentException(where + "not JSON: " + e.getOriginalMessage());
            }
            if ("DOCUMENT".equals(node.path("type").asText())) {
                if (!first) {
                    throw new IllegalArgumentException(where + "the DOCUMENT metadata line must come first");
                }
                title = textOrNull(node, "title");
                published = textOrNull(node, "published");
                coversYear = node.hasNonNull("coversYear") ? node.get("coversYear").asInt() : null;
            } else {
                try {
                    facts.add(new GoldFact(FactJson.fromJson(node), node.path("optional").asBoolean(false)));
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException(where + e.getMessage(), e);
                }
            }
            first = false;
        }
        return new GoldDocument(name, title, published, coversYear, facts);
    }

    /** Every {@code NAME.jsonl} of a directory, by name, in name order. */
    public static Map<String, GoldDocument> readDirectory(Path directory) throws IOException {
        Map<String, GoldDocument> gold = new TreeMap<>();
        try (Stream<Path> files = Files.list(directory)) {
            for (Path file : files.filter(f -> f.getFileName().toString().endsWith(EXTENSION)).sorted().toList()) {
                GoldDocument document = read(file);
                gold.put(document.name(), document);
            }
        }
        return gold;
    }

    private static String textOrNull(JsonNode node, String field) {
        return node.hasNonNull(field) ? node.get(field).asText() : null;
    }
}
