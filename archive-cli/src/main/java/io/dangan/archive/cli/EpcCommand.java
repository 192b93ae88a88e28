package io.dangan.archive.cli;

import io.dangan.archive.rfid.epc.Epc;
import io.dangan.archive.rfid.epc.EpcException;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code dangan epc decode|encode}: EPC codes between hexadecimal and URIs (GDTI-96, GIAI-96, GRAI-96, SGTIN-96).
 * One output line per input; an invalid input is reported on standard error with the input and the problem, the
 * other inputs are still processed, and the command exits with status 2.
 */
@Command(name = "epc", mixinStandardHelpOptions = true,
        description = "EPC 编码与解码（GDTI-96、GIAI-96、GRAI-96、SGTIN-96）。",
        subcommands = {EpcCommand.Decode.class, EpcCommand.Encode.class})
final class EpcCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "missing command: try 'dangan epc decode' or 'dangan epc encode'");
    }

    /** {@code dangan epc decode HEX...}. */
    @Command(name = "decode", mixinStandardHelpOptions = true,
            description = "把十六进制 EPC 解码为标签 URI（--pure 输出纯标识 URI），每个输入一行。")
    static final class Decode implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Option(names = "--pure", description = "输出纯标识 URI（urn:epc:id:...），不含过滤值")
        boolean pure;

        @Parameters(arity = "1..*", paramLabel = "HEX", description = "24 位十六进制 EPC")
        List<String> inputs;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            int status = Dangan.OK;
            for (String in : inputs) {
                try {
                    Epc epc = Epc.fromHex(in);
                    out.println(pure ? epc.toPureIdentityUri() : epc.toTagUri());
                } catch (EpcException e) {
                    err.println("dangan: " + in + ": " + e.getMessage());
                    status = Dangan.USAGE;
                }
            }
            out.flush();
            err.flush();
            return status;
        }
    }

    /** {@code dangan epc encode URI...}. */
    @Command(name = "encode", mixinStandardHelpOptions = true,
            description = "把标签 URI 或纯标识 URI 编码为十六进制 EPC，每个输入一行。")
    static final class Encode implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Option(names = "--filter", defaultValue = "0", paramLabel = "F",
                description = "纯标识 URI 编码时使用的过滤值 0-7（默认 ${DEFAULT-VALUE}）")
        int filter;

        @Parameters(arity = "1..*", paramLabel = "URI", description = "urn:epc:tag:... 或 urn:epc:id:...")
        List<String> inputs;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            int status = Dangan.OK;
            for (String in : inputs) {
                try {
                    Epc epc = in.strip().startsWith("urn:epc:id:") ? Epc.fromPureIdentityUri(in, filter) : Epc.fromTagUri(in);
                    out.println(epc.toHex());
                } catch (EpcException e) {
                    err.println("dangan: " + in + ": " + e.getMessage());
                    status = Dangan.USAGE;
                }
            }
            out.flush();
            err.flush();
            return status;
        }
    }
}
