package io.dangan.archive.core;

import io.dangan.archive.core.internal.filing.StandardResolver;
import io.dangan.archive.core.internal.json.StandardDocument;
import io.dangan.archive.core.internal.json.StandardReader;
import io.dangan.archive.filing.FilingStandard;
import io.dangan.archive.filing.StandardRegistry;
import io.dangan.archive.filing.StandardMapping;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The filing standards shipped with Dangan and the loading of local ones (地方细则). Standards and mapping
 * tables are JSON documents (format 1, described in {@code docs/standards.md}); they are validated on load
 * and every error names the file and the JSON pointer.
 *
 * <p>Shipped: {@code cadre-2009} (中组发〔2009〕12号 scheme), {@code cadre-2018} (2018 条例 scheme) and the
 * mapping table between them. Values the sources did not confirm ship as data and are listed in each
 * standard's {@link FilingStandard#unverified()} pointers, so an integrator can confirm or override them in
 * a local standard that {@code extends} a shipped one.
 */
public final class FilingStandards {
    private static final String BASE = "/io/dangan/archive/standards/";
    private static final List<String> SHIPPED = List.of("cadre-2009.json", "cadre-2018.json");
    private static final List<String> SHIPPED_MAPPINGS = List.of("mapping-cadre-2009-cadre-2018.json");

    private FilingStandards() {
    }

    /**
     * A JSON document with the name errors refer to.
     *
     * @param source the file or resource name
     * @param json the document bytes (UTF-8)
     */
    public record Document(String source, byte[] json) {
        public Document {
            Objects.requireNonNull(source, "source");
            json = json.clone();
        }

        /**
         * Reads a file.
         *
         * @param file the file
         * @return the document, named by the file's name
         * @throws UncheckedIOException when the file cannot be read
         */
        public static Document of(Path file) {
            try {
                return new Document(String.valueOf(file.getFileName()), Files.readAllBytes(file));
            } catch (IOException e) {
                throw new UncheckedIOException("reading " + file.getFileName(), e);
            }
        }

        /**
         * @param source the name errors refer to
         * @param json the JSON text
         * @return the document
         */
        public static Document of(String source, String json) {
            return new Document(source, json.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }

        @Override
        public byte[] json() {
            return json.clone();
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Document d && d.source.equals(source) && java.util.Arrays.equals(d.json, json);
        }

        @Override
        public int hashCode() {
            return source.hashCode() * 31 + java.util.Arrays.hashCode(json);
        }

        @Override
        public String toString() {
            return "Document[" + source + ", " + json.length + " bytes]";
        }
    }

    /** @return the shipped standards and mapping tables */
    public static StandardRegistry shipped() {
        return load(List.of(), List.of());
    }

    /** @return the shipped 2018 standard */
    public static FilingStandard cadre2018() {
        return shipped().get("cadre-2018");
    }

    /** @return the shipped 2009 standard */
    public static FilingStandard cadre2009() {
        return shipped().get("cadre-2009");
    }

    /**
     * The shipped standards plus local ones; a local standard may extend a shipped one or another local one.
     *
     * @param localStandards local standard documents
     * @param localMappings local mapping tables
     * @return the registry
     * @throws io.dangan.archive.InvalidInputException when a document does not validate, located at file and
     *     JSON pointer: {@code JSON_MALFORMED}, {@code JSON_UNKNOWN_FIELD}, {@code JSON_INVALID_VALUE},
     *     {@code JSON_UNSUPPORTED_VERSION}, {@code STANDARD_INVALID}, {@code STANDARD_UNKNOWN_REFERENCE},
     *     {@code STANDARD_EXTENSION_CYCLE}, {@code STANDARD_DUPLICATE}
     */
    public static StandardRegistry load(List<Document> localStandards, List<Document> localMappings) {
        List<StandardDocument> docs = new ArrayList<>();
        for (String name : SHIPPED) {
            docs.add(StandardReader.readStandard(resource(name), name));
        }
        for (Document d : localStandards) {
            docs.add(StandardReader.readStandard(new ByteArrayInputStream(d.json), d.source()));
        }
        List<FilingStandard> standards = StandardResolver.resolve(docs);
        List<StandardMapping> mappings = new ArrayList<>();
        for (String name : SHIPPED_MAPPINGS) {
            mappings.add(StandardReader.readMapping(resource(name), name));
        }
        for (Document d : localMappings) {
            mappings.add(StandardReader.readMapping(new ByteArrayInputStream(d.json), d.source()));
        }
        return new StandardRegistry(standards, mappings);
    }

    private static InputStream resource(String name) {
        InputStream in = FilingStandards.class.getResourceAsStream(BASE + name);
        if (in == null) {
            throw new IllegalStateException("shipped standard " + name + " is missing from the jar");
        }
        return in;
    }
}
