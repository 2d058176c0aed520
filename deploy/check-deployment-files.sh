#!/usr/bin/env bash
# Checks the deployment files without Docker or a Kubernetes cluster:
#   - docker-compose.yml is a valid Compose file (docker-compose config -q);
#   - deploy/kubernetes renders with kustomize (kubectl kustomize), offline.
# Installs docker-compose and kubectl with apt-get when they are missing. When kubectl cannot be
# installed, it falls back to checking that every file of deploy/kubernetes parses as YAML.
# Prints one line per check; exits non-zero when a check fails. Safe to run again.
set -euo pipefail

export DEBIAN_FRONTEND=noninteractive
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"

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

# --- deploy/kubernetes
if ! command -v kubectl > /dev/null 2>&1; then
    echo "installing kubernetes-client (kubectl) with apt-get"
    apt_install kubernetes-client || echo "kubernetes-client could not be installed: falling back to a YAML parse"
fi
if command -v kubectl > /dev/null 2>&1; then
    if kustomize_errors="$(kubectl kustomize deploy/kubernetes 2>&1 > /dev/null)"; then
        echo "ok    deploy/kubernetes: kubectl kustomize"
    else
        echo "FAIL  deploy/kubernetes: kubectl kustomize"
        printf '%s\n' "$kustomize_errors" >&2
        FAILED=1
    fi
else
    # Debian's own Python, where apt-get installs python3-yaml.
    if [ ! -x /usr/bin/python3 ] || ! /usr/bin/python3 -c 'import yaml' > /dev/null 2>&1; then
        echo "installing python3-yaml with apt-get"
        apt_install python3-yaml
    fi
    if /usr/bin/python3 - deploy/kubernetes/*.yaml <<'PYTHON'
import sys
import yaml

for path in sys.argv[1:]:
    try:
        with open(path, encoding="utf-8") as stream:
            for document in yaml.safe_load_all(stream):
                if document is not None and not isinstance(document, dict):
                    sys.exit(f"{path}: a document is not a mapping")
    except yaml.YAMLError as error:
        sys.exit(f"{path}: {error}")
PYTHON
    then
        echo "ok    deploy/kubernetes: every file parses as YAML (kubectl unavailable)"
    else
        echo "FAIL  deploy/kubernetes: YAML parse"
        FAILED=1
    fi
fi

exit "$FAILED"
