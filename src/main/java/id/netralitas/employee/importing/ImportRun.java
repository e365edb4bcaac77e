package id.netralitas.employee.importing;

import java.nio.file.Path;

/** What a run needs to know of its job: ids, who submitted it, the agency it is limited to, the spooled file. */
record ImportRun(long id, String publicId, String actor, String agencyScope, Path file) {
}
