package io.dangan.archive.sensor.mqtt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.AlphaChars;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

class JsonTest {

    @Test
    void readsNestedObjectsArraysAndLiterals() throws Exception {
        Object v = Json.parse("{\"data\": {\"t\": -10.1, \"rh\": 32.9}, \"ok\": true, \"list\": [1, \"a\\u0041\"], \"n\": null}");
        assertThat(Json.path(v, "data.t")).isEqualTo(-10.1);
        assertThat(Json.path(v, "ok")).isEqualTo(Boolean.TRUE);
        assertThat(Json.path(v, "list")).isEqualTo(List.of(1.0, "aA"));
        assertThat(Json.path(v, "n")).isSameAs(Json.NULL);
        assertThat(Json.path(v, "data.missing")).isNull();
        assertThat(Json.path(v, "ok.deeper")).isNull();
    }

    @Test
    void rejectsMalformedPayloadsWithAnOffset() {
        for (String bad : List.of("", "{", "{\"t\": }", "{\"t\": 1,}", "[1 2]", "{\"t\": 1} x", "\"open", "{\"a\":tru}",
                "1e", "{\"t\": \"\u0001\"}")) {
            assertThatThrownBy(() -> Json.parse(bad)).as(bad).isInstanceOf(Json.MalformedException.class)
                    .hasMessageContaining("offset");
        }
        assertThatThrownBy(() -> Json.parse("[".repeat(100) + "]".repeat(100)))
                .hasMessageContaining("nesting deeper than 32");
    }

    @Property
    void numbersAndNamesRoundTripThroughAnObject(@ForAll @AlphaChars @StringLength(min = 1, max = 12) String name,
            @ForAll double value) throws Exception {
        if (!Double.isFinite(value)) {
            return;
        }
        Object parsed = Json.parse("{\"" + name + "\": " + value + "}");
        assertThat(parsed).isEqualTo(Map.of(name, value));
    }
}
