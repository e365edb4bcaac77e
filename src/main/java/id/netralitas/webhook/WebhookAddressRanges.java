package id.netralitas.webhook;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The addresses a webhook may not be sent to: everything that is not a public unicast address. IPv4
 * follows the IANA special-purpose registry (private, carrier-grade NAT, loopback, link-local,
 * protocol assignments, documentation, benchmarking, multicast, reserved and broadcast); IPv6 allows
 * only global unicast (2000::/3) outside its special blocks, and judges the IPv4 address embedded in
 * an IPv4-mapped, NAT64 (64:ff9b::/96) or 6to4 (2002::/16) address like that IPv4 address. Cloud
 * metadata endpoints are named on their own, one of them (Azure's 168.63.129.16) being a public
 * address. Loopback may be allowed for tests and local development; nothing else can be.
 */
final class WebhookAddressRanges {

    private record Range(byte[] prefix, int bits, String name) {

        boolean contains(byte[] address) {
            if (address.length != prefix.length) {
                return false;
            }
            int full = bits / 8;
            for (int i = 0; i < full; i++) {
                if (address[i] != prefix[i]) {
                    return false;
                }
            }
            int rest = bits % 8;
            if (rest == 0) {
                return true;
            }
            int mask = (0xff << (8 - rest)) & 0xff;
            return (address[full] & mask) == (prefix[full] & mask);
        }
    }

    /** Instance metadata and platform endpoints of cloud providers, refused before any range is considered. */
    private static final List<Range> METADATA = List.of(
            range("169.254.169.254/32", "cloud metadata (AWS, GCP, Azure, OpenStack, DigitalOcean, ...)"),
            range("169.254.169.123/32", "cloud metadata (AWS time service)"),
            range("169.254.170.2/32", "cloud metadata (AWS ECS task metadata)"),
            range("169.254.170.23/32", "cloud metadata (AWS EKS pod identity)"),
            range("169.254.0.23/32", "cloud metadata (Tencent Cloud)"),
            range("100.100.100.200/32", "cloud metadata (Alibaba Cloud)"),
            range("192.0.0.192/32", "cloud metadata (Oracle Cloud)"),
            range("168.63.129.16/32", "cloud platform endpoint (Azure WireServer)"),
            range("fd00:ec2::254/128", "cloud metadata (AWS, IPv6)"),
            range("fd00:ec2::23/128", "cloud metadata (AWS EKS pod identity, IPv6)"),
            range("fd00:ec2::123/128", "cloud metadata (AWS time service, IPv6)"),
            range("fd20:ce::254/128", "cloud metadata (GCP, IPv6)"));

    private static final Range LOOPBACK_4 = range("127.0.0.0/8", "loopback");
    private static final Range LOOPBACK_6 = range("::1/128", "loopback");

    private static final List<Range> IPV4 = List.of(
            range("0.0.0.0/8", "unspecified (\"this network\")"),
            range("10.0.0.0/8", "private"),
            range("100.64.0.0/10", "carrier-grade NAT (shared address space)"),
            range("169.254.0.0/16", "link-local"),
            range("172.16.0.0/12", "private"),
            range("192.0.0.0/24", "IETF protocol assignments"),
            range("192.0.2.0/24", "documentation"),
            range("192.88.99.0/24", "6to4 relay anycast"),
            range("192.168.0.0/16", "private"),
            range("198.18.0.0/15", "benchmarking"),
            range("198.51.100.0/24", "documentation"),
            range("203.0.113.0/24", "documentation"),
            range("224.0.0.0/4", "multicast"),
            range("240.0.0.0/4", "reserved or broadcast"));

    /** IPv6 blocks refused outright; everything outside 2000::/3 and 64:ff9b::/96 is refused as well. */
    private static final List<Range> IPV6 = List.of(
            range("::/128", "unspecified"),
            range("::/96", "IPv4-compatible (deprecated)"),
            range("64:ff9b:1::/48", "local-use NAT64"),
            range("100::/64", "discard-only"),
            range("2001::/23", "IETF protocol assignments (Teredo, benchmarking, ...)"),
            range("2001:db8::/32", "documentation"),
            range("3fff::/20", "documentation"),
            range("fc00::/7", "unique-local"),
            range("fe80::/10", "link-local"),
            range("fec0::/10", "site-local (deprecated)"),
            range("ff00::/8", "multicast"));

    private static final Range GLOBAL_UNICAST = range("2000::/3", "global unicast");
    private static final Range IPV4_MAPPED = range("::ffff:0:0/96", "IPv4-mapped");
    private static final Range NAT64 = range("64:ff9b::/96", "NAT64");
    private static final Range SIX_TO_FOUR = range("2002::/16", "6to4");

    private WebhookAddressRanges() {
    }

    /**
     * Why a webhook may not be sent to this address (the address and its range's name), or empty
     * when it may. Loopback is refused unless {@code allowLoopback}.
     */
    static Optional<String> refusal(InetAddress address, boolean allowLoopback) {
        return refusal(address.getAddress(), allowLoopback).map(range -> address.getHostAddress() + " (" + range + ")");
    }

    private static Optional<String> refusal(byte[] raw, boolean allowLoopback) {
        for (Range range : METADATA) {
            if (range.contains(raw)) {
                return Optional.of(range.name());
            }
        }
        if (raw.length == 4) {
            if (LOOPBACK_4.contains(raw)) {
                return allowLoopback ? Optional.empty() : Optional.of(LOOPBACK_4.name());
            }
            return first(IPV4, raw);
        }
        if (LOOPBACK_6.contains(raw)) {
            return allowLoopback ? Optional.empty() : Optional.of(LOOPBACK_6.name());
        }
        if (IPV4_MAPPED.contains(raw)) {
            return refusal(Arrays.copyOfRange(raw, 12, 16), allowLoopback).map(r -> "IPv4-mapped form of " + r);
        }
        // A NAT64 or 6to4 address leaves this host: whatever it embeds, loopback included, is not local.
        if (NAT64.contains(raw)) {
            return refusal(Arrays.copyOfRange(raw, 12, 16), false).map(r -> "NAT64 form of " + r);
        }
        Optional<String> listed = first(IPV6, raw);
        if (listed.isPresent()) {
            return listed;
        }
        if (!GLOBAL_UNICAST.contains(raw)) {
            return Optional.of("reserved (not global unicast)");
        }
        if (SIX_TO_FOUR.contains(raw)) {
            return refusal(Arrays.copyOfRange(raw, 2, 6), false).map(r -> "6to4 form of " + r);
        }
        return Optional.empty();
    }

    private static Optional<String> first(List<Range> ranges, byte[] raw) {
        for (Range range : ranges) {
            if (range.contains(raw)) {
                return Optional.of(range.name());
            }
        }
        return Optional.empty();
    }

    private static Range range(String cidr, String name) {
        int slash = cidr.indexOf('/');
        String literal = cidr.substring(0, slash);
        byte[] prefix;
        try {
            // A literal: parsed without any name lookup (an IPv6 one in brackets, so it is never looked up).
            InetAddress address = InetAddress.getByName(literal.contains(":") ? "[" + literal + "]" : literal);
            prefix = address.getAddress();
            if (literal.contains(":") && address instanceof Inet4Address) {
                // ::ffff:0:0 is answered as the IPv4 address 0.0.0.0; keep the 16-byte form.
                prefix = ipv4Mapped(prefix);
            }
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException(cidr, e);
        }
        if (prefix.length != (literal.contains(":") ? 16 : 4)) {
            throw new IllegalArgumentException(cidr);
        }
        return new Range(prefix, Integer.parseInt(cidr.substring(slash + 1)), name);
    }

    private static byte[] ipv4Mapped(byte[] ipv4) {
        byte[] mapped = new byte[16];
        mapped[10] = (byte) 0xff;
        mapped[11] = (byte) 0xff;
        System.arraycopy(ipv4, 0, mapped, 12, 4);
        return mapped;
    }
}
