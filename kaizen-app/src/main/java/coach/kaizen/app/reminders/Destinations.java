package coach.kaizen.app.reminders;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;

/**
 * Where the server may post a reminder (a webhook or a push endpoint, both given by the person):
 * to hosts out on the internet, and to this machine or a private network only when the operator
 * allows it (KAIZEN_LOCAL_REMINDERS=allow, for a relay at home). Otherwise anyone with an account
 * could make the server reach what only it can reach, such as a cloud's metadata address.
 */
public record Destinations(boolean localAllowed) {

    /** Out on the internet only: the default. */
    public static final Destinations INTERNET = new Destinations(false);
    /** Anywhere, this machine included. */
    public static final Destinations ANYWHERE = new Destinations(true);

    /**
     * True when {@code address}'s host may be posted to: every address it has now lies outside this
     * machine and private networks, or local ones are allowed. A host with no address reaches nothing,
     * so it is allowed here; each send looks it up again.
     */
    public boolean allow(URI address) {
        if (localAllowed) {
            return true;
        }
        try {
            for (InetAddress found : InetAddress.getAllByName(address.getHost())) {
                if (isLocal(found)) {
                    return false;
                }
            }
            return true;
        } catch (UnknownHostException e) {
            return true;
        }
    }

    /** This machine, a private, link-local, shared (carrier) or multicast address. */
    static boolean isLocal(InetAddress address) {
        if (address.isAnyLocalAddress() || address.isLoopbackAddress() || address.isLinkLocalAddress()
                || address.isSiteLocalAddress() || address.isMulticastAddress()) {
            return true;
        }
        byte[] bytes = address.getAddress();
        if (address instanceof Inet4Address) {
            int first = bytes[0] & 0xff;
            int second = bytes[1] & 0xff;
            return first == 0 || first == 100 && second >= 64 && second < 128;
        }
        // fc00::/7, unique local addresses: IPv6's private networks.
        return address instanceof Inet6Address && (bytes[0] & 0xfe) == 0xfc;
    }
}
