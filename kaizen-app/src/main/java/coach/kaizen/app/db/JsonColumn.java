package coach.kaizen.app.db;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/** Values kept as JSON text in one column (an engine state, a ladder's rungs), the same in both databases. */
final class JsonColumn {

    private static final ObjectMapper JSON = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .build();

    private JsonColumn() {
    }

    static String write(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(value.getClass().getSimpleName() + " cannot be written as JSON", e);
        }
    }

    static <T> T read(String json, Class<T> type) {
        return read(json, JSON.constructType(type));
    }

    static <T> T read(String json, TypeReference<T> type) {
        return read(json, JSON.constructType(type));
    }

    private static <T> T read(String json, JavaType type) {
        try {
            return JSON.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a kept " + type.getTypeName() + " cannot be read", e);
        }
    }
}
