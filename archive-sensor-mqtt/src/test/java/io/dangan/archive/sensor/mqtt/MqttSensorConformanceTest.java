package io.dangan.archive.sensor.mqtt;

import io.dangan.archive.rfid.spi.DeviceConfig;
import io.dangan.archive.rfid.spi.Quantity;
import io.dangan.archive.rfid.spi.SensorConfig;
import io.dangan.archive.rfid.spi.SensorDescriptor;
import io.dangan.archive.rfid.spi.SensorDevice;
import io.dangan.archive.rfid.spi.SensorProvider;
import io.dangan.archive.testkit.tck.SensorBench;
import io.dangan.archive.testkit.tck.SensorDeviceContract;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.paho.client.mqttv3.MqttClient;
import org.eclipse.paho.client.mqttv3.MqttConnectOptions;
import org.eclipse.paho.client.mqttv3.MqttException;
import org.eclipse.paho.client.mqttv3.persist.MemoryPersistence;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;

/**
 * The sensor conformance kit against the real Mosquitto broker on 127.0.0.1:1883. Readings are published by a
 * second client; link faults come from a TCP relay in front of the broker.
 */
class MqttSensorConformanceTest extends SensorDeviceContract {
    static final String BROKER = "tcp://127.0.0.1:1883";
    private static final String TOPIC_ROOT = "dangan-tck/" + UUID.randomUUID();
    private static FaultyLink link;
    private static ServerSocket blackhole;
    private static final List<Socket> held = new ArrayList<>();
    private static MqttClient publisher;

    @BeforeAll
    static void start() throws Exception {
        link = new FaultyLink(1883);
        blackhole = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread t = new Thread(() -> {
            while (!blackhole.isClosed()) {
                try {
                    Socket s = blackhole.accept();
                    synchronized (held) {
                        held.add(s);
                    }
                } catch (IOException e) {
                    return;
                }
            }
        }, "blackhole-accept");
        t.setDaemon(true);
        t.start();
        publisher = new MqttClient(BROKER, "dangan-tck-publisher-" + UUID.randomUUID(), new MemoryPersistence());
        MqttConnectOptions o = new MqttConnectOptions();
        o.setCleanSession(true);
        o.setMaxInflight(1000);
        publisher.connect(o);
    }

    @AfterAll
    static void stop() throws Exception {
        publisher.disconnect();
        publisher.close();
        link.close();
        blackhole.close();
        synchronized (held) {
            for (Socket s : held) {
                s.close();
            }
        }
    }

    @AfterEach
    void restoreLink() {
        link.restore();
    }

    static Map<String, String> options(String topicRoot) {
        return Map.of("topic", topicRoot + "/{sensor}/reading", "field.temperature", "t", "field.humidity", "rh",
                "field.alarm", "alarm", "clientId", "dangan-tck-" + UUID.randomUUID());
    }

    @Override
    protected SensorProvider provider() {
        return new MqttSensorProvider();
    }

    @Override
    protected SensorConfig config() {
        return SensorConfig.of(DeviceConfig.of("mqtt-s1", link.endpoint()).withConnectTimeout(Duration.ofSeconds(2))
                .withOptions(options(TOPIC_ROOT)), List.of(
                        SensorDescriptor.thermoHygrometer("th-1", "room-1", Duration.ofSeconds(60)),
                        SensorDescriptor.thermoHygrometer("th-2", "room-2", Duration.ofSeconds(60))));
    }

    @Override
    protected int nominalLoad() {
        return 500;
    }

    static void publish(String topic, String payload) {
        try {
            publisher.publish(topic, payload.getBytes(StandardCharsets.UTF_8), 1, false);
        } catch (MqttException e) {
            throw new IllegalStateException("publishing to the test broker failed", e);
        }
    }

    @Override
    protected SensorBench bench(SensorDevice device) {
        return new SensorBench() {
            @Override
            public boolean report(String sensorId, Quantity quantity, double value) {
                publish(TOPIC_ROOT + "/" + sensorId + "/reading",
                        "{\"" + (quantity == Quantity.TEMPERATURE ? "t" : "rh") + "\": " + value + "}");
                return true;
            }

            @Override
            public boolean reportGarbage(String sensorId) {
                publish(TOPIC_ROOT + "/" + sensorId + "/reading", "{\"t\": \"ERR\"}");
                return true;
            }

            @Override
            public boolean generate(int count) {
                for (int i = 0; i < count; i++) {
                    publish(TOPIC_ROOT + "/th-" + (1 + i % 2) + "/reading", "{\"t\": " + (18 + i % 5) + ".5}");
                }
                return true;
            }

            @Override
            public boolean dropLink() {
                link.dropAll();
                return true;
            }

            @Override
            public boolean silenceLink() {
                link.silence();
                return true;
            }

            @Override
            public boolean restoreLink() {
                link.restore();
                link.dropAll();
                return true;
            }
        };
    }

    @Override
    protected List<SensorConfig> rejectedConfigs() {
        DeviceConfig base = DeviceConfig.of("mqtt-bad", BROKER);
        List<SensorDescriptor> th = List.of(SensorDescriptor.thermoHygrometer("th-1", "room-1", Duration.ofSeconds(60)));
        return List.of(
                SensorConfig.of(base.withOptions(Map.of("field.temperature", "t", "field.humidity", "rh")), th),
                SensorConfig.of(base.withOptions(Map.of("topic", "a/{sensor}", "field.temperature", "t")), th),
                SensorConfig.of(base.withOptions(Map.of("topic", "a/b", "field.temperature", "t", "field.humidity", "rh")), th),
                SensorConfig.of(DeviceConfig.of("mqtt-bad", "http://127.0.0.1:1883").withOptions(options("a")), th));
    }

    @Override
    protected Optional<String> unresponsiveEndpoint() {
        return Optional.of("tcp://127.0.0.1:" + blackhole.getLocalPort());
    }

    @Override
    protected Optional<String> refusingEndpoint() {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return Optional.of("tcp://127.0.0.1:" + s.getLocalPort());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
