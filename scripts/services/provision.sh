#!/usr/bin/env bash
# Installs what the test servers need: Debian's redis-server and postgresql, a MinIO server
# built from source with `go install`, and Elasticsearch's test distribution from Maven
# Central, run on a JDK >= 21 found on the machine; and veraPDF's validator (Maven Central)
# for the PDF/A tests; the E-ARK validator (PyPI, own virtualenv) for the package tests.
# Idempotent and cached under $HOSO_CACHE (default ~/.cache/hoso); prints nothing unless
# something fails.
#
#   scripts/services/provision.sh
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
. "$HERE/common.sh"

main() {
    mkdir -p "$HOSO_CACHE"
    provision_debian_packages
    provision_minio
    provision_es_user
    provision_elasticsearch
    provision_es_java
    provision_verapdf
    provision_eark_validator
    provision_axe_core
    provision_tessdata
}

# tesseract's `best_int` and standard (legacy + LSTM) `vie` models, which Debian does not ship
# (it ships `fast`), from the npm package @tesseract.js-data/vie: for HOSO_TESSDATA and
# bench/ocr_accuracy.py's engine choice. Unpacked into $HOSO_CACHE/tessdata/{best_int,standard}.
TESSDATA_NPM="@tesseract.js-data/vie@1.0.0"
provision_tessdata() {
    local target="$HOSO_CACHE/tessdata"
    [ -s "$target/best_int/vie.traineddata" ] && [ -s "$target/standard/vie.traineddata" ] \
        || fetch_tessdata "$target"
    link_tesseract_configs "$target"
}

