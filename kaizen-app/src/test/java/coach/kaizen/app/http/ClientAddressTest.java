package coach.kaizen.app.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import coach.kaizen.app.config.AppConfig;
import coach.kaizen.app.config.ConfigException;
import coach.kaizen.app.config.TrustedProxies;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** X-Forwarded-For is believed only from the proxies the operator lists, read from the right. */
class ClientAddressTest {

    private static TrustedProxies trusting(String proxies) {
        return AppConfig.resolve(AppConfig.Flags.NONE, Map.of("KAIZEN_TRUSTED_PROXIES", proxies)).trustedProxies();
    }

    @Test
    void aPeerNobodyTrustsIsItsOwnAddressWhateverItForwards() {
        assertThat(ClientAddress.of("198.51.100.7", "192.0.2.1", TrustedProxies.NONE)).isEqualTo("198.51.100.7");
        assertThat(ClientAddress.of("198.51.100.7", "192.0.2.1", trusting("10.0.0.0/8"))).isEqualTo("198.51.100.7");
    }

    @Test
    void aTrustedProxyNamesItsClientAndTheChainIsReadFromTheRight() {
        TrustedProxies proxies = trusting("10.0.0.0/8, 127.0.0.1");
        assertThat(ClientAddress.of("10.1.2.3", "192.0.2.1", proxies)).isEqualTo("192.0.2.1");
        assertThat(ClientAddress.of("127.0.0.1", "203.0.113.9, 192.0.2.1, 10.0.0.5", proxies))
                .as("past every trusted hop, the first untrusted one; what the client wrote on the left is not believed")
                .isEqualTo("192.0.2.1");
        assertThat(ClientAddress.of("10.1.2.3", "not-an-address", proxies)).isEqualTo("10.1.2.3");
        assertThat(ClientAddress.of("10.1.2.3", null, proxies)).isEqualTo("10.1.2.3");
    }

    @Test
    void anIpv6ClientIsCountedByItsSixtyFourBits() {
        TrustedProxies proxies = trusting("::1");
        assertThat(ClientAddress.of("::1", "2001:db8:1:2:aaaa:bbbb:cccc:dddd", proxies)).isEqualTo("2001:db8:1:2:0:0:0:0/64");
        assertThat(ClientAddress.of("2001:db8:1:2::9", null, TrustedProxies.NONE)).isEqualTo("2001:db8:1:2:0:0:0:0/64");
    }

    @Test
    void aListThatIsNotAddressesStopsTheStart() {
        for (String wrong : new String[] {"proxy.example", "10.0.0.0/33", "10.0.0.0/x", "::1/129"}) {
            assertThatThrownBy(() -> trusting(wrong)).as(wrong).isInstanceOf(ConfigException.class)
                    .hasMessageContaining("KAIZEN_TRUSTED_PROXIES");
        }
    }
}
