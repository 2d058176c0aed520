package be.cpas.piis.contracts.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The build checks each text against its parameters; this checks that no language lacks one. */
class ContractDocumentMessagesTest {

    @ParameterizedTest
    @ValueSource(strings = {"fr", "nl", "de"})
    void C9_every_fixed_text_of_the_document_is_written_in_each_language(String language) throws IOException {
        Set<String> messages = Arrays.stream(ContractDocumentMessages.class.getDeclaredMethods())
                .map(Method::getName)
                .collect(Collectors.toSet());
        Properties texts = new Properties();
        try (InputStream file = ContractDocumentMessagesTest.class.getResourceAsStream("/messages/doc_" + language + ".properties")) {
            texts.load(new InputStreamReader(file, StandardCharsets.UTF_8));
        }

        assertThat(texts.stringPropertyNames()).isEqualTo(messages);
    }
}
