package org.denialflow.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The feature packages (ingest, denial, triage, workflow, appeal, reporting) and platform depend on
 * each other in one direction only, so each can be read and changed on its own.
 */
@AnalyzeClasses(packages = "org.denialflow", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule featuresHaveNoCycles = slices().matching("org.denialflow.(*)..").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule readersKnowNothingOfTheLedger = noClasses().that().resideInAPackage("..ingest..")
            .should().dependOnClassesThat().resideInAnyPackage("..denial..", "..triage..", "..workflow..",
                    "..appeal..", "..reporting..");

    @ArchTest
    static final ArchRule theLedgerKnowsNoBpmn = noClasses().that().resideInAPackage("org.denialflow.denial..")
            .should().dependOnClassesThat().resideInAnyPackage("org.denialflow.workflow..", "org.camunda.bpm..");

    @ArchTest
    static final ArchRule onlyDelegatesAndWorkflowTouchTheEngineRuntime = noClasses()
            .that().resideInAnyPackage("..ingest.x12..", "..ingest.csv..", "..ingest.model..", "..denial.detect..")
            .should().dependOnClassesThat().resideInAnyPackage("org.camunda.bpm..", "org.springframework..");
}
