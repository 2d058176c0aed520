package be.cpas.piis.console.pages;

import java.util.LinkedHashMap;
import java.util.Map;

/** A3: what the letters form of an evaluation or an interview posts, as evaluation-service's body. */
final class MeetingLetters {

    private MeetingLetters() {
    }

    /** {@code kind} convocation or reminder (a convocation when absent), sent on {@code sentOn} (today when blank). */
    static Map<String, Object> sent(String kind, String sentOn) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("kind", kind == null || kind.isBlank() ? "convocation" : kind);
        body.put("sentOn", Answers.blankToNull(sentOn));
        return body;
    }
}
