package org.denialflow.models;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import javax.xml.parsers.DocumentBuilderFactory;

import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.BusinessRuleTask;
import org.camunda.bpm.model.bpmn.instance.ComplexGateway;
import org.camunda.bpm.model.bpmn.instance.ExclusiveGateway;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Gateway;
import org.camunda.bpm.model.bpmn.instance.InclusiveGateway;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.ScriptTask;
import org.camunda.bpm.model.bpmn.instance.SendTask;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Enforces the modelling rules of docs/adr and ARCHITECTURE.md on every model a process owner can
 * change: the files in processes/ and decisions/. A broken rule names the file and the element.
 */
class ModelRulesTest {

    private static final Path PROCESSES = Path.of("processes");
    private static final Path DECISIONS = Path.of("decisions");
    private static final Pattern KEBAB_CASE = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");
    private static final Pattern DELEGATE_EXPRESSION = Pattern.compile("\\$\\{[a-z][A-Za-z0-9]*Delegate}");
    private static final String CAMUNDA_NS = "http://camunda.org/schema/1.0/dmn";

    @Test
    void thereAreModelsToCheck() throws IOException {
        assertThat(files(PROCESSES, ".bpmn")).isNotEmpty();
    }

    @TestFactory
    Stream<DynamicTest> everyProcessFollowsTheRules() throws IOException {
        return files(PROCESSES, ".bpmn").stream()
                .map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), () -> checkProcess(file)));
    }

    @TestFactory
    Stream<DynamicTest> everyDecisionFollowsTheRules() throws IOException {
        return files(DECISIONS, ".dmn").stream()
                .map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), () -> checkDecision(file)));
    }

    private void checkProcess(Path file) {
        BpmnModelInstance model = Bpmn.readModelFromFile(file.toFile());
        Bpmn.validateModel(model);
        List<String> broken = new ArrayList<>();
        String fileId = baseName(file);

        Collection<Process> processes = model.getModelElementsByType(Process.class);
        boolean fileNamedAfterAProcess = processes.stream().anyMatch(p -> p.getId().equals(fileId));
        if (!fileNamedAfterAProcess) {
            broken.add("the file name must equal the id of its (main) process");
        }
        for (Process process : processes) {
            if (!KEBAB_CASE.matcher(process.getId()).matches()) {
                broken.add("process id " + process.getId() + " is not kebab-case");
            }
            if (isBlank(process.getName())) {
                broken.add("process " + process.getId() + " has no name");
            }
            if (isBlank(process.getCamundaHistoryTimeToLiveString())) {
                broken.add("process " + process.getId() + " has no historyTimeToLive");
            }
            if (isBlank(process.getCamundaVersionTag())) {
                broken.add("process " + process.getId() + " has no versionTag");
            }
        }

        Set<String> shapes = new HashSet<>();
        model.getModelElementsByType(BpmnShape.class).forEach(s -> shapes.add(s.getBpmnElement().getId()));
        Set<String> edges = new HashSet<>();
        model.getModelElementsByType(BpmnEdge.class).forEach(e -> edges.add(e.getBpmnElement().getId()));

        for (FlowNode node : model.getModelElementsByType(FlowNode.class)) {
            String where = describe(node);
            if (isBlank(node.getName()) && !(node instanceof Gateway && node.getOutgoing().size() <= 1)) {
                broken.add(where + " has no name");
            }
            if (!shapes.contains(node.getId())) {
                broken.add(where + " has no shape in the diagram");
            }
            checkGateway(node, where, broken);
            checkTask(node, where, broken);
        }
        for (SequenceFlow flow : model.getModelElementsByType(SequenceFlow.class)) {
            if (!edges.contains(flow.getId())) {
                broken.add("sequence flow " + flow.getId() + " has no edge in the diagram");
            }
        }
        for (BaseElement element : model.getModelElementsByType(BaseElement.class)) {
            if (element.getAttributeValueNs("http://camunda.org/schema/1.0/bpmn", "class") != null) {
                broken.add(describe(element) + " uses camunda:class; use a delegate expression to a Spring bean");
            }
        }
        assertThat(broken).as(file + " breaks model rules").isEmpty();
    }

    private static void checkGateway(FlowNode node, String where, List<String> broken) {
        boolean decides = node instanceof ExclusiveGateway || node instanceof InclusiveGateway || node instanceof ComplexGateway;
        if (!decides || node.getOutgoing().size() < 2) {
            return;
        }
        for (SequenceFlow flow : node.getOutgoing()) {
            if (isBlank(flow.getName())) {
                broken.add("outgoing flow " + flow.getId() + " of " + where + " has no name");
            }
        }
        String defaultFlow = node.getAttributeValue("default");
        if (defaultFlow == null) {
            broken.add(where + " has no default flow");
        }
    }

    private static void checkTask(FlowNode node, String where, List<String> broken) {
        if (node instanceof UserTask task) {
            if (task.getCamundaAssignee() != null) {
                broken.add(where + " has a fixed assignee; use candidate groups");
            }
            if (isBlank(task.getCamundaCandidateGroups())) {
                broken.add(where + " has no candidate groups");
            }
        }
        if (node instanceof ServiceTask task) {
            checkDelegate(where, task.getCamundaDelegateExpression(), task.getCamundaType(), broken);
        }
        if (node instanceof SendTask task) {
            checkDelegate(where, task.getCamundaDelegateExpression(), task.getCamundaType(), broken);
        }
        if (node instanceof BusinessRuleTask task && isBlank(task.getCamundaDecisionRef())) {
            broken.add(where + " has no decisionRef");
        }
        if (node instanceof ScriptTask) {
            broken.add(where + " is a script task; put the logic in a service behind a delegate");
        }
    }

    private static void checkDelegate(String where, String delegateExpression, String type, List<String> broken) {
        if ("external".equals(type)) {
            return;
        }
        if (delegateExpression == null || !DELEGATE_EXPRESSION.matcher(delegateExpression).matches()) {
            broken.add(where + " must call a delegate bean as ${verbObjectDelegate}, found " + delegateExpression);
        }
    }

    private void checkDecision(Path file) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        Document document = factory.newDocumentBuilder().parse(file.toFile());
        // The engine's own parser must accept it, as a deployment would.
        org.camunda.bpm.model.dmn.Dmn.readModelFromFile(file.toFile());
        List<String> broken = new ArrayList<>();

        Set<String> diagramElements = new HashSet<>();
        for (Element shape : elements(document, "DMNShape")) {
            diagramElements.add(shape.getAttribute("dmnElementRef"));
        }
        for (Element edge : elements(document, "DMNEdge")) {
            diagramElements.add(edge.getAttribute("dmnElementRef"));
        }

        List<Element> decisions = elements(document, "decision");
        if (decisions.stream().noneMatch(d -> d.getAttribute("id").equals(baseName(file)))) {
            broken.add("the file name must equal the id of its main decision");
        }
        for (Element decision : decisions) {
            String id = decision.getAttribute("id");
            if (!KEBAB_CASE.matcher(id).matches()) {
                broken.add("decision id " + id + " is not kebab-case");
            }
            if (isBlank(decision.getAttribute("name"))) {
                broken.add("decision " + id + " has no name");
            }
            if (isBlank(decision.getAttributeNS(CAMUNDA_NS, "historyTimeToLive"))) {
                broken.add("decision " + id + " has no camunda:historyTimeToLive");
            }
            if (isBlank(decision.getAttributeNS(CAMUNDA_NS, "versionTag"))) {
                broken.add("decision " + id + " has no camunda:versionTag");
            }
            if (!diagramElements.contains(id)) {
                broken.add("decision " + id + " has no shape in the diagram (DMNDI)");
            }
        }
        for (String type : List.of("inputData", "knowledgeSource", "businessKnowledgeModel")) {
            for (Element element : elements(document, type)) {
                if (!diagramElements.contains(element.getAttribute("id"))) {
                    broken.add(type + " " + element.getAttribute("id") + " has no shape in the diagram (DMNDI)");
                }
            }
        }
        for (String type : List.of("informationRequirement", "knowledgeRequirement", "authorityRequirement")) {
            for (Element requirement : elements(document, type)) {
                if (!diagramElements.contains(requirement.getAttribute("id"))) {
                    broken.add(type + " " + requirement.getAttribute("id") + " has no edge in the diagram (DMNDI)");
                }
            }
        }
        for (String type : List.of("input", "output")) {
            for (Element column : elements(document, type)) {
                if (isBlank(column.getAttribute("label"))) {
                    broken.add(type + " " + column.getAttribute("id") + " has no label");
                }
            }
        }
        assertThat(broken).as(file + " breaks model rules").isEmpty();
    }

    private static List<Element> elements(Document document, String localName) {
        NodeList nodes = document.getElementsByTagNameNS("*", localName);
        List<Element> result = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            result.add((Element) nodes.item(i));
        }
        return result;
    }

    private static List<Path> files(Path folder, String extension) throws IOException {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            return paths.filter(p -> p.toString().endsWith(extension)).sorted().toList();
        }
    }

    private static String baseName(Path file) {
        String name = file.getFileName().toString();
        return name.substring(0, name.lastIndexOf('.'));
    }

    private static String describe(BaseElement element) {
        return element.getElementType().getTypeName() + " " + element.getId();
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
