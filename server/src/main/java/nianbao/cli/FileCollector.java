package nianbao.cli;

import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import nianbao.document.DocumentKind;

/**
 * Expands the command line's paths into files: a file as given, a directory searched (following links, in
 * sorted order) for {@code *.txt}, {@code *.nianbao} and published documents (.docx, .html, .pdf; .doc, .wps and
 * .ofd to say they cannot be checked). Problems (missing path, directory loop) are collected
 * as messages naming the path; the caller stops before changing anything.
 */
final class FileCollector {
    private final List<String> problems = new ArrayList<>();
    /** Files named on the command line (always checked), as opposed to files found in a directory. */
    private final Set<Path> explicit = new java.util.HashSet<>();

    List<String> problems() {
        return problems;
    }

    /** Whether a file was named on the command line ("-" too), rather than found by searching a directory. */
    boolean isExplicit(Path file) {
        return file == null || explicit.contains(file);
    }

    /** The files in a stable order; "-" stays as a null path for standard input. */
    List<Path> collect(List<String> args) {
        Set<Path> out = new LinkedHashSet<>();
        for (String arg : args) {
            if (arg.equals("-")) {
                out.add(null);
                continue;
            }
            Path p = Path.of(arg);
            if (Files.isDirectory(p)) {
                walk(p, out);
            } else if (Files.exists(p, LinkOption.NOFOLLOW_LINKS) && Files.isRegularFile(p)) {
                out.add(p);
                explicit.add(p);
            } else if (isLinkLoop(p)) {
                problems.add(linkLoop(p));
            } else if (Files.exists(p, LinkOption.NOFOLLOW_LINKS)) {
                problems.add(arg + ": 不是普通文件" + (Files.isSymbolicLink(p) ? "（链接指向的文件不存在）" : ""));
            } else {
                problems.add(arg + ": 文件或目录不存在");
            }
        }
        return new ArrayList<>(out);
    }

    private void walk(Path root, Set<Path> out) {
        List<Path> found = new ArrayList<>();
        try {
            Files.walkFileTree(root, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    if (attrs.isRegularFile() && isReport(file)) {
                        found.add(file);
                    } else if (attrs.isSymbolicLink() && isLinkLoop(file)) {
                        // Following the link failed: a link to itself is reported as it is when named directly.
                        problems.add(linkLoop(file));
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    if (e instanceof FileSystemLoopException) {
                        problems.add(file + ": 目录循环（符号链接指回上级目录），已停止遍历");
                    } else if (!(e instanceof NoSuchFileException)) {
                        problems.add(file + ": 无法读取（" + e.getMessage() + "）");
                    }
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            problems.add(root + ": 无法遍历目录（" + e.getMessage() + "）");
        }
        found.sort(null);
        out.addAll(found);
    }

    /** A symbolic link that leads back to itself (directly or through other links): it names no file at all. */
    private static boolean isLinkLoop(Path p) {
        if (!Files.isSymbolicLink(p)) return false;
        try {
            p.toRealPath();
            return false;
        } catch (FileSystemLoopException e) {
            return true;
        } catch (NoSuchFileException e) {
            return false;
        } catch (FileSystemException e) {
            // ELOOP: "Too many levels of symbolic links".
            return e.getReason() != null && e.getReason().toLowerCase(Locale.ROOT).contains("symbolic links");
        } catch (IOException e) {
            return false;
        }
    }

    private static String linkLoop(Path p) {
        return p + ": 符号链接循环（链接直接或经由其他链接指向自身），无法读取";
    }

    private static boolean isReport(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".txt") || name.endsWith(".nianbao") || DocumentKind.ofFileName(name).isPresent();
    }
}
