package be.cpas.piis.platform.text;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * UTF-8 exactly: bytes that are not (an overlong form, a lone continuation byte, an encoded
 * surrogate) are refused, where a lenient decoder would replace them with U+FFFD or read them as
 * another character.
 */
public final class StrictUtf8 {

    private StrictUtf8() {
    }

    /** The text {@code bytes} encode, or empty when they are not UTF-8. */
    public static Optional<String> decode(byte[] bytes) {
        try {
            return Optional.of(StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString());
        } catch (CharacterCodingException notUtf8) {
            return Optional.empty();
        }
    }
}
