package id.netralitas.regulation;

import java.time.LocalDate;
import java.util.List;

/** The reads and changes every versioned catalogue offers, by code; {@code Q} is its request body. */
interface CatalogueService<E extends CatalogueEntry, Q> {

    E get(String rawCode, Integer version, LocalDate validOn);

    List<E> history(String rawCode);

    E create(Q request);

    E change(String rawCode, String ifMatch, Q request);
}
