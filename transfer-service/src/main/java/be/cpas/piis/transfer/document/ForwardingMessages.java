package be.cpas.piis.transfer.document;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;
import java.time.LocalDate;
import java.util.Locale;
import java.util.UUID;

/** The fixed texts of the forwarding letter (T6): French in {@code messages/fwd_fr.properties}, Dutch and German beside it. */
@MessageBundle(value = "fwd", locale = "fr")
public interface ForwardingMessages {

    @Message
    String day(LocalDate date, Locale locale);

    @Message
    String title();

    @Message
    String salutation();

    @Message
    String body(String fromCpasName, LocalDate movedOn, String toCpasName, LocalDate forwardBy, Locale locale);

    @Message
    String nothingToDo(String toCpasName);

    @Message
    String closing();

    @Message
    String signature(String cpasName);

    @Message
    String reference(UUID transferId);

    @Message
    String footer(UUID transferId);
}
