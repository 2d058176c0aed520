package be.cpas.piis.platform.outbox;

/** CloudEvents 1.0 in Kafka binary mode: attributes as {@code ce_*} headers, JSON data as the value (X7). */
public final class CloudEventHeaders {

    public static final String SPEC_VERSION = "ce_specversion";
    public static final String ID = "ce_id";
    public static final String SOURCE = "ce_source";
    public static final String TYPE = "ce_type";
    public static final String SUBJECT = "ce_subject";
    public static final String TIME = "ce_time";
    /** The Belgif extension attribute naming the API the event belongs to. */
    public static final String SERVICE = "ce_service";
    public static final String CONTENT_TYPE = "content-type";

    public static final String SPEC_VERSION_1_0 = "1.0";
    public static final String JSON = "application/json";

    private CloudEventHeaders() {
    }
}
