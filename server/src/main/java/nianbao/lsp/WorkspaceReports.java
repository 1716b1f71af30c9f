package nianbao.lsp;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

import nianbao.core.CheckCancellation;
import nianbao.core.CheckResult;
import nianbao.core.Checker;
import nianbao.core.across.AgencyNames;
import nianbao.core.across.AgencyNames.TitleKey;
import nianbao.core.across.CrossYearChecker;
import nianbao.core.across.ReportPairing;
import nianbao.core.across.YearReport;
import nianbao.core.config.CheckOptions;
import nianbao.core.diag.Diagnostic;
import nianbao.core.text.SourceText;
import nianbao.core.text.TextDecoder;

/**
 * The other reports a document is checked against across years: the report files of the workspace folders (read
 * from disk, re-read when their size or time changes or the client says they changed) and the open documents'
 * current text (which wins over the file). Only reports whose title names the same agency and a neighbouring year
 * are checked, so a large workspace costs one look at each title.
 */
final class WorkspaceReports {
    private static final int MAX_FILES = 5000;
    /** Larger files and open documents are not paired: no annual report is near this size, and checking one inside
     *  every check of its neighbour would hold that neighbour's diagnostics back by seconds. */
    private static final long MAX_SIZE = 10L * 1024 * 1024;

    private final DocumentStore documents;
    private final Runnable invalidate;
    private final Function<String, CheckOptions> optionsFor;
    private final Function<String, Optional<Path>> previousFor;
    private volatile List<Path> folders = List.of();
    /** The report files of the folders; null until first needed and after a file is created or deleted. */
    private volatile List<Path> files;
    private final Map<Path, DiskReport> disk = new ConcurrentHashMap<>();
    /** The last check of each other open document, reused while its version is the same. */
    private final Map<String, Map.Entry<TextDocument, CheckResult>> openChecks = new ConcurrentHashMap<>();

    /** A file as last read: its stamp, its title key, and its check (made when first needed). */
    private static final class DiskReport {
        final long modified;
        final long size;
        final String text;
        final Optional<TitleKey> key;
        volatile CheckResult result;

        DiskReport(long modified, long size, String text) {
            this.modified = modified;
            this.size = size;
            this.text = text;
            this.key = AgencyNames.peek(text);
        }
    }

    /**
     * @param invalidate called when another report changed: cached checks of open documents are stale
     * @param optionsFor  the check options of a document URI
     * @param previousFor last year's report as the settings name it ({@code previous}), for a document URI
     */
    WorkspaceReports(DocumentStore documents, Runnable invalidate, Function<String, CheckOptions> optionsFor,
                     Function<String, Optional<Path>> previousFor) {
        this.previousFor = previousFor;
        this.documents = documents;
        this.invalidate = invalidate;
        this.optionsFor = optionsFor;
    }

    void setFolders(List<String> folderUris) {
        List<Path> paths = new ArrayList<>();
        for (String uri : folderUris) FileUris.toPath(uri).ifPresent(paths::add);
        folders = List.copyOf(paths);
        files = null;
        disk.clear();
    }

    /** The client says a file changed (created, changed, deleted); true when it is a report of the workspace. */
    boolean fileChanged(String uri) {
        Optional<Path> path = FileUris.toPath(uri);
        if (path.isEmpty() || !isReportFile(path.get()) || folders.stream().noneMatch(f -> path.get().startsWith(f))) return false;
        disk.remove(path.get());
        files = null;
        invalidate.run();
        return true;
    }

    /** An open document changed: when another open report is of the same agency, the checks of both are stale. */
    boolean documentChanged(TextDocument doc) {
        Optional<TitleKey> key = AgencyNames.peek(doc.text());
        if (key.isEmpty()) return false;
        for (TextDocument other : documents.all()) {
            if (other == doc || other.uri().equals(doc.uri()) || !other.isReport()) continue;
            Optional<TitleKey> k = AgencyNames.peek(other.text());
            if (k.isPresent() && k.get().agency().equals(key.get().agency()) && Math.abs(k.get().year() - key.get().year()) <= 1) {
                invalidate.run();
                return true;
            }
        }
        return false;
    }

