package io.fleet.dispatch.planning.service;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** Immediate mode: the best three crews to send for a request now, with the reasons. */
@Path("/api/trip-requests/{id}/proposals")
@Produces(MediaType.APPLICATION_JSON)
public class ProposalResource {

    private final ProposalService proposals;

    ProposalResource(ProposalService proposals) {
        this.proposals = proposals;
    }

    @GET
    public ProposalService.Proposals get(@PathParam("id") long id) {
        return proposals.propose(id);
    }
}
