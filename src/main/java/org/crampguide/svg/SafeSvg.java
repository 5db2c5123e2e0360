package org.crampguide.svg;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParser;
import javax.xml.parsers.SAXParserFactory;
import org.crampguide.content.Problem;
import org.crampguide.content.SizeLimit;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * The one way an SVG file is read: within its size limit, UTF-8 only, with an XML parser that
 * refuses a DOCTYPE and entities and never fetches anything external. Every problem is reported
 * with its file, line and column; nothing is thrown.
 */
public final class SafeSvg {
    private SafeSvg() {
    }

    /**
     * Walks {@code bytes} (the contents of {@code file}, the name used in messages) with
     * {@code walk}, adding what is wrong to {@code problems}.
     *
     * @return true when the file was read and the walk found nothing wrong
     */
    public static boolean read(String file, byte[] bytes, SizeLimit limit, LayeredSvg<?> walk, List<Problem> problems) {
        var tooBig = limit.check(file, bytes);
        if (tooBig.isPresent()) {
            problems.add(tooBig.get());
            return false;
        }
        try {
            parser().parse(new ByteArrayInputStream(bytes), walk);
        } catch (SAXParseException e) {
            problems.add(new Problem(file, Math.max(e.getLineNumber(), 0), Math.max(e.getColumnNumber(), 0), "",
                    xmlMessage(e)));
            return false;
        } catch (SAXException | IOException e) {
            problems.add(Problem.inFile(file, "cannot be read: " + e.getMessage()));
            return false;
        }
        problems.addAll(walk.problems());
        return walk.problems().isEmpty();
    }

    private static String xmlMessage(SAXParseException e) {
        return e.getMessage() != null && e.getMessage().contains("DOCTYPE")
                ? "the file has a DOCTYPE: DOCTYPEs and entities are refused for safety; delete the <!DOCTYPE ...> declaration"
                : "not valid XML: " + e.getMessage();
    }

    /** A namespace-aware SAX parser that refuses a DOCTYPE and never resolves anything external. */
    static SAXParser parser() throws SAXException {
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
}
