package id.netralitas.webhook;

import jakarta.enterprise.context.ApplicationScoped;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;

/**
 * The resolver of every test: IP literals are parsed, names answer what a test mapped them to, and
 * any other name does not resolve. It never asks DNS, so no test sends a lookup off this machine.
 * Replaces {@link JdkWebhookResolver} (a default bean) in {@code @QuarkusTest}s; unit tests create one.
 */
@ApplicationScoped
public class TestWebhookResolver implements WebhookResolver {

    private static final Pattern IPV4 = Pattern.compile(
            "^(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)(\\.(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)){3}$");

    private record Answer(int times, List<String> first, List<String> later) {
    }

    private final Map<String, Answer> names = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> lookups = new ConcurrentHashMap<>();

    public TestWebhookResolver() {
        map("localhost", "127.0.0.1", "::1");
    }

    /** The name answers these addresses (literals). */
    public TestWebhookResolver map(String name, String... addresses) {
        names.put(name.toLowerCase(Locale.ROOT), new Answer(0, List.of(addresses), List.of(addresses)));
        lookups.remove(name.toLowerCase(Locale.ROOT));
        return this;
    }

    /**
     * The name answers {@code first} to its first {@code times} lookups, then {@code later}: a name
     * rebound by its DNS server, as in a rebinding attack.
     */
    public TestWebhookResolver rebind(String name, int times, List<String> first, List<String> later) {
        names.put(name.toLowerCase(Locale.ROOT), new Answer(times, first, later));
        lookups.remove(name.toLowerCase(Locale.ROOT));
        return this;
    }

    /** How often the name was resolved since it was mapped. */
    public int lookups(String name) {
        AtomicInteger count = lookups.get(name.toLowerCase(Locale.ROOT));
        return count == null ? 0 : count.get();
    }

    @Override
    public List<InetAddress> resolve(String host) throws UnknownHostException {
        String name = host.toLowerCase(Locale.ROOT);
        int seen = lookups.computeIfAbsent(name, n -> new AtomicInteger()).getAndIncrement();
        Answer answer = names.get(name);
        if (answer != null) {
            List<InetAddress> out = new ArrayList<>();
            for (String literal : seen < answer.times() ? answer.first() : answer.later()) {
                out.add(literal(literal.contains(":") ? "[" + literal + "]" : literal));
            }
            return out;
        }
        return List.of(literal(name));
    }

    /** An IP literal parsed without any lookup; anything else does not resolve. */
    static InetAddress literal(String host) throws UnknownHostException {
        if (IPV4.matcher(host).matches()) {
            String[] parts = host.split("\\.");
            byte[] raw = new byte[4];
            for (int i = 0; i < 4; i++) {
                raw[i] = (byte) Integer.parseInt(parts[i]);
            }
            return InetAddress.getByAddress(raw);
        }
        if (host.length() > 2 && host.startsWith("[") && host.endsWith("]") && host.contains(":")
                && host.substring(1, host.length() - 1).matches("^[0-9a-fA-F:.]+$")) {
            // A bracketed literal with a colon is parsed by the JDK or refused, never looked up.
            return InetAddress.getByName(host);
        }
        throw new UnknownHostException(host + " (the test resolver knows only literals and mapped names)");
    }
}
