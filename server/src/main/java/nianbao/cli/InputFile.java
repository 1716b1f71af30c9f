package nianbao.cli;

import java.nio.file.Path;

import nianbao.core.text.DecodedFile;

/**
 * A report to check: where it came from, how to name it in output, and its decoded text.
 *
 * @param path null for standard input
 */
record InputFile(Path path, String displayName, DecodedFile decoded) {
}
