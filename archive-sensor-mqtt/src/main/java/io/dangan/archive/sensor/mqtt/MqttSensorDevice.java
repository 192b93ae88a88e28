package io.dangan.archive.sensor.mqtt;

import io.dangan.archive.rfid.spi.Capability;
import io.dangan.archive.rfid.spi.Quality;
import io.dangan.archive.rfid.spi.Quantity;
import io.dangan.archive.rfid.spi.SensorConfig;
import io.dangan.archive.rfid.spi.SensorDescriptor;
import io.dangan.archive.rfid.spi.support.AbstractSensorDevice;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeoutException;
import java.util.regex.Pattern;
import org.eclipse.paho.client.mqttv3.IMqttDeliveryToken;
import org.eclipse.paho.client.mqttv3.MqttCallback;
import org.eclipse.paho.client.mqttv3.MqttClient;
import org.eclipse.paho.client.mqttv3.MqttConnectOptions;
import org.eclipse.paho.client.mqttv3.MqttException;
import org.eclipse.paho.client.mqttv3.MqttMessage;
import org.eclipse.paho.client.mqttv3.persist.MemoryPersistence;
import org.jspecify.annotations.Nullable;

/**
 * A sensor device fed by an MQTT broker (MQTT 温湿度设备): one broker session subscribed to the configured topic
 * pattern; each message is one sensor's reading, mapped by {@link MqttMapping}. Malformed payloads become
 * {@code MALFORMED_PAYLOAD} faults, oversize ones {@code PAYLOAD_TOO_LARGE}, non-numeric values invalid-quality
 * measurements. Reconnects follow the configured policy (Paho's own automatic reconnect is off).
 */
public final class MqttSensorDevice extends AbstractSensorDevice {
    /** Payloads above this size are refused. */
    public static final int MAX_PAYLOAD_BYTES = 64 * 1024;

    private final MqttMapping mapping;
    private final Pattern topicRegex;
    private final Map<String, SensorDescriptor> sensors = new HashMap<>();
    private final String clientId;
    private volatile @Nullable MqttClient client;
    private volatile @Nullable Thread callbackThread;

    MqttSensorDevice(SensorConfig config, Set<Capability> capabilities, MqttMapping mapping) {
        super(config, capabilities);
        this.mapping = mapping;
        this.topicRegex = mapping.topicRegex();
        config.sensors().forEach(s -> sensors.put(s.sensorId(), s));
        this.clientId = config.device().options().getOrDefault("clientId", "dangan-" + config.device().deviceId());
    }

    /** @return the mapping in use */
    public MqttMapping mapping() {
        return mapping;
    }

