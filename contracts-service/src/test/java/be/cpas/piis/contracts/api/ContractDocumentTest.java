package be.cpas.piis.contracts.api;

import static be.cpas.piis.contracts.api.ContractsApi.WORKERS;
import static be.cpas.piis.contracts.api.ContractsApi.afterReflection;
import static be.cpas.piis.contracts.api.ContractsApi.as;
import static be.cpas.piis.contracts.api.ContractsApi.asWorker;
import static be.cpas.piis.contracts.api.ContractsApi.contractBody;
import static be.cpas.piis.contracts.api.ContractsApi.draftedContract;
import static be.cpas.piis.contracts.api.ContractsApi.propose;
import static be.cpas.piis.contracts.api.ContractsApi.registeredBeneficiary;
import static be.cpas.piis.contracts.api.ContractsApi.sign;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;

import be.cpas.piis.platform.document.PdfText;
import be.cpas.piis.testsupport.ClockMovingTest;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import org.junit.jupiter.api.Test;

/** C9: the beneficiary's copy of a contract, rendered as a PDF in their language, read back as text. */
@QuarkusTest
class ContractDocumentTest extends ClockMovingTest {

    private static final String CPAS = "21004";
    private static final DateTimeFormatter BELGIAN_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    @Test
    void C9_the_signed_contract_is_rendered_as_a_pdf_in_french_and_dutch() {
        String ssin = SsinFactory.next();
        String contractId = draftedContract(CPAS, contractBody(registeredBeneficiary(CPAS, ssin), WORKERS));
        propose(CPAS, contractId);
        afterReflection(CPAS, contractId, clock);
        sign(CPAS, contractId, "{\"party\":\"beneficiary\"}");
        sign(CPAS, contractId, "{\"party\":\"cpas\"}").body("status", equalTo("active"));
        String signedOn = clock.today().format(BELGIAN_DATE);

        String french = PdfText.of(document(asWorker(CPAS).queryParam("lang", "fr"), contractId, "fr-BE"));
        assertThat(french).contains("Contrat signé", "Ana Peeters", "30/07/1985", "CPAS de Bruxelles Rue Haute 298A 1000 Bruxelles",
                        "Notre référence : PIIS " + contractId, "Marie Dubois", "Jan Claes",
                        "Find a job in logistics", "Register with Actiris", "15/12/2026", "Engagements du CPAS",
                        "Pay the enrolment fee of the forklift training", "Signé le " + signedOn)
                .contains("Vos droits", "personne de votre choix", "délai de réflexion de 5 jours ouvrables",
                        "entendu·e par le Conseil de l'action sociale", "au moins trois fois par an",
                        "cinq jours ouvrables", "tribunal du travail", "trois mois")
                .doesNotContain(ssin, "code INS");

        String dutch = PdfText.of(document(asWorker(CPAS).queryParam("lang", "nl"), contractId, "nl-BE"));
        assertThat(dutch).contains("Contract ondertekend", "Ana Peeters", "OCMW Brussel Hoogstraat 298A 1000 Brussel",
                        "Onze referentie: GPMI " + contractId, "Find a job in logistics",
                        "Register with Actiris", "Verbintenissen van het OCMW", "Pay the enrolment fee of the forklift training",
                        "Ondertekend op " + signedOn)
                .contains("Uw rechten", "persoon naar keuze", "bedenktijd van 5 werkdagen", "Raad voor Maatschappelijk Welzijn",
                        "minstens drie keer per jaar", "vijf werkdagen", "arbeidsrechtbank", "drie maanden")
                .doesNotContain(ssin, "Vos droits", "NIS-code", "CPAS de Bruxelles");
    }

    @Test
    void C9_a_proposed_contract_shows_its_reflection_period_partners_and_person_of_trust_in_german() {
        String beneficiaryId = registeredBeneficiary(CPAS, SsinFactory.next(), "Zoë", "Müller-Łęcka", "de");
        String contractId = draftedContract(CPAS, contractBody(beneficiaryId, WORKERS + """
                "personOfTrust":"Jürgen Weiß",
                "partners":[{"name":"Arbeitsamt der DG","expectations":"Begleitet Zoë <b>wöchentlich</b> bei der Stellensuche"}],
                """));
        propose(CPAS, contractId);
        LocalDate reflectionEndsOn = LocalDate.parse(asWorker(CPAS).get("/piis/v1/contracts/{id}", contractId)
                .then().extract().path("reflectionEndsOn"));

        String german = PdfText.of(document(asWorker(CPAS), contractId, "de-BE"));

        assertThat(german).contains("Vorgeschlagener Vertrag", "Zoë Müller-Łęcka", "Jürgen Weiß", "Arbeitsamt der DG",
                "Begleitet Zoë <b>wöchentlich</b> bei der Stellensuche", "Ihre Rechte", "Bedenkzeit von 5 Werktagen",
                "bis einschließlich " + reflectionEndsOn.format(DateTimeFormatter.ofPattern("dd.MM.yyyy")),
                "Für die Partnerorganisation", "Datum und Unterschrift", "Arbeitsgericht");
    }

