package coach.kaizen.core.engine;

import coach.kaizen.app.i18n.Catalog;

/**
 * The engine's reasons said in English, from the app's bundles: the engine tests live here, where
 * both the core and the app's catalog can be seen, so they keep asserting the exact words.
 */
final class EnglishReasons {

    private EnglishReasons() {
    }

    static String english(Reason reason) {
        return Catalog.shipped().texts(Catalog.ENGLISH).say(reason.message());
    }
}
