package be.cpas.piis.transfer.application;

import be.cpas.piis.transfer.domain.Dossier;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.UncheckedIOException;

/** A dossier as it is kept and sent: the JSON of {@link Dossier}, the body of {@code POST /incomingTransfers}. */
@ApplicationScoped
public class DossierJson {

    @Inject
    ObjectMapper json;

    public Dossier read(String text) {
        try {
            return json.readValue(text, Dossier.class);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("A kept dossier is unreadable", e);
        }
    }

    public String write(Dossier dossier) {
        try {
            return json.writeValueAsString(dossier);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("A dossier could not be written", e);
        }
    }
}
