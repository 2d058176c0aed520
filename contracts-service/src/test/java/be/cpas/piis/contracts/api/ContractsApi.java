package be.cpas.piis.contracts.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import be.cpas.piis.platform.time.PiisClock;
import be.cpas.piis.testsupport.DevTokens;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import java.time.LocalDate;

/** Requests the contract tests share: a social worker's calls, a registered beneficiary, a contract body. */
final class ContractsApi {

    static final String WORKERS = "\"referentWorker\":\"Marie Dubois\",\"replacementWorker\":\"Jan Claes\",";

    private ContractsApi() {
    }

    static RequestSpecification asWorker(String cpas) {
        return as(cpas, "SOCIAL_WORKER");
    }

    static RequestSpecification as(String cpas, String role) {
        return given().auth().oauth2(DevTokens.forCpas(cpas, role)).contentType(ContentType.JSON);
    }

    /** Registers a beneficiary; a null NISS picks a valid one no other test uses. */
    static String registeredBeneficiary(String cpas, String ssin) {
        return registeredBeneficiary(cpas, ssin == null ? SsinFactory.next() : ssin, "Ana", "Peeters", "fr");
    }

    static String beneficiaryBody(String ssin) {
        return beneficiaryBody(ssin, "Ana", "Peeters", "fr");
    }

    /** Registers a person of a given name and language with a NISS no other test uses; returns the id. */
    static String registeredBeneficiary(String cpas, String ssin, String firstName, String lastName, String language) {
        return asWorker(cpas).body(beneficiaryBody(ssin, firstName, lastName, language))
                .post("/piis/v1/beneficiaries")
                .then().statusCode(201)
                .extract().path("id");
    }

    static String beneficiaryBody(String ssin, String firstName, String lastName, String language) {
        return """
                {"ssin":"%s","firstName":"%s","lastName":"%s","birthDate":"1985-07-30","language":"%s","risDecisionDate":"2026-11-02"}
                """.formatted(ssin, firstName, lastName, language);
    }

    /** A general contract for a year from 1 December 2026, with {@code extra} JSON members (workers, partners...). */
    static String contractBody(String beneficiaryId, String extra) {
        return contractBody(beneficiaryId, "general", "professional", extra);
    }

    static String contractBody(String beneficiaryId, String type, String goalKind, String extra) {
        return """
                {"beneficiaryId":"%s","type":"%s","startDate":"2026-12-01","endDate":"2027-11-30",%s
                 "goals":[{"kind":"%s","title":"Find a job in logistics",
                   "steps":[{"description":"Register with Actiris","responsible":"beneficiary","dueDate":"2026-12-15"}]}],
                 "commitments":[{"party":"cpas","description":"Pay the enrolment fee of the forklift training"}]}
                """.formatted(beneficiaryId, type, extra, goalKind);
    }

    static String draftedContract(String cpas, String body) {
        return asWorker(cpas).body(body).post("/piis/v1/contracts").then().statusCode(201).extract().path("id");
    }

    static void propose(String cpas, String contractId) {
        given().auth().oauth2(DevTokens.forCpas(cpas, "SOCIAL_WORKER")).post("/piis/v1/contracts/{id}/proposal", contractId)
                .then().statusCode(200).body("status", equalTo("proposed"));
    }

    /** Moves {@code clock} to the first day a proposed contract can be signed (C7). */
    static void afterReflection(String cpas, String contractId, PiisClock clock) {
        String reflectionEndsOn = asWorker(cpas).get("/piis/v1/contracts/{id}", contractId).then().extract().path("reflectionEndsOn");
        clock.moveTo(LocalDate.parse(reflectionEndsOn).plusDays(1));
    }

    /** Records one party's signature, e.g. {@code {"party":"cpas"}}. */
    static ValidatableResponse sign(String cpas, String contractId, String body) {
        return asWorker(cpas).body(body).post("/piis/v1/contracts/{id}/signatures", contractId).then().statusCode(200);
    }
}
