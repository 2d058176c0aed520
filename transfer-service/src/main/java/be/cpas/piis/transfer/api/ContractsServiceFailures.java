package be.cpas.piis.transfer.api;

import be.cpas.piis.platform.problem.Problem;
import be.cpas.piis.transfer.application.ContractsServiceFailure;
import jakarta.ws.rs.core.Response;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * X5: a take-over that contracts-service could not serve answers the Belgif problem of a gateway,
 * never an internal error: 503 {@code serviceUnavailable} when it could not be reached, 502
 * {@code badGateway} when it failed. Either way the take-over can be sent again.
 */
public class ContractsServiceFailures {

    private static final Logger LOG = Logger.getLogger(ContractsServiceFailures.class);
    private static final String BELGIF = "urn:problem-type:belgif:";
    private static final String RETRY = ". Nothing was decided: send the same decision again later";

    @ServerExceptionMapper
    public Response failure(ContractsServiceFailure e) {
        LOG.warn(e.getMessage());
        Problem problem = e.unavailable()
                ? new Problem(BELGIF + "serviceUnavailable", null, "Service Unavailable", 503, e.getMessage() + RETRY, null, null)
                : new Problem(BELGIF + "badGateway", null, "Bad Gateway", 502, e.getMessage() + RETRY, null, null);
        return problem.toResponse();
    }
}
