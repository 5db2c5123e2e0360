package org.crampguide.svg;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.xml.sax.Attributes;

/**
 * What every artwork reader checks on each element of one file: plain coordinates (no transform)
 * and each id used once. One instance per file read.
 */
public final class SvgElementChecks {
    private final String whose;
    private final Map<String, Integer> idLines = new HashMap<>();

    /** @param whose who needs plain coordinates, for the message ("the body map", "stretch pictures") */
    public SvgElementChecks(String whose) {
        this.whose = whose;
    }

    /** What is wrong with the element at {@code line}; empty when nothing is. */
    public List<String> problems(String localName, Attributes attributes, int line) {
        List<String> problems = new ArrayList<>();
        String transform = attributes.getValue("transform");
        if (transform != null) {
            problems.add("<" + localName + "> has transform=\"" + transform + "\": " + whose
                    + " need" + (whose.endsWith("s") ? "" : "s") + " plain coordinates;"
                    + " apply the transform to the path (Inkscape: Extensions > Modify Path > Apply Transform)");
        }
        String id = attributes.getValue("id");
        if (id != null) {
            Integer first = idLines.putIfAbsent(id, line);
            if (first != null) {
                problems.add("duplicate id \"" + id + "\" (first used on line " + first + ")");
            }
        }
        return problems;
    }
}
