package be.cpas.piis.contracts.persistence;

import be.cpas.piis.contracts.domain.Contract;
import be.cpas.piis.contracts.domain.VersionContent;
import be.cpas.piis.platform.persistence.NativeValues;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** C10: every version of a contract's content, kept as JSON so that any two can be read and compared. */
@ApplicationScoped
public class ContractVersions {

    public record VersionSummary(int version, LocalDate agreedOn) {
    }

    @Inject
    EntityManager entityManager;

    @Inject
    ObjectMapper json;

    /** Keeps the contract's current content as its current version. */
    public void keepCurrent(Contract contract, LocalDate agreedOn, Instant recordedAt) {
        entityManager.createNativeQuery("""
                        INSERT INTO contract_version (contract_id, version, content, agreed_on, recorded_at)
                        VALUES (:contractId, :version, :content, :agreedOn, :recordedAt)""")
                .setParameter("contractId", contract.id())
                .setParameter("version", contract.contentVersion())
                .setParameter("content", write(VersionContent.of(contract)))
                .setParameter("agreedOn", agreedOn)
                .setParameter("recordedAt", OffsetDateTime.ofInstant(recordedAt, ZoneOffset.UTC))
                .executeUpdate();
    }

    @SuppressWarnings("unchecked")
    public List<VersionSummary> list(UUID contractId) {
        List<Object[]> rows = entityManager.createNativeQuery(
                        "SELECT version, agreed_on FROM contract_version WHERE contract_id = :contractId ORDER BY version")
                .setParameter("contractId", contractId)
                .getResultList();
        return rows.stream().map(row -> new VersionSummary(((Number) row[0]).intValue(), NativeValues.localDate(row[1]))).toList();
    }

    @SuppressWarnings("unchecked")
    public Optional<JsonNode> read(UUID contractId, int version) {
        List<String> rows = entityManager.createNativeQuery(
                        "SELECT content FROM contract_version WHERE contract_id = :contractId AND version = :version")
                .setParameter("contractId", contractId)
                .setParameter("version", version)
                .getResultList();
        return rows.stream().findFirst().map(this::tree);
    }

    public String write(VersionContent content) {
        try {
            return json.writeValueAsString(content);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot keep a contract version", e);
        }
    }

    public VersionContent parse(String content) {
        try {
            return json.readValue(content, VersionContent.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A kept contract version is unreadable", e);
        }
    }

    /** Stored content as a JSON tree, to show or compare. */
    public JsonNode tree(String content) {
        try {
            return json.readTree(content);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A kept contract version is unreadable", e);
        }
    }

}
