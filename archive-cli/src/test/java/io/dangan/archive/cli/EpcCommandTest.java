package io.dangan.archive.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class EpcCommandTest {
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return Dangan.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
    }

    @Test
    void decodesEachInputToItsTagUri() {
        assertThat(run("epc", "decode", "3074257BF7194E4000001A85", "3074257BF7194E4000001A86")).isEqualTo(Dangan.OK);
        assertThat(out.toString().lines()).containsExactly("urn:epc:tag:sgtin-96:3.0614141.812345.6789",
                "urn:epc:tag:sgtin-96:3.0614141.812345.6790");
    }

    @Test
    void decodesToThePureIdentityUriOnRequest() {
        assertThat(run("epc", "decode", "--pure", "3074257BF7194E4000001A85")).isEqualTo(Dangan.OK);
        assertThat(out.toString().strip()).isEqualTo("urn:epc:id:sgtin:0614141.812345.6789");
    }

    @Test
    void encodesTagAndPureIdentityUris() {
        assertThat(run("epc", "encode", "urn:epc:tag:sgtin-96:3.0614141.812345.6789",
                "--filter", "3", "urn:epc:id:sgtin:0614141.812345.6789")).isEqualTo(Dangan.OK);
        assertThat(out.toString().lines()).containsExactly("3074257BF7194E4000001A85", "3074257BF7194E4000001A85");
    }

    @Test
    void anInvalidInputIsNamedOnStandardErrorAndExitsTwo() {
        assertThat(run("epc", "decode", "3074257BF7194E4000001A85", "307C257BF7194E4000001A85")).isEqualTo(Dangan.USAGE);
        assertThat(out.toString().lines()).containsExactly("urn:epc:tag:sgtin-96:3.0614141.812345.6789");
        assertThat(err.toString()).contains("307C257BF7194E4000001A85").contains("partition 7");
        assertThat(run("epc", "encode", "urn:epc:tag:sgtin-96:3.0614141.812345.06789")).isEqualTo(Dangan.USAGE);
        assertThat(err.toString()).contains("06789").contains("leading zero");
    }
}
