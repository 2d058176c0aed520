package be.cpas.piis.systemtests;

import static org.awaitility.Awaitility.await;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Real data of one CPAS, made through the APIs, so that the fuzz requests reach real resources: a draft, a proposed
 * and a signed contract, a student's signed contract, a signed contract for the terminations, the signed contract's evaluations, an interview request,
 * a student result, an amendment, an exemption, a handed-over document, a breach case, an outgoing transfer and
 * a dossier another CPAS's system delivered. What could not be made (a service refusing it today) stays absent, and the
 * requests that would name it take a random id instead.
 */
final class FuzzSeed {

    static final String CPAS = "21004";
    static final String OTHER_CPAS = "62063";
    private static final Duration PATIENCE = Duration.ofSeconds(60);
    private static final String CONTRACTS = Platform.CONTRACTS;
    private static final String EVALUATIONS = Platform.EVALUATIONS;
    private static final String SANCTIONS = "sanctions-service";
    private static final String TRANSFERS = Platform.TRANSFERS;

    /** The ids by what they name: {@code draftContract}, {@code signedContract}, {@code evaluation}… */
    private final Map<String, String> ids = new LinkedHashMap<>();
    private final List<String> missing = new java.util.ArrayList<>();
    private LocalDate today;

    private FuzzSeed() {
    }

    Optional<String> id(String name) {
        return Optional.ofNullable(ids.get(name));
    }

    /** The deployment's today once the seed moved its clocks. */
    LocalDate today() {
        return today;
    }

    Map<String, String> ids() {
        return Map.copyOf(ids);
    }

    /** What the seed could not make, and why. */
    List<String> missing() {
        return List.copyOf(missing);
    }

    /** Data made elsewhere: {@code ids} by the names {@link #id} takes. */
    static FuzzSeed of(Map<String, String> ids, LocalDate today) {
        FuzzSeed seed = new FuzzSeed();
        seed.ids.putAll(ids);
        seed.today = today;
        return seed;
    }

    static FuzzSeed make(Platform platform, FuzzTokens tokens) {
        FuzzSeed seed = new FuzzSeed();
        seed.fill(platform, new SocialWorker(platform, CPAS), tokens);
        return seed;
    }

    /** What another CPAS's system delivers (T5) when one of its beneficiaries moves here. */
    private static final String DOSSIER = """
            {"transferId":"%s","fromCpas":"%s","toCpas":"%s","movedOn":"%s","beneficiaryRefused":false,
             "beneficiary":{"ssin":"87112933322","firstName":"Lucas","lastName":"Janssens","birthDate":"1987-11-29","language":"fr"},
             "contract":{"contractId":"6f1c3f0e-8d0a-4a57-9a38-6b3a1c2d4e5f","type":"general","version":1,"startDate":"2026-09-01","endDate":"%s",
               "goals":[{"kind":"professional","title":"Find a job in logistics",
                 "steps":[{"description":"Register with Le Forem","responsible":"beneficiary","dueDate":"2026-10-15","status":"done"}]}],
               "commitments":[{"party":"cpas","description":"Pay the enrolment fee of the forklift training"}]},
             "evaluations":{"held":1,"missed":0,"planned":2}}
            """;

