package be.cpas.piis.console.pages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class DraftFormTest {

    private static final UUID BENEFICIARY = UUID.fromString("0b6f6c3e-64c8-4d2f-9a43-3a5f0f3a1d11");

    @Test
    void C3_goals_steps_and_partners_are_sent_without_the_rows_left_blank_and_shown_again_under_the_places_the_api_names() {
        MultivaluedMap<String, String> typed = form(
                "goals[0].kind", "professional", "goals[0].title", "Trouver un emploi",
                "goals[0].steps[0].description", "S'inscrire chez Actiris", "goals[0].steps[0].responsible", "beneficiary",
                "goals[0].steps[0].dueDate", "2027-01-15",
                "goals[0].steps[1].description", " ", "goals[0].steps[1].dueDate", "",
                "goals[1].kind", "social", "goals[1].title", "",
                "goals[2].kind", "social", "goals[2].title", "Trouver un logement",
                "goals[2].steps[0].description", "Rencontrer l'agence immobilière sociale", "goals[2].steps[0].responsible", "cpas",
                "partners[0].name", "Bruxelles Formation", "partners[0].expectations", "Former au métier de cariste",
                "partners[1].name", "", "partners[1].expectations", "",
                "commitments[0].description", "Suivre la formation", "commitments[1].description", "Payer l'inscription");

        DraftForm sent = DraftForm.typed(typed).compacted();

        Map<String, Object> body = sent.body(BENEFICIARY);
        assertThat((List<?>) body.get("goals")).hasSize(2);
        assertThat(sent.goals()).extracting(goal -> goal.title().name(), goal -> goal.title().value())
                .containsExactly(tuple("goals[0].title", "Trouver un emploi"),
                        tuple("goals[1].title", "Trouver un logement"));
        assertThat(sent.goals().get(0).steps()).hasSize(1);
        assertThat(sent.goals().get(1).steps().get(0).responsible().value()).isEqualTo("cpas");
        assertThat(sent.goals().get(1).steps().get(0).description().id()).isEqualTo("goals-1-steps-0-description");
        assertThat(sent.partners()).extracting(partner -> partner.name().value()).containsExactly("Bruxelles Formation");
        assertThat(body.get("commitments")).isEqualTo(List.of(Map.of("party", "beneficiary", "description", "Suivre la formation"),
                Map.of("party", "cpas", "description", "Payer l'inscription")));
    }

    @Test
    void C3_a_goal_whose_steps_are_all_blank_is_sent_without_steps_and_shown_with_one_to_fill_in() {
        DraftForm sent = DraftForm.typed(form("goals[0].title", "Apprendre le néerlandais", "goals[0].steps[0].description", "")).compacted();

        assertThat((List<?>) ((Map<?, ?>) ((List<?>) sent.body(BENEFICIARY).get("goals")).get(0)).get("steps")).isEmpty();
        assertThat(sent.goals().get(0).steps()).hasSize(1);
    }

    @Test
    void the_add_buttons_add_a_goal_a_step_to_the_goal_named_or_a_partner_and_nothing_for_anything_else() {
        DraftForm blank = DraftForm.blank(LocalDate.of(2027, 1, 4), "sofia.janssens");

        assertThat(blank.goals()).hasSize(1);
        assertThat(blank.referentWorker.value()).isEqualTo("sofia.janssens");
        assertThat(blank.endDate.value()).isEqualTo("2028-01-03");
        assertThat(blank.withRowAdded("goal").goals()).hasSize(2);
        assertThat(blank.withRowAdded("step-0").goals().get(0).steps()).hasSize(2);
        assertThat(blank.withRowAdded("partner").partners()).hasSize(1);
        assertThat(blank.withRowAdded("step-7").goals().get(0).steps()).hasSize(1);
        assertThat(blank.withRowAdded("step-99999999999").goals()).hasSize(1);
        assertThat(blank.withRowAdded("everything").partners()).isEmpty();
    }

    @Test
    void rows_beyond_what_a_contract_holds_are_not_read() {
        DraftForm typed = DraftForm.typed(form("goals[0].title", "Un objectif", "goals[999].title", "Trop loin",
                "goals[12345678901].title", "Bien trop loin", "partners[75].name", "Trop loin"));

        assertThat(typed.goals()).hasSize(1);
        assertThat(typed.partners()).isEmpty();
    }

    private static MultivaluedMap<String, String> form(String... nameThenValue) {
        MultivaluedMap<String, String> form = new MultivaluedHashMap<>();
        for (int i = 0; i < nameThenValue.length; i += 2) {
            form.add(nameThenValue[i], nameThenValue[i + 1]);
        }
        return form;
    }
}