    @Test
    void C9_the_language_is_lang_else_accept_language_else_the_beneficiarys() {
        String contractId = draftedContract(CPAS, contractBody(
                registeredBeneficiary(CPAS, SsinFactory.next(), "Anke", "Janssens", "nl"), WORKERS));

        assertThat(PdfText.of(document(asWorker(CPAS), contractId, "nl-BE"))).contains("Ontwerp");
        assertThat(PdfText.of(document(asWorker(CPAS).header("Accept-Language", "en-GB, de-BE;q=0.8, fr-BE;q=0.5"), contractId, "de-BE")))
                .contains("Entwurf");
        document(asWorker(CPAS).header("Accept-Language", "de-BE").queryParam("lang", "fr"), contractId, "fr-BE");
        document(as(CPAS, "AUDITOR").header("Accept-Language", "en"), contractId, "nl-BE");
    }

    @Test
    void C11_the_standard_student_commitments_are_printed_in_the_documents_language() {
        String contractId = draftedContract(CPAS, contractBody(registeredBeneficiary(CPAS, null), "student", "studies", WORKERS));

        assertThat(PdfText.of(document(asWorker(CPAS).queryParam("lang", "nl"), contractId, "nl-BE")))
                .contains("Studiedoelstelling", "Verbintenissen van de begunstigde",
                        "Een bewijs van inschrijving in voltijds onderwijs voorleggen.",
                        "examenresultaten meedelen binnen zeven werkdagen")
                .doesNotContain("Provide proof of enrolment");
        asWorker(CPAS).get("/piis/v1/contracts/{id}", contractId).then().statusCode(200)
                .body("commitments[0].standard", equalTo("enrolment"))
                .body("commitments[6].standard", equalTo("results"))
                .body("commitments[7]", not(hasKey("standard")));
    }

    @Test
    void A4_the_copy_names_the_beneficiary_at_their_recorded_address_in_the_envelopes_window() {
        String beneficiaryId = registeredBeneficiary(CPAS, null);
        String contractId = draftedContract(CPAS, contractBody(beneficiaryId, WORKERS));
        asWorker(CPAS).body("{\"address\":\"Rue de la Loi 16 bte 3, 1000 Bruxelles\"}")
                .put("/piis/v1/beneficiaries/{id}/contact", beneficiaryId).then().statusCode(200);

        assertThat(PdfText.of(document(asWorker(CPAS), contractId, "fr-BE"))).contains("Ana Peeters Rue de la Loi 16 bte 3 1000 Bruxelles");
    }

    @Test
    void X12_the_copy_of_a_cpas_whose_settings_lack_its_name_in_the_documents_language_is_refused_naming_the_setting() {
        // Antwerp keeps its settings in Dutch only: no German copy leaves it with a hole where its name goes.
        String antwerp = "11002";
        String contractId = draftedContract(antwerp, contractBody(registeredBeneficiary(antwerp, SsinFactory.next(), "Lotte", "Janssens", "de"),
                WORKERS));

        asWorker(antwerp).get("/piis/v1/contracts/{id}/document", contractId).then().statusCode(422)
                .contentType("application/problem+json")
                .body("rule", equalTo("X12"))
                .body("detail", containsString("name"));
        document(asWorker(antwerp).queryParam("lang", "nl"), contractId, "nl-BE");
    }

    @Test
    void X1_the_document_of_another_cpas_contract_is_not_found() {
        String contractId = draftedContract(CPAS, contractBody(registeredBeneficiary(CPAS, null), WORKERS));

        asWorker("62063").get("/piis/v1/contracts/{id}/document", contractId)
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:problem-type:belgif:resourceNotFound"));
    }

    @Test
    void X5_a_language_other_than_fr_nl_de_is_a_400_naming_lang() {
        String contractId = draftedContract(CPAS, contractBody(registeredBeneficiary(CPAS, null), WORKERS));

        asWorker(CPAS).queryParam("lang", "xx").get("/piis/v1/contracts/{id}/document", contractId)
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:problem-type:belgif:badRequest"))
                .body("issues[0].in", equalTo("query"))
                .body("issues[0].name", equalTo("lang"))
                .body("issues[0].value", equalTo("xx"));
    }

    private static byte[] document(RequestSpecification request, String contractId, String language) {
        return request.get("/piis/v1/contracts/{id}/document", contractId)
                .then().statusCode(200)
                .contentType("application/pdf")
                .header("Content-Language", language)
                .header("Content-Disposition", "inline; filename=\"piis-" + contractId + ".pdf\"")
                .extract().asByteArray();
    }
}