    /**
     * The document's check result with its cross-year findings added.
     *
     * @param cancel the document's own check's cancellation: a neighbour checked for it stops with it
     */
    CheckResult withCrossYear(TextDocument doc, CheckResult result, CheckOptions options, CheckCancellation cancel) {
        Optional<TitleKey> key = AgencyNames.peek(doc.text());
        Optional<Path> named = previousFor.apply(doc.uri());
        if (key.isEmpty() && named.isEmpty()) return result;
        YearReport self = new YearReport(doc.uri(), fileName(doc.uri()), result);
        List<YearReport> reports = new ArrayList<>();
        reports.add(self);
        Map<Path, TextDocument> open = new HashMap<>();
        openChecks.keySet().removeIf(u -> documents.get(u) == null);
        Optional<Path> selfPath = FileUris.toPath(doc.uri());
        for (TextDocument other : documents.all()) {
            Optional<Path> p = FileUris.toPath(other.uri());
            p.ifPresent(path -> open.put(path, other));
            if (other.uri().equals(doc.uri()) || (p.isPresent() && p.equals(selfPath)) || !other.isReport()
                    || other.text().length() > MAX_SIZE) continue;
            boolean isNamed = named.isPresent() && p.equals(named);
            if (!isNamed && (key.isEmpty() || !neighbour(key.get(), AgencyNames.peek(other.text())))) continue;
            Map.Entry<TextDocument, CheckResult> cached = openChecks.get(other.uri());
            if (cached == null || cached.getKey() != other) {
                cached = Map.entry(other, Checker.check(other.text(), optionsFor.apply(other.uri()), cancel));
                openChecks.put(other.uri(), cached);
            }
            reports.add(new YearReport(other.uri(), fileName(other.uri()), cached.getValue()));
        }
        List<Path> candidates = new ArrayList<>(files());
        if (named.isPresent() && !candidates.contains(named.get())) candidates.add(named.get());
        for (Path file : candidates) {
            if (open.containsKey(file) || (selfPath.isPresent() && selfPath.get().equals(file))) continue;
            boolean isNamed = named.isPresent() && named.get().equals(file);
            // Files already read whose title is another agency or year are not looked at again (a change to them
            // comes as a watched-file event), so a keystroke costs no file-system call per unrelated report.
            DiskReport known = disk.get(file);
            if (known != null && !isNamed && (key.isEmpty() || !neighbour(key.get(), known.key))) continue;
            DiskReport r = read(file);
            if (r == null || (!isNamed && (key.isEmpty() || !neighbour(key.get(), r.key)))) continue;
            String uri = file.toUri().toString();
            CheckResult checked = r.result;
            if (checked == null) {
                checked = Checker.check(r.text, optionsFor.apply(uri), cancel);
                r.result = checked;
            }
            reports.add(new YearReport(uri, file.getFileName().toString(), checked));
        }
        if (reports.size() < 2) return result;
        Map<String, String> explicit = named.map(p -> open.containsKey(p) ? open.get(p).uri() : p.toUri().toString())
                .map(prev -> Map.of(doc.uri(), prev)).orElse(Map.of());
        ReportPairing pairing = ReportPairing.of(reports, explicit);
        Map<YearReport, List<Diagnostic>> found = CrossYearChecker.findings(pairing, reports, r -> options);
        return CrossYearChecker.withFindings(result, found.getOrDefault(self, List.of()));
    }

    /** The current text of another report (open document, else the file as last read), or null. */
    SourceText sourceOf(String uri) {
        TextDocument open = documents.get(uri);
        if (open != null) return open.source();
        Optional<Path> path = FileUris.toPath(uri);
        DiskReport r = path.map(disk::get).orElse(null);
        return r == null ? null : new SourceText(r.text);
    }

    private static boolean neighbour(TitleKey self, Optional<TitleKey> other) {
        return other.isPresent() && other.get().agency().equals(self.agency()) && Math.abs(other.get().year() - self.year()) <= 1;
    }

    private DiskReport read(Path file) {
        try {
            BasicFileAttributes attrs = Files.readAttributes(file, BasicFileAttributes.class);
            long modified = attrs.lastModifiedTime().toMillis();
            DiskReport cached = disk.get(file);
            if (cached != null && cached.modified == modified && cached.size == attrs.size()) return cached;
            if (attrs.size() > MAX_SIZE) return null;
            DiskReport fresh = new DiskReport(modified, attrs.size(), TextDecoder.decode(Files.readAllBytes(file)).text());
            disk.put(file, fresh);
            return fresh;
        } catch (IOException | TextDecoder.NotTextException | RuntimeException e) {
            disk.remove(file);
            return null;
        }
    }

    private List<Path> files() {
        List<Path> f = files;
        if (f != null) return f;
        List<Path> found = new ArrayList<>();
        for (Path folder : folders) {
            try {
                Files.walkFileTree(folder, new SimpleFileVisitor<>() {
                    @Override
                    public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                        String name = dir.getFileName() == null ? "" : dir.getFileName().toString();
                        return !dir.equals(folder) && (name.startsWith(".") || name.equals("node_modules") || name.equals("target"))
                                ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
                    }

                    @Override
                    public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                        if (attrs.isRegularFile() && isReportFile(file)) found.add(file.toAbsolutePath().normalize());
                        return found.size() >= MAX_FILES ? FileVisitResult.TERMINATE : FileVisitResult.CONTINUE;
                    }

                    @Override
                    public FileVisitResult visitFileFailed(Path file, IOException e) {
                        return FileVisitResult.CONTINUE;
                    }
                });
            } catch (IOException e) {
                // An unreadable folder holds no reports we can pair with.
            }
        }
        found.sort(null);
        files = List.copyOf(found);
        return files;
    }

    private static boolean isReportFile(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".txt") || name.endsWith(".nianbao");
    }

    private static String fileName(String uri) {
        return FileUris.toPath(uri).map(p -> p.getFileName().toString()).orElse(uri.substring(uri.lastIndexOf('/') + 1));
    }

}
