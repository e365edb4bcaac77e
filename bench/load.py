#!/usr/bin/env python3
"""Loads reports and pact signatures into a running service through its own HTTP API, for bench/run.sh.

Deterministic: which employee, region, violation type and final state each report gets depends only
on its index and on the input files (which run.sh dumps from the database in a fixed order), and the
signed NIPs are an evenly spread, id-ordered selection of the active employees.

  load.py reports    --base URL --count N --employees FILE --regions FILE --key PEM [--workers W]
  load.py signatures --base URL --count N --employees FILE --key PEM [--workers W]

FILE formats (tab-separated, no header):
  employees: nip, agency code           (active employees, ordered by id)
  regions:   region code                (kecamatan and desa codes)

Tokens are minted with scripts/dev-token.sh and the given private key. Standard library only.
Exits non-zero on any unexpected answer, printing the request and the answer.
"""
import argparse
import datetime
import hashlib
import http.client
import json
import os
import subprocess
import sys
import threading
import time
import urllib.parse
from concurrent.futures import ThreadPoolExecutor

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
ELECTION = "PEMILU-2024"
PILKADA = "PILKADA-2024"

# Violation types used by the generated reports and the sanction a recommendation names for each
# (one allowed for the type's level on 2023-2024 incident dates).
VIOLATIONS = [("D-06", "TURUN_JABATAN_12"), ("KE-01", "MORAL_TERTUTUP"), ("D-04", "TURUN_JABATAN_12"),
              ("KE-05", "MORAL_TERBUKA"), ("D-10", "TURUN_JABATAN_12"), ("KE-03", "MORAL_TERTUTUP")]
CHANNELS = ["BAWASLU", "SIGAPLAPOR", "SBT", "HOTLINE", "MEDIA"]

# Case actions up to each target state (for an origin LAPORAN report, which starts in DITERIMA).
TO_KAJIAN = ["REGISTER", "START_STUDY"]
TO_VERIFIKASI = TO_KAJIAN + ["FORWARD", "START_VERIFICATION"]
# Plan by index modulo 20: (case actions, track actions after a recommendation).
PLANS = {
    **{j: ([], []) for j in range(0, 7)},                          # DITERIMA (35 %)
    7: (["REGISTER"], []),                                         # DIREGISTRASI
    8: (["REJECT_REQUIREMENTS"], []),                              # TIDAK_MEMENUHI_SYARAT
    9: (["START_CLARIFICATION"], []),                              # TEMUAN: starts DIREGISTRASI -> KLARIFIKASI
    10: (TO_KAJIAN, []),                                           # KAJIAN
    11: (TO_KAJIAN + ["DECLARE_NO_VIOLATION"], []),                # BUKAN_PELANGGARAN
    12: (TO_KAJIAN + ["STOP"], []),                                # DIHENTIKAN
    13: (TO_KAJIAN + ["FORWARD"], []),                             # DITERUSKAN
    14: (TO_VERIFIKASI, []),                                       # VERIFIKASI
    15: (TO_VERIFIKASI + ["DECLARE_NOT_PROVEN"], []),              # TIDAK_TERBUKTI
    16: (TO_VERIFIKASI + ["REJECT"], []),                          # DITOLAK
    17: (TO_VERIFIKASI + ["RECOMMEND"], []),                       # DIREKOMENDASIKAN, waiting for the PPK
    18: (TO_VERIFIKASI + ["RECOMMEND"], ["PERINGATAN"]),           # ... overdue, first escalation
    19: (TO_VERIFIKASI[1:] + ["RECOMMEND"], ["IMPOSE_SANCTION"]),  # TEMUAN: sanctioned -> SELESAI
}
VERIFIER_ACTIONS = {"START_VERIFICATION", "DECLARE_NOT_PROVEN", "REJECT", "CANCEL", "RECOMMEND"}


def log(msg):
    print(f"[{datetime.datetime.now():%H:%M:%S}] {msg}", flush=True)


