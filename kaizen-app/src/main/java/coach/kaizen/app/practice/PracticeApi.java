package coach.kaizen.app.practice;

import coach.kaizen.app.http.Bodies;
import coach.kaizen.app.http.Params;
import coach.kaizen.app.practice.ExperimentService.Trial;
import coach.kaizen.core.experiment.Comparison;
import coach.kaizen.core.experiment.Experiment;
import coach.kaizen.core.experiment.ExperimentKind;
import coach.kaizen.core.experiment.Verdict;
import coach.kaizen.core.obstacle.Obstacle;
import coach.kaizen.core.obstacle.ObstacleStatus;
import coach.kaizen.core.person.Person;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.time.LocalDate;

/** Obstacles (/api/v1/aims/{aimId}/obstacles, /api/v1/obstacles/{id}) and experiments on steps. */
public final class PracticeApi {

    private final ObstacleService obstacles;
    private final ExperimentService experiments;
    private final Bodies bodies;

    public PracticeApi(ObstacleService obstacles, ExperimentService experiments, Bodies bodies) {
        this.obstacles = obstacles;
        this.experiments = experiments;
        this.bodies = bodies;
    }

    public record ObstacleJson(long id, long aimId, String text, ObstacleStatus status, LocalDate addedOn,
            LocalDate focusSince, LocalDate removedOn) {

        public static ObstacleJson of(Obstacle o) {
            return new ObstacleJson(o.id(), o.aimId(), o.text(), o.status(), o.addedOn(), o.focusSince(), o.removedOn());
        }
    }

    public record ExperimentJson(long id, long stepId, ExperimentKind kind, String change, LocalDate startDay, int days,
            Verdict verdict, LocalDate decidedOn) {

        public static ExperimentJson of(Experiment e) {
            return new ExperimentJson(e.id(), e.stepId(), e.kind(), e.change(), e.startDay(), e.days(), e.verdict(),
                    e.decidedOn());
        }
    }

    /** An experiment with its days beside as many days before it: counts only, never a verdict of ours. */
    record TrialJson(ExperimentJson experiment, Comparison comparison, boolean fewDays) {

        public static TrialJson of(Trial trial) {
            return new TrialJson(ExperimentJson.of(trial.experiment()), trial.comparison(),
                    trial.comparison().fewDays());
        }
    }

    record ObstacleRequest(String text) {
    }

    record ExperimentRequest(ExperimentKind kind, String change, Integer days) {
    }

    record VerdictRequest(Verdict verdict) {
    }

    public void listObstacles(Context ctx, Person person) {
        ctx.json(obstacles.forAim(person, Params.aimId(ctx)).stream().map(ObstacleJson::of).toList());
    }

    public void addObstacle(Context ctx, Person person) {
        ObstacleRequest request = bodies.read(ctx, ObstacleRequest.class);
        ctx.status(HttpStatus.CREATED).json(ObstacleJson.of(obstacles.add(person, Params.aimId(ctx), request.text())));
    }

    public void focusObstacle(Context ctx, Person person) {
        ctx.json(ObstacleJson.of(obstacles.focus(person, obstacleId(ctx))));
    }

    public void removeObstacle(Context ctx, Person person) {
        ctx.json(ObstacleJson.of(obstacles.remove(person, obstacleId(ctx))));
    }

    public void listExperiments(Context ctx, Person person) {
        ctx.json(experiments.forStep(person, Params.stepId(ctx)).stream().map(TrialJson::of).toList());
    }

    public void startExperiment(Context ctx, Person person) {
        ExperimentRequest request = bodies.read(ctx, ExperimentRequest.class);
        Experiment started = experiments.start(person, Params.stepId(ctx), request.kind(), request.change(),
                request.days());
        ctx.status(HttpStatus.CREATED).json(ExperimentJson.of(started));
    }

    public void decide(Context ctx, Person person) {
        VerdictRequest request = bodies.read(ctx, VerdictRequest.class);
        long experimentId = Params.id(ctx, "experimentId", "experiment");
        ctx.json(ExperimentJson.of(experiments.decide(person, experimentId, request.verdict())));
    }

    private static long obstacleId(Context ctx) {
        return Params.id(ctx, "obstacleId", "obstacle");
    }
}
