package org.denialflow.appeal;

import java.io.IOException;
import java.io.StringReader;
import java.util.Set;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Entities;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

/**
 * Letter bodies are a small, safe subset of XHTML: paragraphs, headings, lists, tables and emphasis, with
 * {@code class} (and table spans) as the only attributes. No scripts, images, links or styles, so nothing in a
 * letter can reach outside the PDF.
 */
final class LetterMarkup {

    static final Set<String> ELEMENTS = Set.of("p", "br", "strong", "b", "em", "i", "u", "ul", "ol", "li", "table",
            "thead", "tbody", "tr", "th", "td", "h1", "h2", "h3", "h4", "div", "span", "hr", "blockquote", "small");
    static final Set<String> ATTRIBUTES = Set.of("class", "colspan", "rowspan");

    private LetterMarkup() {
    }

    /**
     * Turns what a browser's editor sends (HTML, with whatever styles and tags the browser added) into the
     * letters' XHTML: tags and attributes outside the allowed set are dropped, their text kept.
     */
    static String fromEditor(String html) {
        Safelist allowed = new Safelist().addTags(ELEMENTS.toArray(String[]::new))
                .addAttributes(":all", ATTRIBUTES.toArray(String[]::new));
        Document clean = new Cleaner(allowed).clean(Jsoup.parseBodyFragment(html == null ? "" : html));
        clean.outputSettings().syntax(Document.OutputSettings.Syntax.xml).escapeMode(Entities.EscapeMode.xhtml)
                .prettyPrint(false);
        return clean.body().html().strip();
    }

    /** Throws with a message a user can act on when the body is not well-formed or uses anything else. */
    static void check(String body) {
        if (body == null || body.isBlank()) {
            throw AppealException.invalid("The letter is empty");
        }
        Element root;
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setExpandEntityReferences(false);
            DocumentBuilder builder = factory.newDocumentBuilder();
            builder.setErrorHandler(null);
            root = builder.parse(new InputSource(new StringReader("<div>" + body + "</div>"))).getDocumentElement();
        } catch (SAXException e) {
            throw AppealException.invalid("The letter is not well-formed XHTML (every tag closed, & written &amp;): "
                    + e.getMessage());
        } catch (ParserConfigurationException | IOException e) {
            throw new IllegalStateException(e);
        }
        checkNode(root);
    }

    private static void checkNode(Element element) {
        String name = element.getTagName();
        if (!ELEMENTS.contains(name)) {
            throw AppealException.invalid("A letter may not contain <" + name + ">; allowed: " + ELEMENTS);
        }
        NamedNodeMap attributes = element.getAttributes();
        for (int i = 0; i < attributes.getLength(); i++) {
            String attribute = attributes.item(i).getNodeName();
            if (!ATTRIBUTES.contains(attribute)) {
                throw AppealException.invalid("A letter may not use the attribute " + attribute + " on <" + name
                        + ">; allowed: " + ATTRIBUTES);
            }
        }
        NodeList children = element.getChildNodes();
        for (int i = 0; i < children.getLength(); i++) {
            Node child = children.item(i);
            if (child instanceof Element e) {
                checkNode(e);
            } else if (child.getNodeType() == Node.PROCESSING_INSTRUCTION_NODE) {
                throw AppealException.invalid("A letter may not contain processing instructions");
            }
        }
    }
}
