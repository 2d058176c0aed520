package be.cpas.piis.platform.json;

import com.fasterxml.jackson.databind.EnumNamingStrategies;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;

/**
 * Codes are lowerCamelCase strings in every API ([cod-design]): {@code IN_PERSON} travels as
 * {@code "inPerson"}, {@code FR} as {@code "fr"}, and only those spellings are read back.
 */
@Singleton
public class JsonConventions implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.setEnumNamingStrategy(EnumNamingStrategies.LowerCamelCaseStrategy.INSTANCE);
    }
}
