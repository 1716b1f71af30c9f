package nianbao.core.bind;

/**
 * Group cells that PDF extraction dropped: a row labelled in its first cell while most rows of its depth (number of
 * groups) are labelled further right has lost the merged group cells before its label ({@link BoundRow#groupCellsLost}).
 */
final class LostGroupCells {
    private LostGroupCells() {
    }

    /**
     * Rows whose label stands in fewer cells than other rows of the same depth use: PDF extraction dropped the
     * merged group cells before it.
     */
    static void mark(BoundTable bound) {
        // Where cells are inferred from positions, empty group cells leave no trace to count.
        if (bound.tables.get(0).layout().isInferred()) return;
        // Only a row labelled in its first cell can be marked: most tables have none, and need no counting.
        int maxDepth = -1;
        boolean anyFirst = false;
        for (BoundRow r : bound.rows) {
            if (r.labelIndex < 0) continue;
            anyFirst |= r.labelIndex == 0;
            maxDepth = Math.max(maxDepth, r.spec.groups.size());
        }
        if (!anyFirst) return;
        // For each depth (number of groups), the cell most of its rows are labelled in (the first on a tie) and how
        // many are: the label indexes of the depth's rows sorted, the longest run.
        int[] usual = new int[maxDepth + 1];
        int[] usualCount = new int[maxDepth + 1];
        int[] indexes = new int[bound.rows.size()];
        for (int d = 0; d <= maxDepth; d++) {
            int n = 0;
            for (BoundRow r : bound.rows) {
                if (r.labelIndex >= 0 && r.spec.groups.size() == d) indexes[n++] = r.labelIndex;
            }
            java.util.Arrays.sort(indexes, 0, n);
            for (int i = 0, j; i < n; i = j) {
                j = i + 1;
                while (j < n && indexes[j] == indexes[i]) j++;
                if (j - i > usualCount[d]) {
                    usualCount[d] = j - i;
                    usual[d] = indexes[i];
                }
            }
        }
        for (BoundRow r : bound.rows) {
            if (r.labelIndex != 0) continue;
            int d = r.spec.groups.size();
            // Only a label in the first cell has lost them all; fewer empty cells before a label is PDF extraction merging them.
            if (usual[d] > 0 && usualCount[d] >= 2) r.groupCellsLost = true;
        }
    }
}
