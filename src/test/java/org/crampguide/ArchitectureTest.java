package org.crampguide;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.core.domain.JavaFieldAccess;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import org.crampguide.theme.Draws;
import org.crampguide.threads.DaemonThreads;

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
            .layer("Commands").definedBy("org.crampguide.commands..")
            .layer("Metrics").definedBy("org.crampguide.metrics..")
            .layer("Kiosk").definedBy("org.crampguide.kiosk..")
            .layer("Usage").definedBy("org.crampguide.usage..")
            .layer("Guide").definedBy("org.crampguide.guide..")
            .layer("Library").definedBy("org.crampguide.library..")
            .layer("Packs").definedBy("org.crampguide.packs..")
            .layer("Hold").definedBy("org.crampguide.hold..")
            .layer("Stretch").definedBy("org.crampguide.stretch..")
            .layer("BodyMap").definedBy("org.crampguide.bodymap..")
            .layer("Svg").definedBy("org.crampguide.svg..")
            .layer("Content").definedBy("org.crampguide.content..")
            .layer("Theme").definedBy("org.crampguide.theme..")
            .whereLayer("App").mayNotBeAccessedByAnyLayer()
            .whereLayer("Commands").mayOnlyBeAccessedByLayers("App")
            .whereLayer("Metrics").mayOnlyBeAccessedByLayers("App")
            .whereLayer("Kiosk").mayOnlyBeAccessedByLayers("Commands", "App")
            .whereLayer("Usage").mayOnlyBeAccessedByLayers("Metrics", "Kiosk", "Guide", "Commands", "App")
            .whereLayer("Guide").mayOnlyBeAccessedByLayers("App")
            .whereLayer("Library").mayOnlyBeAccessedByLayers("Guide", "Commands", "App")
            .whereLayer("Packs").mayOnlyBeAccessedByLayers("Kiosk", "Commands", "App")
            .whereLayer("Hold").mayOnlyBeAccessedByLayers("Kiosk", "Guide", "App")
            .whereLayer("Stretch").mayOnlyBeAccessedByLayers("Library", "Guide", "Kiosk", "App")
            .whereLayer("BodyMap").mayOnlyBeAccessedByLayers("Stretch", "Library", "Kiosk", "Guide", "App")
            .whereLayer("Svg").mayOnlyBeAccessedByLayers("BodyMap", "Stretch")
            .whereLayer("Theme").mayNotAccessAnyLayer()
            .whereLayer("Content").mayOnlyBeAccessedByLayers("Svg", "BodyMap", "Stretch", "Hold", "Library", "Packs",
                    "Guide", "Usage", "Metrics", "Kiosk", "Commands", "App");

    @ArchTest
    static final ArchRule noPackageCycles = slices().matching("org.crampguide.(*)..").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule contentIsPlainData = noClasses().that().resideInAPackage("..content..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..");

    /** A class, or the class it is nested in, marked as one that builds or holds nodes. */
    private static final DescribedPredicate<JavaClass> DRAWS = DescribedPredicate.describe(
            "marked @Draws (views, the parts they are drawn with, the wiring that shows them)",
            type -> topLevel(type).isAnnotatedWith(Draws.class));

    /**
     * Models, rules, readers and records work without a scene graph: only a class marked
     * {@link Draws} may use nodes, so a new model cannot slip nodes in.
     */
    @ArchTest
    static final ArchRule onlyViewsHoldNodes = noClasses().that(DescribedPredicate.not(DRAWS))
            .should().dependOnClassesThat().resideInAnyPackage("javafx.scene..", "javafx.stage..", "javafx.fxml..");

    /** Nothing sets a field of another class: collaborators come in through constructors. */
    @ArchTest
    static final ArchRule noFieldOfAnotherClassAssigned = classes().should(new ArchCondition<JavaClass>(
            "set no field of another class") {
        @Override
        public void check(JavaClass type, ConditionEvents events) {
            for (JavaFieldAccess access : type.getFieldAccessesFromSelf()) {
                if (access.getAccessType() == JavaFieldAccess.AccessType.SET
                        && !topLevel(access.getTargetOwner()).equals(topLevel(type))) {
                    events.add(SimpleConditionEvent.violated(access, access.getDescription()));
                }
            }
        }
    });

    private static JavaClass topLevel(JavaClass type) {
        JavaClass top = type;
        while (top.getEnclosingClass().isPresent()) {
            top = top.getEnclosingClass().get();
        }
        return top;
    }

    /**
     * Background threads come from {@link DaemonThreads}, named and never keeping the app alive;
     * the one exception is the thread that starts JavaFX, which must not be a daemon.
     */
    @ArchTest
    static final ArchRule threadsComeFromOneFactory = noClasses().that().doNotHaveSimpleName("DaemonThreads")
            .and().doNotHaveSimpleName("Toolkit")
            .should().callConstructorWhere(DescribedPredicate.describe("a new Thread",
                    call -> call.getTargetOwner().isEquivalentTo(Thread.class)));

    @ArchTest
    static final ArchRule packsAndMetricsHaveNoScreens = noClasses().that().resideInAnyPackage("..packs..", "..metrics..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..");

    @ArchTest
    static final ArchRule applicationCodeLogsInsteadOfPrinting = noClasses().that().resideOutsideOfPackage("..app..")
            .should().accessField(System.class, "out");
}
