package io.fleet.gateway.cli;

import io.fleet.gateway.codec.DecodedFrame;
import io.fleet.gateway.codec.InvalidKind;
import io.fleet.gateway.codec.InvalidMessage;
import io.fleet.gateway.codec.Jt808Codec;
import io.fleet.gateway.codec.field.Hex;
import io.fleet.gateway.codec.message.Jt808Message;
import io.fleet.gateway.json.MessageJson;

import java.io.BufferedReader;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * {@code bin/fleet decode HEX...}: prints one JSON object per hex frame, one per line; with no arguments reads
 * one frame per line from stdin. Exit status 1 when any frame was rejected. Accepts frames with or without the
 * 0x7e delimiters, on-wire (escaped) or already unescaped.
 */
public final class DecodeCommand {

    private final Jt808Codec codec;
    private final MessageJson json;

    public DecodeCommand(Jt808Codec codec, MessageJson json) {
        this.codec = codec;
        this.json = json;
    }

    public static void main(String[] args) throws IOException {
        // JSON is UTF-8 whatever the locale; under LANG=C System.out would turn every plate's 京 into '?'.
        PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), false, StandardCharsets.UTF_8);
        System.exit(new DecodeCommand(Jt808Codec.standard(), new MessageJson()).run(args, System.in, out));
    }

    /** The result of one input line: the JSON to print and whether the frame was rejected. */
    public record Result(String json, boolean rejected) {
    }

    public int run(String[] args, InputStream stdin, PrintStream out) throws IOException {
        List<String> lines = args.length > 0 ? Arrays.asList(args) : readLines(stdin);
        List<Result> results = new ArrayList<>();
        for (String line : lines) {
            if (line.isBlank()) {
                continue;
            }
            Result result = decodeLine(line);
            out.println(result.json());
            results.add(result);
        }
        out.flush();
        return exitStatus(results);
    }

    public static int exitStatus(List<Result> results) {
        return results.stream().anyMatch(Result::rejected) ? 1 : 0;
    }

    public Result decodeLine(String line) {
        DecodedFrame frame = decodeLenient(line.trim());
        if (frame instanceof Jt808Message message) {
            return new Result(json.write(json.toJson(message)), false);
        }
        return new Result(json.write(json.toJson((InvalidMessage) frame)), true);
    }

    DecodedFrame decodeLenient(String hex) {
        byte[] bytes;
        try {
            bytes = Hex.decode(hex.startsWith("0x") || hex.startsWith("0X") ? hex.substring(2) : hex);
        } catch (IllegalArgumentException e) {
            return new InvalidMessage(InvalidKind.BAD_INPUT, "not hex: " + e.getMessage(), null, new byte[0]);
        }
        return codec.decodeAnyForm(bytes);
    }

    private static List<String> readLines(InputStream in) throws IOException {
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        List<String> lines = new ArrayList<>();
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
            lines.add(line);
        }
        return lines;
    }

}
