package be.cpas.piis.console.pages;

import static org.assertj.core.api.Assertions.assertThat;

import be.cpas.piis.console.clients.Beneficiary;
import be.cpas.piis.console.clients.Contract;
import be.cpas.piis.console.pages.CaseloadPage.CaseloadContract;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ContractTableTest {

    private static final LocalDate JANUARY = LocalDate.of(2027, 1, 4);

    @Test
    void a_caseload_is_sorted_by_the_beneficiarys_name_without_regard_to_accents_or_case_by_default() {
        ContractTable table = ContractTable.of(List.of(row("Zoé", JANUARY, null), row("élise", JANUARY, null), row("Ana", JANUARY, null)),
                ContractTable.Order.named(null), false, null);

        assertThat(table.rows()).extracting(item -> item.beneficiary().firstName()).containsExactly("Ana", "élise", "Zoé");
        assertThat(table.ariaSort("beneficiary")).isEqualTo("ascending");
        assertThat(table.ariaSort("end")).isEqualTo("none");
        assertThat(table.sortHref("beneficiary")).startsWith("/?sort=beneficiary&desc=true");
        assertThat(table.sortHref("end")).startsWith("/?sort=end#");
    }

    @Test
    void contracts_without_a_reflection_period_come_last_whichever_the_direction() {
        List<CaseloadContract> rows = List.of(row("Ana", JANUARY, null), row("Bert", JANUARY, JANUARY.plusDays(3)),
                row("Chloé", JANUARY, JANUARY.plusDays(1)));

        assertThat(ContractTable.of(rows, ContractTable.Order.REFLECTION, false, 1).rows())
                .extracting(item -> item.beneficiary().firstName()).containsExactly("Chloé", "Bert", "Ana");
        assertThat(ContractTable.of(rows, ContractTable.Order.REFLECTION, true, 1).rows())
                .extracting(item -> item.beneficiary().firstName()).containsExactly("Bert", "Chloé", "Ana");
    }

    @Test
    void a_long_caseload_is_cut_into_pages_and_a_page_out_of_range_shows_the_nearest() {
        List<CaseloadContract> rows = IntStream.range(0, 45).mapToObj(n -> row("Person %02d".formatted(n), JANUARY.plusDays(n), null)).toList();

        ContractTable second = ContractTable.of(rows, ContractTable.Order.END, false, 2);
        assertThat(second.pages()).isEqualTo(3);
        assertThat(second.rows()).hasSize(ContractTable.ROWS_PER_PAGE).first()
                .extracting(item -> item.beneficiary().firstName()).isEqualTo("Person 20");
        assertThat(second.hasPrevious()).isTrue();
        assertThat(second.nextPageHref()).isEqualTo("/?sort=end&page=3#contracts-title");
        assertThat(ContractTable.of(rows, ContractTable.Order.END, true, 99).page()).isEqualTo(3);
        assertThat(ContractTable.of(rows, ContractTable.Order.END, false, -4).rows().get(0).beneficiary().firstName()).isEqualTo("Person 00");
    }

    private static CaseloadContract row(String firstName, LocalDate start, LocalDate reflectionEndsOn) {
        UUID beneficiaryId = UUID.randomUUID();
        Contract contract = new Contract(UUID.randomUUID(), beneficiaryId, "general", "proposed", 1, start, start.plusYears(1),
                "sofia.janssens", "nora.willems", null, List.of(), List.of(), List.of(), List.of(), null, reflectionEndsOn, null, null, null);
        Beneficiary beneficiary = new Beneficiary(beneficiaryId, "85073003328", firstName, "Peeters", LocalDate.of(1985, 7, 30), "fr",
                false, start.minusMonths(1), null, false, null);
        return new CaseloadContract(contract, beneficiary);
    }
}
