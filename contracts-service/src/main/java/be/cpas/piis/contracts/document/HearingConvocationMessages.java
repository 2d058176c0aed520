package be.cpas.piis.contracts.document;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Locale;
import java.util.UUID;

/**
 * The fixed texts of the convocation to a hearing before the Council (C8), {@code {hear:...}} in its
 * template: French in {@code messages/hear_fr.properties} (the default), Dutch and German beside it.
 * The build checks each text against the parameters declared here.
 */
@MessageBundle(value = "hear", locale = "fr")
public interface HearingConvocationMessages {

    /** The day with its weekday, in {@code locale}: the template's own locale does not reach date patterns. */
    @Message
    String day(LocalDate date, Locale locale);

    @Message
    String time(LocalTime time);

    @Message
    String reference(UUID contractId);

    @Message
    String title();

    @Message
    String salutation();

    @Message
    String intro(LocalDate requestedOn, LocalDate handedOverOn, Locale locale);

    @Message
    String whenLabel();

    @Message
    String timeLabel();

    @Message
    String placeLabel();

    @Message
    String beforeCouncil();

    @Message
    String rightsHeading();

    @Message
    String assistance();

    @Message
    String file();

    @Message
    String signingHeading();

    @Message
    String signing();

    @Message
    String absenceHeading();

    @Message
    String absence();

    @Message
    String closing();

    @Message
    String signature();

    @Message
    String footer(UUID contractId);
}
