package id.netralitas.region;

import id.netralitas.common.csv.CsvExport;
import id.netralitas.common.i18n.Messages;
import id.netralitas.common.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.io.InputStream;

/**
 * Admin imports of regions below kabupaten/kota (kecamatan, desa, kelurahan), or of a newer
 * official list. Upsert by code; the answer counts and lists rejected rows.
 */
@Path("/api/v1/region-imports")
@RolesAllowed(Roles.ADMIN)
@Produces(MediaType.APPLICATION_JSON)
public class RegionImportResource {

    @Inject
    RegionImportService importer;

    @POST
    @Consumes(CsvExport.MEDIA_TYPE)
    public RegionImportResponse importRegions(@NotNull InputStream body, @Context HttpHeaders headers) {
        return RegionImportResponse.of(importer.importCsv(body), Messages.negotiate(headers.getAcceptableLanguages()));
    }

    @POST
    @Path("datasets")
    @Consumes(MediaType.APPLICATION_JSON)
    public RegionImportResponse importRegionDataset(@NotNull @Valid DatasetRequest request,
                                                    @Context HttpHeaders headers) {
        return RegionImportResponse.of(importer.importDataset(request.dataset()),
                Messages.negotiate(headers.getAcceptableLanguages()));
    }

    public record DatasetRequest(@NotNull RegionDataset dataset) {
    }
}
