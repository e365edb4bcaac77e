package id.netralitas.regulation;

import id.netralitas.common.web.Tagged;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.function.Function;

/**
 * The bodies of the versioned catalogue endpoints (get, versions, create, change); each subclass
 * declares its path, tag and documented methods and delegates here. The ETag is the revision.
 */
abstract class CatalogueResource<E extends CatalogueEntry, Q extends CatalogueService.Request, R> {

    private final String collection;
    private final Function<E, R> mapper;

    /** {@code collection} is the path segment under /api/v1 ("sanctions", ...). */
    protected CatalogueResource(String collection, Function<E, R> mapper) {
        this.collection = collection;
        this.mapper = mapper;
    }

    protected abstract CatalogueService<E, Q> service();

    protected Response entry(String code, VersionSelector selector) {
        E entry = service().get(code, selector.version, selector.validOnDate());
        return tagged(entry).ok();
    }

    protected CatalogueParams.Versions<R> versions(String code) {
        return new CatalogueParams.Versions<>(service().history(code).stream().map(mapper).toList());
    }

    protected Response created(Q request, UriInfo uri) {
        E entry = service().create(request);
        return tagged(entry).created(CatalogueParams.versionUri(uri, collection, entry));
    }

    protected Response changed(String code, String ifMatch, Q request) {
        E entry = service().change(code, ifMatch, request);
        return tagged(entry).ok();
    }

    /** The entry as the API shows it; its ETag is the revision. */
    private Tagged<R> tagged(E entry) {
        return new Tagged<>(mapper.apply(entry), entry.revision);
    }
}
