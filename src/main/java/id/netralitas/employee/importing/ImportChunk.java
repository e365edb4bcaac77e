package id.netralitas.employee.importing;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Consecutive rows of the file written in one transaction; a NIP appears at most once in a chunk. */
final class ImportChunk {

    static final int SIZE = 1000;

    final List<CheckedRow.Accepted> rows = new ArrayList<>();
    final List<CheckedRow.Rejected> rejected = new ArrayList<>();
    final Set<String> nips = new HashSet<>();
    long read;

    void add(CheckedRow row) {
        read++;
        if (row instanceof CheckedRow.Accepted accepted) {
            rows.add(accepted);
            nips.add(accepted.nip());
        } else {
            rejected.add((CheckedRow.Rejected) row);
        }
    }

    boolean contains(String nip) {
        return nips.contains(nip);
    }

    boolean isFull() {
        return read >= SIZE;
    }

    boolean isEmpty() {
        return read == 0;
    }
}
