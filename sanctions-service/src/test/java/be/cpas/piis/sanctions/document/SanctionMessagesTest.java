package be.cpas.piis.sanctions.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Properties;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The build checks each text against its parameters, but a text missing in Dutch or German would silently fall back to French. */
class SanctionMessagesTest {

    @ParameterizedTest
    @ValueSource(strings = {"fr", "nl", "de"})
    void S2_S8_every_fixed_text_of_the_sanction_documents_is_written_in_each_language(String language) throws IOException {
        Properties texts = new Properties();
        try (Reader file = new InputStreamReader(
                SanctionMessagesTest.class.getResourceAsStream("/messages/sanction_" + language + ".properties"), StandardCharsets.UTF_8)) {
            texts.load(file);
        }

        assertThat(texts.stringPropertyNames())
                .containsExactlyInAnyOrderElementsOf(Arrays.stream(SanctionMessages.class.getDeclaredMethods()).map(Method::getName).toList());
    }
}