    @Override
    protected void doConnect(Duration timeout) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            try {
                connectOnce(Duration.ofNanos(Math.max(1_000_000, deadline - System.nanoTime())));
                return;
            } catch (MqttException e) {
                // a session dropped between CONNACK and SUBACK (a takeover, a flaky relay) is retried once in time
                boolean dropped = e.getReasonCode() == MqttException.REASON_CODE_CLIENT_NOT_CONNECTED
                        || e.getReasonCode() == MqttException.REASON_CODE_CONNECTION_LOST;
                if (!dropped || System.nanoTime() > deadline - timeout.toNanos() / 2) {
                    throw e;
                }
            }
        }
    }

    private void connectOnce(Duration timeout) throws Exception {
        MqttClient c = new MqttClient(config.endpoint(), clientId, new MemoryPersistence());
        MqttConnectOptions o = new MqttConnectOptions();
        o.setCleanSession(true);
        o.setAutomaticReconnect(false);
        o.setConnectionTimeout((int) Math.max(1, (timeout.toMillis() + 999) / 1000));
        long keepalive = config.keepalive().enabled() ? Math.max(1, config.keepalive().period().toSeconds()) : 0;
        o.setKeepAliveInterval((int) keepalive);
        String user = config.options().get("username");
        if (user != null) {
            o.setUserName(user);
            o.setPassword(config.options().getOrDefault("password", "").toCharArray());
        }
        c.setCallback(new Callback(c));
        c.setTimeToWait(Math.max(1, timeout.toMillis()));
        try {
            c.connect(o);
            c.subscribe(mapping.subscription(), mapping.qos());
        } catch (MqttException e) {
            release(c);
            if (e.getReasonCode() == MqttException.REASON_CODE_CLIENT_TIMEOUT) {
                TimeoutException t = new TimeoutException("broker " + config.endpoint() + " did not answer: " + e);
                t.initCause(e);
                throw t;
            }
            throw e;
        }
        client = c;
    }

    @Override
    protected void doDisconnect() {
        MqttClient c = client;
        client = null;
        if (c == null) {
            return;
        }
        if (Thread.currentThread() == callbackThread) {
            // Paho forbids disconnecting from its own callback thread
            Thread t = new Thread(() -> release(c), "dangan-" + deviceId() + "-mqtt-close");
            t.setDaemon(true);
            t.start();
        } else {
            release(c);
        }
    }

    private static void release(MqttClient c) {
        try {
            if (c.isConnected()) {
                c.disconnect(200);
            }
        } catch (MqttException e) {
            try {
                c.disconnectForcibly(100, 200);
            } catch (MqttException ignored) {
                // the link is gone either way
            }
        }
        try {
            c.close();
        } catch (MqttException ignored) {
            // resources are released by close even when it reports a state error
        }
    }

    @Override
    protected boolean probe() {
        MqttClient c = client;
        return c != null && c.isConnected();
    }

    private final class Callback implements MqttCallback {
        private final MqttClient owner;

        Callback(MqttClient owner) {
            this.owner = owner;
        }

        @Override
        public void connectionLost(Throwable cause) {
            callbackThread = Thread.currentThread();
            if (client == owner) {
                MqttSensorDevice.this.connectionLost("MQTT connection lost: " + cause);
            }
        }

        @Override
        public void messageArrived(String topic, MqttMessage message) {
            callbackThread = Thread.currentThread();
            if (client == owner) {
                noteAlive();
                handle(topic, message.getPayload());
            }
        }

        @Override
        public void deliveryComplete(IMqttDeliveryToken token) {
        }
    }

    void handle(String topic, byte[] payload) {
        if (payload.length > MAX_PAYLOAD_BYTES) {
            reportFault("PAYLOAD_TOO_LARGE", "topic " + topic + ": payload of " + payload.length
                    + " bytes exceeds " + MAX_PAYLOAD_BYTES);
            return;
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(payload)).toString();
        } catch (CharacterCodingException e) {
            reportFault("MALFORMED_PAYLOAD", "topic " + topic + ": payload is not UTF-8");
            return;
        }
        Object root;
        try {
            root = Json.parse(text);
        } catch (Json.MalformedException e) {
            reportFault("MALFORMED_PAYLOAD", "topic " + topic + ": payload is not JSON: " + e.getMessage());
            return;
        }
        Optional<String> fromTopic = mapping.sensorOf(topicRegex, topic);
        String sensorId = fromTopic.orElse(null);
        if (sensorId == null && mapping.sensorField() != null) {
            Object s = Json.path(root, mapping.sensorField());
            sensorId = s instanceof String str ? str : s instanceof Double d ? Long.toString(d.longValue()) : null;
        }
        if (sensorId == null) {
            reportFault("NO_SENSOR_ID", "topic " + topic + ": no sensor id in the topic or the payload");
            return;
        }
        SensorDescriptor descriptor = sensors.get(sensorId);
        if (descriptor == null) {
            reportFault("UNKNOWN_SENSOR", "topic " + topic + ": sensor '" + sensorId + "' is not configured");
            return;
        }
        Instant at = time(root);
        int reported = 0;
        for (Map.Entry<Quantity, String> f : mapping.fields().entrySet()) {
            Quantity q = f.getKey();
            if (!descriptor.quantities().contains(q)) {
                continue;
            }
            Object v = Json.path(root, f.getValue());
            if (v == null) {
                continue;
            }
            double value = Double.NaN;
            if (v instanceof Double d) {
                value = d * mapping.scales().getOrDefault(q, 1.0);
            } else if (v instanceof String s) {
                try {
                    value = Double.parseDouble(s.strip()) * mapping.scales().getOrDefault(q, 1.0);
                } catch (NumberFormatException e) {
                    value = Double.NaN;
                }
            }
            reportMeasurement(sensorId, q, value, Quality.GOOD, at);
            reported++;
        }
        if (mapping.alarmField() != null) {
            Object alarm = Json.path(root, mapping.alarmField());
            if (alarm != null && alarm != Json.NULL && !Boolean.FALSE.equals(alarm)) {
                String code = alarm instanceof Double d ? Long.toString(d.longValue()) : String.valueOf(alarm);
                if (!code.isBlank()) {
                    reportDeviceAlarm(sensorId, code.length() > 64 ? code.substring(0, 64) : code,
                            "alarm reported on " + topic);
                    reported++;
                }
            }
        }
        if (reported == 0) {
            reportFault("NO_MAPPED_FIELD", "topic " + topic + ": payload has none of the mapped fields "
                    + mapping.fields().values());
        }
    }

    private Instant time(Object root) {
        if (mapping.timeField() == null) {
            return now();
        }
        Object t = Json.path(root, mapping.timeField());
        if (t instanceof Double d && Double.isFinite(d)) {
            long v = d.longValue();
            return v < 100_000_000_000L ? Instant.ofEpochSecond(v) : Instant.ofEpochMilli(v);
        }
        if (t instanceof String s) {
            try {
                return Instant.parse(s);
            } catch (DateTimeParseException e) {
                return now();
            }
        }
        return now();
    }
}
