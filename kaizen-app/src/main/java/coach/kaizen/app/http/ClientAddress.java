package coach.kaizen.app.http;

import coach.kaizen.app.config.TrustedProxies;
import io.javalin.http.Context;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.List;

/**
 * The address a request comes from, as rate limits count it: the connection's own, unless it is a
 * proxy the operator trusts, in which case {@code X-Forwarded-For} is read from the right, past every
 * trusted proxy, to the first address that is not one (the left part of the header is the client's
 * to write, so it is never believed). An IPv6 client is counted by its /64, which one person holds whole.
 */
public final class ClientAddress {

    private static final String ATTRIBUTE = "kaizen.client-address";

    private ClientAddress() {
    }

    /** Works the request's address out once, before any handler. */
    static void note(Context ctx, TrustedProxies proxies) {
        ctx.attribute(ATTRIBUTE, of(ctx.req().getRemoteAddr(), ctx.header("X-Forwarded-For"), proxies));
    }

    /** The client address of this request, as counted. */
    public static String of(Context ctx) {
        return ctx.attribute(ATTRIBUTE);
    }

    static String of(String peer, String forwardedFor, TrustedProxies proxies) {
        String client = peer;
        if (proxies.trusts(peer) && forwardedFor != null) {
            List<String> hops = Arrays.stream(forwardedFor.split(",")).map(String::strip).toList();
            for (int hop = hops.size() - 1; hop >= 0 && proxies.trusts(client); hop--) {
                if (TrustedProxies.address(hops.get(hop)).isEmpty()) {
                    break;
                }
                client = hops.get(hop);
            }
        }
        return counted(client);
    }

    private static String counted(String address) {
        byte[] bytes = TrustedProxies.address(address).orElse(null);
        if (bytes == null || bytes.length == 4) {
            return address;
        }
        Arrays.fill(bytes, 8, 16, (byte) 0);
        try {
            return InetAddress.getByAddress(bytes).getHostAddress() + "/64";
        } catch (UnknownHostException e) {
            return address;
        }
    }
}
