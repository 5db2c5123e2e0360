package org.crampguide.stretch;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.crampguide.bodymap.SvgElementChecks;
import org.crampguide.bodymap.SvgPathLimits;
import org.crampguide.bodymap.SvgPathSyntax;
import org.crampguide.content.Problem;
import org.xml.sax.Attributes;
import org.xml.sax.Locator;
import org.xml.sax.helpers.DefaultHandler;

/** Walks a stretch picture's SVG, sorting its paths into layers and noting what is wrong, with where. */
final class StretchSvgHandler extends DefaultHandler {
    private static final String SVG_NS = "http://www.w3.org/2000/svg";
    private static final Set<String> IGNORED = Set.of("desc", "metadata", "defs");
    private static final Set<StretchLayer> REQUIRED = EnumSet.of(StretchLayer.FIGURE, StretchLayer.STRETCHED, StretchLayer.ARROW);

    private final String file;
    private final List<Problem> problems = new ArrayList<>();
    private final Deque<Optional<StretchLayer>> layers = new ArrayDeque<>();
    private final SvgElementChecks checks = new SvgElementChecks("stretch pictures");
    private final List<StretchPath> paths = new ArrayList<>();
    private final StringBuilder title = new StringBuilder();
    private Locator locator;
    private double[] viewBox;
    private int elements;
    private int rootLine;
    private int rootColumn;
    private int depth;
    private int ignoredDepth;
    private boolean inTitle;
    private boolean titleSeen;

    StretchSvgHandler(String file) {
        this.file = file;
    }

    List<Problem> problems() {
        return problems;
    }

    StretchArt art(String id) {
        return new StretchArt(id, title.toString().strip().replaceAll("\\s+", " "),
                viewBox[0], viewBox[1], viewBox[2], viewBox[3], paths);
    }

    @Override
    public void setDocumentLocator(Locator locator) {
        this.locator = locator;
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes attributes) {
        depth++;
        if (++elements == SvgPathLimits.MAX_ELEMENTS + 1) {
            problem("the file has more than " + SvgPathLimits.MAX_ELEMENTS + " elements; the rest is not read");
        }
        if (ignoredDepth > 0 || depth > 1 && !SVG_NS.equals(uri) || elements > SvgPathLimits.MAX_ELEMENTS) {
            ignoredDepth++;
            return;
        }
        if (depth == 1) {
            root(uri, localName, attributes);
        } else if (IGNORED.contains(localName)) {
            ignoredDepth++;
        } else if ("title".equals(localName)) {
            inTitle = depth == 2 && !titleSeen;
            titleSeen |= inTitle;
        } else {
            element(localName, attributes);
        }
    }

    private void element(String localName, Attributes attributes) {
        checks.problems(localName, attributes, locator.getLineNumber()).forEach(this::problem);
        String id = attributes.getValue("id");
        if ("g".equals(localName)) {
            Optional<StretchLayer> layer = StretchLayer.byId(id);
            layers.push(layer.isPresent() || layers.isEmpty() ? layer : layers.peek());
        } else if ("path".equals(localName)) {
            path(id, attributes.getValue("d"));
        } else {
            problem("<" + localName + "> is not drawn: stretch pictures are made of <path> elements only"
                    + " (Inkscape: Path > Object to Path)");
        }
    }

    @Override
    public void characters(char[] ch, int start, int length) {
        if (inTitle && ignoredDepth == 0) {
            title.append(ch, start, length);
        }
    }

    @Override
    public void endElement(String uri, String localName, String qName) {
        depth--;
        if (ignoredDepth > 0) {
            ignoredDepth--;
        } else if ("title".equals(localName)) {
            inTitle = false;
        } else if ("g".equals(localName) && !layers.isEmpty()) {
            layers.pop();
        }
    }

    private void root(String uri, String localName, Attributes attributes) {
        rootLine = locator.getLineNumber();
        rootColumn = locator.getColumnNumber();
        if (!"svg".equals(localName) || !SVG_NS.equals(uri)) {
            problem("the root element must be <svg xmlns=\"" + SVG_NS + "\">, found <" + localName + ">");
            return;
        }
        String box = attributes.getValue("viewBox");
        viewBox = SvgPathLimits.viewBox(box).orElse(null);
        if (viewBox == null) {
            problem(box == null ? "the <svg> element needs a viewBox=\"minX minY width height\""
                    : "viewBox=\"" + box + "\" must be four numbers: minX minY width height (width and height above 0)");
        }
    }

    private void path(String id, String outline) {
        Optional<StretchLayer> layer = layers.isEmpty() ? Optional.empty() : layers.peek();
        String name = id == null ? "a <path> without an id" : "path \"" + id + "\"";
        if (layer.isEmpty()) {
            problem(name + " is outside the layers: put it in one of " + layerList());
            return;
        }
        Optional<String> syntax = SvgPathSyntax.problem(outline);
        if (syntax.isEmpty() && viewBox != null) {
            syntax = SvgPathLimits.problem(outline, viewBox);
        }
        if (syntax.isPresent()) {
            problem(name + ": bad outline: " + syntax.get());
            return;
        }
        paths.add(new StretchPath(layer.get(), id == null ? "" : id, outline, locator.getLineNumber(), locator.getColumnNumber()));
    }

    private static String layerList() {
        StringBuilder list = new StringBuilder();
        for (StretchLayer layer : StretchLayer.values()) {
            list.append(list.length() == 0 ? "" : ", ").append("<g id=\"").append(layer.id()).append("\">");
        }
        return list.toString();
    }

    @Override
    public void endDocument() {
        if (!problems.isEmpty()) {
            return;
        }
        if (title.toString().isBlank()) {
            problemAtRoot("the picture needs a <title> right inside <svg>: a short description of the position,"
                    + " read out by screen readers");
        }
        for (StretchLayer layer : REQUIRED) {
            if (paths.stream().noneMatch(path -> path.layer() == layer)) {
                problemAtRoot("the picture has no <g id=\"" + layer.id() + "\"> paths: every stretch picture needs"
                        + " the figure, the stretched muscle and an arrow for the direction of the pull");
            }
        }
    }

    private void problem(String message) {
        problems.add(new Problem(file, locator.getLineNumber(), locator.getColumnNumber(), "", message));
    }

    private void problemAtRoot(String message) {
        problems.add(new Problem(file, rootLine, rootColumn, "", message));
    }
}
