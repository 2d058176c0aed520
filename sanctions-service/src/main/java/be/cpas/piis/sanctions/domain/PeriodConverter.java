package be.cpas.piis.sanctions.domain;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.time.Period;

/** Stores a length such as a suspension's as its ISO-8601 text ({@code P1M}, {@code P15D}), as the API writes it. */
@Converter
public class PeriodConverter implements AttributeConverter<Period, String> {

    @Override
    public String convertToDatabaseColumn(Period period) {
        return period == null ? null : period.toString();
    }

    @Override
    public Period convertToEntityAttribute(String text) {
        return text == null ? null : Period.parse(text);
    }
}
