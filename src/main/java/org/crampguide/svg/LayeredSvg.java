package org.crampguide.svg;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.crampguide.content.Problem;
import org.xml.sax.Attributes;
import org.xml.sax.Locator;
import org.xml.sax.helpers.DefaultHandler;

/**
 * The walk both artwork readers share: a root {@code <svg>} in the SVG namespace with a viewBox of
 * four finite numbers, at most {@link SvgPathLimits#MAX_ELEMENTS} elements, only {@code <path>}
 * elements drawn, each inside a named layer ({@code <g id="...">}, inherited by nested groups), with
 * a checked outline, plain coordinates and an id used once. Elements of other namespaces and
 * {@code <desc>}, {@code <metadata>}, {@code <defs>} and {@code <title>} are skipped; the text of
 * the first {@code <title>} right inside {@code <svg>} is kept. One instance per file.
 *
 * @param <L> the layers of this kind of picture
 */
public abstract class LayeredSvg<L> extends DefaultHandler {
    public static final String SVG_NS = "http://www.w3.org/2000/svg";
    private static final Set<String> SKIPPED = Set.of("title", "desc", "metadata", "defs");

    private final String file;
    private final String pathsOnly;
    private final SvgElementChecks checks;
    private final List<Problem> problems = new ArrayList<>();
    private final Deque<Optional<L>> layers = new ArrayDeque<>();
    private final StringBuilder title = new StringBuilder();
    private Locator locator;
    private double[] viewBox;
    private int elements;
    private int depth;
    private int skippedDepth;
    private int rootLine;
    private int rootColumn;
    private boolean inTitle;
    private boolean titleSeen;

    /**
     * @param file the file's name in messages
     * @param whose who needs plain coordinates, for the message ("the body map", "stretch pictures")
     * @param pathsOnly what is said of an element that is not drawn ("the body map reads only <path> elements")
     */
    protected LayeredSvg(String file, String whose, String pathsOnly) {
        this.file = file;
        this.pathsOnly = pathsOnly;
        this.checks = new SvgElementChecks(whose);
    }

    /** The layer {@code <g id="groupId">} starts; empty when the group is not a layer (it inherits its parent's). */
    protected abstract Optional<L> layer(String groupId);

    /** The layers, as the "outside the layers" message lists them after "put it in ". */
    protected abstract String layerNames();

    /** Takes a checked outline; {@link #problem} refuses it. */
    protected abstract void path(L layer, String id, String outline);

    /** Whether an element that is not drawn is worth a problem (a shape someone expected to see). */
    protected boolean isNoticed(String localName) {
        return true;
    }

    /** Checks what the whole picture needs, once the file was read without a problem. */
    protected abstract void finish();

    public final List<Problem> problems() {
        return problems;
    }

    /** {minX, minY, width, height}; only when the file was read without a problem. */
    protected final double[] viewBox() {
        return viewBox.clone();
    }

    /** The first title's text, with runs of white space as one space. */
    protected final String title() {
        return title.toString().strip().replaceAll("\\s+", " ");
    }

    protected final int line() {
        return locator.getLineNumber();
    }

    protected final int column() {
        return locator.getColumnNumber();
    }

    @Override
    public final void setDocumentLocator(Locator locator) {
        this.locator = locator;
    }

    @Override
    public final void startElement(String uri, String localName, String qName, Attributes attributes) {
        depth++;
        if (++elements == SvgPathLimits.MAX_ELEMENTS + 1) {
            problem("the file has more than " + SvgPathLimits.MAX_ELEMENTS + " elements; the rest is not read");
        }
        if (skippedDepth > 0 || depth > 1 && !SVG_NS.equals(uri) || elements > SvgPathLimits.MAX_ELEMENTS) {
            skippedDepth++;
        } else if (depth == 1) {
            root(uri, localName, attributes);
        } else if (SKIPPED.contains(localName)) {
            inTitle = "title".equals(localName) && depth == 2 && !titleSeen;
            titleSeen |= inTitle;
            skippedDepth++;
        } else {
            element(localName, attributes);
        }
    }

    private void element(String localName, Attributes attributes) {
        checks.problems(localName, attributes, line()).forEach(this::problem);
        String id = attributes.getValue("id");
        if ("g".equals(localName)) {
            Optional<L> layer = layer(id);
            layers.push(layer.isPresent() || layers.isEmpty() ? layer : layers.peek());
        } else if ("path".equals(localName)) {
            checkedPath(id, attributes.getValue("d"));
        } else if (isNoticed(localName)) {
            problem("<" + localName + "> is not drawn: " + pathsOnly + " (Inkscape: Path > Object to Path)");
        }
    }

    @Override
    public final void characters(char[] ch, int start, int length) {
        if (inTitle && skippedDepth == 1) {
            title.append(ch, start, length);
        }
    }

    @Override
    public final void endElement(String uri, String localName, String qName) {
        depth--;
        if (skippedDepth > 0) {
            inTitle &= --skippedDepth > 0;
        } else if ("g".equals(localName) && !layers.isEmpty()) {
            layers.pop();
        }
    }

    private void root(String uri, String localName, Attributes attributes) {
        rootLine = line();
        rootColumn = column();
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

    private void checkedPath(String id, String outline) {
        Optional<L> layer = layers.isEmpty() ? Optional.empty() : layers.peek();
        String name = id == null ? "a <path> without an id" : "path \"" + id + "\"";
        if (layer.isEmpty()) {
            problem(name + " is outside the layers: put it in " + layerNames());
            return;
        }
        Optional<String> syntax = SvgPathSyntax.problem(outline);
        if (syntax.isEmpty() && viewBox != null) {
            syntax = SvgPathLimits.problem(outline, viewBox);
        }
        if (syntax.isPresent()) {
            problem(name + ": bad outline: " + syntax.get());
        } else {
            path(layer.get(), id, outline);
        }
    }

    @Override
    public final void endDocument() {
        if (viewBox == null && problems.isEmpty()) {
            problem("the <svg> element needs a viewBox");
        }
        if (problems.isEmpty()) {
            finish();
        }
    }

    /** Notes a problem where the reader is now. */
    protected final void problem(String message) {
        problems.add(new Problem(file, line(), column(), "", message));
    }

    /** Notes a problem of the whole picture, at its {@code <svg>} element. */
    protected final void problemAtRoot(String message) {
        problems.add(new Problem(file, rootLine, rootColumn, "", message));
    }
}
