package nianbao.core.diag;

/**
 * Another place a finding depends on, e.g. the cells summed by a total.
 *
 * @param document null for the finding's own document; otherwise the other document, named as the caller named it
 *                 when it gave the core several reports (a path in the CLI, a URI in the language server): cross-year
 *                 findings point into last year's report
 */
public record RelatedLocation(Range range, String message, String document) {
    public RelatedLocation(Range range, String message) {
        this(range, message, null);
    }

    public boolean inOtherDocument() {
        return document != null;
    }
}