def token(key, role, *extra):
    out = subprocess.run([os.path.join(ROOT, "scripts", "dev-token.sh"), role, "--key", key, "--ttl", "86400", *extra],
                         check=True, capture_output=True, text=True)
    return out.stdout.strip()


class Api:
    """One keep-alive connection per thread."""

    def __init__(self, base):
        u = urllib.parse.urlparse(base)
        self.host, self.port, self.prefix = u.hostname, u.port, u.path.rstrip("/")
        self.local = threading.local()
        self.retried = 0

    def call(self, method, path, tok, body=None, headers=None, expect=(200,), retry_503=False):
        """One request; with retry_503 a 503 answer (transient: nothing was changed) is sent again
        with the same Idempotency-Key, up to twice. A 500 always fails the run."""
        for attempt in range(3):
            result = self._call(method, path, tok, body, headers, expect + ((503,) if retry_503 else ()))
            if result[0] != 503:
                return result
            self.retried += 1
            log(f"WARN: {method} {path} answered 503 {result[2].get('code')}; retrying")
            time.sleep(1)
        raise SystemExit(f"FAIL: {method} {path} answered 503 three times")

    def _call(self, method, path, tok, body, headers, expect):
        h = {"Authorization": "Bearer " + tok, "Accept": "application/json"}
        data = None
        if body is not None:
            data = json.dumps(body).encode()
            h["Content-Type"] = "application/json"
        h.update(headers or {})
        for attempt in range(3):
            conn = getattr(self.local, "conn", None)
            if conn is None:
                conn = self.local.conn = http.client.HTTPConnection(self.host, self.port, timeout=600)
            try:
                conn.request(method, self.prefix + path, body=data, headers=h)
                resp = conn.getresponse()
                raw = resp.read()
                break
            except (http.client.HTTPException, OSError):
                conn.close()
                self.local.conn = None
                if attempt == 2:
                    raise
        if resp.status not in expect:
            raise SystemExit(f"FAIL: {method} {path} -> {resp.status}\nrequest: {data!r:.2000}\nanswer: {raw[:2000]!r}")
        return resp.status, resp.getheader("ETag"), (json.loads(raw) if raw else None)


def read_rows(path):
    with open(path, encoding="utf-8") as f:
        return [line.rstrip("\n").split("\t") for line in f if line.strip()]


# ---- reports

def report_body(i, employees, regions, pilkada_regions):
    """The i-th generated report: a Bawaslu intake item."""
    nip, agency = employees[(i * 7919) % len(employees)]
    code, _ = VIOLATIONS[i % len(VIOLATIONS)]
    pilkada = i % 5 == 3
    region_list = pilkada_regions if pilkada else regions
    incident = datetime.date(2023, 6, 1) + datetime.timedelta(days=(i * 7) % 480)
    known = incident + datetime.timedelta(days=i % 3)
    origin = "TEMUAN" if i % 20 in (9, 19) else "LAPORAN"
    return {
        "origin": origin,
        "channel": CHANNELS[i % len(CHANNELS)],
        "source": "BENCH",
        "externalId": f"BENCH-{i:08d}",
        "electionCode": PILKADA if pilkada else ELECTION,
        "incidentDate": incident.isoformat(),
        "knownDate": known.isoformat(),
        "incidentRegionCode": region_list[(i * 104729) % len(region_list)],
        "description": f"Laporan uji beban nomor {i}: ASN diduga mengunggah dukungan kepada peserta pemilihan.",
        "violationTypeCodes": [code],
        "anonymous": True,
        "reportedEmployees": [{"nip": nip}],
    }


