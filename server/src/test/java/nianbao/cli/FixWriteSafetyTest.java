package nianbao.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nianbao.testing.Fixtures;

/**
 * Issue 8, points 4–6: {@code --fix} writes every file or none, never replaces a read-only file, keeps owner, group
 * and mode, leaves files without fixes untouched, and reports a symbolic link loop the same way whether it is met
 * walking a folder or named on the command line. Root passes the operating system's permission checks, so the
 * read-only cases are made with mode bits (which nianbao checks itself) and ownership is tested only as root.
 */
class FixWriteSafetyTest {
    @TempDir
    Path dir;

    private Path copy(String fixture, Path to) throws IOException {
        Files.createDirectories(to.getParent());
        Files.copy(Fixtures.path(fixture), to);
        return to;
    }

    private static boolean runAsRoot() throws IOException {
        return (Integer) Files.getAttribute(Path.of("/proc/self"), "unix:uid") == 0;
    }

    @Test
    void aReadOnlyFolderStopsTheRunBeforeAnyFileIsWritten() throws Exception {
        Path writable = copy("NB301-row-total.txt", dir.resolve("a/report.txt"));
        Path locked = copy("NB301-row-total.txt", dir.resolve("b/report.txt"));
        byte[] before = Files.readAllBytes(writable);
        Files.setPosixFilePermissions(locked.getParent(), PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            var r = CliProcess.run(dir, "lint", "--fix", "a", "b");
            assertEquals(2, r.exitCode(), r.stdout() + r.stderr());
            assertTrue(r.stderr().contains("b/report.txt: 所在文件夹"), r.stderr());
            assertTrue(r.stderr().contains("未修改任何文件"), r.stderr());
            assertArrayEquals(before, Files.readAllBytes(writable), "a file was written although the run failed");
            assertArrayEquals(before, Files.readAllBytes(locked));
        } finally {
            Files.setPosixFilePermissions(locked.getParent(), PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    @Test
    void aReadOnlyReportIsRefusedWithAMessageNamingIt() throws Exception {
        Path file = copy("NB301-row-total.txt", dir.resolve("report.txt"));
        byte[] before = Files.readAllBytes(file);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("r--r--r--"));
        var r = CliProcess.run(dir, "lint", "--fix", "report.txt");
        assertEquals(2, r.exitCode(), r.stdout() + r.stderr());
        assertTrue(r.stderr().contains("report.txt: 文件是只读的（权限 r--r--r--）"), r.stderr());
        assertArrayEquals(before, Files.readAllBytes(file));
        assertEquals("r--r--r--", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
    }

    @Test
    void aReportWithASecondHardLinkIsRefusedAndBothNamesKeepTheirText() throws Exception {
        Path other = copy("NB301-row-total.txt", dir.resolve("a/report.txt"));
        Path file = copy("NB301-row-total.txt", dir.resolve("report.txt"));
        Files.createDirectories(dir.resolve("archive"));
        Path link = Files.createLink(dir.resolve("archive/report-link.txt"), file);
        byte[] before = Files.readAllBytes(file);
        var r = CliProcess.run(dir, "lint", "--fix", "a", "report.txt");
        assertEquals(2, r.exitCode(), r.stdout() + r.stderr());
        assertTrue(r.stderr().contains("report.txt: 文件有 2 个硬链接"), r.stderr());
        assertArrayEquals(before, Files.readAllBytes(file));
        assertArrayEquals(before, Files.readAllBytes(link));
        assertArrayEquals(before, Files.readAllBytes(other), "a file was written although the run failed");
        assertEquals(2, Files.getAttribute(file, "unix:nlink"));
    }

    @Test
    void aFixedReportKeepsItsModeAndOwnerAndUntouchedFilesKeepTheirTimestamps() throws Exception {
        Path file = copy("NB301-row-total.txt", dir.resolve("report.txt"));
        Path clean = copy("layout-tabs-clean.txt", dir.resolve("clean.txt"));
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r-----"));
        boolean root = runAsRoot();
        if (root) {
            Files.setAttribute(file, "unix:uid", 4321);
            Files.setAttribute(file, "unix:gid", 4322);
        }
        FileTime old = FileTime.fromMillis(1_600_000_000_000L);
        Files.setLastModifiedTime(clean, old);
        byte[] before = Files.readAllBytes(file);
        var r = CliProcess.run(dir, "lint", "--fix", "report.txt", "clean.txt");
        assertEquals(0, r.exitCode(), r.stdout() + r.stderr());
        assertNotEquals(new String(before), new String(Files.readAllBytes(file)), "the report was not fixed");
        assertEquals("rw-r-----", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        if (root) {
            assertEquals(4321, Files.getAttribute(file, "unix:uid"));
            assertEquals(4322, Files.getAttribute(file, "unix:gid"));
        }
        assertEquals(old, Files.getLastModifiedTime(clean));
    }

    @Test
    void aSymbolicLinkToItselfIsReportedTheSameWayWalkingAndNamed() throws Exception {
        copy("layout-tabs-clean.txt", dir.resolve("reports/a.txt"));
        Files.createSymbolicLink(dir.resolve("reports/loop.txt"), Path.of("loop.txt"));
        var walking = CliProcess.run(dir, "lint", "reports");
        var named = CliProcess.run(dir, "lint", "reports/loop.txt");
        assertEquals(2, walking.exitCode(), walking.stdout() + walking.stderr());
        assertEquals(2, named.exitCode(), named.stdout() + named.stderr());
        String message = "reports/loop.txt: 符号链接循环";
        assertTrue(walking.stderr().contains(message), walking.stderr());
        assertTrue(named.stderr().contains(message), named.stderr());
    }

    /** The files of a folder, hidden ones (a temporary file left behind) included. */
    private static List<String> namesIn(Path folder) throws IOException {
        try (Stream<Path> s = Files.list(folder)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void aSymbolicLinkToAReportInAReadOnlyFolderOrToAReadOnlyReportStopsTheRunBeforeAnyFileIsWritten() throws Exception {
        Path writable = copy("NB301-row-total.txt", dir.resolve("a/report.txt"));
        Path lockedFolder = copy("NB301-row-total.txt", dir.resolve("locked/real.txt"));
        Path lockedFile = copy("NB301-row-total.txt", dir.resolve("open/real.txt"));
        Files.createDirectories(dir.resolve("links"));
        Files.createSymbolicLink(dir.resolve("links/in-locked-folder.txt"), Path.of("../locked/real.txt"));
        Files.createSymbolicLink(dir.resolve("links/to-read-only.txt"), Path.of("../open/real.txt"));
        byte[] before = Files.readAllBytes(writable);
        Files.setPosixFilePermissions(lockedFile, PosixFilePermissions.fromString("r--r--r--"));
        Files.setPosixFilePermissions(lockedFolder.getParent(), PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            var r = CliProcess.run(dir, "lint", "--fix", "a", "links/in-locked-folder.txt", "links/to-read-only.txt");
            assertEquals(2, r.exitCode(), r.stdout() + r.stderr());
            assertTrue(r.stderr().contains("links/in-locked-folder.txt: 所在文件夹 " + lockedFolder.getParent().toRealPath()),
                    r.stderr());
            assertTrue(r.stderr().contains("links/to-read-only.txt: 文件是只读的"), r.stderr());
            assertTrue(r.stderr().contains("未修改任何文件"), r.stderr());
            assertArrayEquals(before, Files.readAllBytes(writable), "a file was written although the run failed");
            assertArrayEquals(before, Files.readAllBytes(lockedFolder));
            assertArrayEquals(before, Files.readAllBytes(lockedFile));
            assertTrue(Files.isSymbolicLink(dir.resolve("links/in-locked-folder.txt")));
        } finally {
            Files.setPosixFilePermissions(lockedFolder.getParent(), PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    @Test
    void aReportBehindASymbolicLinkIsFixedInItsOwnFolderAndTheLinkStays() throws Exception {
        Path real = copy("NB301-row-total.txt", dir.resolve("store/real.txt"));
        Files.createDirectories(dir.resolve("links"));
        Path link = Files.createSymbolicLink(dir.resolve("links/report.txt"), Path.of("../store/real.txt"));
        byte[] before = Files.readAllBytes(real);
        var r = CliProcess.run(dir, "lint", "--fix", "links/report.txt");
        assertEquals(0, r.exitCode(), r.stdout() + r.stderr());
        assertTrue(Files.isSymbolicLink(link), "the link was replaced by a file");
        assertNotEquals(new String(before, StandardCharsets.UTF_8), Files.readString(real), "the report was not fixed");
        assertEquals(List.of("report.txt"), namesIn(link.getParent()));
        assertEquals(List.of("real.txt"), namesIn(real.getParent()));
    }

    /**
     * Run by a user who is not a member of a report's group, --fix cannot give the fixed file that group: the whole
     * run is refused (naming the file and the group) before any file is written, and no temporary file is left. Made
     * as root with setpriv (another uid and gid, no other groups); skipped where neither is available.
     */
    @Test
    void aReportWhoseGroupCannotBeKeptStopsTheRunBeforeAnyFileIsWritten() throws Exception {
        Assumptions.assumeTrue(runAsRoot(), "needs root to give files to another user");
        Assumptions.assumeTrue(Files.isExecutable(Path.of("/usr/bin/setpriv")), "needs setpriv (util-linux)");
        int uid = 4321;
        int otherGroup = 4322;
        Path writable = copy("NB301-row-total.txt", dir.resolve("a/report.txt"));
        Path foreign = copy("NB301-row-total.txt", dir.resolve("b/report.txt"));
        byte[] before = Files.readAllBytes(writable);
        for (Path p : List.of(dir, writable.getParent(), writable, foreign.getParent(), foreign)) {
            Files.setAttribute(p, "unix:uid", uid);
            Files.setAttribute(p, "unix:gid", uid);
        }
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
        Files.setAttribute(foreign, "unix:gid", otherGroup);
        var r = runAs(uid, "lint", "--fix", "a", "b");
        assertEquals(2, r.exitCode(), r.stdout() + r.stderr());
        assertTrue(r.stderr().contains("b/report.txt: 无法保留文件的用户组 " + otherGroup + "（Operation not permitted）"), r.stderr());
        assertTrue(r.stderr().contains("未修改任何文件"), r.stderr());
        assertArrayEquals(before, Files.readAllBytes(writable), "a file was written although the run failed");
        assertArrayEquals(before, Files.readAllBytes(foreign));
        assertEquals(otherGroup, Files.getAttribute(foreign, "unix:gid"));
        assertEquals(List.of("report.txt"), namesIn(writable.getParent()), "a temporary file was left");
        assertEquals(List.of("report.txt"), namesIn(foreign.getParent()), "a temporary file was left");
        // The same user fixes a report of its own group.
        var own = runAs(uid, "lint", "--fix", "a");
        assertEquals(0, own.exitCode(), own.stdout() + own.stderr());
        assertNotEquals(new String(before, StandardCharsets.UTF_8), Files.readString(writable));
        assertEquals(uid, Files.getAttribute(writable, "unix:gid"));
    }

    /** nianbao as a process of user and group {@code id} without other groups; its jars copied where that user can read. */
    private CliProcess.Result runAs(int id, String... args) throws Exception {
        Path jars = dir.resolve("classpath");
        if (!Files.isDirectory(jars)) {
            Files.createDirectories(jars);
            Files.setPosixFilePermissions(jars, PosixFilePermissions.fromString("rwxr-xr-x"));
            List<String> entries = new ArrayList<>();
            for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
                Path p = Path.of(entry);
                if (Files.isRegularFile(p)) {
                    Path copied = jars.resolve(entries.size() + "-" + p.getFileName());
                    Files.copy(p, copied);
                    Files.setPosixFilePermissions(copied, PosixFilePermissions.fromString("rw-r--r--"));
                    p = copied;
                }
                entries.add(p.toString());
            }
            Files.writeString(jars.resolve("path"), String.join(File.pathSeparator, entries));
        }
        List<String> command = new ArrayList<>(List.of("/usr/bin/setpriv", "--reuid=" + id, "--regid=" + id, "--clear-groups",
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Duser.home=" + dir,
                "-cp", Files.readString(jars.resolve("path")), "nianbao.cli.Main"));
        command.addAll(List.of(args));
        Path out = dir.resolve("classpath/out");
        Path err = dir.resolve("classpath/err");
        Process p = new ProcessBuilder(command).directory(dir.toFile())
                .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        if (!p.waitFor(60, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("nianbao did not finish within 60 s: " + command);
        }
        return new CliProcess.Result(p.exitValue(), Files.readString(out), Files.readString(err));
    }
}
