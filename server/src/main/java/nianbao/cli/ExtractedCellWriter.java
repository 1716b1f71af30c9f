package nianbao.cli;

import java.io.PrintStream;
import java.util.List;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

import nianbao.core.extract.ExtractedCell;

/** Extracted cells as CSV (RFC 4180, UTF-8 with BOM, Chinese headers) or as JSON. */
final class ExtractedCellWriter {
    static final String[] CSV_HEADER = {"文件", "机关", "年度", "格式版本", "表格", "表格名称", "行编号", "行名称", "列编号",
            "列名称", "原文", "数值", "类型", "行号", "列号"};

    private ExtractedCellWriter() {
    }

    static void csv(List<ExtractedCell> cells, PrintStream out) {
        StringBuilder b = new StringBuilder("\uFEFF");
        row(b, CSV_HEADER);
        for (ExtractedCell c : cells) {
            row(b, c.file(), c.agency(), c.year() == null ? "" : c.year().toString(), c.formatVersion(), c.table(),
                    c.tableName(), c.rowId(), c.rowLabel(), c.columnId(), c.columnLabel(), c.raw(), c.value(),
                    c.kind().label(), String.valueOf(c.line()), String.valueOf(c.column()));
        }
        out.print(b);
    }

    private static void row(StringBuilder b, String... fields) {
        for (int i = 0; i < fields.length; i++) {
            if (i > 0) b.append(',');
            b.append(field(fields[i]));
        }
        b.append("\r\n");
    }

    /** Quoted when it holds a comma, a quote, a line break, or would start a spreadsheet formula. */
    static String field(String s) {
        boolean formula = !s.isEmpty() && "=+-@".indexOf(s.charAt(0)) >= 0 && !s.matches("-\\d+(\\.\\d+)?");
        String safe = formula ? "'" + s : s;
        if (safe.contains(",") || safe.contains("\"") || safe.contains("\n") || safe.contains("\r")) {
            return "\"" + safe.replace("\"", "\"\"") + "\"";
        }
        return safe;
    }

    static void json(List<ExtractedCell> cells, PrintStream out) {
        JsonArray array = new JsonArray();
        for (ExtractedCell c : cells) {
            JsonObject o = new JsonObject();
            o.addProperty("file", c.file());
            o.addProperty("agency", c.agency());
            o.addProperty("year", c.year());
            o.addProperty("formatVersion", c.formatVersion());
            o.addProperty("table", c.table());
            o.addProperty("tableName", c.tableName());
            o.addProperty("rowId", c.rowId());
            o.addProperty("rowLabel", c.rowLabel());
            o.addProperty("columnId", c.columnId());
            o.addProperty("columnLabel", c.columnLabel());
            o.addProperty("raw", c.raw());
            if (!c.value().isEmpty()) o.addProperty("value", new java.math.BigDecimal(c.value()));
            o.addProperty("kind", c.kind().id());
            o.addProperty("line", c.line());
            o.addProperty("column", c.column());
            array.add(o);
        }
        JsonObject root = new JsonObject();
        root.add("cells", array);
        out.println(new GsonBuilder().disableHtmlEscaping().setPrettyPrinting().serializeNulls().create().toJson(root));
    }
}
