package io.rapporteur.extractor.cli;

import io.rapporteur.extractor.Extractors;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * Entry point of the extractor's command line (see {@link Cli} for the commands):
 * <pre>
 * java -cp extractor/target/extractor-0.1.0-SNAPSHOT.jar:$(cat extractor/target/classpath.txt) \
 *      io.rapporteur.extractor.cli.Main extract FILE...
 * </pre>
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        // UTF-8 whatever the platform's locale: the output is JSON Lines and reports quoting the documents
        PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), false, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
        int exit = new Cli(Extractors::standard, out, err).run(args);
        out.flush();
        System.exit(exit);
    }
}
