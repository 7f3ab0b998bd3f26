package io.rapporteur.extractor.evaluate;

import java.nio.file.Files;
import java.nio.file.Path;

/** The shared corpus/gold/spec directory: system property rapporteur.shared.dir (set by the root pom), else ../../shared. */
final class SharedDir {

    private SharedDir() {
    }

    static Path locate() {
        String property = System.getProperty("rapporteur.shared.dir");
        Path dir = property != null ? Path.of(property) : Path.of("../../shared");
        if (!Files.isDirectory(dir.resolve("gold"))) {
            throw new IllegalStateException("no shared gold directory at " + dir.toAbsolutePath().normalize()
                    + "; set -Drapporteur.shared.dir");
        }
        return dir.toAbsolutePath().normalize();
    }
}
