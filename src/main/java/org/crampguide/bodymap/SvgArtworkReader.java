package org.crampguide.bodymap;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParser;
import javax.xml.parsers.SAXParserFactory;
import org.crampguide.content.Problem;
import org.crampguide.content.SizeLimit;
import org.xml.sax.Attributes;
import org.xml.sax.Locator;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Reads one body-map SVG into an {@link Artwork}. The XML parser is set up so that a DOCTYPE,
 * entities and anything external are refused, never fetched. Every problem is reported with its
 * line and column.
 */
public final class SvgArtworkReader {
    static final String SVG_NS = "http://www.w3.org/2000/svg";
    private static final Set<String> LAYERS = Set.of("silhouette", "anatomy", "regions");
    private static final Set<String> IGNORED = Set.of("title", "desc", "metadata", "defs");
    private static final Set<String> SHAPES = Set.of("circle", "ellipse", "rect", "line", "polyline", "polygon",
            "text", "image", "use");
    private static final SizeLimit LIMIT = new SizeLimit(2 * 1024 * 1024, "body-map artwork");

    public Optional<Artwork> read(String file, byte[] bytes, Facing view, List<Problem> problems) {
        Optional<Problem> encoding = LIMIT.check(file, bytes);
        if (encoding.isPresent()) {
            problems.add(encoding.get());
            return Optional.empty();
        }
        Collector collector = new Collector(file, view);
        try {
            parser().parse(new ByteArrayInputStream(bytes), collector);
        } catch (SAXParseException e) {
            String message = e.getMessage() != null && e.getMessage().contains("DOCTYPE")
                    ? "the file has a DOCTYPE: DOCTYPEs and entities are refused for safety; delete the <!DOCTYPE ...> declaration"
                    : "not valid XML: " + e.getMessage();
            problems.add(new Problem(file, Math.max(e.getLineNumber(), 0), Math.max(e.getColumnNumber(), 0), "", message));
            return Optional.empty();
        } catch (SAXException | IOException e) {
            problems.add(Problem.inFile(file, "cannot be read: " + e.getMessage()));
            return Optional.empty();
        }
        problems.addAll(collector.problems);
        return collector.problems.isEmpty() ? Optional.of(collector.artwork()) : Optional.empty();
    }

    /** A namespace-aware SAX parser that refuses a DOCTYPE and never resolves anything external. */
    public static SAXParser parser() throws SAXException {
        try {
            SAXParserFactory factory = SAXParserFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setXIncludeAware(false);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
            factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            SAXParser parser = factory.newSAXParser();
            parser.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            parser.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            return parser;
        } catch (ParserConfigurationException e) {
            throw new SAXException("the XML parser cannot be configured safely: " + e.getMessage(), e);
        }
    }

    /** Walks the document, sorting paths into layers and noting what is wrong. */
    private static final class Collector extends DefaultHandler {
        private final String file;
        private final Facing view;
        private final List<Problem> problems = new ArrayList<>();
        private final Deque<String> layers = new ArrayDeque<>();
        private final SvgElementChecks checks = new SvgElementChecks("the body map");
        private final List<String> silhouette = new ArrayList<>();
        private final List<String> anatomy = new ArrayList<>();
        private final List<MuscleRegion> regions = new ArrayList<>();
        private Locator locator;
        private double[] viewBox;
        private int elements;
        private int depth;
        private int ignoredDepth;

        Collector(String file, Facing view) {
            this.file = file;
            this.view = view;
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
            if (ignoredDepth > 0 || !SVG_NS.equals(uri) && depth > 1 || elements > SvgPathLimits.MAX_ELEMENTS) {
                ignoredDepth++;
                return;
            }
            if (depth == 1) {
                root(uri, localName, attributes);
                return;
            }
            if (IGNORED.contains(localName)) {
                ignoredDepth++;
                return;
            }
            checks.problems(localName, attributes, locator.getLineNumber()).forEach(this::problem);
            String id = attributes.getValue("id");
            switch (localName) {
                case "g" -> layers.push(id != null && LAYERS.contains(id) ? id : layers.isEmpty() ? "" : layers.peek());
                case "path" -> path(id, attributes.getValue("d"));
                default -> {
                    if (SHAPES.contains(localName)) {
                        problem("<" + localName + "> is not drawn: the body map reads only <path> elements"
                                + " (Inkscape: Path > Object to Path)");
                    }
                }
            }
        }

        @Override
        public void endElement(String uri, String localName, String qName) {
            depth--;
            if (ignoredDepth > 0) {
                ignoredDepth--;
            } else if ("g".equals(localName) && !layers.isEmpty()) {
                layers.pop();
            }
        }

        private void root(String uri, String localName, Attributes attributes) {
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
            String layer = layers.isEmpty() ? "" : layers.peek();
            String name = id == null ? "a <path> without an id" : "path \"" + id + "\"";
            if (layer.isEmpty()) {
                problem(name + " is outside the layers: put it in <g id=\"silhouette\">, <g id=\"anatomy\"> or <g id=\"regions\">");
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
            switch (layer) {
                case "silhouette" -> silhouette.add(outline);
                case "anatomy" -> anatomy.add(outline);
                default -> region(id, outline);
            }
        }

        private void region(String id, String outline) {
            Optional<RegionId> regionId = RegionId.parse(id);
            if (regionId.isEmpty()) {
                problem((id == null ? "a region path has no id" : "region id \"" + id + "\" is not of the form <muscle>-<view>-<side>")
                        + " (e.g. \"calves-" + view.id() + "-left\")");
            } else if (regionId.get().view() != view) {
                problem("region \"" + id + "\" is in the " + view.id() + " view's file; its id must say \"-" + view.id() + "-\"");
            } else {
                regions.add(new MuscleRegion(regionId.get(),
                        new ArtPath(id, outline, locator.getLineNumber(), locator.getColumnNumber())));
            }
        }

        private void problem(String message) {
            problems.add(new Problem(file, locator.getLineNumber(), locator.getColumnNumber(), "", message));
        }

        Artwork artwork() {
            if (viewBox == null) {
                throw new IllegalStateException("no viewBox although no problem was reported");
            }
            return new Artwork(view, viewBox[0], viewBox[1], viewBox[2], viewBox[3], silhouette, anatomy, regions);
        }

        @Override
        public void endDocument() {
            if (viewBox == null && problems.isEmpty()) {
                problem("the <svg> element needs a viewBox");
            }
            if (problems.isEmpty() && regions.isEmpty()) {
                problem("the file has no muscle regions: add paths to <g id=\"regions\">");
            }
            if (problems.isEmpty() && silhouette.isEmpty()) {
                problem("the file has no body outline: add paths to <g id=\"silhouette\">");
            }
        }
    }
}
