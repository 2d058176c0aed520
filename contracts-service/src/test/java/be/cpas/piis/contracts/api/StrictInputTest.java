package be.cpas.piis.contracts.api;

import static be.cpas.piis.contracts.api.ContractsApi.WORKERS;
import static be.cpas.piis.contracts.api.ContractsApi.asWorker;
import static be.cpas.piis.contracts.api.ContractsApi.contractBody;
import static be.cpas.piis.contracts.api.ContractsApi.draftedContract;
import static be.cpas.piis.contracts.api.ContractsApi.registeredBeneficiary;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import be.cpas.piis.platform.document.PdfText;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Bad input never reaches the contracts' tables, and what reached them earlier still prints (X5). */
@QuarkusTest
class StrictInputTest {

    private static final String CPAS = "21004";

    @Inject
    EntityManager entityManager;

    @Test
    void X5_all_the_faults_of_one_body_are_reported_together_and_no_value_is_coerced() {
        String beneficiaryId = registeredBeneficiary(CPAS, null);

        asWorker(CPAS).body("""
                {"beneficiaryId":"%s","type":1,"startDate":0,"endDate":"2027-11-30","referentWorker":true,"replacementWorker":"Jan Claes",
                 "goals":[{"kind":"professional","title":""},null],"commitments":[{"party":"cpas","description":"Pay the fee"}]}
                """.formatted(beneficiaryId)).post("/piis/v1/contracts")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("issues.name", contains("goals[0].title", "goals[1]", "referentWorker", "startDate", "type"))
                .body("issues.find { it.name == 'type' }.value", equalTo(1));
    }

    @Test
    void X5_the_issues_of_an_input_speak_the_language_the_caller_asks_for() {
        String body = """
                {"ssin":"12345","firstName":"","lastName":"Peeters","birthDate":"1985-07-30","language":"fr"}""";

        asWorker(CPAS).header("Accept-Language", "fr").body(body).post("/piis/v1/beneficiaries")
                .then().statusCode(400)
                .body("issues.find { it.name == 'ssin' }.detail", equalTo("n'est pas un NISS ni un numéro BIS valide (11 chiffres, dont les deux derniers de contrôle)"))
                .body("issues.find { it.name == 'firstName' }.detail", equalTo("ne doit pas être vide"));
        asWorker(CPAS).header("Accept-Language", "nl").body(body).post("/piis/v1/beneficiaries")
                .then().statusCode(400)
                .body("issues.find { it.name == 'ssin' }.detail", equalTo("is geen geldig INSZ- of BIS-nummer (11 cijfers, waarvan de laatste twee controlecijfers)"));
        asWorker(CPAS).header("Accept-Language", "de").body(body).post("/piis/v1/beneficiaries")
                .then().statusCode(400)
                .body("issues.find { it.name == 'ssin' }.detail", equalTo("ist keine gültige INSZ- oder BIS-Nummer (11 Ziffern, die letzten zwei Prüfziffern)"));
        asWorker(CPAS).body(body).post("/piis/v1/beneficiaries")
                .then().statusCode(400)
                .body("issues.find { it.name == 'ssin' }.detail", equalTo("is not a valid NISS or BIS number (11 digits 0-9 with a correct check)"))
                .body("issues.find { it.name == 'firstName' }.detail", equalTo("must not be blank"));
    }

    @Test
    void X5_a_goal_title_with_a_noncharacter_and_a_nul_in_a_query_are_refused_naming_the_input() {
        String beneficiaryId = registeredBeneficiary(CPAS, null);

        asWorker(CPAS).body(contractBody(beneficiaryId, WORKERS).replace("Find a job in logistics", "Find a job \\uffff"))
                .post("/piis/v1/contracts")
                .then().statusCode(400)
                .body("issues[0].type", equalTo("urn:problem-type:belgif:input-validation:invalidInput"))
                .body("issues[0].name", equalTo("goals[0].title"));
        asWorker(CPAS).queryParam("socialWorker", "Marie\u0000").get("/piis/v1/contracts")
                .then().statusCode(400)
                .body("issues[0].in", equalTo("query"))
                .body("issues[0].name", equalTo("socialWorker"));
        asWorker(CPAS).queryParam("beneficiaryId", beneficiaryId).get("/piis/v1/contracts").then().statusCode(200)
                .body("items", org.hamcrest.Matchers.empty());
    }

    @Test
    void X5_a_date_outside_1900_to_2199_is_refused_in_a_body() {
        String beneficiaryId = registeredBeneficiary(CPAS, null);

        asWorker(CPAS).body(contractBody(beneficiaryId, WORKERS).replace("2027-11-30", "+999999999-12-31")).post("/piis/v1/contracts")
                .then().statusCode(400)
                .body("issues.name", hasItem("endDate"))
                .body("issues[0].detail", equalTo("is not between 1900-01-01 and 2199-12-31"));
    }

    @Test
    void X5_C9_a_goal_title_stored_with_characters_a_pdf_cannot_hold_still_prints_its_contract() {
        String contractId = draftedContract(CPAS, contractBody(registeredBeneficiary(CPAS, null), WORKERS));
        QuarkusTransaction.requiringNew().run(() -> entityManager
                .createNativeQuery("UPDATE contract_goal SET title = 'Find a job \uFFFF in \u0001logistics' WHERE contract_id = :id")
                .setParameter("id", UUID.fromString(contractId))
                .executeUpdate());

        byte[] pdf = asWorker(CPAS).get("/piis/v1/contracts/{id}/document", contractId)
                .then().statusCode(200).contentType("application/pdf").extract().asByteArray();

        assertThat(PdfText.of(pdf)).contains("Find a job", "in logistics");
    }
}
