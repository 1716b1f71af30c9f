package nianbao.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;

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
}
