package nianbao.cli;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes the fixed reports of a {@code --fix} run, all or none: every target is first checked (its text encodes in
 * the file's own encoding, the file is a regular file that is not read-only and has no other name (a hard link the
 * replacement would split), its folder can take the temporary
 * file, its owner can be kept), then every fixed text is written beside its file with the file's owner, group and
 * mode ({@link FileOwnershipKeeper}); only when all of that has worked is any file moved over its original. Files
 * without fixes are never touched.
 *
 * <p>Root passes every permission check of the operating system, so read-only is judged from the mode bits: a
 * file or folder whose owner may not write it is left alone whoever runs the fix.
 */
final class SafeFileWriter {
    /** One file to rewrite: with its fixed text (encoded as the file was), or with the bytes of a fixed document. */
    record Pending(InputFile input, String fixedText, byte[] fixedBytes) {
    }

    private record Checked(InputFile input, Path target, byte[] bytes, PosixFileAttributes attributes) {
    }

    /** A checked file whose fixed bytes wait in a temporary file beside it, with its owner, group and mode. */
    private record Staged(Checked checked, Path temp) {
    }

    private final List<Pending> pending = new ArrayList<>();
    private boolean wroteAny;

    synchronized void add(InputFile input, String fixedText) {
        pending.add(new Pending(input, fixedText, null));
    }

    /** A fixed .docx or .html: its bytes are written as they are. */
    synchronized void addBytes(InputFile input, byte[] fixedBytes) {
        pending.add(new Pending(input, null, fixedBytes));
    }

    /**
     * Checks every pending file, then stages them all (each fixed text written to a temporary file beside its file,
     * with the file's owner, group and mode), then moves them over the originals; the messages of what failed. A
     * failure before the moves (a check, or a staging that cannot keep the owner or group or runs out of space)
     * removes every temporary file: no file is changed.
     */
    List<String> writeAll() {
        List<String> problems = new ArrayList<>();
        List<Checked> ready = new ArrayList<>();
        List<Pending> all;
        synchronized (this) {
            all = List.copyOf(pending);
        }
        for (Pending p : all) {
            try {
                ready.add(check(p));
            } catch (WriteRefused e) {
                problems.add(e.getMessage());
            }
        }
        if (!problems.isEmpty()) return problems;
        List<Staged> staged = new ArrayList<>();
        for (Checked c : ready) {
            try {
                staged.add(stage(c));
            } catch (WriteRefused e) {
                problems.add(e.getMessage());
                staged.forEach(SafeFileWriter::discard);
                return problems;
            }
        }
        List<String> written = new ArrayList<>();
        for (int i = 0; i < staged.size(); i++) {
            Staged s = staged.get(i);
            try {
                replace(s);
                wroteAny = true;
                written.add(s.checked().input().displayName());
            } catch (IOException e) {
                problems.add(s.checked().input().displayName() + ": 无法写入修复结果（" + e.getMessage() + "），该文件未修改"
                        + (written.isEmpty() ? "" : "；已修复的文件：" + String.join("、", written)));
                staged.subList(i, staged.size()).forEach(SafeFileWriter::discard);
                return problems;
            }
        }
        return problems;
    }

    /** Whether any file was written (false after a refusal: then no file was changed). */
    boolean wroteAny() {
        return wroteAny;
    }

    /** A target that must not or cannot be written; the message names it. */
    static final class WriteRefused extends Exception {
        WriteRefused(String message) {
            super(message);
        }
    }

