package coach.kaizen.core.simulation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The classes that make the simulator's person model, oracle and run: a frontier kept from one build
 * of them is not taken for another's (`kaizen simulate --frontier` digests them as compiled). The
 * engine is not among them: a frontier does not depend on the engine it is compared with.
 */
public final class SimulatorBuild {

    private static final List<Class<?>> MODEL = List.of(Population.class, SimulatedPerson.class, Odds.class,
            Oracle.class, OraclePolicy.class, Frontier.class, Simulation.class);

    private SimulatorBuild() {
    }

    /** The model's classes and every class declared within them, by name. */
    public static List<Class<?>> classes() {
        List<Class<?>> all = new ArrayList<>();
        for (Class<?> root : MODEL) {
            addWithin(root, all);
        }
        all.sort(Comparator.comparing(Class::getName));
        return all;
    }

    private static void addWithin(Class<?> type, List<Class<?>> all) {
        all.add(type);
        for (Class<?> inner : type.getDeclaredClasses()) {
            addWithin(inner, all);
        }
    }
}
