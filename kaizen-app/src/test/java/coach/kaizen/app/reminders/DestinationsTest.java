package coach.kaizen.app.reminders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import coach.kaizen.app.config.AppConfig;
import coach.kaizen.app.config.ConfigException;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Which addresses count as this server's own network, where reminders go only when the operator allows. */
class DestinationsTest {

    @ParameterizedTest
    @ValueSource(strings = {"127.0.0.1", "127.8.9.10", "0.0.0.0", "10.0.0.1", "172.16.5.4", "172.31.255.255",
        "192.168.1.1", "169.254.169.254", "100.64.0.1", "100.127.255.255", "224.0.0.1", "::1", "::", "fe80::1",
        "fd00::1", "fc00::7", "ff02::1", "::ffff:10.0.0.1"})
    void privateLoopbackLinkLocalSharedAndMulticastAddressesAreLocal(String written) throws UnknownHostException {
        assertThat(Destinations.isLocal(InetAddress.getByName(written))).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"8.8.8.8", "93.184.216.34", "172.32.0.1", "172.15.255.255", "100.128.0.1",
        "100.63.255.255", "11.0.0.1", "2606:4700:4700::1111", "2001:db8::1", "fe00::1"})
    void addressesOutOnTheInternetAreNot(String written) throws UnknownHostException {
        assertThat(Destinations.isLocal(InetAddress.getByName(written))).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://169.254.169.254/latest/meta-data", "http://localhost:7070/today",
        "https://[::1]/hook", "http://10.0.0.1/topic"})
    void theInternetOnlyRefusesWhatTheOperatorMayAllow(String written) {
        URI address = URI.create(written);
        assertThat(Destinations.INTERNET.allow(address)).isFalse();
        assertThat(Destinations.ANYWHERE.allow(address)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://8.8.8.8/topic", "https://[2606:4700:4700::1111]/topic"})
    void anAddressOnTheInternetIsAllowed(String written) {
        assertThat(Destinations.INTERNET.allow(URI.create(written))).isTrue();
    }

    @Test
    void theServerRefusesLocalOnesUnlessItsOperatorSaysAllow() {
        assertThat(localAllowed(Map.of())).isFalse();
        assertThat(localAllowed(Map.of("KAIZEN_LOCAL_REMINDERS", "refuse"))).isFalse();
        assertThat(localAllowed(Map.of("KAIZEN_LOCAL_REMINDERS", "Allow"))).isTrue();
        assertThatThrownBy(() -> localAllowed(Map.of("KAIZEN_LOCAL_REMINDERS", "yes"))).isInstanceOf(ConfigException.class)
                .hasMessageContaining("KAIZEN_LOCAL_REMINDERS").hasMessageContaining("allow or refuse");
    }

    private static boolean localAllowed(Map<String, String> env) {
        return AppConfig.resolve(AppConfig.Flags.NONE, env).localReminders();
    }
}
