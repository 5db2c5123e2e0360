package org.crampguide.hold;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The hold player's model and cues work without a screen: only the view knows of nodes. */
@AnalyzeClasses(packages = "org.crampguide.hold", importOptions = ImportOption.DoNotIncludeTests.class)
class HoldArchitectureTest {

    @ArchTest
    static final ArchRule onlyTheViewHoldsNodes = noClasses().that().resideInAPackage("org.crampguide.hold")
            .and().doNotHaveSimpleName("HoldPlayerView").and().haveNameNotMatching(".*HoldPlayerView\\$.*")
            .should().dependOnClassesThat().resideInAnyPackage("javafx.scene..", "javafx.stage..", "javafx.fxml..",
                    "javafx.animation..");

    @ArchTest
    static final ArchRule theHoldPlayerKnowsNothingOfTheAppOrTheKiosk = noClasses().that().resideInAPackage("org.crampguide.hold")
            .should().dependOnClassesThat().resideInAnyPackage("org.crampguide.app..", "org.crampguide.kiosk..",
                    "org.crampguide.guide..");
}
