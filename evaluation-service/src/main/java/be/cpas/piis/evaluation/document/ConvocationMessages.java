package be.cpas.piis.evaluation.document;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Locale;
import java.util.UUID;

/**
 * The fixed texts of convocations and reminders, {@code {conv:...}} in their template: French in
 * {@code messages/conv_fr.properties} (the default), Dutch and German beside it. The build checks
 * each text against the parameters declared here.
 */
@MessageBundle(value = "conv", locale = "fr")
public interface ConvocationMessages {

    /** {@code fr-BE}, {@code nl-BE}, {@code de-BE}: the letter's own language tag. */
    @Message
    String languageTag();

    /** The day with its weekday, in {@code locale}: the template's own locale does not reach date patterns. */
    @Message
    String day(LocalDate date, Locale locale);

    @Message
    String time(LocalTime time);

    @Message
    String reference(UUID contractId);

    @Message
    String convocationTitle();

    @Message
    String reminderTitle();

    @Message
    String salutation();

    @Message
    String evaluationIntro();

    @Message
    String finalEvaluationIntro();

    @Message
    String interviewIntro(LocalDate requestedOn, Locale locale);

    @Message
    String reminderIntro();

    @Message
    String whenLabel();

    @Message
    String timeLabel();

    @Message
    String placeLabel();

    @Message
    String withLabel();

    @Message
    String bringHeading();

    @Message
    String bringIdentity();

    @Message
    String bringProofs();

    @Message
    String bringQuestions();

    @Message
    String assistanceHeading();

    @Message
    String assistance();

    @Message
    String absenceHeading();

    @Message
    String absence();

    @Message
    String closing();

    @Message
    String signature(String office);

    @Message
    String footer(UUID meetingId);
}
