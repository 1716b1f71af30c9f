package nianbao.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import nianbao.core.CheckResult;
import nianbao.core.Checker;
import nianbao.core.bind.Balance;
import nianbao.core.bind.BoundTable;
import nianbao.core.bind.BoundValue;
import nianbao.core.bind.Formula;
import nianbao.core.config.CheckOptions;
import nianbao.core.fix.CellEdits;
import nianbao.core.rules.RuleContext;
import nianbao.testing.Fixtures;

/** {@code nianbao extract} run as a process: golden CSV, UTF-8 with BOM, and a round trip through the arithmetic. */
class ExtractCommandTest {
    private static final boolean UPDATE = Boolean.getBoolean("nianbao.updateGolden");
    private static final List<String> GOLDEN_INPUTS = List.of("layout-pipes-clean.txt", "NB201-value-count.txt",
            "NB203-not-a-number.txt", "NB202-empty-cell-word.txt");

    @TempDir
    Path dir;

    @Test
    void csvOfAFolderMatchesItsGoldenFileAndIsUtf8WithBom() throws IOException {
        Path reports = Files.createDirectory(dir.resolve("reports"));
        for (String name : GOLDEN_INPUTS) Files.copy(Fixtures.path(name), reports.resolve(name));
        var r = CliProcess.run(dir, "extract", "reports");
        assertEquals(0, r.exitCode(), r.stderr());
        Path out = dir.resolve("out.csv");
        var toFile = new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                System.getProperty("java.class.path"), "nianbao.cli.Main", "extract", "reports"))
                .directory(dir.toFile()).redirectOutput(out.toFile()).start();
        try {
            assertEquals(0, toFile.waitFor());
        } catch (InterruptedException e) {
            throw new AssertionError(e);
        }
        byte[] bytes = Files.readAllBytes(out);
        assertArrayEquals(new byte[]{(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, java.util.Arrays.copyOf(bytes, 3));
        // Strict decoding: any byte that is not UTF-8 fails here.
        String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        assertTrue(text.startsWith("\uFEFF文件,机关,年度,格式版本,表格,表格名称,行编号,行名称,列编号,列名称,原文,数值,类型,行号,列号\r\n"));
        Path golden = Fixtures.dir().resolve("extract/expected.csv");
        if (UPDATE) {
            Files.write(Path.of("src/test/resources/fixtures/extract/expected.csv"), bytes);
            return;
        }
        assertEquals(Files.readString(golden, StandardCharsets.UTF_8), text);
        List<List<String>> rows = parseCsv(text.substring(1));
        assertTrue(rows.stream().anyMatch(row -> row.get(12).equals("不适用") && row.get(10).equals("/")), "a / cell is 不适用");
        assertTrue(rows.stream().anyMatch(row -> row.get(12).equals("空")), "an empty cell is 空");
    }

    @Test
    void summingTheExtractedCellsReproducesTheCheckersArithmetic() throws IOException {
        Path reports = Files.createDirectory(dir.resolve("reports"));
        for (Path p : Fixtures.reports()) Files.copy(p, reports.resolve(p.getFileName()));
        var r = CliProcess.run(dir, "extract", "reports");
        assertEquals(0, r.exitCode(), r.stderr());
        Map<String, BigDecimal> values = new HashMap<>();
        List<List<String>> rows = parseCsv(r.stdout().substring(1));
        for (List<String> row : rows.subList(1, rows.size())) {
            if (!row.get(11).isEmpty()) values.put(row.get(0) + "|" + row.get(13) + "|" + row.get(14), new BigDecimal(row.get(11)));
        }
        int formulas = 0;
        int balances = 0;
        for (Path p : Fixtures.reports()) {
            String file = "reports/" + p.getFileName();
            CheckResult result = Checker.check(Fixtures.decode(p).text(), CheckOptions.DEFAULT);
            RuleContext where = new RuleContext(result.report());
            for (BoundTable t : result.report().allTables()) {
                for (Formula f : t.formulas) {
                    if (CellEdits.sum(f.parts()).isEmpty()) continue;
                    assertEquals(0, CellEdits.sum(f.parts()).get().compareTo(sum(values, where, file, f.parts())), file + " " + f.code() + " " + f.target().describe());
                    formulas++;
                    if (p.getFileName().toString().contains("clean") && f.target().value().isNumber()) {
                        assertEquals(0, f.target().value().number().compareTo(sum(values, where, file, List.of(f.target()))), file);
                    }
                }
                for (Balance b : t.balances) {
                    if (CellEdits.sum(b.left()).isEmpty() || CellEdits.sum(b.right()).isEmpty()) continue;
                    boolean holds = CellEdits.sum(b.left()).get().compareTo(CellEdits.sum(b.right()).get()) == 0;
                    boolean holdsExtracted = sum(values, where, file, b.left()).compareTo(sum(values, where, file, b.right())) == 0;
                    assertEquals(holds, holdsExtracted, file + " 勾稽 " + b.columnLabel());
                    balances++;
                }
            }
        }
        assertTrue(formulas > 500 && balances > 100, formulas + " formulas, " + balances + " balances");
    }

    @Test
    void jsonHasTheSameCellsWithKindsAndAnUnknownFormatIsAUsageError() throws IOException {
        Files.copy(Fixtures.path("NB203-not-a-number.txt"), dir.resolve("a.txt"));
        var r = CliProcess.run(dir, "extract", "--format", "json", "a.txt");
        assertEquals(0, r.exitCode(), r.stderr());
        var cells = JsonParser.parseString(r.stdout()).getAsJsonObject().getAsJsonArray("cells");
        var csv = CliProcess.run(dir, "extract", "a.txt");
        assertEquals(parseCsv(csv.stdout().substring(1)).size() - 1, cells.size());
        JsonObject first = cells.get(0).getAsJsonObject();
        assertEquals("a.txt", first.get("file").getAsString());
        assertEquals("active", first.get("table").getAsString());
        assertTrue(cells.asList().stream().anyMatch(c -> c.getAsJsonObject().get("kind").getAsString().equals("not_applicable")));
        var toFile = CliProcess.run(dir, "extract", "-o", "cells.csv", "a.txt");
        assertEquals(0, toFile.exitCode(), toFile.stderr());
        assertEquals("", toFile.stdout());
        assertEquals(csv.stdout(), Files.readString(dir.resolve("cells.csv"), StandardCharsets.UTF_8));
        var fix = CliProcess.run(dir, "extract", "--fix", "a.txt");
        assertEquals(2, fix.exitCode());
        assertTrue(fix.stderr().contains("--fix 只能用于 lint"), fix.stderr());
        var bad = CliProcess.run(dir, "extract", "--format", "xlsx", "a.txt");
        assertEquals(2, bad.exitCode());
        assertTrue(bad.stderr().contains("--format 应为 csv 或 json"), bad.stderr());
        assertFalse(bad.stdout().contains("文件"));
    }

    /** The sum of the extracted values at the cells' positions (line and column, as the checker places them). */
    private static BigDecimal sum(Map<String, BigDecimal> values, RuleContext where, String file, List<BoundValue> cells) {
        BigDecimal total = BigDecimal.ZERO;
        for (BoundValue v : cells) {
            nianbao.core.diag.Range at = where.range(v);
            BigDecimal x = values.get(file + "|" + (at.startLine() + 1) + "|" + (at.startColumn() + 1));
            if (x == null) throw new AssertionError("no extracted cell for " + file + " " + v.describe());
            total = total.add(x);
        }
        return total;
    }

    /** RFC 4180: quoted fields may hold commas, doubled quotes and line breaks; records end with CRLF. */
    static List<List<String>> parseCsv(String text) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                row.add(field.toString());
                field.setLength(0);
            } else if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                row.add(field.toString());
                field.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
                i++;
            } else {
                field.append(c);
            }
        }
        assertTrue(row.isEmpty() && field.length() == 0, "CSV ends with CRLF");
        return rows;
    }
}
