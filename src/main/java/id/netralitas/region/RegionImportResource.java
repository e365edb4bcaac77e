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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Admin imports of regions below kabupaten/kota (kecamatan, desa, kelurahan), or of a newer
 * official list. Upsert by code; the answer counts and lists rejected rows.
 */
@Path("/api/v1/region-imports")
@Tag(name = "Regions")
@RolesAllowed(Roles.ADMIN)
@Produces(MediaType.APPLICATION_JSON)
public class RegionImportResource {

    @Inject
    RegionImportService importer;

    @POST
    @Consumes(CsvExport.MEDIA_TYPE)
    @Operation(operationId = "importRegions", summary = "Import regions from CSV",
            description = "UTF-8 CSV with the header `code,name,level,parent_code` (the layout of the official files). "
                    + "Rows are upserted by code; a row's parent must exist already or come earlier in the file. "
                    + "Bad rows are reported and skipped, the others are written.")
    @RequestBody(required = true, content = @Content(mediaType = CsvExport.MEDIA_TYPE,
            schema = @Schema(type = SchemaType.STRING,
                    maxLength = 10_485_760),
            example = "code,name,level,parent_code\n74.71.01,Mandonga,KECAMATAN,74.71\n"))
    @APIResponse(responseCode = "200", description = "Import finished; see the counts and rejected rows")
    public RegionImportResponse importRegions(@NotNull InputStream body, @Context HttpHeaders headers) {
        return RegionImportResponse.of(importer.importCsv(body), Messages.negotiate(headers.getAcceptableLanguages()));
    }

    @POST
    @Path("datasets")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "importRegionDataset", summary = "Import a bundled official region list",
            description = "Imports `KECAMATAN` (7,285 rows) or `DESA` (83,762 desa and kelurahan; import the kecamatan "
                    + "first) from the Kemendagri list bundled with the service. Re-running it changes nothing.")
    @APIResponse(responseCode = "200", description = "Import finished; see the counts and rejected rows")
    public RegionImportResponse importRegionDataset(@NotNull @Valid DatasetRequest request,
                                                    @Context HttpHeaders headers) {
        return RegionImportResponse.of(importer.importDataset(request.dataset()),
                Messages.negotiate(headers.getAcceptableLanguages()));
    }

    @Schema(name = "RegionDatasetImportRequest")
    public record DatasetRequest(@NotNull RegionDataset dataset) {
    }
}