def case_body(action, i, nip, incident):
    letter = incident + datetime.timedelta(days=30)
    b = {"action": action}
    if action == "REGISTER":
        b["registrationNumber"] = f"{i:06d}/Reg/LP/PL/BENCH/2024"
    elif action == "FORWARD":
        b["forwardLetterNumber"] = f"{i:06d}/PP.00.01/BENCH/2024"
    elif action == "RECOMMEND":
        b["recommendation"] = {"letterNumber": f"B-{i}/R/BENCH/2024", "letterDate": letter.isoformat(),
                               "employees": [{"nip": nip, "proven": True,
                                              "sanctionCode": VIOLATIONS[i % len(VIOLATIONS)][1]}]}
    elif action not in ("START_CLARIFICATION", "START_STUDY", "START_VERIFICATION"):
        b["note"] = f"Keputusan uji beban untuk laporan {i}."
    return b


def track_body(action, i, incident):
    if action == "IMPOSE_SANCTION":
        day = (incident + datetime.timedelta(days=40)).isoformat()
        sanction = VIOLATIONS[i % len(VIOLATIONS)][1]
        decree = {"number": f"800/{i}/BKPSDM/2024", "date": day, "sanctionCode": sanction, "effectiveDate": day}
        if sanction.endswith("_12"):
            decree["durationMonths"] = 12
        return {"action": action, "decree": decree}
    return {"action": action, "documentNumber": f"PER-{i}/BENCH/2024"}


def load_reports(a):
    api = Api(a.base)
    employees = read_rows(a.employees)
    regions = [r[0] for r in read_rows(a.regions)]
    # Pilkada 2024 was held everywhere but DI Yogyakarta (34) and the administrative cities of DKI Jakarta.
    pilkada_regions = [r for r in regions if not r.startswith(("31.", "34."))]
    tok = {"bawaslu": token(a.key, "bawaslu", "--sub", "bench-intake", "--source", "BENCH"),
           "verifier": token(a.key, "verifier", "--sub", "bench-verifier")}
    ppk_tokens, ppk_lock = {}, threading.Lock()

    def ppk(agency):
        with ppk_lock:
            if agency not in ppk_tokens:
                ppk_tokens[agency] = token(a.key, "ppk", "--agency", agency, "--sub", "bench-ppk")
            return ppk_tokens[agency]

    # 1. Intake in batches of 500 (each with an Idempotency-Key), two batches at a time.
    ids = [None] * a.count
    started = time.time()

    def batch(start):
        items = [report_body(i, employees, regions, pilkada_regions) for i in range(start, min(a.count, start + 500))]
        _, _, res = api.call("POST", "/report-batches", tok["bawaslu"], {"reports": items},
                             {"Idempotency-Key": f"bench-reports-{start}"})
        for item in res["items"]:
            if item["outcome"] not in ("CREATED", "EXISTING"):
                raise SystemExit(f"FAIL: report {start + item['index']} rejected: {json.dumps(item)}")
            ids[start + item["index"]] = item["id"]
        return len(items)

    with ThreadPoolExecutor(2) as pool:
        done = sum(pool.map(batch, range(0, a.count, 500)))
    secs = time.time() - started
    log(f"reports: {done} created through /report-batches in {secs:.1f} s ({done / max(secs, 1e-9):.0f} reports/s)")

    # 2. Workflow: a deterministic share of the reports is driven to a later state.
    started = time.time()
    counter = {"case": 0, "track": 0}
    lock = threading.Lock()

    def drive(i):
        actions, track_actions = PLANS[i % 20]
        if not actions:
            return
        body = report_body(i, employees, regions, pilkada_regions)
        nip = body["reportedEmployees"][0]["nip"]
        agency = employees[(i * 7919) % len(employees)][1]
        incident = datetime.date.fromisoformat(body["incidentDate"])
        _, etag, _ = api.call("GET", f"/reports/{ids[i]}", tok["bawaslu"])
        for action in actions:
            role = "verifier" if action in VERIFIER_ACTIONS else "bawaslu"
            _, etag, _ = api.call("POST", f"/reports/{ids[i]}/transitions", tok[role], case_body(action, i, nip, incident),
                                  {"If-Match": etag})
        n_track = 0
        if track_actions:
            _, etag, _ = api.call("GET", f"/reports/{ids[i]}/employees/{nip}", tok["verifier"])
            for action in track_actions:
                t = ppk(agency) if action == "IMPOSE_SANCTION" else tok["verifier"]
                _, etag, _ = api.call("POST", f"/reports/{ids[i]}/employees/{nip}/transitions", t,
                                      track_body(action, i, incident), {"If-Match": etag})
                n_track += 1
        with lock:
            counter["case"] += len(actions)
            counter["track"] += n_track

    with ThreadPoolExecutor(a.workers) as pool:
        list(pool.map(drive, range(a.count)))
    secs = time.time() - started
    total = counter["case"] + counter["track"]
    log(f"reports: {counter['case']} case and {counter['track']} track transitions in {secs:.1f} s "
        f"({total / max(secs, 1e-9):.0f} transitions/s)")


