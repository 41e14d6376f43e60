package coach.kaizen.app.http;

import coach.kaizen.app.service.Explained;
import coach.kaizen.core.text.Message;

/** No valid session or token came with a request that needs one. */
final class SignInRequired extends Explained {

    SignInRequired(String key) {
        super(Message.of(key));
    }
}
