package id.netralitas.report;

import id.netralitas.common.error.Problem;
import id.netralitas.common.i18n.Messages;
import jakarta.annotation.security.PermitAll;
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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirementsSet;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Sanction suggestions: a read-only computation over the catalogues, open to everyone. */
@Path("/api/v1/sanction-suggestions")
@Tag(name = "Sanction suggestions")
@Produces(MediaType.APPLICATION_JSON)
public class SanctionSuggestionResource {

    @Inject
    SanctionSuggestionService service;

    @POST
    @PermitAll
    @Consumes(MediaType.APPLICATION_JSON)
    @SecurityRequirementsSet
    @SecurityRequirementsSet(@SecurityRequirement(name = "bearer"))
    @Operation(operationId = "suggestSanctions", summary = "Suggest the sanctions for violation types on an incident date",
            description = "For each violation type, the version valid on the incident date, the sanctions of its allowed "
                    + "levels valid on that date for the employee type (PP 53/2010 up to 2021-08-30, PP 94/2021 from "
                    + "2021-08-31, PP 42/2004 moral sanctions throughout) and the legal references in force then; plus "
                    + "the authority that supervised neutrality cases on that date (KASN until 2024-08-23, BKN from "
                    + "2024-08-24). With an election, the candidate phase on that date and warnings when the type does "
                    + "not fit it. It suggests; it never decides. Nothing is stored; no token is needed.")
    @APIResponse(responseCode = "200", description = "The suggestion",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = SanctionSuggestionDtos.SuggestionResponse.class)))
    @APIResponse(responseCode = "422", description = "A violation type or the election does not exist, or a type has "
            + "no version valid on the incident date",
            content = @Content(mediaType = Problem.MEDIA_TYPE,
                    schema = @Schema(implementation = Problem.class)))
    public SanctionSuggestionDtos.SuggestionResponse suggestSanctions(
            @NotNull @Valid SanctionSuggestionDtos.SuggestionRequest request, @Context HttpHeaders headers) {
        SanctionSuggestionService.Suggestion suggestion = service.suggest(request.violationTypeCodes(),
                request.incidentDate(), request.electionCode(), request.employeeType());
        return SanctionSuggestionDtos.SuggestionResponse.of(suggestion, Messages.negotiate(headers.getAcceptableLanguages()));
    }
}
