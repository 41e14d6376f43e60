package coach.kaizen.app.cli;

import coach.kaizen.app.i18n.Texts;
import picocli.CommandLine.IVersionProvider;

/** The version Maven wrote into the jar's manifest ("development" when run from the IDE). */
final class Version implements IVersionProvider {

    private final Texts texts;

    Version(Texts texts) {
        this.texts = texts;
    }

    @Override
    public String[] getVersion() {
        String version = Version.class.getPackage().getImplementationVersion();
        return new String[] {texts.t("cli.version", version == null ? texts.t("cli.version.development") : version)};
    }
}
