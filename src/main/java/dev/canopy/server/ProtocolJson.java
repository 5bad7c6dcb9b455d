package dev.canopy.server;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.util.Collection;
import java.util.Map;

/**
 * Reads request bodies into the {@code dev.canopy.sync} records. A body that cannot be read is a 400 whose reason
 * says where (line and column, the field) and what was expected, in words rather than Java type names.
 */
final class ProtocolJson {

    /**
     * Unknown properties are ignored so an older server accepts a newer client's messages; trailing content after
     * the object is refused, since it means the body is not what the client meant to send.
     */
    static final ObjectMapper MAPPER = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    private ProtocolJson() {
    }

    static <T> T read(byte[] body, Class<T> type) {
        if (new String(body, java.nio.charset.StandardCharsets.UTF_8).isBlank()) {
            throw ApiException.badRequest("the body is empty; expected a JSON object");
        }
        T value;
        try {
            value = MAPPER.readValue(body, type);
        } catch (JsonParseException e) {
            throw ApiException.badRequest("the body is not JSON: " + e.getOriginalMessage() + at(e.getLocation()));
        } catch (MismatchedInputException e) {
            String field = path(e);
            throw ApiException.badRequest((field.isEmpty() ? "the body" : "field " + field) + " must be "
                    + expected(e.getTargetType()) + at(e.getLocation()));
        } catch (JsonMappingException e) {
            String field = path(e);
            throw ApiException.badRequest((field.isEmpty() ? "the body" : "field " + field) + " is not valid"
                    + at(e.getLocation()));
        } catch (JsonProcessingException e) {
            throw ApiException.badRequest("the body cannot be read: " + e.getOriginalMessage() + at(e.getLocation()));
        } catch (IOException e) {
            throw new IllegalStateException("reading a byte array failed", e);
        }
        if (value == null) {
            throw ApiException.badRequest("the body is null; expected a JSON object");
        }
        return value;
    }

    private static String at(JsonLocation location) {
        if (location == null || location.getLineNr() < 1) {
            return "";
        }
        return " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")";
    }

    /** The JSON path of the failing value, like {@code mutations[2].id}. */
    private static String path(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    private static String expected(Class<?> type) {
        if (type == null) {
            return "of another type";
        }
        if (type == long.class || type == Long.class || type == int.class || type == Integer.class) {
            return "a whole number";
        }
        if (type == boolean.class || type == Boolean.class) {
            return "true or false";
        }
        if (type == String.class) {
            return "a string";
        }
        if (Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "a list";
        }
        if (Map.class.isAssignableFrom(type) || type.isRecord()) {
            return "an object";
        }
        return "of another type";
    }
}
