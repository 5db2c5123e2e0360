package org.crampguide;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The layering the code relies on: content knows nothing of screens, view models hold no nodes. */
@AnalyzeClasses(packages = "org.crampguide", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule contentIsPlainData = noClasses().that().resideInAPackage("..content..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.crampguide.bodymap..",
                    "org.crampguide.guide..", "org.crampguide.app..");

    @ArchTest
    static final ArchRule bodyMapKnowsNothingOfTheGuideOrTheApp = noClasses().that().resideInAPackage("..bodymap..")
            .should().dependOnClassesThat().resideInAnyPackage("org.crampguide.guide..", "org.crampguide.app..");

    @ArchTest
    static final ArchRule guideKnowsNothingOfTheAppOrTheMap = noClasses().that().resideInAPackage("..guide..")
            .should().dependOnClassesThat().resideInAnyPackage("org.crampguide.app..", "org.crampguide.bodymap..");

    @ArchTest
    static final ArchRule viewModelsHoldNoNodes = noClasses().that().haveSimpleNameEndingWith("ViewModel")
            .or().haveSimpleName("GuidePanels")
            .should().dependOnClassesThat().resideInAnyPackage("javafx.scene..", "javafx.stage..");

    @ArchTest
    static final ArchRule packsAndMetricsHaveNoScreens = noClasses().that().resideInAnyPackage("..packs..", "..metrics..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.crampguide.app..",
                    "org.crampguide.guide..", "org.crampguide.bodymap..", "org.crampguide.kiosk..");

    @ArchTest
    static final ArchRule applicationCodeLogsInsteadOfPrinting = noClasses().that().resideOutsideOfPackage("..app..")
            .should().accessField(System.class, "out");
}
