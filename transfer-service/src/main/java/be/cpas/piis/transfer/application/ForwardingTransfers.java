package be.cpas.piis.transfer.application;

import be.cpas.piis.platform.audit.AuditTrail;
import be.cpas.piis.platform.time.PiisClock;
import be.cpas.piis.transfer.domain.Dossier;
import be.cpas.piis.transfer.domain.IncomingTransfer;
import be.cpas.piis.transfer.persistence.IncomingTransferRepository;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * T6: sends each dossier that reached this system for a CPAS it does not serve on to the competent
 * CPAS's system, as the CPAS that first sent it, until acknowledged. Like a delivery, without a
 * transaction held across the call: taken in a short one under a lease, sent outside any, its
 * outcome recorded in another short one.
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

    /** Forwards the next dossier due, if any; returns whether there was one. Never called within a transaction. */
    @Transactional(Transactional.TxType.NEVER)
    public boolean forwardNext() {
        Optional<IncomingTransfer> taken = QuarkusTransaction.requiringNew().call(() -> incoming.lockDueForForwarding(clock.now(), 1)
                .stream().findFirst().map(incoming::findById).map(transfer -> {
                    transfer.takenForForwarding(clock.now());
                    return transfer;
                }));
        if (taken.isEmpty()) {
            return false;
        }
        IncomingTransfer transfer = taken.get();
        URI competent;
        try {
            competent = directory.find(transfer.toCpas()).flatMap(CpasDirectory.Cpas::transferApi)
                    .orElseThrow(() -> new IllegalStateException("CPAS " + transfer.toCpas() + " has no transfer API in the directory"));
            partners.send(competent, transfer.fromCpas(), dossiers.read(transfer.dossier()));
        } catch (RuntimeException e) {
            LOG.warnf("Dossier %s not forwarded to CPAS %s this time, will retry: %s", transfer.id(), transfer.toCpas(), e.getMessage());
            QuarkusTransaction.requiringNew().run(() -> incoming.findById(transfer.id())
                    .forwardingFailed(e.getClass().getSimpleName() + ": " + e.getMessage(), clock.now()));
            return true;
        }
        QuarkusTransaction.requiringNew().run(() -> {
            IncomingTransfer forwarded = incoming.findById(transfer.id());
            if (forwarded.forwarded(clock.today())) {
                audit.record(forwarded.toCpas(), ReceivingTransfers.AUDITED_AS, forwarded.id(), "forwarded", clock.today(), null,
                        Map.of("to", competent.toString(), "forwardBy", forwarded.forwardBy()));
            }
        });
        return true;
    }
}
