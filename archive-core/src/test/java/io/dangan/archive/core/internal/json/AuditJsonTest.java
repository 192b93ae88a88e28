package io.dangan.archive.core.internal.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

class AuditJsonTest {
    @Property(tries = 300)
    void streamedDetailsAreTheTreeFormAndReadBack(@ForAll @Size(max = 12) Map<String, String> details) {
        SortedMap<String, String> sorted = new TreeMap<>(details);
        String json = AuditJson.details(sorted);
        assertThat(json).isEqualTo(AuditJson.detailsAsTree(sorted));
        assertThat(AuditJson.parseDetails(json)).isEqualTo(sorted);
    }

    @Property(tries = 300)
    void controlCharactersQuotesAndBackslashesAreEscapedAsTheGeneratorDoes(
            @ForAll @Chars({'"', '\\', '/', 'a', '档', '\u007f', '\u2028'}) @CharRange(from = 0, to = 0x1f)
            @Size(max = 40) String value) {
        SortedMap<String, String> sorted = new TreeMap<>(Map.of("k" + value, value, "action", "view"));
        String json = AuditJson.details(sorted);
        assertThat(json).isEqualTo(AuditJson.detailsAsTree(sorted));
        assertThat(AuditJson.parseDetails(json)).isEqualTo(sorted);
    }

    @Test
    void detailsKeepChineseQuotesAndLineBreaksReadably() {
        SortedMap<String, String> d = new TreeMap<>(Map.of("note", "查阅 \"任免\"\n第二行", "action", "view"));
        assertThat(AuditJson.details(d)).isEqualTo("{\"action\":\"view\",\"note\":\"查阅 \\\"任免\\\"\\n第二行\"}");
    }
}
