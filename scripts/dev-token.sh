#!/usr/bin/env bash
# Prints a bearer token for LOCAL USE, signed with the dev-only key committed in this repository
# (src/test/resources/dev-keys/). The dev and test profiles trust it; a packaged service refuses to
# start with it. Needs bash and openssl only.
#
#   scripts/dev-token.sh ROLE [--agency CODE] [--nip NIP] [--region CODE] [--source NAME]... [--sub NAME]
#                        [--ttl SECONDS] [--key PEM]
#
#   ROLE   admin | verifier | bawaslu | ppk | asn | monitor | custodian
#   --agency CODE agency code a ppk acts for, e.g. KOTA-74.71 (claim "agency"; required for ppk)
#   --nip NIP     the employee an asn token belongs to (claim "nip"; required for asn)
#   --region CODE province (74) or kabupaten/kota (74.71) of a regional bawaslu, verifier or monitor
#                 (claim "region"; without it the officer is national)
#   --source NAME an external register the client may write reports under, e.g. BAWASLU-SULTRA
#                 (claim "sources"; repeat for several)
#   --key PEM     sign with this RSA private key instead of the dev-only one
#
# Example: curl -H "Authorization: Bearer $(scripts/dev-token.sh admin)" localhost:8080/api/v1/...
set -euo pipefail

usage() { sed -n '2,19p' "$0" | sed 's/^# \{0,1\}//' >&2; exit 2; }

[ $# -ge 1 ] || usage
role=$1; shift
case "$role" in admin|verifier|bawaslu|ppk|asn|monitor|custodian) ;; *) echo "unknown role: $role" >&2; usage ;; esac

agency=""; nip=""; region=""; sources=(); sub="dev-$role"; ttl=3600; key=""
while [ $# -gt 0 ]; do
  case "$1" in
    --agency) agency=${2:?}; shift 2 ;;
    --nip) nip=${2:?}; shift 2 ;;
    --region) region=${2:?}; shift 2 ;;
    --source) sources+=("${2:?}"); shift 2 ;;
    --sub) sub=${2:?}; shift 2 ;;
    --ttl) ttl=${2:?}; shift 2 ;;
    --key) key=${2:?}; shift 2 ;;
    *) echo "unknown option: $1" >&2; usage ;;
  esac
done
[[ -z "$agency" || "$agency" =~ ^[A-Z0-9][A-Z0-9.-]{1,39}$ ]] || { echo "--agency must be an agency code such as KOTA-74.71" >&2; exit 2; }
[[ -z "$nip" || "$nip" =~ ^[0-9]{18}$ ]] || { echo "--nip must be 18 digits" >&2; exit 2; }
[[ -z "$region" || "$region" =~ ^[0-9]{2}(\.?[0-9]{2})?$ ]] || { echo "--region must be a province (74) or kabupaten/kota (74.71) code" >&2; exit 2; }
for s in "${sources[@]}"; do
  [[ "$s" =~ ^[A-Z0-9_-]{2,40}$ ]] || { echo "--source must be 2-40 of A-Z 0-9 _ -" >&2; exit 2; }
done
[[ "$sub" =~ ^[A-Za-z0-9@._-]+$ ]] || { echo "--sub may only contain letters, digits and @._-" >&2; exit 2; }
[[ "$ttl" =~ ^[0-9]+$ ]] || { echo "--ttl must be a number of seconds" >&2; exit 2; }
[ "$role" != ppk ] || [ -n "$agency" ] || { echo "a ppk token needs --agency CODE" >&2; exit 2; }
[ "$role" != asn ] || [ -n "$nip" ] || { echo "an asn token needs --nip NIP" >&2; exit 2; }

here=$(cd "$(dirname "$0")" && pwd)
[ -n "$key" ] || key="$here/../src/test/resources/dev-keys/dev-only-private-key.pem"
issuer=${JWT_ISSUER:-https://netralitas.dev/issuer}
audience=${JWT_AUDIENCE:-netralitas-asn-api}

b64url() { openssl base64 -A | tr '+/' '-_' | tr -d '='; }

now=$(date +%s)
claims="\"iss\":\"$issuer\",\"aud\":\"$audience\",\"sub\":\"$sub\",\"upn\":\"$sub\",\"groups\":[\"$role\"],\"iat\":$now,\"exp\":$((now + ttl)),\"jti\":\"$(openssl rand -hex 16)\""
[ -z "$agency" ] || claims="$claims,\"agency\":\"$agency\""
[ -z "$nip" ] || claims="$claims,\"nip\":\"$nip\""
[ -z "$region" ] || claims="$claims,\"region\":\"$region\""
if [ ${#sources[@]} -gt 0 ]; then
  list=$(printf '"%s",' "${sources[@]}"); claims="$claims,\"sources\":[${list%,}]"
fi

header=$(printf '{"alg":"RS256","typ":"JWT"}' | b64url)
payload=$(printf '{%s}' "$claims" | b64url)
signature=$(printf '%s.%s' "$header" "$payload" | openssl dgst -sha256 -sign "$key" -binary | b64url)
printf '%s.%s.%s\n' "$header" "$payload" "$signature"
