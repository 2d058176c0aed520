package be.cpas.piis.transfer.application;

import be.cpas.piis.transfer.domain.Dossier;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** T5: another CPAS system's transfer API, at the base URL the directory gives ({@code …/piis/v1}). */
public interface PartnerTransferApi {

    @POST
    @Path("/incomingTransfers")
    @Consumes(MediaType.APPLICATION_JSON)
    Response deliver(Dossier dossier, @HeaderParam("Authorization") String authorization, @HeaderParam("Idempotency-Key") String idempotencyKey);
}