fetch_tessdata() {
    local target="$1"
    command -v npm >/dev/null || die "npm is needed to fetch $TESSDATA_NPM"
    local staging="$target/.unpack-$$"
    mkdir -p "$staging" "$target/best_int" "$target/standard"
    (cd "$staging" && quietly npm-pack npm pack --silent "$TESSDATA_NPM" \
        && tar xzf ./*.tgz) || die "could not fetch $TESSDATA_NPM"
    gunzip -c "$staging/package/4.0.0_best_int/vie.traineddata.gz" >"$target/best_int/vie.traineddata"
    gunzip -c "$staging/package/4.0.0/vie.traineddata.gz" >"$target/standard/vie.traineddata"
    rm -rf "$staging"
}

link_tesseract_configs() {
    local target="$1"
    # tesseract finds its output configs (tsv, hocr, pdf) and the PDF font in the tessdata
    # folder it is given: the installed ones, linked.
    local installed
    installed="$(dirname "$(tesseract --list-langs 2>&1 | sed -n 's/^List of available languages in "\(.*\)".*/\1/p')/x")"
    for model in best_int standard; do
        for shared in configs tessconfigs pdf.ttf; do
            ln -sfn "$installed/$shared" "$target/$model/$shared"
        done
    done
}

provision_debian_packages() {
    local missing=()
    command -v redis-server >/dev/null || missing+=(redis-server)
    [ -n "$(postgres_bindir)" ] || missing+=(postgresql)
    command -v curl >/dev/null || missing+=(curl)
    command -v unzip >/dev/null || missing+=(unzip)
    [ ${#missing[@]} -eq 0 ] && return 0
    [ "$(id -u)" = 0 ] || die "missing ${missing[*]}; as root run: apt-get install ${missing[*]}"
    with_services_held_back install_debian_packages "${missing[@]}"
}

install_debian_packages() {
    export DEBIAN_FRONTEND=noninteractive
    local install=(apt-get install -y -q --no-install-recommends "$@")
    # Update the package lists only when the install cannot go ahead without it.
    if ! apt-cache show "$@" >/dev/null 2>&1 || ! quietly apt-install "${install[@]}" 2>/dev/null
    then
        quietly apt-update apt-get update -q && quietly apt-install "${install[@]}"
    fi
}

# We run our own instances on our own ports and data directories, so the packages' own
# services must not start during the install (policy-rc.d exit 101 = "action forbidden").
with_services_held_back() {
    local policy=/usr/sbin/policy-rc.d
    if [ -e "$policy" ]; then "$@"; return; fi
    printf '#!/bin/sh\nexit 101\n' >"$policy" && chmod 755 "$policy"
    local status=0
    "$@" || status=$?
    rm -f "$policy"
    return "$status"
}

provision_minio() {
    [ -x "$MINIO_BIN" ] && return 0
    command -v go >/dev/null || die "go is needed to build MinIO ($MINIO_MODULE@$MINIO_VERSION)"
    local bindir="${MINIO_BIN%/*}"
    mkdir -p "$bindir"
    # A private build cache, dropped afterwards: once the binary exists it is of no use.
    local gocache="$HOSO_CACHE/go-build.tmp"
    GOBIN="$bindir" GOCACHE="$gocache" GOFLAGS=-buildvcs=false CGO_ENABLED=0 \
        quietly minio-build go install -trimpath "$MINIO_MODULE@$MINIO_VERSION"
    rm -rf "$gocache"
    [ -x "$MINIO_BIN" ] || die "go install did not produce $MINIO_BIN"
}

provision_es_user() {
    [ "$(id -u)" = 0 ] || return 0
    id -u "$ES_USER" >/dev/null 2>&1 && return 0
    quietly es-user useradd --system --no-create-home --home-dir /nonexistent \
        --shell /usr/sbin/nologin "$ES_USER"
}

provision_elasticsearch() {
    [ -x "$ES_HOME/bin/elasticsearch" ] && return 0
    command -v mvn >/dev/null || die "maven (mvn) is needed to fetch $ES_ARTIFACT"
    local downloads="$HOSO_CACHE/elasticsearch" staging="$ES_ROOT/.unpack-$$"
    mkdir -p "$downloads" "$ES_ROOT"
    local zip="$downloads/elasticsearch-$ES_VERSION.zip"
    [ -s "$zip" ] || quietly es-download mvn -B -q dependency:copy \
        -Dartifact="$ES_ARTIFACT" -DoutputDirectory="$downloads" -Dmdep.overWriteReleases=true
    rm -rf "$staging" && mkdir -p "$staging"
    quietly es-unzip unzip -q "$zip" -d "$staging"
    # Unpack beside the target and move into place so a half-done unzip is never used.
    mv "$staging/elasticsearch-$ES_VERSION" "$ES_HOME" && rm -rf "$staging" "$zip"
    chmod -R a+rX "$ES_ROOT"
}

provision_es_java() {
    if [ -s "$ES_JAVA_HOME_FILE" ]; then
        local known; known="$(cat "$ES_JAVA_HOME_FILE")"
        [ "$(java_major "$known")" -ge "$ES_MIN_JAVA" ] 2>/dev/null && return 0
    fi
    local home; home="$(find_java_home)"
    [ -n "$home" ] || die "Elasticsearch $ES_VERSION needs a JDK >= $ES_MIN_JAVA;" \
        "none found in /usr/lib/jvm. Install one, or set HOSO_ES_JAVA_HOME."
    mkdir -p "${ES_JAVA_HOME_FILE%/*}"
    echo "$home" >"$ES_JAVA_HOME_FILE"
}

provision_verapdf() {
    [ -s "$VERAPDF_JAR" ] && return 0
    command -v mvn >/dev/null || die "maven (mvn) is needed to fetch $VERAPDF_ARTIFACT"
    local downloads="${VERAPDF_JAR%/*}"
    mkdir -p "$downloads"
    quietly verapdf-download mvn -B -q dependency:copy -Dartifact="$VERAPDF_ARTIFACT" \
        -DoutputDirectory="$downloads" -Dmdep.overWriteReleases=true
    [ -s "$VERAPDF_JAR" ] || die "maven did not produce $VERAPDF_JAR"
}

# The E-ARK validator for the package tests (tests/eark_validator.py), from PyPI into a
# virtualenv of its own (tests/eark/run.py serves the vocabularies it would download).
provision_eark_validator() {
    [ -x "$EARK_VENV/bin/eark-validator" ] && return 0
    quietly eark-venv python3 -m venv "$EARK_VENV"
    quietly eark-install "$EARK_VENV/bin/python" -m pip install -q "eark-validator==$EARK_VERSION"
}

# axe-core's one-file build, from npm's registry, for the browser tests' accessibility checks.
provision_axe_core() {
    [ -s "$AXE_JS" ] && return 0
    command -v npm >/dev/null || die "npm is needed to fetch axe-core@$AXE_VERSION"
    local staging="$HOSO_CACHE/axe-core/.unpack-$$"
    rm -rf "$staging" && mkdir -p "$staging"
    quietly axe-download npm pack --silent --pack-destination "$staging" "axe-core@$AXE_VERSION"
    tar -xzf "$staging"/axe-core-*.tgz -C "$staging"
    mkdir -p "${AXE_JS%/*}"
    mv "$staging/package/axe.min.js" "$AXE_JS" && rm -rf "$staging"
}

# Prints the JAVA_HOME of the newest JDK >= ES_MIN_JAVA, preferring an explicit choice.
find_java_home() {
    local candidate major best="" best_major=0
    for candidate in "${HOSO_ES_JAVA_HOME:-}" "${ES_JAVA_HOME:-}" "${JAVA_HOME:-}" \
        /usr/lib/jvm/*; do
        if [ -z "$candidate" ] || [ ! -x "$candidate/bin/java" ]; then continue; fi
        major="$(java_major "$candidate")"
        if [ -z "$major" ] || [ "$major" -lt "$ES_MIN_JAVA" ]; then continue; fi
        [ -n "${HOSO_ES_JAVA_HOME:-}" ] && [ "$candidate" = "$HOSO_ES_JAVA_HOME" ] \
            && { echo "$candidate"; return; }
        [ "$major" -gt "$best_major" ] && { best="$candidate"; best_major="$major"; }
    done
    echo "$best"
}

main "$@"