    private static Checked check(Pending p) throws WriteRefused {
        InputFile input = p.input();
        String name = input.displayName();
        byte[] bytes = p.fixedBytes();
        if (bytes == null) {
            try {
                bytes = input.decoded().encode(p.fixedText());
            } catch (CharacterCodingException e) {
                throw new WriteRefused(name + ": 修复后的文本无法用原编码 " + input.decoded().describe() + " 保存");
            }
        }
        Path target;
        try {
            target = input.path().toRealPath();
        } catch (IOException e) {
            throw new WriteRefused(name + ": 无法确定要写入的文件（" + e.getMessage() + "）");
        }
        if (!Files.isRegularFile(target, LinkOption.NOFOLLOW_LINKS)) {
            throw new WriteRefused(name + ": 不是普通文件，不能写入修复结果");
        }
        int links = linkCount(target);
        if (links > 1) {
            // The fix replaces the file by a new one: the other names would keep the old text, the link silently split.
            throw new WriteRefused(name + ": 文件有 " + links + " 个硬链接，替换后其他链接仍是旧内容，不能写入修复结果；"
                    + "如需修复，请先把它复制为独立的文件");
        }
        Path dir = target.getParent();
        PosixFileAttributes attributes = posixAttributes(target);
        if (!Files.isWritable(target) || (attributes != null && !attributes.permissions().contains(PosixFilePermission.OWNER_WRITE))) {
            throw new WriteRefused(name + ": 文件是只读的" + mode(attributes) + "，不能写入修复结果；如需修复，请先允许写入该文件");
        }
        PosixFileAttributes dirAttributes = posixAttributes(dir);
        if (!Files.isWritable(dir) || (dirAttributes != null && !dirAttributes.permissions().contains(PosixFilePermission.OWNER_WRITE))) {
            throw new WriteRefused(name + ": 所在文件夹 " + dir + " 不可写" + mode(dirAttributes)
                    + "，无法安全替换该文件（修复先写临时文件再替换原文件）");
        }
        if (attributes != null && !runAsRoot() && !ownedByThisProcess(target)) {
            throw new WriteRefused(name + ": 文件属于用户 " + attributes.owner().getName()
                    + "，替换后所有者会改变，不能写入修复结果；请由文件所有者运行 --fix");
        }
        return new Checked(input, target, bytes, attributes);
    }

    /** The process's effective user id, from /proc (Linux); -1 when it cannot be known. */
    private static int processUid() {
        try {
            return (Integer) Files.getAttribute(Path.of("/proc/self"), "unix:uid");
        } catch (UnsupportedOperationException | IllegalArgumentException | IOException | ClassCastException e) {
            return -1;
        }
    }

    private static boolean runAsRoot() {
        int uid = processUid();
        return uid == 0 || (uid < 0 && "root".equals(System.getProperty("user.name")));
    }

    private static boolean ownedByThisProcess(Path target) {
        int uid = processUid();
        try {
            if (uid >= 0) return uid == (Integer) Files.getAttribute(target, "unix:uid");
            return Files.getOwner(target).getName().equals(System.getProperty("user.name"));
        } catch (UnsupportedOperationException | IllegalArgumentException | IOException | ClassCastException e) {
            return true;
        }
    }

    /** How many names the file has (hard links); 1 when the file system does not say. */
    private static int linkCount(Path target) {
        try {
            return (Integer) Files.getAttribute(target, "unix:nlink", LinkOption.NOFOLLOW_LINKS);
        } catch (UnsupportedOperationException | IllegalArgumentException | IOException | ClassCastException e) {
            return 1;
        }
    }

    private static PosixFileAttributes posixAttributes(Path path) {
        try {
            return Files.readAttributes(path, PosixFileAttributes.class);
        } catch (UnsupportedOperationException | IOException e) {
            return null;
        }
    }

    private static String mode(PosixFileAttributes attributes) {
        return attributes == null ? "" : "（权限 " + PosixFilePermissions.toString(attributes.permissions()) + "）";
    }

    /**
     * Writes the fixed bytes beside the file and gives them the file's owner, group and mode, read back to be sure
     * (a file system may ignore a change of owner without an error). Refused when any of them cannot be kept: the
     * report would silently change hands or group once moved over the original.
     */
    private static Staged stage(Checked c) throws WriteRefused {
        String name = c.input().displayName();
        Path target = c.target();
        Path temp;
        try {
            temp = Files.createTempFile(target.getParent(), "." + target.getFileName() + ".", ".nianbao-tmp");
        } catch (IOException e) {
            throw new WriteRefused(name + ": 无法在所在文件夹写入临时文件（" + e.getMessage() + "），不能写入修复结果");
        }
        try {
            Files.write(temp, c.bytes());
            PosixFileAttributes a = c.attributes();
            if (a != null) FileOwnershipKeeper.copyTo(name, temp, a);
            return new Staged(c, temp);
        } catch (IOException e) {
            discard(new Staged(c, temp));
            throw new WriteRefused(name + ": 无法写入修复结果（" + e.getMessage() + "）");
        } catch (WriteRefused e) {
            discard(new Staged(c, temp));
            throw e;
        }
    }

    /** Moves the staged bytes over the original in one step, so a crash never leaves half a report. */
    private static void replace(Staged s) throws IOException {
        try {
            Files.move(s.temp(), s.checked().target(), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(s.temp(), s.checked().target(), StandardCopyOption.REPLACE_EXISTING);
        } finally {
            discard(s);
        }
    }

    private static void discard(Staged s) {
        try {
            Files.deleteIfExists(s.temp());
        } catch (IOException e) {
            // A temporary file left behind is named after its report and hidden; the report itself is unchanged.
        }
    }
}
