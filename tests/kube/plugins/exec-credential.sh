#!/bin/sh
# A stand-in exec credential plugin for tests. $1 picks the behaviour; every run appends a line to
# $LCL_PLUGIN_COUNT (when set) and saves its environment and arguments to $LCL_PLUGIN_SEEN (when set).
mode="$1"
runs=0
if [ -n "$LCL_PLUGIN_COUNT" ]; then
    echo run >> "$LCL_PLUGIN_COUNT"
    runs=$(wc -l < "$LCL_PLUGIN_COUNT" | tr -d ' ')
fi
if [ -n "$LCL_PLUGIN_SEEN" ]; then
    {
        echo "args=$*"
        echo "extra=$LCL_EXTRA"
        echo "info=$KUBERNETES_EXEC_INFO"
    } > "$LCL_PLUGIN_SEEN"
fi
version="${LCL_PLUGIN_VERSION:-client.authentication.k8s.io/v1}"
later=$(date -u -d '+1 hour' +%Y-%m-%dT%H:%M:%SZ)
case "$mode" in
valid)
    printf '{"apiVersion":"%s","kind":"ExecCredential","status":{"token":"tok-%s","expirationTimestamp":"%s"}}\n' \
        "$version" "$runs" "$later" ;;
forever)
    printf '{"apiVersion":"%s","kind":"ExecCredential","status":{"token":"tok-%s"}}\n' "$version" "$runs" ;;
expired)
    printf '{"apiVersion":"%s","kind":"ExecCredential","status":{"token":"tok-%s","expirationTimestamp":"2020-01-01T00:00:00Z"}}\n' \
        "$version" "$runs" ;;
cert)
    cert=$(awk '{printf "%s\\n", $0}' "$2")
    key=$(awk '{printf "%s\\n", $0}' "$3")
    printf '{"apiVersion":"%s","kind":"ExecCredential","status":{"clientCertificateData":"%s","clientKeyData":"%s"}}\n' \
        "$version" "$cert" "$key" ;;
malformed)
    echo '{"apiVersion": "client.authentication.k8s.io/v1", "kind": "ExecCredential", "status": {"token": ' ;;
fail)
    echo "error: token: supersecret-leaked-value" >&2
    echo "login required: run 'corp-login' first" >&2
    exit 3 ;;
sleep)
    sleep 20
    echo '{}' ;;
*)
    echo "unknown mode $mode" >&2
    exit 2 ;;
esac
