package be.cpas.piis.platform.inbox;

import static java.nio.charset.StandardCharsets.UTF_8;

import be.cpas.piis.platform.outbox.CloudEventHeaders;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;

/** A CloudEvent read from a Kafka record in binary mode: its attributes and its JSON data. */
public record IncomingEvent(String id, String type, String source, String subject, String data) {

    /** Reads the record; one without an id or a type cannot be processed and goes to the dead-letter topic. */
    public static IncomingEvent from(ConsumerRecord<String, String> record) {
        String id = header(record, CloudEventHeaders.ID);
        String type = header(record, CloudEventHeaders.TYPE);
        if (id == null || type == null) {
            throw new IllegalArgumentException("Not a CloudEvent: no ce_id or ce_type header at "
                    + record.topic() + "-" + record.partition() + "@" + record.offset());
        }
        return new IncomingEvent(id, type, header(record, CloudEventHeaders.SOURCE), header(record, CloudEventHeaders.SUBJECT), record.value());
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), UTF_8);
    }
}
