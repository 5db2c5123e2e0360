package org.crampguide.testing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * A strict reader of the Prometheus text exposition format (version 0.0.4), written for the tests
 * from the format's specification because no maintained Java parser of it exists: HELP and TYPE at
 * most once per family and before its samples, a family's samples together, valid metric and label
 * names, escaped label values, float values (NaN, +Inf, -Inf), optional timestamps, no sample twice.
 * Any departure is an {@link IllegalArgumentException} naming the line.
 */
public final class PrometheusText {
    private static final Pattern METRIC_NAME = Pattern.compile("[a-zA-Z_:][a-zA-Z0-9_:]*");
    private static final Pattern LABEL_NAME = Pattern.compile("[a-zA-Z_][a-zA-Z0-9_]*");
    private static final Set<String> TYPES = Set.of("counter", "gauge", "histogram", "summary", "untyped");

    /** One sample line. */
    public record Sample(String name, Map<String, String> labels, double value) {
    }

    /** A family: its TYPE (untyped when none was given) and its samples in order. */
    public record Family(String name, String type, String help, List<Sample> samples) {
    }

    private final Map<String, Family> families = new LinkedHashMap<>();
    private final Map<String, String> types = new HashMap<>();
    private final Map<String, String> helps = new HashMap<>();
    private final Set<String> finished = new HashSet<>();
    private final Set<String> seen = new HashSet<>();
    private String current;
    private int lineNumber;

    private PrometheusText() {
    }

    public static Map<String, Family> parse(String text) {
        PrometheusText reader = new PrometheusText();
        for (String line : text.split("\n", -1)) {
            reader.lineNumber++;
            reader.line(line);
        }
        if (!text.isEmpty() && !text.endsWith("\n")) {
            throw new IllegalArgumentException("the exposition must end with a line feed");
        }
        return reader.families;
    }

    private void line(String line) {
        if (line.isEmpty()) {
            return;
        }
        if (line.startsWith("#")) {
            comment(line);
            return;
        }
        Sample sample = sample(line);
        String family = familyOf(sample.name());
        if (!family.equals(current)) {
            if (finished.contains(family)) {
                fail("samples of " + family + " are not together");
            }
            if (current != null) {
                finished.add(current);
            }
            current = family;
        }
        if (!seen.add(sample.name() + new TreeMap<>(sample.labels()))) {
            fail("the sample " + sample.name() + sample.labels() + " is given twice");
        }
        families.computeIfAbsent(family, name -> new Family(name, types.getOrDefault(name, "untyped"),
                helps.get(name), new ArrayList<>())).samples().add(sample);
    }

    private void comment(String line) {
        String[] parts = line.split(" ", 4);
        if (parts.length < 3 || !(parts[1].equals("HELP") || parts[1].equals("TYPE"))) {
            return; // an ordinary comment
        }
        String name = parts[2];
        if (!METRIC_NAME.matcher(name).matches()) {
            fail("\"" + name + "\" is not a metric name");
        }
        if (families.containsKey(name) || finished.contains(name)) {
            fail(parts[1] + " for " + name + " comes after its samples");
        }
        String rest = parts.length == 4 ? parts[3] : "";
        Map<String, String> into = parts[1].equals("HELP") ? helps : types;
        if (into.put(name, parts[1].equals("HELP") ? unescape(rest, false) : rest) != null) {
            fail(parts[1] + " for " + name + " is given twice");
        }
        if (parts[1].equals("TYPE") && !TYPES.contains(rest)) {
            fail("\"" + rest + "\" is not a metric type");
        }
    }

    private Sample sample(String line) {
        int at = 0;
        while (at < line.length() && line.charAt(at) != '{' && line.charAt(at) != ' ') {
            at++;
        }
        String name = line.substring(0, at);
        if (!METRIC_NAME.matcher(name).matches()) {
            fail("\"" + name + "\" is not a metric name");
        }
        Map<String, String> labels = new LinkedHashMap<>();
        if (at < line.length() && line.charAt(at) == '{') {
            at = labels(line, at + 1, labels);
        }
        if (at >= line.length() || line.charAt(at) != ' ') {
            fail("a space must come before the value");
        }
        String[] values = line.substring(at + 1).split(" ");
        if (values.length > 2) {
            fail("more than a value and a timestamp");
        }
        if (values.length == 2 && !values[1].matches("-?\\d+")) {
            fail("\"" + values[1] + "\" is not a timestamp in milliseconds");
        }
        return new Sample(name, labels, value(values[0]));
    }

    /** Reads {@code a="x",b="y"}; returns the index after the closing brace. */
    private int labels(String line, int at, Map<String, String> labels) {
        while (at < line.length() && line.charAt(at) != '}') {
            int equals = line.indexOf('=', at);
            if (equals < 0) {
                fail("a label without =");
            }
            String label = line.substring(at, equals);
            if (!LABEL_NAME.matcher(label).matches() || label.startsWith("__")) {
                fail("\"" + label + "\" is not a label name");
            }
            if (equals + 1 >= line.length() || line.charAt(equals + 1) != '"') {
                fail("the value of " + label + " is not quoted");
            }
            int end = equals + 2;
            while (end < line.length() && line.charAt(end) != '"') {
                end += line.charAt(end) == '\\' ? 2 : 1;
            }
            if (end >= line.length()) {
                fail("the value of " + label + " is not closed");
            }
            if (labels.put(label, unescape(line.substring(equals + 2, end), true)) != null) {
                fail("the label " + label + " is given twice");
            }
            at = end + 1;
            if (at < line.length() && line.charAt(at) == ',') {
                at++;
            }
        }
        if (at >= line.length()) {
            fail("the labels are not closed with }");
        }
        return at + 1;
    }

    private double value(String text) {
        switch (text) {
            case "NaN":
                return Double.NaN;
            case "+Inf":
                return Double.POSITIVE_INFINITY;
            case "-Inf":
                return Double.NEGATIVE_INFINITY;
            default:
                if (!text.matches("[-+]?(\\d+\\.?\\d*|\\.\\d+)([eE][-+]?\\d+)?")) {
                    fail("\"" + text + "\" is not a number");
                }
                return Double.parseDouble(text);
        }
    }

    private String familyOf(String sample) {
        for (String suffix : List.of("_bucket", "_sum", "_count")) {
            String base = sample.endsWith(suffix) ? sample.substring(0, sample.length() - suffix.length()) : null;
            if (base != null && Set.of("histogram", "summary").contains(types.get(base))) {
                return base;
            }
        }
        return sample;
    }

    private String unescape(String text, boolean quotes) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c != '\\') {
                out.append(c);
                continue;
            }
            char next = ++i < text.length() ? text.charAt(i) : ' ';
            if (next == 'n') {
                out.append('\n');
            } else if (next == '\\' || quotes && next == '"') {
                out.append(next);
            } else {
                fail("an unknown escape \\" + next);
            }
        }
        return out.toString();
    }

    private void fail(String what) {
        throw new IllegalArgumentException("line " + lineNumber + ": " + what);
    }
}
