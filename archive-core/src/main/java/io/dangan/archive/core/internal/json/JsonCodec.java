package io.dangan.archive.core.internal.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.dangan.archive.ErrorCode;
import io.dangan.archive.InvalidInputException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Reads and writes the archive's versioned JSON documents (JSON 编解码): one value, or a list of values
 * under a named field, always with {@code "formatVersion"} first. Failures become
 * {@link InvalidInputException}s whose location is the JSON pointer of the offending value ({@code ""}
 * for the whole document). Thread-safe.
 */
public final class JsonCodec {
    /** The format version this codec writes and the only one it reads. */
    public static final int FORMAT_VERSION = 1;
    /** The name of the version field. */
    public static final String VERSION_FIELD = "formatVersion";

    private static final Pattern MISSING_PROPERTY = Pattern.compile("Missing (?:required )?creator property '([^']*)'");
    private static final Pattern FIELD_NAME = Pattern.compile("[A-Za-z][A-Za-z0-9]*");

    private final ObjectMapper mapper = ArchiveObjectMapper.create();
    private final ObjectWriter writer = mapper.writer(ArchiveObjectMapper.prettyPrinter());

    /**
     * Writes one value as a document.
     *
     * @param value a model record
     * @return the canonical document text, ending with a line feed
     */
    public String write(Object value) {
        Objects.requireNonNull(value, "value");
        ObjectNode doc = mapper.createObjectNode();
        doc.put(VERSION_FIELD, FORMAT_VERSION);
        doc.setAll((ObjectNode) mapper.valueToTree(value));
        return text(doc);
    }

    /**
     * Writes a list of values as a document {@code {"formatVersion": 1, "<field>": [...]}}.
     *
     * @param field the list's field name
     * @param values the values
     * @return the canonical document text, ending with a line feed
     */
    public String writeList(String field, List<?> values) {
        Objects.requireNonNull(field, "field");
        ObjectNode doc = mapper.createObjectNode();
        doc.put(VERSION_FIELD, FORMAT_VERSION);
        ArrayNode array = doc.putArray(field);
        for (Object value : values) {
            JsonNode node = mapper.valueToTree(Objects.requireNonNull(value, "list element"));
            array.add(node);
        }
        return text(doc);
    }

    private String text(ObjectNode doc) {
        try {
            return writer.writeValueAsString(doc) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("writing an in-memory tree cannot fail: " + e.getMessage(), e);
        }
    }

    /**
     * Reads one value.
     *
     * @param json the document
     * @param type the model record type
     * @param <T> the type
     * @return the value
     * @throws InvalidInputException {@code JSON_MALFORMED}, {@code JSON_UNKNOWN_FIELD}, {@code JSON_INVALID_VALUE}
     *     or {@code JSON_UNSUPPORTED_VERSION}, located by JSON pointer
     */
    public <T> T read(String json, Class<T> type) {
        ObjectNode doc = document(json);
        doc.remove(VERSION_FIELD);
        return convert(doc, type, "");
    }

