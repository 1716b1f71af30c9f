package nianbao.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import nianbao.core.Checker;
import nianbao.core.across.ReportFigures;
import nianbao.core.across.ReportFigures.Figure;
import nianbao.core.config.CheckOptions;
import nianbao.testing.Fixtures;

/**
 * {@code lint --format html -o}: the page is read back with the JDK's XML parser (so it must be well-formed), and
 * every finding of every report (as the JSON output lists them) and every key figure is found in it; nothing in it
 * refers to the network, and there is no script.
 */
class HtmlReportTest {
    @TempDir
    Path dir;

    @Test
    void thePageHoldsEveryFindingAndEveryFigureAndNeedsNoNetwork() throws Exception {
        Path reports = Files.createDirectory(dir.resolve("reports"));
        Path pair = Fixtures.dir().resolve("across/NB501-carried-over-word");
        Files.copy(pair.resolve("last-year.txt"), reports.resolve("2023 星湖区.txt"));
        Files.copy(pair.resolve("this-year.txt"), reports.resolve("2024 星湖区.txt"));
        // Other agencies of the district (the fixtures are all of 星湖区民政局 2024: each gets its own agency).
        List<String> others = List.of("NB301-row-total.txt", "NB203-not-a-number.txt", "NB404-residue.txt", "NB201-value-count.txt",
                "NB303-balance.txt");
        List<String> names = List.of("NB301-row-total.txt", "NB203-not-a-number.txt", "NB404-residue.txt", "NB201-value-count.txt",
                "a&b<\"x\">.txt"); // a file name that must be escaped
        for (int i = 0; i < others.size(); i++) {
            String text = Fixtures.text(others.get(i)).replace("星湖区民政局", "星湖区第" + (i + 1) + "局");
            Files.writeString(reports.resolve(names.get(i)), text, StandardCharsets.UTF_8);
        }
        var r = CliProcess.run(dir, "lint", "--format", "html", "-o", "report.html", "reports");
        assertEquals(1, r.exitCode(), r.stderr());
        assertEquals("", r.stdout());
        String html = Files.readString(dir.resolve("report.html"), StandardCharsets.UTF_8);
        assertFalse(html.contains("http://") || html.contains("https://"), "no network reference");
        assertFalse(html.contains("<script") || html.contains(" src=") || html.contains("url("), "nothing loaded");

        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        Document doc = factory.newDocumentBuilder().parse(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)));

        var json = CliProcess.run(dir, "lint", "--format", "json", "reports");
        int findings = 0;
        for (JsonElement fileElement : JsonParser.parseString(json.stdout()).getAsJsonObject().getAsJsonArray("files")) {
            JsonObject file = fileElement.getAsJsonObject();
            String path = file.get("path").getAsString();
            Element section = section(doc, path);
            List<Element> items = elements(section, "li");
            assertEquals(file.getAsJsonArray("diagnostics").size(), items.size(), path);
            for (JsonElement d : file.getAsJsonArray("diagnostics")) {
                JsonObject diag = d.getAsJsonObject();
                boolean found = items.stream().anyMatch(li -> li.getAttribute("data-code").equals(diag.get("code").getAsString())
                        && li.getAttribute("data-line").equals(diag.get("line").getAsString())
                        && li.getAttribute("class").equals(diag.get("severity").getAsString())
                        && elements(li, "span").get(0).getTextContent().equals(diag.get("message").getAsString()));
                assertTrue(found, path + ": " + diag);
                findings++;
            }
            Map<Figure, BigDecimal> figures = ReportFigures.of(Checker.check(Fixtures.decode(dir.resolve(path)).text(),
                    CheckOptions.DEFAULT).report());
            Element row = elements(doc.getDocumentElement(), "tr").stream()
                    .filter(tr -> tr.getAttribute("data-file").equals(path)).findFirst().orElseThrow(() -> new AssertionError(path));
            for (Figure f : Figure.values()) {
                String shown = elements(row, "td").stream().filter(td -> td.getAttribute("data-figure").equals(f.name()))
                        .findFirst().orElseThrow().getTextContent();
                assertEquals(figures.containsKey(f) ? ReportFigures.format(figures.get(f)) : "—", shown, path + " " + f);
                if (figures.containsKey(f)) {
                    Element chart = elements(doc.getDocumentElement(), "figure").stream()
                            .filter(fig -> fig.getAttribute("data-chart").equals(f.name())).findFirst().orElseThrow();
                    assertTrue(elements(chart, "text").stream().anyMatch(t -> t.getTextContent().equals(ReportFigures.format(figures.get(f)))),
                            path + " chart " + f);
                }
            }
        }
        assertTrue(findings > 10, "findings " + findings);
        assertTrue(html.contains("a&amp;b&lt;&quot;x&quot;&gt;.txt"), "file name escaped");
        Element pairTable = elements(doc.getDocumentElement(), "table").stream()
                .filter(t -> t.getAttribute("class").equals("pair")).findFirst().orElseThrow();
        assertEquals(Path.of("reports", "2023 星湖区.txt").toString(), pairTable.getAttribute("data-previous"));
        assertEquals(Path.of("reports", "2024 星湖区.txt").toString(), pairTable.getAttribute("data-current"));
        assertEquals(Figure.values().length, elements(doc.getDocumentElement(), "svg").size());
    }

    @Test
    void anUnwritableOutputIsAUsageErrorNamingTheFile() throws IOException {
        Files.copy(Fixtures.path("layout-tabs-clean.txt"), dir.resolve("a.txt"));
        var r = CliProcess.run(dir, "lint", "--format", "html", "-o", "missing/dir/report.html", "a.txt");
        assertEquals(2, r.exitCode());
        assertTrue(r.stderr().contains("report.html: 无法写入报告"), r.stderr());
    }

    private static Element section(Document doc, String path) {
        return elements(doc.getDocumentElement(), "section").stream()
                .filter(s -> s.getAttribute("data-file").equals(path)).findFirst().orElseThrow(() -> new AssertionError("no section " + path));
    }

    private static List<Element> elements(Element root, String tag) {
        NodeList list = root.getElementsByTagName(tag);
        List<Element> out = new ArrayList<>();
        for (int i = 0; i < list.getLength(); i++) out.add((Element) list.item(i));
        return out;
    }
}
