package org.denialflow.triage;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The modelling rules of ARCHITECTURE.md for this package's tables (the project-wide model test checks them too):
 * DMN 1.3, decision id = file name, name, history time to live, version tag, labelled and typed columns, a
 * description on every rule, and full DMNDI.
 */
class DecisionModelRulesTest {

    static final String DMN = "https://www.omg.org/spec/DMN/20191111/MODEL/";
    static final String DMNDI = "https://www.omg.org/spec/DMN/20191111/DMNDI/";
    static final String CAMUNDA = "http://camunda.org/schema/1.0/dmn";

    @ParameterizedTest
    @ValueSource(strings = {"denial-categorization", "denial-priority", "appeal-window", "timely-filing"})
    void followsTheModellingRules(String id) throws Exception {
        Document doc;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("decisions/" + id + ".dmn")) {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            doc = factory.newDocumentBuilder().parse(Objects.requireNonNull(in));
        }
        assertThat(doc.getDocumentElement().getNamespaceURI()).isEqualTo(DMN);

        Set<String> decisionIds = new HashSet<>();
        NodeList decisions = doc.getElementsByTagNameNS(DMN, "decision");
        for (int i = 0; i < decisions.getLength(); i++) {
            Element d = (Element) decisions.item(i);
            decisionIds.add(d.getAttribute("id"));
            assertThat(d.getAttribute("id")).matches("[a-z][a-z0-9]*(-[a-z0-9]+)*");
            assertThat(d.getAttribute("name")).as("name of %s", d.getAttribute("id")).isNotBlank();
            assertThat(d.getAttributeNS(CAMUNDA, "historyTimeToLive")).as("TTL of %s", d.getAttribute("id")).isNotBlank();
            assertThat(d.getAttributeNS(CAMUNDA, "versionTag")).as("version of %s", d.getAttribute("id")).isNotBlank();
        }
        assertThat(decisionIds).contains(id);

        for (String column : new String[] {"input", "output"}) {
            NodeList list = doc.getElementsByTagNameNS(DMN, column);
            for (int i = 0; i < list.getLength(); i++) {
                Element e = (Element) list.item(i);
                assertThat(e.getAttribute("label")).as("label of %s", e.getAttribute("id")).isNotBlank();
                Element typed = column.equals("input")
                        ? (Element) e.getElementsByTagNameNS(DMN, "inputExpression").item(0) : e;
                assertThat(typed.getAttribute("typeRef")).as("typeRef of %s", e.getAttribute("id")).isNotBlank();
            }
        }
        NodeList rules = doc.getElementsByTagNameNS(DMN, "rule");
        for (int i = 0; i < rules.getLength(); i++) {
            Element rule = (Element) rules.item(i);
            assertThat(rule.getElementsByTagNameNS(DMN, "description").item(0))
                    .as("annotation of %s", rule.getAttribute("id")).isNotNull();
            assertThat(rule.getElementsByTagNameNS(DMN, "description").item(0).getTextContent()).isNotBlank();
        }

        Set<String> shapes = refs(doc, "DMNShape");
        Set<String> edges = refs(doc, "DMNEdge");
        assertThat(doc.getElementsByTagNameNS(DMNDI, "DMNDiagram").getLength()).isEqualTo(1);
        assertThat(shapes).containsAll(decisionIds);
        NodeList inputs = doc.getElementsByTagNameNS(DMN, "inputData");
        for (int i = 0; i < inputs.getLength(); i++) {
            assertThat(shapes).contains(((Element) inputs.item(i)).getAttribute("id"));
        }
        NodeList requirements = doc.getElementsByTagNameNS(DMN, "informationRequirement");
        for (int i = 0; i < requirements.getLength(); i++) {
            assertThat(edges).contains(((Element) requirements.item(i)).getAttribute("id"));
        }
    }

    private static Set<String> refs(Document doc, String element) {
        Set<String> refs = new HashSet<>();
        NodeList list = doc.getElementsByTagNameNS(DMNDI, element);
        for (int i = 0; i < list.getLength(); i++) {
            refs.add(((Element) list.item(i)).getAttribute("dmnElementRef"));
        }
        return refs;
    }
}
