#!/usr/bin/env bash
# Checks the deployment files without Docker or a Kubernetes cluster:
#   - docker-compose.yml is a valid Compose file (docker-compose config -q);
#   - the Kubernetes overlays deploy/k8s/overlays/dev and deploy/k8s/overlays/prod render with
#     kustomize (kubectl kustomize), offline.
# Installs docker-compose with apt-get when it is missing. Rendering needs a kubectl whose kustomize is
# v5 or newer (Debian's kubernetes-client package bundles a far older one, useless here); without one,
# it falls back to checking that every file of deploy/k8s parses as YAML.
# The manifests' fields are checked against the operators' and Kubernetes' own models by the
# deploy-tests module of the build (./piis test).
# Prints one line per check; exits non-zero when a check fails. Safe to run again.
set -euo pipefail

export DEBIAN_FRONTEND=noninteractive
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"

OVERLAYS=(deploy/k8s/overlays/dev deploy/k8s/overlays/prod)

SUDO=""
if [ "$(id -u)" -ne 0 ]; then
    SUDO="sudo"
fi
APT_UPDATED=false

apt_install() {
    if [ "$APT_UPDATED" = false ]; then
        $SUDO apt-get update -qq
        APT_UPDATED=true
    fi
    $SUDO apt-get install -y -qq --no-install-recommends "$@" > /dev/null
}

FAILED=0

# --- docker-compose.yml
if ! command -v docker-compose > /dev/null 2>&1; then
    echo "installing docker-compose with apt-get"
    apt_install docker-compose
fi
if compose_output="$(docker-compose -f docker-compose.yml config -q 2>&1)" && [ -z "$compose_output" ]; then
    echo "ok    docker-compose.yml: docker-compose config -q"
else
    echo "FAIL  docker-compose.yml: docker-compose config -q"
    [ -n "$compose_output" ] && printf '%s\n' "$compose_output" >&2
    FAILED=1
fi

# --- deploy/k8s
# The major version of the kustomize built into kubectl, or nothing when there is no kubectl.
kustomize_major() {
    command -v kubectl > /dev/null 2>&1 || return 0
    kubectl version --client 2>/dev/null | sed -n 's/^Kustomize Version: v\([0-9][0-9]*\).*/\1/p'
}

major="$(kustomize_major)"
if [ -n "$major" ] && [ "$major" -ge 5 ]; then
    for overlay in "${OVERLAYS[@]}"; do
        if kustomize_errors="$(kubectl kustomize "$overlay" 2>&1 > /dev/null)"; then
            echo "ok    $overlay: kubectl kustomize"
        else
            echo "FAIL  $overlay: kubectl kustomize"
            printf '%s\n' "$kustomize_errors" >&2
            FAILED=1
        fi
    done
else
    echo "no kubectl with kustomize v5 or newer: checking that deploy/k8s parses as YAML instead"
    # Debian's own Python, where apt-get installs python3-yaml.
    if [ ! -x /usr/bin/python3 ] || ! /usr/bin/python3 -c 'import yaml' > /dev/null 2>&1; then
        echo "installing python3-yaml with apt-get"
        apt_install python3-yaml
    fi
    mapfile -t yaml_files < <(find deploy/k8s -name '*.yaml' | sort)
    if /usr/bin/python3 - "${yaml_files[@]}" <<'PYTHON'
import sys
import yaml

for path in sys.argv[1:]:
    try:
        with open(path, encoding="utf-8") as stream:
            for document in yaml.safe_load_all(stream):
                if document is not None and not isinstance(document, (dict, list)):
                    sys.exit(f"{path}: a document is neither a mapping nor a list")
    except yaml.YAMLError as error:
        sys.exit(f"{path}: {error}")
PYTHON
    then
        echo "ok    deploy/k8s: every file parses as YAML (overlays not rendered)"
    else
        echo "FAIL  deploy/k8s: YAML parse"
        FAILED=1
    fi
fi

exit "$FAILED"
