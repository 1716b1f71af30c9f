package nianbao.cli;

import java.io.PrintStream;
import java.util.List;

/** Writes lint results in one output format. */
interface Reporter {
    void write(List<FileResult> results, PrintStream out);
}
