package io.dangan.archive.core.internal.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.dangan.archive.model.CitizenId;
import io.dangan.archive.model.ContentRef;
import io.dangan.archive.model.Digest;
import io.dangan.archive.model.DigestAlgorithm;
import io.dangan.archive.model.Dossier;
import io.dangan.archive.model.DossierId;
import io.dangan.archive.model.Material;
import io.dangan.archive.model.MaterialCategory;
import io.dangan.archive.model.MaterialId;
import io.dangan.archive.model.Subject;
import io.dangan.archive.model.SubjectId;
import io.dangan.archive.model.Unit;
import io.dangan.archive.model.UnitCode;
import io.dangan.archive.model.UnitId;
import java.io.IOException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.function.Function;

/**
 * The one configured {@link ObjectMapper} of the SDK (JSON 映射器).
 *
 * <p>Output is byte-stable: properties in the order the mix-ins fix (the records' component order),
 * map entries sorted by key, dates as ISO-8601 {@code yyyy-MM-dd}, two-space indentation with
 * {@code \n} line ends whatever the platform. Input is strict: no default typing, unknown properties,
 * duplicate keys, trailing tokens, scalar coercions (a string where a number belongs, a float where an
 * integer belongs, a number for an enum), missing creator properties and nulls for primitives all fail.
 * Value types (ids, citizen ids, unit codes, categories, digest algorithms, dates) are plain JSON strings.
 */
public final class ArchiveObjectMapper {
    /** Deepest nesting accepted on input; the archive's documents nest five levels at most. */
    static final int MAX_NESTING_DEPTH = 64;

    private ArchiveObjectMapper() {
    }

    /** @return a new, fully configured mapper; thread-safe once created */
    public static ObjectMapper create() {
        JsonMapper mapper = JsonMapper.builder()
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .disable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
                .enable(DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
                .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
                .disable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
                .disable(MapperFeature.AUTO_DETECT_FIELDS)
                .disable(MapperFeature.ALLOW_FINAL_FIELDS_AS_MUTATORS)
                .disable(MapperFeature.INFER_PROPERTY_MUTATORS)
                .defaultPropertyInclusion(JsonInclude.Value.construct(JsonInclude.Include.ALWAYS,
                        JsonInclude.Include.ALWAYS))
                .addModule(new JavaTimeModule())
                .addModule(valueTypes())
                .addMixIn(Subject.class, SubjectMixin.class)
                .addMixIn(Unit.class, UnitMixin.class)
                .addMixIn(Dossier.class, DossierMixin.class)
                .addMixIn(Material.class, MaterialMixin.class)
                .addMixIn(ContentRef.class, ContentRefMixin.class)
                .addMixIn(Digest.class, DigestMixin.class)
                .build();
        mapper.getFactory().setStreamReadConstraints(StreamReadConstraints.builder()
                .maxNestingDepth(MAX_NESTING_DEPTH).build());
        // no scalar coercion: "7" is not a number, 7 is not a name, 7.0 is not a page count
        mapper.coercionConfigFor(LogicalType.Integer).setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail);
        mapper.coercionConfigFor(LogicalType.Textual).setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
        mapper.coercionConfigFor(LogicalType.Enum).setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail);
        mapper.coercionConfigFor(LogicalType.Collection).setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.String, CoercionAction.Fail);
        return mapper;
    }

    /** @return the pretty printer of the canonical form: two spaces, {@code \n}, {@code "key": value} */
    public static DefaultPrettyPrinter prettyPrinter() {
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter(Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(Separators.Spacing.AFTER));
        printer.indentObjectsWith(indenter);
        printer.indentArraysWith(indenter);
        return printer;
    }

    private static SimpleModule valueTypes() {
        SimpleModule module = new SimpleModule("dangan-values");
        text(module, CitizenId.class, CitizenId::value, CitizenId::new, "an 18-character citizen id");
        text(module, UnitCode.class, UnitCode::value, UnitCode::new, "an 18-character unified social credit code");
        text(module, SubjectId.class, SubjectId::value, SubjectId::new, "a subject id");
        text(module, UnitId.class, UnitId::value, UnitId::new, "a unit id");
        text(module, DossierId.class, DossierId::value, DossierId::new, "a dossier id");
        text(module, MaterialId.class, MaterialId::value, MaterialId::new, "a material id");
        text(module, MaterialCategory.class, MaterialCategory::code, MaterialCategory::of, "a category code such as 4-1");
        text(module, DigestAlgorithm.class, DigestAlgorithm::standardName, DigestAlgorithm::byName,
                "a digest algorithm name (SM3 or SHA-256)");
        text(module, LocalDate.class, d -> d.format(DateTimeFormatter.ISO_LOCAL_DATE), LocalDate::parse,
                "an ISO-8601 date yyyy-MM-dd");
        return module;
    }

    /** Registers a value type written as a JSON string and read only from a JSON string. */
    private static <T> void text(SimpleModule module, Class<T> type, Function<T, String> write,
            Function<String, T> read, String expected) {
        module.addSerializer(type, new StdSerializer<T>(type) {
            private static final long serialVersionUID = 1L;

            @Override
            public void serialize(T value, JsonGenerator gen, SerializerProvider provider) throws IOException {
                gen.writeString(write.apply(value));
            }
        });
        module.addDeserializer(type, new StdDeserializer<T>(type) {
            private static final long serialVersionUID = 1L;

            @Override
            public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
                if (p.currentToken() != JsonToken.VALUE_STRING) {
                    return type.cast(ctxt.handleUnexpectedToken(type, p.currentToken(), p,
                            "expected %s as a JSON string, found %s", expected, p.currentToken()));
                }
                String text = p.getText();
                try {
                    return read.apply(text);
                } catch (DateTimeException e) {
                    throw ctxt.weirdStringException(text, type, "expected " + expected);
                }
            }
        });
    }

    @JsonPropertyOrder({"id", "citizenId", "name", "gender", "birthDate", "ethnicity", "workStartDate", "partyJoinDate",
            "education", "titleLevel", "postLevel", "version"})
    abstract static class SubjectMixin {
    }

    @JsonPropertyOrder({"id", "name", "code", "parent"})
    abstract static class UnitMixin {
    }

    @JsonPropertyOrder({"id", "subject", "custodian", "status", "tagCode", "location", "version"})
    abstract static class DossierMixin {
    }

    @JsonPropertyOrder({"id", "dossier", "category", "title", "typeCode", "formedDate", "sourceUnit", "receivedDate",
            "pages", "contents", "status", "sequence", "version"})
    abstract static class MaterialMixin {
    }

    @JsonPropertyOrder({"fileName", "mediaType", "size", "digests"})
    abstract static class ContentRefMixin {
    }

    @JsonPropertyOrder({"algorithm", "hex"})
    abstract static class DigestMixin {
    }
}
