package be.cpas.piis.transfer;

import static io.restassured.RestAssured.given;

import be.cpas.piis.testsupport.DevTokens;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/** T5: dossiers as the system of Brussels (21004) sends them to this one's {@code POST /incomingTransfers}. */
public final class SentDossiers {

    private SentDossiers() {
    }

    /** A dossier from Brussels to {@code toCpas}; with its contract unless {@code withContract} is false. */
    public static String dossier(String transferId, String toCpas, boolean refused, boolean withContract) {
        String contract = withContract ? """
                ,"contract":{"contractId":"%s","type":"general","version":1,"startDate":"2026-12-01","endDate":"2027-11-30",
                  "goals":[{"kind":"professional","title":"Find a job in logistics",
                    "steps":[{"description":"Register with Actiris","responsible":"beneficiary","dueDate":"2026-12-15","status":"done"}]}],
                  "commitments":[{"party":"cpas","description":"Pay the enrolment fee"}]}""".formatted(UUID.randomUUID()) : "";
        return """
                {"transferId":"%s","fromCpas":"%s","toCpas":"%s","movedOn":"2026-11-20","beneficiaryRefused":%s,
                 "beneficiary":{"ssin":"85073003328","firstName":"Ana","lastName":"Peeters","birthDate":"1985-07-30","language":"fr"}%s}
                """.formatted(transferId, StartedTransfers.BRUSSELS, toCpas, refused, contract);
    }

    /** A valid NISS of someone born on 30 July 1985, as the dossiers say, so that each test meets a beneficiary of its own (X3). */
    public static String someSsin() {
        String firstNine = "850730%03d".formatted(ThreadLocalRandom.current().nextInt(1, 998));
        return firstNine + "%02d".formatted(97 - Long.parseLong(firstNine) % 97);
    }

    /** Sends {@code dossier} as the system of {@code sender} does: its PARTNER_CPAS token, the transfer id as Idempotency-Key. */
    public static Response deliver(String sender, String transferId, String dossier) {
        return given().auth().oauth2(DevTokens.forCpas(sender, "PARTNER_CPAS")).contentType(ContentType.JSON)
                .header("Idempotency-Key", transferId).body(dossier).post("/piis/v1/incomingTransfers");
    }
}
