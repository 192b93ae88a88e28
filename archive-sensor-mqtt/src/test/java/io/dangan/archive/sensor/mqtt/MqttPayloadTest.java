package io.dangan.archive.sensor.mqtt;

import static org.assertj.core.api.Assertions.assertThat;

import io.dangan.archive.rfid.spi.DeviceAlarm;
import io.dangan.archive.rfid.spi.DeviceConfig;
import io.dangan.archive.rfid.spi.DeviceFault;
import io.dangan.archive.rfid.spi.Measurement;
import io.dangan.archive.rfid.spi.Quality;
import io.dangan.archive.rfid.spi.Quantity;
import io.dangan.archive.rfid.spi.SensorConfig;
import io.dangan.archive.rfid.spi.SensorDescriptor;
import io.dangan.archive.rfid.spi.SensorEvent;
import io.dangan.archive.testkit.tck.Recorder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.paho.client.mqttv3.MqttClient;
import org.eclipse.paho.client.mqttv3.persist.MemoryPersistence;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Payload mapping end to end through the real broker. */
class MqttPayloadTest {
    private final String root = "dangan-payload/" + UUID.randomUUID();
    private MqttSensorDevice device;
    private MqttClient publisher;
    private final Recorder<SensorEvent> recorder = new Recorder<>();

    @BeforeEach
    void connect() throws Exception {
        device = new MqttSensorProvider().open(SensorConfig.of(DeviceConfig.of("mqtt-p", MqttSensorConformanceTest.BROKER)
                .withOptions(Map.of("topic", root + "/{sensor}", "field.temperature", "data.t", "scale.temperature", "0.1",
                        "field.humidity", "data.rh", "field.time", "ts", "field.alarm", "alarm")),
                List.of(SensorDescriptor.thermoHygrometer("th-1", "room-1", Duration.ofMinutes(1)))));
        device.subscribe(recorder);
        device.connect();
        publisher = new MqttClient(MqttSensorConformanceTest.BROKER, "dangan-pub-" + UUID.randomUUID(), new MemoryPersistence());
        publisher.connect();
    }

    @AfterEach
    void close() throws Exception {
        device.close();
        publisher.disconnect();
        publisher.close();
    }

    private void send(String sensor, String payload) throws Exception {
        publisher.publish(root + "/" + sensor, payload.getBytes(StandardCharsets.UTF_8), 1, false);
    }

    @Test
    void mapsScaledNestedFieldsAndTheDeviceTime() throws Exception {
        send("th-1", "{\"data\": {\"t\": -101, \"rh\": 329}, \"ts\": \"2026-11-25T08:00:00Z\"}");
        assertThat(recorder.await(l -> l.stream().filter(e -> e instanceof Measurement).count() == 2,
                Duration.ofSeconds(10))).isTrue();
        Measurement t = recorder.events(Measurement.class).stream().filter(m -> m.quantity() == Quantity.TEMPERATURE)
                .findFirst().orElseThrow();
        assertThat(t.value()).isCloseTo(-10.1, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(t.at()).isEqualTo(Instant.parse("2026-11-25T08:00:00Z"));
        Measurement rh = recorder.events(Measurement.class).stream().filter(m -> m.quantity() == Quantity.RELATIVE_HUMIDITY)
                .findFirst().orElseThrow();
        // humidity has no scale configured: 329 %RH is impossible and arrives marked invalid
        assertThat(rh.quality()).isEqualTo(Quality.INVALID);
    }

    @Test
    void reportsMalformedUnknownAndEmptyPayloadsAsFaults() throws Exception {
        send("th-1", "{not json");
        send("th-9", "{\"data\": {\"t\": 200}}");
        send("th-1", "{\"other\": 1}");
        assertThat(recorder.await(l -> l.stream().filter(e -> e instanceof DeviceFault).count() == 3,
                Duration.ofSeconds(10))).isTrue();
        assertThat(recorder.events(DeviceFault.class)).extracting(DeviceFault::code)
                .containsExactly("MALFORMED_PAYLOAD", "UNKNOWN_SENSOR", "NO_MAPPED_FIELD");
        assertThat(recorder.events(Measurement.class)).isEmpty();
    }

    @Test
    void passesDeviceAlarmsThrough() throws Exception {
        send("th-1", "{\"alarm\": \"LOW_BATTERY\"}");
        assertThat(recorder.awaitAny(e -> e instanceof DeviceAlarm a && a.alarmCode().equals("LOW_BATTERY"),
                Duration.ofSeconds(10))).isTrue();
    }
}
