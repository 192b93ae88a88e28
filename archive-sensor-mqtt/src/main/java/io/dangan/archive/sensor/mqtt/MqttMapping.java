package io.dangan.archive.sensor.mqtt;

import io.dangan.archive.rfid.spi.Quantity;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Where readings arrive and how their payload maps onto quantities (主题与字段映射), read from the device
 * configuration's options:
 *
 * <table>
 *   <caption>Options</caption>
 *   <tr><th>option</th><th>meaning</th><th>default</th></tr>
 *   <tr><td>{@code topic}</td><td>topic pattern; {@code {sensor}} marks the level carrying the sensor id, MQTT
 *       wildcards {@code +} and a final {@code #} are allowed, e.g. {@code archive/room-3/{sensor}/telemetry}</td>
 *       <td>required</td></tr>
 *   <tr><td>{@code field.temperature}, {@code field.humidity}</td><td>dotted JSON path of each quantity, e.g.
 *       {@code data.t}; at least one</td><td>none</td></tr>
 *   <tr><td>{@code scale.temperature}, {@code scale.humidity}</td><td>factor applied to the raw number, e.g.
 *       {@code 0.1} for tenths</td><td>{@code 1}</td></tr>
 *   <tr><td>{@code field.sensor}</td><td>path of the sensor id when the topic has no {@code {sensor}} level</td>
 *       <td>none</td></tr>
 *   <tr><td>{@code field.time}</td><td>path of the measurement time: epoch milliseconds or ISO-8601</td>
 *       <td>arrival time</td></tr>
 *   <tr><td>{@code field.alarm}</td><td>path of a device alarm code, passed through when present and not null</td>
 *       <td>none</td></tr>
 *   <tr><td>{@code qos}</td><td>subscription quality of service 0 to 2</td><td>{@code 1}</td></tr>
 *   <tr><td>{@code clientId}, {@code username}, {@code password}</td><td>MQTT session settings</td>
 *       <td>{@code dangan-<deviceId>}, none, none</td></tr>
 * </table>
 *
 * @param topicPattern the topic pattern
 * @param fields the payload path per quantity
 * @param scales the factor per quantity
 * @param sensorField the payload path of the sensor id, or {@code null}
 * @param timeField the payload path of the time, or {@code null}
 * @param alarmField the payload path of an alarm code, or {@code null}
 * @param qos the subscription QoS
 */
public record MqttMapping(String topicPattern, Map<Quantity, String> fields, Map<Quantity, Double> scales,
        @Nullable String sensorField, @Nullable String timeField, @Nullable String alarmField, int qos) {

    public MqttMapping {
        Objects.requireNonNull(topicPattern, "topicPattern");
        fields = Map.copyOf(fields);
        scales = Map.copyOf(scales);
    }

    /**
     * Reads the mapping from options.
     *
     * @param options the device configuration's options
     * @return the mapping
     * @throws IllegalArgumentException naming the option that is missing or malformed
     */
    public static MqttMapping from(Map<String, String> options) {
        String topic = options.get("topic");
        if (topic == null || topic.isBlank()) {
            throw new IllegalArgumentException("option 'topic' is missing, e.g. archive/{sensor}/telemetry");
        }
        String sensorField = options.get("field.sensor");
        int marks = topic.split("\\{sensor}", -1).length - 1;
        if (marks > 1) {
            throw new IllegalArgumentException("topic '" + topic + "' has " + marks + " {sensor} levels, expected one");
        }
        if (marks == 0 && sensorField == null) {
            throw new IllegalArgumentException("topic '" + topic + "' has no {sensor} level and option 'field.sensor' "
                    + "is not set: the sensor id cannot be found");
        }
        String[] levels = topic.split("/", -1);
        for (int i = 0; i < levels.length; i++) {
            String l = levels[i];
            if (l.equals("#") && i != levels.length - 1) {
                throw new IllegalArgumentException("topic '" + topic + "': '#' must be the last level");
            }
            if (!l.equals("{sensor}") && !l.equals("+") && !l.equals("#") && (l.contains("+") || l.contains("#")
                    || l.contains("{"))) {
                throw new IllegalArgumentException("topic '" + topic + "': level '" + l + "' mixes wildcards and text");
            }
        }
        Map<Quantity, String> fields = new EnumMap<>(Quantity.class);
        Map<Quantity, Double> scales = new EnumMap<>(Quantity.class);
        for (Quantity q : Quantity.values()) {
            String key = q == Quantity.TEMPERATURE ? "temperature" : "humidity";
            String f = options.get("field." + key);
            if (f != null) {
                if (f.isBlank()) {
                    throw new IllegalArgumentException("option 'field." + key + "' is blank");
                }
                fields.put(q, f);
            }
            String s = options.get("scale." + key);
            double scale = 1.0;
            if (s != null) {
                try {
                    scale = Double.parseDouble(s);
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException("option 'scale." + key + "' is '" + s + "', expected a number", e);
                }
                if (!Double.isFinite(scale) || scale == 0) {
                    throw new IllegalArgumentException("option 'scale." + key + "' is " + s + ", expected a finite non-zero number");
                }
            }
            scales.put(q, scale);
        }
        if (fields.isEmpty()) {
            throw new IllegalArgumentException("neither 'field.temperature' nor 'field.humidity' is set");
        }
        int qos;
        try {
            qos = Integer.parseInt(options.getOrDefault("qos", "1"));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("option 'qos' is '" + options.get("qos") + "', expected 0, 1 or 2", e);
        }
        if (qos < 0 || qos > 2) {
            throw new IllegalArgumentException("option 'qos' is " + qos + ", expected 0, 1 or 2");
        }
        return new MqttMapping(topic, fields, scales, sensorField, options.get("field.time"), options.get("field.alarm"), qos);
    }

    /** @return the subscription filter: the pattern with {@code {sensor}} replaced by {@code +} */
    public String subscription() {
        return topicPattern.replace("{sensor}", "+");
    }

    /** @return a matcher for concrete topics; group 1 is the sensor id when the pattern has {@code {sensor}} */
    Pattern topicRegex() {
        List<String> parts = new ArrayList<>();
        for (String l : topicPattern.split("/", -1)) {
            switch (l) {
                case "{sensor}" -> parts.add("([^/]+)");
                case "+" -> parts.add("[^/]+");
                case "#" -> parts.add(".*");
                default -> parts.add(Pattern.quote(l));
            }
        }
        return Pattern.compile(String.join("/", parts));
    }

    /**
     * @param regex the pattern from {@link #topicRegex()}
     * @param topic a concrete topic
     * @return the sensor id carried by the topic
     */
    Optional<String> sensorOf(Pattern regex, String topic) {
        if (!topicPattern.contains("{sensor}")) {
            return Optional.empty();
        }
        Matcher m = regex.matcher(topic);
        return m.matches() ? Optional.of(m.group(1)) : Optional.empty();
    }
}
