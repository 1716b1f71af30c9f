package nianbao.cli;

import java.nio.file.Path;

import nianbao.core.text.DecodedFile;

/**
 * A report to check: where it came from, how to name it in output, and its decoded text.
 *
 * @param path     null for standard input
 * @param document the Word, HTML or PDF file the text was read from; null for a text file
 */
record InputFile(Path path, String displayName, DecodedFile decoded, DocumentInput document) {
    InputFile(Path path, String displayName, DecodedFile decoded) {
        this(path, displayName, decoded, null);
    }
}
