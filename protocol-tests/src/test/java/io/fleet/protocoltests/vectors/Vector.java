package io.fleet.protocoltests.vectors;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * One row of a copied vector file (src/test/resources/jt808). {@link #toString()} names the JUnit case:
 * short source file and line, so a failure points straight at the upstream test.
 */
public record Vector(String sourceFile, int line, String hex, String expectation) {

    public static final String TRACCAR = "/jt808/traccar-vectors.tsv";
    public static final String JT808_SERVER = "/jt808/jt808-server-vectors.tsv";

    public static List<Vector> load(String resource) {
        InputStream in = Vector.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("missing test resource " + resource);
        }
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            List<Vector> vectors = new ArrayList<>();
            reader.readLine();
            for (String row = reader.readLine(); row != null; row = reader.readLine()) {
                String[] columns = row.split("\t", -1);
                vectors.add(new Vector(columns[0], Integer.parseInt(columns[1]), columns[2], columns[3]));
            }
            return vectors;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** File name without directories and extension, e.g. {@code Jt808ProtocolDecoderTest}. */
    public String shortSource() {
        String name = sourceFile.substring(sourceFile.lastIndexOf('/') + 1);
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    public boolean from(String shortSource) {
        return shortSource().equals(shortSource);
    }

    @Override
    public String toString() {
        return shortSource() + ":" + line;
    }
}
