package io.rapporteur.extractor.kb;

import io.rapporteur.extractor.segment.Token;
import io.rapporteur.extractor.segment.Tokenizer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A trie over normalised tokens, built once, that finds the longest phrase starting at a token in time bounded by
 * the longest phrase, so matching a document is linear in its length. "*" in a phrase matches any one word; a hyphen
 * written against a word may be present or absent on either side. Case: a phrase word written as an acronym
 * ("UN", "EU", "MoU") must match exactly, and a phrase that starts with a capital needs a capital in the text.
 */
public final class PhraseTrie<T> {

    private static final String ANY = "*";

    private final Node<T> root = new Node<>();
    private int maxLength;
    private Set<String> auxiliaries = Set.of();
    private Set<String> insertedAdverbs = Set.of();

    /**
     * Lets an adverb from {@code adverbs} stand inside a phrase right after a word of {@code auxiliaries}, as writers
     * put one between an auxiliary and its participle: "was also elected", "has subsequently been ratified" match
     * "was elected", "has been ratified".
     */
    public void allowAdverbsAfter(Set<String> auxiliaries, Set<String> adverbs) {
        this.auxiliaries = Set.copyOf(auxiliaries);
        this.insertedAdverbs = Set.copyOf(adverbs);
    }

    public void add(String phrase, T value) {
        List<Token> tokens = Tokenizer.tokenize(phrase, 0, phrase.length());
        List<String> surface = new ArrayList<>();
        Node<T> node = root;
        for (Token token : tokens) {
            if (token.norm().equals("-")) {
                continue;
            }
            String key = token.text().equals(ANY) ? ANY : token.norm();
            node = node.children.computeIfAbsent(key, k -> new Node<>());
            surface.add(token.text());
        }
        if (node == root) {
            return;
        }
        boolean[] acronym = new boolean[surface.size()];
        for (int i = 0; i < acronym.length; i++) {
            acronym[i] = isAcronym(surface.get(i));
        }
        node.entries.add(new Entry<>(surface, acronym, value));
        maxLength = Math.max(maxLength, surface.size() * 2 + 2);
    }

    /** The longest match starting at token {@code from}, or null. */
    public Match<T> longestAt(List<Token> tokens, int from) {
        Match<T>[] best = newBest();
        walk(root, tokens, from, from, new ArrayList<>(), best, false);
        return best[0];
    }

    @SuppressWarnings("unchecked")
    private static <T> Match<T>[] newBest() {
        return (Match<T>[]) new Match[1];
    }

    private void walk(Node<T> node, List<Token> tokens, int from, int at, List<Integer> matched, Match<T>[] best,
                      boolean afterSkippedHyphen) {
        if (!node.entries.isEmpty() && at > from && !afterSkippedHyphen) {
            for (Entry<T> entry : node.entries) {
                if (caseFits(entry, tokens, matched)) {
                    if (best[0] == null || at > best[0].end()) {
                        best[0] = new Match<>(from, at, entry.value);
                    }
                    break;
                }
            }
        }
        if (at >= tokens.size() || at - from > maxLength) {
            return;
        }
        Token token = tokens.get(at);
        if (token.isAttachedHyphen() && at > from) {
            walk(node, tokens, from, at + 1, matched, best, true);
        }
        Node<T> next = node.children.get(token.norm());
        if (next != null) {
            matched.add(at);
            walk(next, tokens, from, at + 1, matched, best, false);
            matched.remove(matched.size() - 1);
        }
        Node<T> any = node.children.get(ANY);
        if (any != null && token.isWord()) {
            matched.add(at);
            walk(any, tokens, from, at + 1, matched, best, false);
            matched.remove(matched.size() - 1);
        }
        if (next == null && !matched.isEmpty() && matched.get(matched.size() - 1) == at - 1
                && insertedAdverbs.contains(token.norm()) && auxiliaries.contains(tokens.get(at - 1).norm())) {
            walk(node, tokens, from, at + 1, matched, best, false); // "was also elected"
        }
    }

    private static <T> boolean caseFits(Entry<T> entry, List<Token> tokens, List<Integer> matched) {
        List<String> surface = entry.surface;
        for (int i = 0; i < surface.size(); i++) {
            String word = surface.get(i);
            String text = tokens.get(matched.get(i)).text();
            if (word.equals(ANY)) {
                continue;
            }
            if (entry.acronym[i] && !word.equals(text)) {
                return false;
            }
            if (i == 0 && Character.isUpperCase(word.charAt(0)) && !Character.isUpperCase(text.charAt(0))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isAcronym(String word) {
        int upper = 0;
        for (int i = 0; i < word.length(); i++) {
            if (Character.isUpperCase(word.charAt(i))) {
                upper++;
            }
        }
        return upper >= 2 || (upper == 1 && word.length() == 1);
    }

    /** A match over tokens [start, end) and the value of the phrase. */
    public record Match<T>(int start, int end, T value) {
    }

    private record Entry<T>(List<String> surface, boolean[] acronym, T value) {
    }

    private static final class Node<T> {
        final Map<String, Node<T>> children = new HashMap<>(4);
        final List<Entry<T>> entries = new ArrayList<>(1);
    }
}
