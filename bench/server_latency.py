#!/usr/bin/env python3
"""Server-side latency of the requests served between two scrapes of /q/metrics (management port).

  server_latency.py BEFORE AFTER   ->   "count=N p50_ms=.. p95_ms=.. p99_ms=.."

Sums the http_server_requests_seconds_bucket histograms of every operation except /q/* (during a
scenario only that scenario's requests reach the service), takes AFTER - BEFORE, and reads each
percentile off the cumulative buckets, interpolating linearly inside the bucket that holds it.
"""
import math
import re
import sys

# (labels may contain braces: uri="/api/v1/employees/{nip}")
LINE = re.compile(r'^http_server_requests_seconds_bucket\{(?P<labels>.*)\}\s+(?P<value>\S+)\s*$')
LE = re.compile(r'le="(?P<le>[^"]+)"')
URI = re.compile(r'uri="(?P<uri>[^"]*)"')


def buckets(path):
    sums = {}
    with open(path, encoding="utf-8") as f:
        for line in f:
            m = LINE.match(line)
            if not m:
                continue
            labels = m.group("labels")
            uri = URI.search(labels)
            if uri and uri.group("uri").startswith("/q/"):
                continue
            le = LE.search(labels).group("le")
            bound = math.inf if le == "+Inf" else float(le)
            sums[bound] = sums.get(bound, 0.0) + float(m.group("value"))
    return sums


def percentile(cumulative, q):
    total = cumulative[-1][1]
    target = q * total
    prev_bound, prev_count = 0.0, 0.0
    for bound, count in cumulative:
        if count >= target:
            if math.isinf(bound):
                return prev_bound * 1000  # beyond the last finite bucket: report its bound
            share = 0.0 if count == prev_count else (target - prev_count) / (count - prev_count)
            return (prev_bound + share * (bound - prev_bound)) * 1000
        prev_bound, prev_count = bound, count
    return prev_bound * 1000


def main():
    before, after = buckets(sys.argv[1]), buckets(sys.argv[2])
    cumulative = sorted((b, after[b] - before.get(b, 0.0)) for b in after)
    if not cumulative or cumulative[-1][1] <= 0:
        print("count=0 p50_ms=- p95_ms=- p99_ms=-")
        return
    print("count=%d p50_ms=%.2f p95_ms=%.2f p99_ms=%.2f" % (
        cumulative[-1][1], percentile(cumulative, 0.50), percentile(cumulative, 0.95), percentile(cumulative, 0.99)))


if __name__ == "__main__":
    main()
