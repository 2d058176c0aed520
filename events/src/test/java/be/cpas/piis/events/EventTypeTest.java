package be.cpas.piis.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class EventTypeTest {

    @Test
    void X7_type_names_follow_the_belgif_pattern() {
        assertThat(EventType.CONTRACT_SIGNED.type()).isEqualTo("be.cpas.piis.v1.contracts.notify.signed");
        assertThat(EventType.EVALUATION_MISSED.type()).isEqualTo("be.cpas.piis.v1.evaluations.notify.missed");
        assertThat(EventType.values())
                .allSatisfy(t -> assertThat(t.type()).matches("be\\.cpas\\.piis\\.v1\\.[a-z][A-Za-z]*s\\.notify\\.[a-z][A-Za-z]*"));
    }

    @Test
    void X7_each_type_is_published_on_its_owners_topic() {
        assertThat(EventType.STEP_OVERDUE.topic()).isEqualTo(Topics.CONTRACTS);
        assertThat(EventType.RESULTS_OVERDUE.topic()).isEqualTo(Topics.EVALUATIONS);
        assertThat(EventType.SANCTION_DECIDED.topic()).isEqualTo(Topics.SANCTIONS);
        assertThat(EventType.TRANSFER_COMPLETED.topic()).isEqualTo(Topics.TRANSFERS);
        assertThat(Arrays.stream(EventType.values()).map(EventType::topic)).allMatch(Topics.ALL::contains);
    }

    @Test
    void a_payload_finds_its_type_and_a_type_its_payload() {
        var signed = new ContractSigned(UUID.randomUUID(), "21004", UUID.randomUUID(), "general", 1,
                LocalDate.of(2026, 12, 1), LocalDate.of(2027, 11, 30), LocalDate.of(2026, 12, 1),
                "Marie Dubois", "Jan Claes", "fr");
        assertThat(EventType.of(signed)).isEqualTo(EventType.CONTRACT_SIGNED);
        assertThat(EventType.ofType("be.cpas.piis.v1.contracts.notify.signed")).contains(EventType.CONTRACT_SIGNED);
        assertThat(EventType.ofType("be.cpas.piis.v1.contracts.notify.unknown")).isEmpty();
        assertThat(signed.subjectId()).isEqualTo(signed.contractId());
    }
}
