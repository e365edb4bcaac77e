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

/** Sanction suggestions: a read-only computation over the catalogues, open to everyone. */
@Path("/api/v1/sanction-suggestions")
@Produces(MediaType.APPLICATION_JSON)
public class SanctionSuggestionResource {

    @Inject
    SanctionSuggestionService service;

    @POST
    @PermitAll
    @Consumes(MediaType.APPLICATION_JSON)
    public SanctionSuggestionDtos.SuggestionResponse suggestSanctions(
            @NotNull @Valid SanctionSuggestionDtos.SuggestionRequest request, @Context HttpHeaders headers) {
        SanctionSuggestionService.Suggestion suggestion = service.suggest(request.violationTypeCodes(),
                request.incidentDate(), request.electionCode(), request.employeeType());
        return SanctionSuggestionDtos.SuggestionResponse.of(suggestion, Messages.negotiate(headers.getAcceptableLanguages()));
    }
}
