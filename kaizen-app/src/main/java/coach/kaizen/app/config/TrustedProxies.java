package coach.kaizen.app.config;

import coach.kaizen.core.text.Message;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The proxies whose {@code X-Forwarded-For} the app believes (KAIZEN_TRUSTED_PROXIES: addresses and
 * CIDR ranges, separated by commas, such as {@code 127.0.0.1, 10.0.0.0/8, ::1}). None by default: the
 * client address is then the connection's own.
 */
public final class TrustedProxies {

    public static final TrustedProxies NONE = new TrustedProxies(List.of());

    /** A literal address: digits and dots, or hex digits and colons (never a host name to look up). */
    private static final Pattern LITERAL = Pattern.compile("[0-9.]+|[0-9a-fA-F:.]*:[0-9a-fA-F:.]*");

    private final List<Range> ranges;

    private TrustedProxies(List<Range> ranges) {
        this.ranges = ranges;
    }

    private record Range(byte[] network, int bits) {

        boolean contains(byte[] address) {
            if (address.length != network.length) {
                return false;
            }
            for (int bit = 0; bit < bits; bit++) {
                int mask = 0x80 >> (bit % 8);
                if ((address[bit / 8] & mask) != (network[bit / 8] & mask)) {
                    return false;
                }
            }
            return true;
        }
    }

    /** Parses the setting; {@code source} names where it came from, for the message when it is wrong. */
    static TrustedProxies parse(String value, String source) {
        if (value == null || value.isBlank()) {
            return NONE;
        }
        List<Range> ranges = new ArrayList<>();
        for (String entry : value.split(",")) {
            ranges.add(range(entry.strip(), source));
        }
        return new TrustedProxies(List.copyOf(ranges));
    }

    private static Range range(String entry, String source) {
        int slash = entry.indexOf('/');
        String address = slash < 0 ? entry : entry.substring(0, slash);
        byte[] network = address(address).orElseThrow(() -> wrong(source, entry));
        int bits = network.length * 8;
        if (slash >= 0) {
            try {
                bits = Integer.parseInt(entry.substring(slash + 1));
            } catch (NumberFormatException notANumber) {
                throw wrong(source, entry);
            }
            if (bits < 0 || bits > network.length * 8) {
                throw wrong(source, entry);
            }
        }
        return new Range(network, bits);
    }

    private static ConfigException wrong(String source, String entry) {
        return new ConfigException(Message.of("cli.config.trustedProxies", source, entry));
    }

    /** The bytes of a literal IPv4 or IPv6 address; empty for anything else. */
    public static Optional<byte[]> address(String literal) {
        if (literal == null || !LITERAL.matcher(literal).matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(InetAddress.getByName(literal).getAddress());
        } catch (UnknownHostException | SecurityException e) {
            return Optional.empty();
        }
    }

    /** Whether {@code literal} is the address of a proxy the operator listed. */
    public boolean trusts(String literal) {
        return !ranges.isEmpty() && address(literal).map(bytes -> ranges.stream().anyMatch(r -> r.contains(bytes)))
                .orElse(false);
    }
}
