package mxsec.render;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/** Reading the SVG of {@code map -o svg} back with the JDK's XML parser (namespace aware), for tests. */
public final class SvgDocs {
    public static final String SVG = "http://www.w3.org/2000/svg";

    private SvgDocs() {}

    /** The document; not well-formed XML fails. */
    public static Document parse(String svg) {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            return f.newDocumentBuilder().parse(new InputSource(new StringReader(svg)));
        } catch (Exception e) {
            throw new AssertionError("not well-formed: " + e.getMessage(), e);
        }
    }

    /** The SVG elements named {@code name} whose class is {@code cssClass} (null: any). */
    public static List<Element> elements(Document doc, String name, String cssClass) {
        List<Element> out = new ArrayList<>();
        NodeList nodes = doc.getElementsByTagNameNS(SVG, name);
        for (int i = 0; i < nodes.getLength(); i++) {
            Element e = (Element) nodes.item(i);
            if (cssClass == null || e.getAttribute("class").equals(cssClass)) out.add(e);
        }
        return out;
    }

    /** Each state path's id to its one tooltip (null when it has none or several). */
    public static Map<String, String> tooltips(Document doc) {
        Map<String, String> out = new LinkedHashMap<>();
        for (Element p : elements(doc, "path", "state")) {
            NodeList titles = p.getElementsByTagNameNS(SVG, "title");
            out.put(p.getAttribute("id"), titles.getLength() == 1 ? titles.item(0).getTextContent() : null);
        }
        return out;
    }

    /** Each state path's id to its fill. */
    public static Map<String, String> fills(Document doc) {
        Map<String, String> out = new LinkedHashMap<>();
        for (Element p : elements(doc, "path", "state")) out.put(p.getAttribute("id"), p.getAttribute("fill"));
        return out;
    }

    /** The legend's labels, in order. */
    public static List<String> legend(Document doc) {
        List<String> out = new ArrayList<>();
        for (Element t : elements(doc, "text", "label")) out.add(t.getTextContent());
        return out;
    }

    /** The legend's swatch colours, in order. */
    public static List<String> swatches(Document doc) {
        List<String> out = new ArrayList<>();
        for (Element r : elements(doc, "rect", "swatch")) out.add(r.getAttribute("fill"));
        return out;
    }

    /** The texts that are neither legend labels nor tooltips: the title, the reports, the credit. */
    public static List<String> captions(Document doc) {
        List<String> out = new ArrayList<>();
        for (Element t : elements(doc, "text", "")) out.add(t.getTextContent());
        return out;
    }
}
