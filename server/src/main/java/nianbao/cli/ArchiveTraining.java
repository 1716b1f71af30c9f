package nianbao.cli;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import nianbao.lsp.LspWarmUp;

/**
 * The workload recorded into the class-data archive {@code nianbao.jsa} at {@code mvn package}
 * ({@code java -XX:ArchiveClassesAtExit=nianbao.jsa -cp nianbao.jar nianbao.cli.ArchiveTraining EXAMPLES}):
 * {@code lint} of the bundled examples in each output format, then a short language-server session. The launcher
 * ({@code target/nianbao}) maps the archive, so these classes load already parsed and verified. Not part of any
 * command; rebuild the archive after changing the JDK (see README, Performance).
 */
public final class ArchiveTraining {
    private ArchiveTraining() {
    }

    public static void main(String[] args) throws Exception {
        Path examples = Path.of(args.length > 0 ? args[0] : "examples");
        PrintStream discard = new PrintStream(OutputStream.nullOutputStream(), false, StandardCharsets.UTF_8);
        for (String format : new String[] {"text", "json", "sarif"}) {
            Main.run(new String[] {"lint", "--format", format, examples.toString()}, discard, discard);
        }
        Path report;
        try (var files = Files.list(examples)) {
            report = files.filter(p -> p.toString().endsWith(".txt")).sorted().findFirst().orElseThrow();
        }
        LspWarmUp.run(Files.readString(report, StandardCharsets.UTF_8), 30);
        // LSP4J's idle pool threads would keep the JVM (and the build) waiting a minute; the archive is written
        // at exit.
        System.exit(0);
    }
}
