package nianbao.core.syntax;

import java.util.List;

/** A section: its heading and the blocks up to the next heading. Lines 0-based, inclusive. */
public record Section(Heading heading, int firstLine, int lastLine, List<Block> blocks) {
    public Section {
        blocks = List.copyOf(blocks);
    }

    public List<Table> tables() {
        List<Table> out = new java.util.ArrayList<>();
        for (Block b : blocks) {
            if (b instanceof Table t) out.add(t);
        }
        return List.copyOf(out);
    }
}
