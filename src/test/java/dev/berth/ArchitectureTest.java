package dev.berth;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Set;
import java.util.function.Predicate;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackages;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The layering rules of the architecture (gateway, ui kit, feature packages, composition root), checked against the
 * production classes.
 *
 * <p>Two sides of a feature package are told apart by what they touch, not by their names:
 * <ul>
 *   <li>The <b>view-model side</b> is every class whose simple name ends with {@code ViewModel}, and every class of
 *   {@code dev.berth} outside the gateway that a view model reaches through its dependencies, directly or through
 *   another such class (its rows, states, actions, nested classes, the ui kit pieces it holds).</li>
 *   <li>The <b>view side</b> is every class of {@code dev.berth} outside the gateway and the composition root that
 *   uses {@code javafx.scene} or {@code javafx.stage}, or is nested in such a class: the Nodes (views, panes,
 *   tables, cells, tabs), dialogs, skins, and the helpers that build them (action sets, scrolling, dialog
 *   openers).</li>
 * </ul>
 */
class ArchitectureTest {
    private static final String GATEWAY = "dev.berth.daemon..";
    private static final String UI_KIT = "dev.berth.ui..";
    private static final String APP = "dev.berth.app..";
    private static final String[] SCENE_GRAPH = {"javafx.scene..", "javafx.stage.."};

    private static JavaClasses production;
    private static Set<JavaClass> viewModelSide;

    @BeforeAll
    static void importProductionClasses() {
        production = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dev.berth");
        viewModelSide = reachableFromViewModels(production);
    }

    @Test
    void onlyTheGatewayUsesDockerJava() {
        noClasses().that().resideOutsideOfPackage(GATEWAY)
                .should().dependOnClassesThat().resideInAPackage("com.github.dockerjava..")
                .because("the gateway is the one place that speaks to the engine, so a docker-java upgrade or a "
                        + "change of transport touches nothing above it")
                .check(production);
    }

    @Test
    void theGatewayUsesNoJavaFx() {
        noClasses().that().resideInAPackage(GATEWAY)
                .should().dependOnClassesThat().resideInAPackage("javafx..")
                .because("the gateway's calls and streams run off the FX thread and are tested against a real "
                        + "engine without a toolkit, with plain Java records as the model")
                .check(production);
    }

    @Test
    void onlyTheGatewayUsesItsTransport() {
        noClasses().that().resideOutsideOfPackage(GATEWAY)
                .should().dependOnClassesThat().resideInAPackage("dev.berth.daemon.engine..")
                .because("clients, calls, JSON and stream frames are how the gateway works, not what it offers: "
                        + "the rest of the app talks to the gateway's interfaces")
                .check(production);
    }

    @Test
    void viewModelsUseNoSceneGraph() {
        noClasses().that(are("view models or reached from one", viewModelSide::contains))
                .should().dependOnClassesThat().resideInAnyPackage(SCENE_GRAPH)
                .because("decisions live in view models, whose unit tests run without a toolkit; observable "
                        + "properties and collections (javafx.beans, javafx.collections) are all they need")
                .check(production);
    }

    @Test
    void viewsGoThroughTheirViewModel() {
        noClasses().that(are("views (they use the scene graph or are nested in a class that does)",
                        ArchitectureTest::isViewSide))
                .should().dependOnClassesThat(are("gateway operations or CLI line builders",
                        target -> resideInAPackage("dev.berth.daemon.cli..").test(target)
                                || (resideInAPackage(GATEWAY).test(target)
                                && target.getSimpleName().endsWith("Operations"))))
                .because("views only lay out and bind: what an action calls and which `docker …` line it equals "
                        + "are decisions of the view model, where a unit test reaches them")
                .check(production);
    }

    @Test
    void layersPointDown() {
        layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("composition root").definedBy(APP)
                .layer("features").definedBy(are("in a feature package", ArchitectureTest::isInFeaturePackage))
                .layer("ui kit").definedBy(UI_KIT)
                .layer("gateway").definedBy(GATEWAY)
                .whereLayer("composition root").mayNotBeAccessedByAnyLayer()
                .whereLayer("features").mayOnlyBeAccessedByLayers("composition root")
                .whereLayer("ui kit").mayOnlyBeAccessedByLayers("features", "composition root")
                .because("the composition root wires features, features build on the ui kit and the gateway, and "
                        + "neither the ui kit nor the gateway knows which features use it")
                .check(production);
    }

    @Test
    void featurePackagesFormNoCycles() {
        slices().matching("dev.berth.(*)..")
                .should().beFreeOfCycles()
                .because("each package under dev.berth (every feature, and the gateway, ui kit and composition "
                        + "root) can then be read, tested and changed on its own; a piece that two features share "
                        + "moves down into the ui kit")
                .check(production);
    }

    private static boolean isInFeaturePackage(JavaClass type) {
        return resideInAPackage("dev.berth..").test(type) && resideOutsideOfPackages(GATEWAY, UI_KIT, APP).test(type);
    }

    private static boolean isViewSide(JavaClass type) {
        if (!resideInAPackage("dev.berth..").test(type) || resideInAnyPackage(GATEWAY, APP).test(type)) {
            return false;
        }
        for (JavaClass owner = type; owner != null; owner = owner.getEnclosingClass().orElse(null)) {
            if (usesSceneGraph(owner)) {
                return true;
            }
        }
        return false;
    }

    private static boolean usesSceneGraph(JavaClass type) {
        return type.getDirectDependenciesFromSelf().stream()
                .anyMatch(dependency -> resideInAnyPackage(SCENE_GRAPH).test(dependency.getTargetClass()));
    }

    private static Set<JavaClass> reachableFromViewModels(JavaClasses classes) {
        Set<JavaClass> reached = new HashSet<>();
        Deque<JavaClass> pending = new ArrayDeque<>();
        for (JavaClass type : classes) {
            if (type.getSimpleName().endsWith("ViewModel")) {
                pending.add(type);
            }
        }
        while (!pending.isEmpty()) {
            JavaClass next = pending.pop();
            if (reached.add(next)) {
                for (Dependency dependency : next.getDirectDependenciesFromSelf()) {
                    JavaClass target = dependency.getTargetClass();
                    if (classes.contain(target.getName()) && resideOutsideOfPackage(GATEWAY).test(target)) {
                        pending.add(target);
                    }
                }
            }
        }
        return reached;
    }

    private static DescribedPredicate<JavaClass> are(String description, Predicate<JavaClass> test) {
        return DescribedPredicate.describe(description, test::test);
    }
}
