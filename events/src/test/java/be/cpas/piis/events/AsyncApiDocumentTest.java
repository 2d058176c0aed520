package be.cpas.piis.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** X7, X8: docs/asyncapi.yaml is the event catalogue as the services publish it; a changed event changes it in the same commit. */
class AsyncApiDocumentTest {

    private static final Path DOCUMENT = Path.of("..", "docs", "asyncapi.yaml");

    @Test
    void X7_the_asyncapi_document_says_every_event_the_services_publish_as_they_publish_it() throws IOException {
        String written = AsyncApiDocument.write();
        if (Boolean.getBoolean("piis.asyncapi.write")) {
            Files.writeString(DOCUMENT, written, StandardCharsets.UTF_8);
        }

        assertThat(Files.readString(DOCUMENT, StandardCharsets.UTF_8))
                .as("docs/asyncapi.yaml is behind the event catalogue: run mvn -B -pl events test -Dpiis.asyncapi.write=true")
                .isEqualTo(written);
        assertThat(written).contains("address: piis.contracts", "const: be.cpas.piis.v1.contracts.notify.signed",
                "ContractSigned:", "format: uuid");
    }
}