# ---- signatures

def load_signatures(a):
    api = Api(a.base)
    active = read_rows(a.employees)
    if a.count > len(active):
        raise SystemExit(f"FAIL: {a.count} signatures asked but only {len(active)} active employees")
    # An evenly spread selection of a.count active employees, in id order.
    chosen = [active[(k * len(active)) // a.count] for k in range(a.count)]
    by_agency = {}
    for nip, agency in chosen:
        by_agency.setdefault(agency, []).append(nip)
    admin = token(a.key, "admin", "--sub", "bench-loader")
    signed = {"n": 0}
    lock = threading.Lock()

    def agency_batches(agency):
        nips = by_agency[agency]
        ceremony_id = None
        n = 0
        for start in range(0, len(nips), 10000):
            body = {"electionCode": ELECTION, "agencyCode": agency, "nips": nips[start:start + 10000]}
            if ceremony_id is None:
                body["ceremony"] = {"date": "2024-01-15", "place": f"Aula Kantor {agency}",
                                    "witnesses": ["Bawaslu setempat"],
                                    "documentSha256": hashlib.sha256(agency.encode()).hexdigest()}
            else:
                body["ceremonyId"] = ceremony_id
            _, _, res = api.call("POST", "/pact-signature-batches", admin, body,
                                 {"Idempotency-Key": f"bench-pact-{agency}-{start}"}, retry_503=True)
            if res["signed"] != len(body["nips"]):
                raise SystemExit(f"FAIL: batch of {agency} signed {res['signed']} of {len(body['nips'])}: "
                                 f"{json.dumps({k: v for k, v in res.items() if k != 'items'})}")
            ceremony_id = res["ceremonyId"]
            n += res["signed"]
        with lock:
            signed["n"] += n

    started = time.time()
    with ThreadPoolExecutor(a.workers) as pool:
        list(pool.map(agency_batches, sorted(by_agency)))
    secs = time.time() - started
    log(f"signatures: {signed['n']} signed through /pact-signature-batches ({len(by_agency)} agencies) in {secs:.1f} s")
    if api.retried:
        log(f"WARN: {api.retried} signature batches answered 503 and were sent again (see the service log)")
    print(f"SIGNATURE_LOAD signed={signed['n']} seconds={secs:.2f} rate={signed['n'] / max(secs, 1e-9):.0f} "
          f"retried_503={api.retried}")


def main():
    p = argparse.ArgumentParser()
    p.add_argument("what", choices=["reports", "signatures"])
    p.add_argument("--base", required=True)
    p.add_argument("--count", type=int, required=True)
    p.add_argument("--employees", required=True)
    p.add_argument("--regions")
    p.add_argument("--key", required=True)
    p.add_argument("--workers", type=int, default=4)
    a = p.parse_args()
    if a.count == 0:
        return
    load_reports(a) if a.what == "reports" else load_signatures(a)


if __name__ == "__main__":
    main()
