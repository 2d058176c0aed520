package be.cpas.piis.transfer.application;

import be.cpas.piis.platform.audit.AuditTrail;
import be.cpas.piis.platform.time.PiisClock;
import be.cpas.piis.transfer.domain.Dossier;
import be.cpas.piis.transfer.domain.IncomingTransfer;
import be.cpas.piis.transfer.persistence.IncomingTransferRepository;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * T6: sends each dossier that reached this system for a CPAS it does not serve on to the competent
 * CPAS's system, as the CPAS that first sent it, until acknowledged; one dossier per transaction
 * while locked, like a delivery.
 */
@ApplicationScoped
public class ForwardingTransfers {

    private static final Logger LOG = Logger.getLogger(ForwardingTransfers.class);
    private static final int PER_RUN = 50;

    @Inject
    IncomingTransferRepository incoming;

    @Inject
    CpasDirectory directory;

    @Inject
    PartnerDelivery partners;

    @Inject
    DossierJson dossiers;

    @Inject
    AuditTrail audit;

    @Inject
    PiisClock clock;

    @Scheduled(identity = "transfer-forwarding", every = "${piis.transfers.delivery-interval:5s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP, skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void onSchedule() {
        for (int handled = 0; handled < PER_RUN && forwardNext(); handled++) {
            LOG.debug("Dossier forwarded, looking for the next one");
        }
    }

    /** Forwards the next dossier due, if any; returns whether there was one. */
    @Transactional
    public boolean forwardNext() {
        List<UUID> due = incoming.lockDueForForwarding(clock.now(), 1);
        if (due.isEmpty()) {
            return false;
        }
        IncomingTransfer transfer = incoming.findById(due.get(0));
        try {
            URI competent = directory.find(transfer.toCpas()).flatMap(CpasDirectory.Entry::transferApi)
                    .orElseThrow(() -> new IllegalStateException("CPAS " + transfer.toCpas() + " has no transfer API in the directory"));
            partners.send(competent, transfer.fromCpas(), dossiers.read(transfer.dossier()));
            transfer.forwarded(clock.today());
            audit.record(transfer.toCpas(), ReceivingTransfers.AUDITED_AS, transfer.id(), "forwarded", clock.today(), null,
                    Map.of("to", competent.toString(), "forwardBy", transfer.forwardBy()));
        } catch (RuntimeException e) {
            LOG.warnf("Dossier %s not forwarded to CPAS %s this time, will retry: %s", transfer.id(), transfer.toCpas(), e.getMessage());
            transfer.forwardingFailed(e.getClass().getSimpleName() + ": " + e.getMessage(), clock.now());
        }
        return true;
    }
}
