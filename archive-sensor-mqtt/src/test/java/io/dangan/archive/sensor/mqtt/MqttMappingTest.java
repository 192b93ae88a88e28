package io.dangan.archive.sensor.mqtt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dangan.archive.rfid.spi.Quantity;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class MqttMappingTest {

    @Test
    void extractsTheSensorIdFromTheMarkedTopicLevel() {
        MqttMapping m = MqttMapping.from(Map.of("topic", "site/+/{sensor}/telemetry", "field.temperature", "data.t",
                "scale.temperature", "0.1"));
        Pattern p = m.topicRegex();
        assertThat(m.subscription()).isEqualTo("site/+/+/telemetry");
        assertThat(m.sensorOf(p, "site/room-3/th-7/telemetry")).hasValue("th-7");
        assertThat(m.sensorOf(p, "site/room-3/th-7/other")).isEmpty();
        assertThat(m.scales()).containsEntry(Quantity.TEMPERATURE, 0.1);
        assertThat(m.qos()).isEqualTo(1);
    }

    @Test
    void rejectsAMappingThatCannotFindTheSensorOrAnyValue() {
        assertThatThrownBy(() -> MqttMapping.from(Map.of("field.temperature", "t")))
                .hasMessageContaining("'topic' is missing");
        assertThatThrownBy(() -> MqttMapping.from(Map.of("topic", "a/b", "field.temperature", "t")))
                .hasMessageContaining("field.sensor");
        assertThatThrownBy(() -> MqttMapping.from(Map.of("topic", "a/{sensor}")))
                .hasMessageContaining("neither");
        assertThatThrownBy(() -> MqttMapping.from(Map.of("topic", "a/#/{sensor}", "field.temperature", "t")))
                .hasMessageContaining("'#' must be the last level");
        assertThatThrownBy(() -> MqttMapping.from(Map.of("topic", "a/{sensor}", "field.temperature", "t", "qos", "3")))
                .hasMessageContaining("qos");
        assertThatThrownBy(() -> MqttMapping.from(Map.of("topic", "a/{sensor}", "field.temperature", "t",
                "scale.temperature", "NaN"))).hasMessageContaining("scale.temperature");
    }

    @Test
    void aSensorFieldReplacesTheTopicLevel() {
        MqttMapping m = MqttMapping.from(Map.of("topic", "gateway/#", "field.sensor", "id", "field.humidity", "h"));
        assertThat(m.subscription()).isEqualTo("gateway/#");
        assertThat(m.sensorOf(m.topicRegex(), "gateway/x/y")).isEmpty();
        assertThat(m.sensorField()).isEqualTo("id");
    }
}
