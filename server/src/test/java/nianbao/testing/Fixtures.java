package nianbao.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import nianbao.core.CheckResult;
import nianbao.core.diag.Diagnostic;
import nianbao.core.diag.Fix;
import nianbao.core.text.DecodedFile;
import nianbao.core.text.TextDecoder;

/** The project's own fixture reports and the real corpus beside the project (when present). */
public final class Fixtures {
    private Fixtures() {
    }

    public static Path dir() {
        try {
            return Path.of(Fixtures.class.getResource("/fixtures").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    public static List<Path> reports() {
        try (Stream<Path> s = Files.list(dir())) {
            return s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Path path(String name) {
        return dir().resolve(name);
    }

    public static DecodedFile decode(Path p) {
        try {
            return TextDecoder.decode(Files.readAllBytes(p));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (TextDecoder.NotTextException e) {
            throw new IllegalStateException(p + ": " + e.getMessage());
        }
    }

    public static String text(String name) {
        return decode(path(name)).text();
    }

    /**
     * {@code ../shared/corpus} beside the clone: from the system property surefire sets, else the environment
     * variable {@code NIANBAO_CORPUS}, else relative to the working directory.
     */
    public static Optional<Path> corpus() {
        String prop = System.getProperty("nianbao.corpus");
        for (String candidate : new String[]{prop, System.getenv("NIANBAO_CORPUS"), "../../shared/corpus", "../shared/corpus"}) {
            if (candidate == null) continue;
            Path p = Path.of(candidate);
            if (Files.isDirectory(p)) return Optional.of(p.toAbsolutePath().normalize());
        }
        return Optional.empty();
    }

    /** One line per diagnostic, "line:col severity CODE message", and its fixes indented below. */
    public static String render(CheckResult result) {
        StringBuilder b = new StringBuilder();
        for (Diagnostic d : result.diagnostics()) {
            b.append(d.range().startLine() + 1).append(':').append(d.range().startColumn() + 1).append(' ')
                    .append(d.severity().id()).append(' ').append(d.code()).append(' ').append(d.message()).append('\n');
            for (Fix f : d.fixes()) b.append("    fix: ").append(f.title()).append('\n');
        }
        return b.toString();
    }

    /**
     * The clean tab-layout report as a PDF's text gives it when a page end cuts a paragraph of section 一: a page
     * header above the title, and "- 2 -" with blank lines between the paragraph's two halves (NB404 joins them).
     */
    public static String pageEndCutReport() {
        String cut = "本机关坚持以公开为常态、不公开为例外，持续完善政府信息公开工作机制，及时回应社会关切并做好政策解读和";
        String rest = "信息发布工作，全年未发生因信息公开引发的舆情事件。";
        String header = "青禾市星湖区人民政府门户网站 政府信息公开专栏 发布机构：星湖区民政局 发布日期：2025年1月20日";
        String tabs = text("layout-tabs-clean.txt");
        String title = tabs.substring(0, tabs.indexOf('\n'));
        String body = tabs.substring(tabs.indexOf('\n'));
        String anchor = "一、总体情况\n";
        int at = body.indexOf(anchor) + anchor.length();
        return header + "\n\n" + title + body.substring(0, at) + cut + "\n\n- 2 -\n\n" + rest + "\n\n" + body.substring(at);
    }
}
