package be.cpas.piis.transfer.application;

import be.cpas.piis.transfer.domain.Dossier;
import io.quarkus.rest.client.reactive.QuarkusRestClientBuilder;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.concurrent.TimeUnit;

/**
 * T5: sends a dossier to another CPAS system's transfer API, as {@code senderCpas} (PARTNER_CPAS),
 * with the transfer id as {@code Idempotency-Key}; anything but a 2xx is a failure to retry later.
 */
@ApplicationScoped
public class PartnerDelivery {

    @Inject
    ServiceTokens tokens;

    public void send(URI transferApi, String senderCpas, Dossier dossier) {
        PartnerTransferApi api = QuarkusRestClientBuilder.newBuilder()
                .baseUri(transferApi)
                .connectTimeout(3, TimeUnit.SECONDS)
                .readTimeout(10, TimeUnit.SECONDS)
                .build(PartnerTransferApi.class);
        try (Response answer = api.deliver(dossier, "Bearer " + tokens.partner(senderCpas), dossier.transferId().toString())) {
            if (answer.getStatusInfo().getFamily() != Response.Status.Family.SUCCESSFUL) {
                throw new IllegalStateException(transferApi + " answered " + answer.getStatus());
            }
        }
    }
}