    private void fill(Platform platform, SocialWorker brussels, FuzzTokens tokens) {
        String draftBeneficiary = beneficiary(brussels, "91020311274", "1991-02-03", false);
        ids.put("beneficiary", draftBeneficiary);
        ids.put("draftContract", contract(brussels, draftBeneficiary, "general", SocialWorker.content("2027-11-30")));
        ids.put("proposedContract", proposed(brussels, beneficiary(brussels, "88041227379", "1988-04-12", false), "general"));
        String signedBeneficiary = beneficiary(brussels, "85073003328", "1985-07-30", false);
        ids.put("signedBeneficiary", signedBeneficiary);
        String signed = proposed(brussels, signedBeneficiary, "general");
        String student = proposed(brussels, beneficiary(brussels, "00010100105", "2000-01-01", true), "student");
        String moving = proposed(brussels, beneficiary(brussels, "90051204565", "1990-05-12", false), "general");
        String ending = proposed(brussels, beneficiary(brussels, "92031408788", "1992-03-14", false), "general");

        brussels.moveClocksPastReflection(signed);
        today = brussels.dateOf(signed, "reflectionEndsOn").plusDays(1);
        for (String contractId : List.of(signed, student, moving, ending)) {
            brussels.signByBothParties(contractId);
        }
        ids.put("signedContract", signed);
        ids.put("studentContract", student);
        ids.put("transferredContract", moving);
        ids.put("contractToTerminate", ending);
        ids.put("step", brussels.contract(signed).extract().path("goals[0].steps[0].id"));

        attempt("amendment", () -> brussels.at(CONTRACTS)
                .body("{\"reason\":\"The training lasts longer\",%s}".formatted(SocialWorker.content("2028-05-31")))
                .post("/piis/v1/contracts/{id}/amendments", signed), 201);
        attempt("exemption", () -> brussels.at(CONTRACTS)
                .body("{\"beneficiaryId\":\"%s\",\"ground\":\"health\",\"justification\":\"Long stay in hospital\",\"decidedBy\":\"Comité spécial\"}"
                        .formatted(draftBeneficiary))
                .post("/piis/v1/exemptions"), 201);
        attempt("document", () -> brussels.at(CONTRACTS).body("{\"language\":\"fr\"}").post("/piis/v1/contracts/{id}/documents", signed), 201);

        String transfer = brussels.startTransfer(moving, OTHER_CPAS, false);
        ids.put("transfer", transfer);
        attempt("incomingTransfer", () -> given().baseUri(platform.url(TRANSFERS))
                .header("Authorization", tokens.partner(OTHER_CPAS).header()).header("Idempotency-Key", "fuzz-seed-dossier")
                .contentType(ContentType.JSON).body(DOSSIER.formatted(UUID.randomUUID(), OTHER_CPAS, CPAS, today, today.plusMonths(11)))
                .post("/piis/v1/incomingTransfers"), 201);

        attemptWhenKnown("evaluation", () -> {
            Response list = brussels.at(EVALUATIONS).queryParam("contractId", signed).get("/piis/v1/evaluations");
            return list.statusCode() == 200 && ((List<?>) list.path("items")).isEmpty() ? null : list;
        }, 200, "items[0].id");
        id("evaluation").ifPresent(evaluation -> attempt("evaluationLetter", () -> {
            String plannedOn = brussels.at(EVALUATIONS).get("/piis/v1/evaluations/{id}", evaluation).path("plannedOn");
            brussels.at(EVALUATIONS).body("{\"plannedOn\":\"%s\",\"startsAt\":\"10:00:00\",\"place\":\"CPAS, rue Haute 298a, Bruxelles\"}"
                    .formatted(plannedOn)).put("/piis/v1/evaluations/{id}/appointment", evaluation);
            return brussels.at(EVALUATIONS).body("{\"kind\":\"convocation\"}").post("/piis/v1/evaluations/{id}/letters", evaluation);
        }, 201));
        attemptWhenKnown("interviewRequest", () -> brussels.at(EVALUATIONS)
                .body("{\"contractId\":\"%s\",\"reason\":\"Wants to talk about the training\"}".formatted(signed))
                .post("/piis/v1/interviewRequests"), 201);
        attemptWhenKnown("studentResult", () -> brussels.at(EVALUATIONS)
                .body("{\"contractId\":\"%s\",\"session\":\"January 2027\",\"publishedOn\":\"%s\"}".formatted(student, today))
                .post("/piis/v1/studentResults"), 201);
        attemptWhenKnown("breach", () -> brussels.at(SANCTIONS)
                .body("{\"contractId\":\"%s\",\"description\":\"Did not come to the training\",\"occurredOn\":\"%s\"}".formatted(signed, today))
                .post("/piis/v1/breaches"), 201);
    }

    private static String beneficiary(SocialWorker worker, String ssin, String birthDate, boolean student) {
        return worker.at(CONTRACTS).body("""
                {"ssin":"%s","firstName":"Ana","lastName":"Peeters","birthDate":"%s","language":"fr","student":%s,
                 "risDecisionDate":"2026-11-02","contact":{"address":"Rue de la Loi 16 bte 3, 1000 Bruxelles"}}
                """.formatted(ssin, birthDate, student)).post("/piis/v1/beneficiaries").then().statusCode(201).extract().path("id");
    }

    private static String contract(SocialWorker worker, String beneficiaryId, String type, String content) {
        return worker.at(CONTRACTS).body("{\"beneficiaryId\":\"%s\",\"type\":\"%s\",%s}".formatted(beneficiaryId, type, content))
                .post("/piis/v1/contracts").then().statusCode(201).extract().path("id");
    }

    private static String proposed(SocialWorker worker, String beneficiaryId, String type) {
        String content = type.equals("student") ? """
                "startDate":"2026-12-01","endDate":"2027-09-30",
                 "referentWorker":"Marie Dubois","replacementWorker":"Jan Claes",
                 "goals":[{"kind":"studies","title":"Obtain the bachelor in nursing",
                   "steps":[{"description":"Enrol at the nursing school","responsible":"beneficiary","dueDate":"2026-12-15"}]}],
                 "commitments":[{"party":"cpas","description":"Pay the enrolment fee"}]
                """ : SocialWorker.content("2027-11-30");
        String contractId = contract(worker, beneficiaryId, type, content);
        worker.at(CONTRACTS).post("/piis/v1/contracts/{id}/proposal", contractId).then().statusCode(200);
        return contractId;
    }

    private interface Call {
        Response call();
    }

    /** Keeps the {@code id} of what {@code call} made when it answers {@code status}; notes why not otherwise. */
    private void attempt(String name, Call call, int status) {
        Response answer = call.call();
        if (answer.statusCode() == status) {
            ids.put(name, answer.path("id"));
        } else {
            missing.add(name + ": " + answer.statusCode() + " " + answer.asString());
        }
    }

    /** As {@link #attempt}, once the service learnt of the contracts from the events (it answers 404, or nothing, until then). */
    private void attemptWhenKnown(String name, Call call, int status) {
        attemptWhenKnown(name, call, status, "id");
    }

    private void attemptWhenKnown(String name, Call call, int status, String idPath) {
        AtomicReference<Response> answer = new AtomicReference<>();
        try {
            await().atMost(PATIENCE).pollInterval(Duration.ofMillis(200)).until(() -> {
                answer.set(call.call());
                return answer.get() != null && answer.get().statusCode() != 404;
            });
        } catch (org.awaitility.core.ConditionTimeoutException e) {
            missing.add(name + ": not known after " + PATIENCE.toSeconds() + " s");
            return;
        }
        if (answer.get().statusCode() == status) {
            ids.put(name, answer.get().path(idPath));
        } else {
            missing.add(name + ": " + answer.get().statusCode() + " " + answer.get().asString());
        }
    }
}
