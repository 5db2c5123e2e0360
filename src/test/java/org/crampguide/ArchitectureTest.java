package org.crampguide;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import java.util.Set;

/**
 * The layering the code relies on, bottom to top: the content model; the artwork (body map,
 * stretch pictures) and the hold player; the pack library and a chain's signed packs; the guide's
 * screens; usage counts and the metrics fed by them; the kiosk; the app that wires them. No package cycles; state and rules hold no nodes.
 */
@AnalyzeClasses(packages = "org.crampguide", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule layers = layeredArchitecture().consideringOnlyDependenciesInLayers()
            .layer("App").definedBy("org.crampguide.app..")
            .layer("Metrics").definedBy("org.crampguide.metrics..")
            .layer("Kiosk").definedBy("org.crampguide.kiosk..")
            .layer("Usage").definedBy("org.crampguide.usage..")
            .layer("Guide").definedBy("org.crampguide.guide..")
            .layer("Library").definedBy("org.crampguide.library..")
            .layer("Packs").definedBy("org.crampguide.packs..")
            .layer("Hold").definedBy("org.crampguide.hold..")
            .layer("Stretch").definedBy("org.crampguide.stretch..")
            .layer("BodyMap").definedBy("org.crampguide.bodymap..")
            .layer("Content").definedBy("org.crampguide.content..")
            .layer("Theme").definedBy("org.crampguide.theme..")
            .whereLayer("App").mayNotBeAccessedByAnyLayer()
            .whereLayer("Metrics").mayOnlyBeAccessedByLayers("App")
            .whereLayer("Kiosk").mayOnlyBeAccessedByLayers("App")
            .whereLayer("Usage").mayOnlyBeAccessedByLayers("Metrics", "Kiosk", "App")
            .whereLayer("Guide").mayOnlyBeAccessedByLayers("Usage", "App")
            .whereLayer("Library").mayOnlyBeAccessedByLayers("App")
            .whereLayer("Packs").mayOnlyBeAccessedByLayers("Kiosk", "App")
            .whereLayer("Hold").mayOnlyBeAccessedByLayers("Kiosk", "App")
            .whereLayer("Stretch").mayOnlyBeAccessedByLayers("Library", "Guide", "Kiosk", "App")
            .whereLayer("BodyMap").mayOnlyBeAccessedByLayers("Stretch", "Library", "Kiosk", "App")
            .whereLayer("Theme").mayNotAccessAnyLayer()
            .whereLayer("Content").mayOnlyBeAccessedByLayers("BodyMap", "Stretch", "Hold", "Library", "Packs",
                    "Guide", "Usage", "Metrics", "Kiosk", "App");

    @ArchTest
    static final ArchRule noPackageCycles = slices().matching("org.crampguide.(*)..").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule contentIsPlainData = noClasses().that().resideInAPackage("..content..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..");

    /**
     * The classes that draw: views, and the parts and helpers they build from. Everything else,
     * whatever it is called (view models, monitors, guards, players, records, readers), must work
     * without a scene graph, so a new model cannot slip nodes in by its name.
     */
    private static final Set<String> DRAWING = Set.of("Figure", "MuscleRegionShape", "GuideRows", "StretchPicture",
            "TouchKeyboard", "StretchStep", "KioskWords", "Overlays", "KioskScreens", "TextScale", "ScreenFactory",
            "GuideScreen", "HoldPlayers", "UsageDesk", "Launcher", "KioskMode", "ShownGuide", "StaffActions",
            "KioskUsage", "CrampGuide", "RunningKiosk", "TextLayoutCost", "Fxml");

    private static final DescribedPredicate<JavaClass> DRAWS = DescribedPredicate.describe(
            "views and the parts they are drawn with", type -> {
                String top = type.getName().substring(type.getPackageName().length() + 1).split("\\$")[0];
                return top.endsWith("View") || DRAWING.contains(top);
            });

    @ArchTest
    static final ArchRule onlyViewsHoldNodes = noClasses().that(DescribedPredicate.not(DRAWS))
            .should().dependOnClassesThat().resideInAnyPackage("javafx.scene..", "javafx.stage..", "javafx.fxml..");

    @ArchTest
    static final ArchRule packsAndMetricsHaveNoScreens = noClasses().that().resideInAnyPackage("..packs..", "..metrics..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..");

    @ArchTest
    static final ArchRule applicationCodeLogsInsteadOfPrinting = noClasses().that().resideOutsideOfPackage("..app..")
            .should().accessField(System.class, "out");
}
