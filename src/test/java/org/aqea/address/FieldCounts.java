package org.aqea.address;

import java.util.Map;
import java.util.TreeMap;

/** Per semantic field: how many entries have it by the labels, how many the classifier gave it, how many rightly. */
final class FieldCounts {

    private final Map<SemanticField, int[]> counts = new TreeMap<>();

    /** An entry the labels give the field. */
    void labelled(SemanticField field) {
        of(field)[0]++;
    }

    /** The classifier chose the field for an entry, rightly or not. */
    void chosen(SemanticField field, boolean right) {
        int[] c = of(field);
        c[1]++;
        if (right) {
            c[2]++;
        }
    }

    /** Of the entries given the field, the share given it rightly; NaN if none was. */
    double precision(SemanticField field) {
        int[] c = of(field);
        return c[1] == 0 ? Double.NaN : (double) c[2] / c[1];
    }

    Iterable<SemanticField> fields() {
        return counts.keySet();
    }

    /** Prints a line per field: labelled, chosen, precision and recall. */
    void print(String labelledColumn) {
        System.out.printf("  %-12s %8s %8s %9s %7s%n", "field", labelledColumn, "chosen", "precision", "recall");
        counts.forEach((field, c) -> System.out.printf("  %-12s %8d %8d %8.0f%% %6.0f%%%n", field.id(), c[0], c[1],
                100 * precision(field), c[0] == 0 ? Double.NaN : 100.0 * c[2] / c[0]));
    }

    private int[] of(SemanticField field) {
        return counts.computeIfAbsent(field, f -> new int[3]);
    }
}
