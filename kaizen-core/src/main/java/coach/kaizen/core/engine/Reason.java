package coach.kaizen.core.engine;

import coach.kaizen.core.text.Message;

/** Why a proposal is what it is: a stable code for programs and the words for people. */
public record Reason(ReasonCode code, Message message) {
}
