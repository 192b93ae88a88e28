package io.dangan.archive.environment;

import io.dangan.archive.ErrorCode;
import io.dangan.archive.InvalidInputException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The profile table per room type (库房类型温湿度表), shipped as data in
 * {@code io/dangan/archive/environment/default-profiles.properties} and overridable: integrators load their own
 * properties with the same keys ({@code TYPE.temperature = low,high,warning,critical,deadBand,swing,ratePerHour},
 * same for {@code TYPE.humidity}).
 *
 * <p>The shipped figures: paper 14-24 °C / 45-60 %RH with a daily swing of ±2 °C / ±5 %RH; special collections,
 * magnetic media, optical discs and reading rooms from secondary summaries of JGJ 25-2010 and DA/T 87-2021. The
 * margins, dead-bands and rates are design defaults, not from a standard.
 */
public final class EnvironmentProfiles {
    private EnvironmentProfiles() {
    }

    /** @return the shipped table, keyed by room type */
    public static Map<String, EnvironmentProfile> defaults() {
        try (InputStream in = EnvironmentProfiles.class.getResourceAsStream("default-profiles.properties")) {
            if (in == null) {
                throw new IllegalStateException("default-profiles.properties is missing from the classpath");
            }
            Properties p = new Properties();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return from(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Reads a table from properties.
     *
     * @param properties {@code TYPE.temperature} and {@code TYPE.humidity} entries
     * @return the table, keyed by room type
     * @throws InvalidInputException {@code ENVIRONMENT_PROFILE_INVALID} naming the bad entry
     */
    public static Map<String, EnvironmentProfile> from(Properties properties) {
        TreeSet<String> types = new TreeSet<>();
        for (String key : properties.stringPropertyNames()) {
            int dot = key.lastIndexOf('.');
            if (dot <= 0) {
                throw new InvalidInputException(ErrorCode.ENVIRONMENT_PROFILE_INVALID, key,
                        "profile key '" + key + "' is not TYPE.temperature or TYPE.humidity");
            }
            types.add(key.substring(0, dot));
        }
        Map<String, EnvironmentProfile> out = new TreeMap<>();
        for (String type : types) {
            out.put(type, new EnvironmentProfile(type, limits(properties, type + ".temperature"),
                    limits(properties, type + ".humidity")));
        }
        return Collections.unmodifiableMap(out);
    }

    private static Limits limits(Properties p, String key) {
        String v = p.getProperty(key);
        if (v == null) {
            throw new InvalidInputException(ErrorCode.ENVIRONMENT_PROFILE_INVALID, key, "profile entry " + key + " is missing");
        }
        String[] parts = v.split(",");
        if (parts.length != 7) {
            throw new InvalidInputException(ErrorCode.ENVIRONMENT_PROFILE_INVALID, key, "profile entry " + key + " has "
                    + parts.length + " values, expected 7: low,high,warning,critical,deadBand,swing,ratePerHour");
        }
        double[] d = new double[7];
        for (int i = 0; i < 7; i++) {
            try {
                d[i] = Double.parseDouble(parts[i].strip());
            } catch (NumberFormatException e) {
                throw new InvalidInputException(ErrorCode.ENVIRONMENT_PROFILE_INVALID, key,
                        "profile entry " + key + ": value " + (i + 1) + " '" + parts[i].strip() + "' is not a number", e);
            }
        }
        try {
            return new Limits(d[0], d[1], d[2], d[3], d[4], d[5], d[6]);
        } catch (InvalidInputException e) {
            throw new InvalidInputException(ErrorCode.ENVIRONMENT_PROFILE_INVALID, key,
                    "profile entry " + key + ": " + e.getMessage(), e);
        }
    }
}
