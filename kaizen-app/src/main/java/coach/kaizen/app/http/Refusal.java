package coach.kaizen.app.http;

/** A refused form on the Today page, shown beside the form it came from: the readiness form or a step's card. */
public record Refusal(long stepId, String error) {

    static final long READINESS = -1;
    public static final Refusal NONE = new Refusal(0, "");

    public static Refusal ofReadiness(String error) {
        return new Refusal(READINESS, error);
    }

    public String forStep(long id) {
        return stepId == id ? error : "";
    }

    public String forReadiness() {
        return forStep(READINESS);
    }
}
