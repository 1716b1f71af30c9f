package nianbao.lsp;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.eclipse.lsp4j.DocumentSymbol;
import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.SymbolInformation;
import org.eclipse.lsp4j.SymbolKind;
import org.eclipse.lsp4j.jsonrpc.messages.Either;

import nianbao.core.bind.BoundReport;
import nianbao.core.bind.BoundRow;
import nianbao.core.bind.BoundTable;
import nianbao.core.bind.LabelUse;
import nianbao.core.syntax.Cell;
import nianbao.core.syntax.Heading;
import nianbao.core.syntax.Section;
import nianbao.core.text.SourceText;

/**
 * The outline: the six sections; in each, its table; in table 二 its four blocks (第二十条第（一）项 …) with their
 * rows; in table 三 its rows, nested by group (三、本年度办理结果 › （三）不予公开 › 1.属于国家秘密).
 */
final class DocumentSymbols {
    private static final SymbolKind SECTION = SymbolKind.Namespace;
    private static final SymbolKind TABLE = SymbolKind.Struct;
    private static final SymbolKind GROUP = SymbolKind.Package;
    private static final SymbolKind ROW = SymbolKind.Field;

    /** An outline entry before conversion: lines it spans, and the offsets of its name in the text (if any). */
    private static final class Node {
        final String name;
        final SymbolKind kind;
        int firstLine;
        int lastLine;
        int selectionStart = -1;
        int selectionEnd = -1;
        final List<Node> children = new ArrayList<>();

        Node(String name, SymbolKind kind, int firstLine, int lastLine) {
            this.name = name.isBlank() ? "（无名称）" : name;
            this.kind = kind;
            this.firstLine = firstLine;
            this.lastLine = lastLine;
        }

        void select(Cell cell) {
            selectionStart = cell.start();
            selectionEnd = cell.end();
        }

        void include(int first, int last) {
            firstLine = Math.min(firstLine, first);
            lastLine = Math.max(lastLine, last);
        }

        Node child(String name, SymbolKind kind, int first, int last) {
            for (Node c : children) {
                if (c.name.equals(name) && c.kind == kind) return c;
            }
            Node c = new Node(name, kind, first, last);
            children.add(c);
            return c;
        }
    }

    List<Either<SymbolInformation, DocumentSymbol>> symbols(Analysis analysis, boolean hierarchical) {
        List<Node> roots = outline(analysis.result().report(), analysis.result().source());
        List<Either<SymbolInformation, DocumentSymbol>> out = new ArrayList<>();
        if (hierarchical) {
            for (Node n : roots) out.add(Either.forRight(toSymbol(n, analysis.convert())));
        } else {
            for (Node n : roots) flatten(n, null, analysis, out);
        }
        return out;
    }

    private static List<Node> outline(BoundReport report, SourceText source) {
        List<Node> roots = new ArrayList<>();
        List<Node> sections = new ArrayList<>();
        for (Section s : report.syntax().sections()) {
            Heading h = s.heading();
            Node n = new Node(source.text().substring(h.start(), h.end()), SECTION, s.firstLine(),
                    FoldingRanges.lastTextLine(source, s.firstLine(), s.lastLine()));
            n.selectionStart = h.start();
            n.selectionEnd = h.end();
            sections.add(n);
            roots.add(n);
        }
        for (BoundTable table : report.allTables()) {
            Node t = table(table);
            Node parent = sections.stream()
                    .filter(s -> s.firstLine <= t.firstLine && t.lastLine <= s.lastLine).findFirst().orElse(null);
            (parent != null ? parent.children : roots).add(t);
        }
        roots.sort(Comparator.comparingInt(n -> n.firstLine));
        return roots;
    }

    private static Node table(BoundTable table) {
        Node node = new Node(table.spec.name, TABLE, table.firstLine(), table.lastLine());
        for (BoundRow row : table.rows) {
            if (row.spec == null || row.duplicate || row.spec.label.isEmpty()) continue;
            Node parent = node;
            switch (table.kind) {
                case ACTIVE -> parent = group(node, table, row.spec.groups.get(0), LabelUse.Kind.BLOCK_HEADING, row);
                case REQUESTS -> {
                    for (String g : row.spec.groups) parent = group(parent, table, g, LabelUse.Kind.GROUP_LABEL, row);
                }
                case REVIEWS -> {
                }
            }
            Node leaf = parent.child(row.spec.label, ROW, row.row.firstLine(), row.row.lastLine());
            if (row.labelCell() != null) leaf.select(row.labelCell());
        }
        return node;
    }

    /** The group node named {@code label} under {@code parent}, grown to hold {@code row} and its label cell. */
    private static Node group(Node parent, BoundTable table, String label, LabelUse.Kind kind, BoundRow row) {
        Node g = parent.child(label, GROUP, row.row.firstLine(), row.row.lastLine());
        g.include(row.row.firstLine(), row.row.lastLine());
        if (g.selectionStart < 0) {
            for (LabelUse use : table.labels) {
                if (use.kind() == kind && use.official().equals(label)) {
                    g.select(use.cell());
                    g.include(use.cell().line(), use.cell().line());
                    break;
                }
            }
        }
        return g;
    }

    private static DocumentSymbol toSymbol(Node n, Convert convert) {
        DocumentSymbol symbol = new DocumentSymbol(n.name, n.kind, convert.lines(n.firstLine, n.lastLine), selection(n, convert));
        List<DocumentSymbol> children = new ArrayList<>();
        for (Node c : n.children) children.add(toSymbol(c, convert));
        if (!children.isEmpty()) symbol.setChildren(children);
        return symbol;
    }

    private static org.eclipse.lsp4j.Range selection(Node n, Convert convert) {
        if (n.selectionStart >= 0) return convert.range(n.selectionStart, n.selectionEnd);
        return convert.lines(n.firstLine, n.firstLine);
    }

    private static void flatten(Node n, String container, Analysis analysis,
                                List<Either<SymbolInformation, DocumentSymbol>> out) {
        Location location = new Location(analysis.document().uri(), analysis.convert().lines(n.firstLine, n.lastLine));
        out.add(Either.forLeft(new SymbolInformation(n.name, n.kind, location, container)));
        for (Node c : n.children) flatten(c, n.name, analysis, out);
    }
}
