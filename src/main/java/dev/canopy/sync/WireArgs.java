package dev.canopy.sync;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.stream.Collectors;

/**
 * One JSON object of a mutation's arguments as Jackson parsed it (maps, lists, strings, numbers, booleans), read field
 * by field. Each read names its field by its full path ("record.target.kind", "groups[1].tenantId"), so a refusal
 * says exactly where the sender went wrong. Fields the reader does not ask for are ignored, so a newer client may
 * send more than this server knows.
 *
 * <p>A key that is absent is always refused as missing: {@code args()} writes every key it has, nulls included. A
 * present null is accepted only by the readers whose name says so ({@code ...OrNull}).
 */
final class WireArgs {

    private static final int SHOWN_LENGTH = 60;

    private final String mutation;
    private final String path;
    private final Map<?, ?> values;

    private WireArgs(String mutation, String path, Map<?, ?> values) {
        this.mutation = mutation;
        this.path = path;
        this.values = values;
    }

    static WireArgs root(String mutation, Map<String, Object> args) {
        return new WireArgs(mutation, "", args);
    }

    boolean has(String key) {
        return values.containsKey(key);
    }

    UUID uuid(String key) {
        return toUuid(field(key), required(key, "a UUID"));
    }

    UUID uuidOrNull(String key) {
        Object value = present(key);
        return value == null ? null : toUuid(field(key), value);
    }

    String string(String key) {
        return toText(field(key), required(key, "text"));
    }

    String stringOrNull(String key) {
        Object value = present(key);
        return value == null ? null : toText(field(key), value);
    }

    int integer(String key) {
        long value = whole(key);
        if (value < Integer.MIN_VALUE || value > Integer.MAX_VALUE) {
            throw refuse(field(key), "is too large: " + value);
        }
        return (int) value;
    }

    long whole(String key) {
        String field = field(key);
        Object value = required(key, "a number");
        if (value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte) {
            return ((Number) value).longValue();
        }
        if (value instanceof BigInteger big) {
            if (big.bitLength() < Long.SIZE) {
                return big.longValue();
            }
            throw refuse(field, "is too large: " + big);
        }
        if (value instanceof Double || value instanceof Float || value instanceof BigDecimal) {
            BigDecimal decimal = new BigDecimal(value.toString());
            try {
                // a whole number written as 30.0 is still 30
                return decimal.longValueExact();
            } catch (ArithmeticException notWhole) {
                throw refuse(field, "must be a whole number: " + value);
            }
        }
        throw refuse(field, "must be a number");
    }

    boolean bool(String key) {
        Object value = required(key, "true or false");
        if (value instanceof Boolean b) {
            return b;
        }
        throw refuse(field(key), "must be true or false");
    }

    Instant instant(String key) {
        String text = toText(field(key), required(key, "a date and time"));
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            throw refuse(field(key), "is not a date and time like 2024-05-01T09:30:00Z: " + shown(text));
        }
    }

    Instant instantOrNull(String key) {
        return present(key) == null ? null : instant(key);
    }

    <E extends Enum<E>> E enumValue(String key, Class<E> type) {
        return toEnum(field(key), required(key, "one of " + choices(type)), type);
    }

    <E extends Enum<E>> E enumOrNull(String key, Class<E> type) {
        Object value = present(key);
        return value == null ? null : toEnum(field(key), value, type);
    }

    WireArgs object(String key) {
        return toObject(field(key), required(key, "an object"));
    }

    WireArgs objectOrNull(String key) {
        Object value = present(key);
        return value == null ? null : toObject(field(key), value);
    }

    List<UUID> uuids(String key) {
        return list(key, this::toUuid);
    }

    List<String> strings(String key) {
        return list(key, this::toText);
    }

    List<WireArgs> objects(String key) {
        return list(key, this::toObject);
    }

    /** A JSON object used as a map ("decisions", "computers"): each value read with its key in the path. */
    <T> Map<String, T> entries(String key, BiFunction<String, Object, T> read) {
        String field = field(key);
        Object value = required(key, "an object");
        if (!(value instanceof Map<?, ?> map)) {
            throw refuse(field, "must be an object");
        }
        Map<String, T> entries = new LinkedHashMap<>();
        map.forEach((k, v) -> {
            String at = field + "." + k;
            if (v == null) {
                throw refuse(at, "must not be null");
            }
            entries.put(String.valueOf(k), read.apply(at, v));
        });
        return entries;
    }

    /** Reads one value (a list item, a value of {@link #entries}) as a UUID; field is its full path. */
    UUID toUuid(String field, Object value) {
        if (!(value instanceof String text)) {
            throw refuse(field, "must be a UUID");
        }
        try {
            UUID uuid = UUID.fromString(text);
            // fromString also takes short forms such as "1-1-1-1-1"; the wire carries only the canonical one
            if (uuid.toString().equalsIgnoreCase(text)) {
                return uuid;
            }
        } catch (IllegalArgumentException notUuid) {
            // refused below
        }
        throw refuse(field, "is not a UUID: " + shown(text));
    }

    /** Reads one value (a list item, a value of {@link #entries}) as a constant of type; field is its full path. */
    <E extends Enum<E>> E toEnum(String field, Object value, Class<E> type) {
        if (value instanceof String text) {
            for (E constant : type.getEnumConstants()) {
                if (constant.name().equals(text)) {
                    return constant;
                }
            }
            throw refuse(field, "must be one of " + choices(type) + ": " + shown(text));
        }
        throw refuse(field, "must be one of " + choices(type));
    }

    String toText(String field, Object value) {
        if (value instanceof String text) {
            return text;
        }
        throw refuse(field, "must be text");
    }

    MalformedMutation refuse(String field, String problem) {
        return new MalformedMutation(mutation, field, problem);
    }

    private WireArgs toObject(String field, Object value) {
        if (value instanceof Map<?, ?> map) {
            return new WireArgs(mutation, field, map);
        }
        throw refuse(field, "must be an object");
    }

    private <T> List<T> list(String key, BiFunction<String, Object, T> read) {
        String field = field(key);
        Object value = required(key, "a list");
        if (!(value instanceof List<?> items)) {
            throw refuse(field, "must be a list");
        }
        List<T> list = new ArrayList<>(items.size());
        for (int i = 0; i < items.size(); i++) {
            String at = field + "[" + i + "]";
            if (items.get(i) == null) {
                throw refuse(at, "must not be null");
            }
            list.add(read.apply(at, items.get(i)));
        }
        return list;
    }

    private Object present(String key) {
        if (!values.containsKey(key)) {
            throw refuse(field(key), "is missing");
        }
        return values.get(key);
    }

    private Object required(String key, String expected) {
        Object value = present(key);
        if (value == null) {
            throw refuse(field(key), "must be " + expected + ", not null");
        }
        return value;
    }

    private String field(String key) {
        return path.isEmpty() ? key : path + "." + key;
    }

    private static String choices(Class<? extends Enum<?>> type) {
        return Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
    }

    /** A sent value for a message: quoted, and cut short so a huge value cannot flood the reason. */
    private static String shown(String text) {
        String cut = text.length() > SHOWN_LENGTH ? text.substring(0, SHOWN_LENGTH) + "…" : text;
        return "'" + cut + "'";
    }
}
