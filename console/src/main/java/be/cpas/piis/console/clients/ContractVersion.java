package be.cpas.piis.console.clients;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;

/** C10: a version of a contract: 1 as signed, one more per agreed amendment. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ContractVersion(int version, LocalDate agreedOn) {

    /** One change between two versions, at a JSON Pointer path; {@code before} is absent for an addition, {@code after} for a removal. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Change(String path, JsonNode before, JsonNode after) {
    }
}
