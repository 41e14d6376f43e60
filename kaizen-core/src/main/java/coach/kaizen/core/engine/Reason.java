package coach.kaizen.core.engine;

/** Why a proposal is what it is: a stable code for programs and a sentence for people. */
public record Reason(ReasonCode code, String text) {
}
