package coach.kaizen.app.http;

/** A form on Today sent back: the step card it came from (or the readiness question), with what was sent. */
public record Refusal(long stepId, Form sent) {

    static final long READINESS = -1;
    public static final Refusal NONE = new Refusal(0, Form.empty());

    public static Refusal ofReadiness(Form sent) {
        return new Refusal(READINESS, sent);
    }

    /** What the card of step {@code id} sent, with its problem; an empty form for every other card. */
    public Form forStep(long id) {
        return stepId == id ? sent : Form.empty();
    }

    public String forReadiness() {
        return stepId == READINESS && sent.error() != null ? sent.error() : "";
    }
}
