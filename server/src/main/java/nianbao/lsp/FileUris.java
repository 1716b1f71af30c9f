package nianbao.lsp;

import java.net.URI;
import java.nio.file.Path;
import java.util.Optional;

/** The local file a document URI names: {@code file:} URIs only (untitled and remote documents have none). */
final class FileUris {
    private FileUris() {
    }

    static Optional<Path> toPath(String uri) {
        try {
            URI u = URI.create(uri);
            if (!"file".equalsIgnoreCase(u.getScheme())) return Optional.empty();
            return Optional.of(Path.of(u).toAbsolutePath().normalize());
        } catch (IllegalArgumentException | java.nio.file.FileSystemNotFoundException e) {
            return Optional.empty();
        }
    }
}
