package id.netralitas.pact;

import id.netralitas.agency.Agency;
import id.netralitas.election.Election;
import id.netralitas.election.ElectionScope;
import id.netralitas.election.ElectionService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Who may sign an election's pact: active employees of an agency that takes part in it. Every
 * agency takes part in a national election; in a regional one, the agencies whose region (or one of
 * its ancestors) is a participating region. Central agencies (without a region) take part in
 * national elections only.
 */
@ApplicationScoped
public class PactEligibility {

    @Inject
    ElectionService elections;

    public boolean agencyTakesPart(Election election, Agency agency) {
        if (election.scope == ElectionScope.NATIONAL) {
            return true;
        }
        return agency.regionCode != null && elections.takesPartIn(election, agency.regionCode);
    }
}
