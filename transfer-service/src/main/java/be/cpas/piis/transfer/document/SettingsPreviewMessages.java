package be.cpas.piis.transfer.document;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** The fixed texts of the settings' preview letter (X12): French in {@code messages/preview_fr.properties}, Dutch and German beside it. */
@MessageBundle(value = "preview", locale = "fr")
public interface SettingsPreviewMessages {

    @Message
    String title();

    @Message
    String recipient();

    @Message
    String recipientAddress();

    @Message
    String intro();

    @Message
    String meetingPlaces();

    @Message
    String noMeetingPlace();

    @Message
    String labourTribunal();

    @Message
    String fromSettings();

    @Message
    String fromDirectory();

    @Message
    String noLabourTribunal();

    @Message
    String sender();

    @Message
    String noSender();

    @Message
    String president();

    @Message
    String generalDirector();

    @Message
    String reference(String cpas);

    @Message
    String footer(String cpas);
}
