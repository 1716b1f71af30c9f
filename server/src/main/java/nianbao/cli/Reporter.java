package nianbao.cli;

import java.io.PrintStream;
import java.util.List;

/** Writes lint results in one output format. */
interface Reporter {
    /** One file's results, in input order as soon as they are known: formats that can stream print them here. */
    default void fileChecked(FileResult result, PrintStream out) {
    }

    /** All results, once every file is checked (streaming formats print only what is left, e.g. the summary). */
    void write(List<FileResult> results, PrintStream out);
}
