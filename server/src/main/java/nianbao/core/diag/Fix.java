package nianbao.core.diag;

import java.util.List;

/**
 * A fix for one finding: a Chinese title shown to the author and the minimal edits it makes.
 *
 * @param kind what sort of change it is; {@link FixKind#DERIVED_VALUE} fixes are the ones "fix all totals" applies
 */
public record Fix(String title, FixKind kind, List<TextEdit> edits) {
    public Fix {
        edits = List.copyOf(edits);
    }
}
