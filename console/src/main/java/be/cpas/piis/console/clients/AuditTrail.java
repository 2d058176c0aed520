package be.cpas.piis.console.clients;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;

/** X4: every change of a contract or a beneficiary, who made it, the day it happened and when it was recorded. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record AuditTrail(List<Entry> items) {

    /** The actions the console has words for; another one shows as the API names it. */
    private static final ZoneId BELGIUM = ZoneId.of("Europe/Brussels");
    private static final Set<String> WORDED = Set.of("registered", "contactRecorded", "exemptionGranted", "exemptionLifted",
            "signingDeadlineMissed", "drafted", "proposed", "signed", "amendmentProposed", "amended", "documentHandedOver",
            "hearingRequested", "hearingPlanned", "hearingConvocationSent", "hearingHeld", "stepDone", "stepCancelled",
            "stepOverdueReported", "terminated", "completed", "transferred");
    private static final Set<String> TRANSFER_WORDED = Set.of("requested", "delivered");

    public AuditTrail {
        items = items == null ? List.of() : List.copyOf(items);
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Entry(String action, String actor, LocalDate factDate, OffsetDateTime recordedAt) {

        /** The day it was recorded, in Belgium. */
        public LocalDate recordedOn() {
            return recordedAt.atZoneSameInstant(BELGIUM).toLocalDate();
        }

        /** The time it was recorded, in Belgium, to the minute. */
        public String recordedTime() {
            return recordedAt.atZoneSameInstant(BELGIUM).toLocalTime().truncatedTo(ChronoUnit.MINUTES).toString();
        }

        public boolean worded() {
            return WORDED.contains(action);
        }

        public String actionKey() {
            return "audit_" + action;
        }

        /** Whether the console has words for this action of a transfer (T1, T5). */
        public boolean transferWorded() {
            return TRANSFER_WORDED.contains(action);
        }

        public String transferActionKey() {
            return "audit_transfer_" + action;
        }

        /** The key of an action of a breach case (S1-S8) in the Council's words. */
        public String breachActionKey() {
            return "audit_breach_" + action;
        }
    }
}
