package coach.kaizen.app.cli;

import picocli.CommandLine.IVersionProvider;

/** The version Maven wrote into the jar's manifest ("development" when run from the IDE). */
final class Version implements IVersionProvider {

    @Override
    public String[] getVersion() {
        String version = Version.class.getPackage().getImplementationVersion();
        return new String[] {"Kaizen Coach " + (version == null ? "development" : version)};
    }
}
