package io.dangan.archive.core.internal.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.dangan.archive.ArchiveException;
import io.dangan.archive.ErrorCode;
import io.dangan.archive.InvalidInputException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Strict reading of small JSON data documents (standards, mappings): a size limit, duplicate keys rejected,
 * unknown fields rejected, and every error located as {@code file#/json/pointer}.
 */
final class JsonTree {
    /** Data documents larger than this are refused before parsing. */
    static final int MAX_BYTES = 1 << 20;

    private static final ObjectMapper MAPPER = ArchiveObjectMapper.create();

    private JsonTree() {
    }

    /** Reads a whole document, refusing more than {@link #MAX_BYTES}. */
    static Obj parse(InputStream in, String source) {
        byte[] bytes;
        try {
            bytes = in.readNBytes(MAX_BYTES + 1);
        } catch (IOException e) {
            throw new UncheckedIOException("reading " + source, e);
        }
        if (bytes.length > MAX_BYTES) {
            throw new InvalidInputException(ErrorCode.VALUE_TOO_LONG, source,
                    "%s is larger than %d bytes".formatted(source, MAX_BYTES));
        }
        JsonNode root;
        try {
            root = MAPPER.readTree(bytes);
        } catch (JsonProcessingException e) {
            String where = e.getLocation() == null ? "" : " at line %d column %d".formatted(
                    e.getLocation().getLineNr(), e.getLocation().getColumnNr());
            throw new InvalidInputException(ErrorCode.JSON_MALFORMED, source + "#",
                    "%s is not well-formed JSON%s: %s".formatted(source, where, e.getOriginalMessage()), e);
        } catch (IOException e) {
            throw new UncheckedIOException("reading " + source, e);
        }
        if (root == null || !root.isObject()) {
            throw new InvalidInputException(ErrorCode.JSON_INVALID_VALUE, source + "#",
                    "%s: the document must be a JSON object".formatted(source));
        }
        return new Obj((ObjectNode) root, source, "");
    }

    /** Escapes a member name for a JSON pointer (RFC 6901). */
    static String escape(String name) {
        return name.replace("~", "~0").replace("/", "~1");
    }

    /** An object node with its location. */
    static final class Obj {
        private final ObjectNode node;
        final String source;
        final String pointer;

        Obj(ObjectNode node, String source, String pointer) {
            this.node = node;
            this.source = source;
            this.pointer = pointer;
        }

        String at(String field) {
            return source + "#" + pointer + "/" + escape(field);
        }

        String here() {
            return source + "#" + (pointer.isEmpty() ? "" : pointer);
        }

        void allowOnly(Set<String> fields) {
            Iterator<String> names = node.fieldNames();
            while (names.hasNext()) {
                String n = names.next();
                if (!fields.contains(n)) {
                    throw new InvalidInputException(ErrorCode.JSON_UNKNOWN_FIELD, at(n),
                            "%s: field '%s' is not defined here; expected one of %s".formatted(here(), n,
                                    fields.stream().sorted().toList()));
                }
            }
        }

        private JsonNode required(String field) {
            JsonNode v = node.get(field);
            if (v == null || v.isNull()) {
                throw new InvalidInputException(ErrorCode.STANDARD_INVALID, at(field),
                        "%s: required field '%s' is missing".formatted(here(), field));
            }
            return v;
        }

        boolean has(String field) {
            JsonNode v = node.get(field);
            return v != null && !v.isNull();
        }

        String text(String field) {
            JsonNode v = required(field);
            if (!v.isTextual()) {
                throw invalid(field, "a string", v);
            }
            return v.textValue();
        }

        @Nullable String optText(String field) {
            return has(field) ? text(field) : null;
        }

        int integer(String field) {
            JsonNode v = required(field);
            if (!v.isIntegralNumber() || !v.canConvertToInt()) {
                throw invalid(field, "an integer", v);
            }
            return v.intValue();
        }

        @Nullable Integer optInteger(String field) {
            return has(field) ? integer(field) : null;
        }

        @Nullable Boolean optBoolean(String field) {
            if (!has(field)) {
                return null;
            }
            JsonNode v = node.get(field);
            if (!v.isBoolean()) {
                throw invalid(field, "true or false", v);
            }
            return v.booleanValue();
        }

        LocalDate date(String field) {
            String t = text(field);
            try {
                return LocalDate.parse(t);
            } catch (DateTimeParseException e) {
                throw new InvalidInputException(ErrorCode.JSON_INVALID_VALUE, at(field),
                        "%s: '%s' is not a date, expected YYYY-MM-DD".formatted(at(field), t), e);
            }
        }

        @Nullable Period optPeriod(String field) {
            if (!has(field)) {
                return null;
            }
            String t = text(field);
            try {
                return Period.parse(t);
            } catch (DateTimeParseException e) {
                throw new InvalidInputException(ErrorCode.JSON_INVALID_VALUE, at(field),
                        "%s: '%s' is not an ISO-8601 period, expected e.g. P1M".formatted(at(field), t), e);
            }
        }

        <E extends Enum<E>> E enumValue(String field, Class<E> type) {
            String t = text(field);
            try {
                return Enum.valueOf(type, t);
            } catch (IllegalArgumentException e) {
                List<String> names = new ArrayList<>();
                for (E c : type.getEnumConstants()) {
                    names.add(c.name());
                }
                throw new InvalidInputException(ErrorCode.JSON_INVALID_VALUE, at(field),
                        "%s: '%s' is not one of %s".formatted(at(field), t, names), e);
            }
        }

        @Nullable Obj optObject(String field) {
            if (!has(field)) {
                return null;
            }
            JsonNode v = node.get(field);
            if (!v.isObject()) {
                throw invalid(field, "an object", v);
            }
            return new Obj((ObjectNode) v, source, pointer + "/" + escape(field));
        }

        /** The members of an object field as name and value. */
        List<String[]> stringMap(String field) {
            List<String[]> out = new ArrayList<>();
            Obj o = optObject(field);
            if (o != null) {
                Iterator<String> names = o.node.fieldNames();
                while (names.hasNext()) {
                    String n = names.next();
                    out.add(new String[] {n, o.text(n)});
                }
            }
            return out;
        }

        List<Obj> objects(String field, boolean required) {
            List<Obj> out = new ArrayList<>();
            if (!required && !has(field)) {
                return out;
            }
            JsonNode v = required(field);
            if (!v.isArray()) {
                throw invalid(field, "an array", v);
            }
            for (int i = 0; i < v.size(); i++) {
                JsonNode e = v.get(i);
                String p = pointer + "/" + escape(field) + "/" + i;
                if (!e.isObject()) {
                    throw new InvalidInputException(ErrorCode.JSON_INVALID_VALUE, source + "#" + p,
                            "%s#%s: expected an object, found %s".formatted(source, p, e.getNodeType()));
                }
                out.add(new Obj((ObjectNode) e, source, p));
            }
            return out;
        }

        List<String> strings(String field) {
            List<String> out = new ArrayList<>();
            if (!has(field)) {
                return out;
            }
            JsonNode v = node.get(field);
            if (!v.isArray()) {
                throw invalid(field, "an array of strings", v);
            }
            for (int i = 0; i < v.size(); i++) {
                if (!v.get(i).isTextual()) {
                    String p = source + "#" + pointer + "/" + escape(field) + "/" + i;
                    throw new InvalidInputException(ErrorCode.JSON_INVALID_VALUE, p,
                            "%s: expected a string, found %s".formatted(p, v.get(i).getNodeType()));
                }
                out.add(v.get(i).textValue());
            }
            return out;
        }

        /** Builds a value, re-locating the value's own validation error at this object's pointer. */
        <T> T build(String field, Function<Obj, T> factory) {
            try {
                return factory.apply(this);
            } catch (InvalidInputException e) {
                if (e.location().contains("#")) {
                    throw e;
                }
                String where = field.isEmpty() ? here() : at(field);
                throw new InvalidInputException(e.code(), where, where + ": " + stripCode(e), e);
            }
        }

        private InvalidInputException invalid(String field, String expected, JsonNode actual) {
            return new InvalidInputException(ErrorCode.JSON_INVALID_VALUE, at(field),
                    "%s: expected %s, found %s".formatted(at(field), expected, actual.getNodeType()));
        }
    }

    static String stripCode(ArchiveException e) {
        String m = e.getMessage();
        String prefix = "[" + e.code() + "] ";
        return m != null && m.startsWith(prefix) ? m.substring(prefix.length()) : String.valueOf(m);
    }
}