    /**
     * Reads a list document.
     *
     * @param json the document
     * @param field the list's field name
     * @param type the element type
     * @param <T> the element type
     * @return the values in document order
     * @throws InvalidInputException as {@link #read(String, Class)}
     */
    public <T> List<T> readList(String json, String field, Class<T> type) {
        ObjectNode doc = document(json);
        for (Iterator<String> names = doc.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!name.equals(VERSION_FIELD) && !name.equals(field)) {
                throw new InvalidInputException(ErrorCode.JSON_UNKNOWN_FIELD, pointer("", name),
                        "unknown field '%s' at %s, expected only \"%s\" and \"%s\"".formatted(
                                name, pointer("", name), VERSION_FIELD, field));
            }
        }
        JsonNode list = doc.get(field);
        if (list == null || !list.isArray()) {
            throw new InvalidInputException(ErrorCode.JSON_INVALID_VALUE, pointer("", field),
                    "field %s is %s, expected an array".formatted(pointer("", field), list == null ? "missing"
                            : list.getNodeType().name().toLowerCase(java.util.Locale.ROOT)));
        }
        List<T> result = new ArrayList<>(list.size());
        for (int i = 0; i < list.size(); i++) {
            result.add(convert(list.get(i), type, pointer("", field) + "/" + i));
        }
        return result;
    }

    /** Parses the text, requires an object, and checks its format version. */
    private ObjectNode document(String json) {
        Objects.requireNonNull(json, "json");
        JsonNode root;
        try {
            root = mapper.readTree(json);
        } catch (JsonProcessingException e) {
            throw malformed(e);
        }
        if (root == null || root.isMissingNode()) {
            throw new InvalidInputException(ErrorCode.JSON_MALFORMED, "", "the JSON document is empty");
        }
        if (!root.isObject()) {
            throw new InvalidInputException(ErrorCode.JSON_INVALID_VALUE, "", "the document is a JSON %s, expected an object"
                    .formatted(root.getNodeType().name().toLowerCase(java.util.Locale.ROOT)));
        }
        JsonNode version = root.get(VERSION_FIELD);
        if (version == null) {
            throw new InvalidInputException(ErrorCode.JSON_UNSUPPORTED_VERSION, "/" + VERSION_FIELD,
                    "the document has no \"%s\", expected %d".formatted(VERSION_FIELD, FORMAT_VERSION));
        }
        if (!version.isIntegralNumber()) {
            throw new InvalidInputException(ErrorCode.JSON_INVALID_VALUE, "/" + VERSION_FIELD,
                    "\"%s\" is %s, expected the integer %d".formatted(VERSION_FIELD, version, FORMAT_VERSION));
        }
        if (!version.canConvertToInt() || version.intValue() != FORMAT_VERSION) {
            throw new InvalidInputException(ErrorCode.JSON_UNSUPPORTED_VERSION, "/" + VERSION_FIELD,
                    "the document has format version %s, this SDK reads version %d".formatted(
                            version, FORMAT_VERSION));
        }
        return (ObjectNode) root;
    }

    private <T> T convert(JsonNode node, Class<T> type, String prefix) {
        try {
            return mapper.treeToValue(node, type);
        } catch (JsonProcessingException e) {
            throw translate(e, prefix, node);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(ErrorCode.JSON_INVALID_VALUE, prefix.isEmpty() ? "" : prefix,
                    "invalid value at %s: %s".formatted(shown(prefix), e.getMessage()), e);
        }
    }

    /** Translates a Jackson failure below {@code prefix} into the api's exception. */
    private static InvalidInputException translate(JsonProcessingException e, String prefix, JsonNode node) {
        if (e instanceof UnrecognizedPropertyException u) {
            String at = prefix + pointerOf(u);
            return new InvalidInputException(ErrorCode.JSON_UNKNOWN_FIELD, at,
                    "unknown field '%s' at %s, expected one of %s".formatted(u.getPropertyName(), at,
                            u.getKnownPropertyIds().stream().map(String::valueOf).sorted().toList()), e);
        }
        if (e instanceof StreamReadException && !(e instanceof JsonMappingException)) {
            return malformed(e);
        }
        String at = prefix + pointerOf(e);
        InvalidInputException model = find(e, InvalidInputException.class);
        Throwable cause = e.getCause();
        if (e instanceof ValueInstantiationException) {
            // the record's constructor refused: point at the field it names, if it names one
            String field = model != null ? lastSegment(model.location())
                    : cause instanceof NullPointerException npe ? lastSegment(String.valueOf(npe.getMessage())) : null;
            String relative = pointerOf(e);
            if (field != null && node.at(relative).has(field)) {
                at = at + "/" + field;
            }
        }
        if (model != null) {
            return new InvalidInputException(ErrorCode.JSON_INVALID_VALUE, at,
                    "invalid value at %s: %s".formatted(shown(at), model.getMessage()), e);
        }
        if (cause instanceof NullPointerException) {
            return new InvalidInputException(ErrorCode.JSON_INVALID_VALUE, at,
                    "null at %s, expected a value".formatted(shown(at)), e);
        }
        if (cause instanceof IllegalArgumentException iae) {
            return new InvalidInputException(ErrorCode.JSON_INVALID_VALUE, at,
                    "invalid value at %s: %s".formatted(shown(at), iae.getMessage()), e);
        }
        if (e instanceof MismatchedInputException) {
            Matcher missing = MISSING_PROPERTY.matcher(String.valueOf(e.getOriginalMessage()));
            if (missing.find()) {
                String name = "/" + escape(missing.group(1));
                String field = at.endsWith(name) ? at : at + name;
                return new InvalidInputException(ErrorCode.JSON_INVALID_VALUE, field,
                        "field %s is missing; every field must be present, null where the format allows".formatted(
                                field), e);
            }
        }
        return new InvalidInputException(ErrorCode.JSON_INVALID_VALUE, at,
                "invalid value at %s: %s".formatted(shown(at), firstLine(e.getOriginalMessage())), e);
    }

    /** Parse-stage failures: not JSON, a repeated key, trailing content, nesting beyond the limit. */
    private static InvalidInputException malformed(JsonProcessingException e) {
        String at = pointerOf(e);
        if (e instanceof StreamReadException read) {
            JsonParser parser = read.getProcessor();
            if (parser != null && parser.getParsingContext() != null) {
                at = parser.getParsingContext().pathAsPointer().toString();
            }
        }
        String where = e.getLocation() == null ? "" : " (line %d, column %d)".formatted(
                e.getLocation().getLineNr(), e.getLocation().getColumnNr());
        return new InvalidInputException(ErrorCode.JSON_MALFORMED, at,
                "malformed JSON at %s%s: %s".formatted(shown(at), where, firstLine(e.getOriginalMessage())), e);
    }

    private static @Nullable String lastSegment(String location) {
        String s = location.substring(location.lastIndexOf('/') + 1);
        return FIELD_NAME.matcher(s).matches() ? s : null;
    }

    private static String pointerOf(JsonProcessingException e) {
        if (!(e instanceof JsonMappingException m)) {
            return "";
        }
        StringBuilder sb = new StringBuilder();
        for (JsonMappingException.Reference ref : m.getPath()) {
            if (ref.getFieldName() != null) {
                sb.append('/').append(escape(ref.getFieldName()));
            } else if (ref.getIndex() >= 0) {
                sb.append('/').append(ref.getIndex());
            }
        }
        return sb.toString();
    }

    private static String pointer(String prefix, String field) {
        return prefix + "/" + escape(field);
    }

    private static String escape(String field) {
        return field.replace("~", "~0").replace("/", "~1");
    }

    private static String shown(String pointer) {
        return pointer.isEmpty() ? "the document root" : pointer;
    }

    /** The first line of a Jackson message, without its advice on mapper settings. */
    private static String firstLine(@Nullable String message) {
        if (message == null) {
            return "no detail";
        }
        int nl = message.indexOf('\n');
        String line = nl < 0 ? message : message.substring(0, nl);
        for (String advice : new String[] {" (but ", " (set ", "; `DeserializationFeature", ": not allowed as per"}) {
            int cut = line.indexOf(advice);
            if (cut > 0) {
                line = line.substring(0, cut);
            }
        }
        return line;
    }

    private static <T extends Throwable> @Nullable T find(Throwable failure, Class<T> type) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return null;
    }
}
