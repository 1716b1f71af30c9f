package nianbao.core.bind;

import nianbao.core.syntax.Cell;

/**
 * A label as written in a table, paired with the official text it was matched to, for the wording and
 * numbering checks.
 */
public record LabelUse(Cell cell, String official, Kind kind) {
    public enum Kind { ROW_LABEL, GROUP_LABEL, COLUMN_HEADER, BLOCK_HEADING, NOTE }
}
