#!/usr/bin/env bash
# Debian packages the project needs beyond Python, installed only when missing.
#
#   scripts/install-system-deps.sh site   # WeasyPrint's libraries and the PDF fonts (Latin, Arabic, Chinese)
#   scripts/install-system-deps.sh all    # the same, plus Debian's chromium for the browser tests and `make audit`
#   scripts/install-system-deps.sh bench  # wrk, the HTTP load generator of bench/pages.py
#
# `make run`, `make serve` and `make test` run the `site` set; `sudo make system-deps` runs `all`. Without
# root and without sudo, the `site` set only warns: the site then runs with its PDF actions hidden.
set -euo pipefail

SITE_PACKAGES=(
    # WeasyPrint (HTML to PDF)
    libpango-1.0-0
    libpangoft2-1.0-0
    libharfbuzz0b
    libharfbuzz-subset0
    libfontconfig1
    shared-mime-info
    # Fonts: Latin, Arabic and other scripts, Chinese
    fonts-dejavu
    fonts-noto-core
    fonts-noto-cjk
)
BROWSER_PACKAGES=(chromium chromium-driver)
BENCH_PACKAGES=(wrk)

set_name="${1:-all}"
case "$set_name" in
    site) wanted=("${SITE_PACKAGES[@]}") ;;
    all) wanted=("${SITE_PACKAGES[@]}" "${BROWSER_PACKAGES[@]}") ;;
    bench) wanted=("${BENCH_PACKAGES[@]}") ;;
    *) echo "usage: $0 site|all|bench" >&2; exit 2 ;;
esac

missing=()
for package in "${wanted[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed"; then
        missing+=("$package")
    fi
done
[ ${#missing[@]} -eq 0 ] && exit 0

if [ "$(id -u)" -ne 0 ]; then
    if command -v sudo >/dev/null 2>&1; then
        exec sudo "$0" "$@"
    fi
    echo "These Debian packages are missing: ${missing[*]}." >&2
    echo "Install them as root (bash scripts/install-system-deps.sh $set_name); until then PDF downloads stay off." >&2
    [ "$set_name" = site ] && exit 0 || exit 1
fi

echo "Installing Debian packages: ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
# A package unknown to the local lists means they are missing or stale: refresh them once.
if ! apt-get install --yes --quiet --no-install-recommends "${missing[@]}" >/dev/null; then
    apt-get update --quiet >/dev/null
    apt-get install --yes --quiet --no-install-recommends "${missing[@]}" >/dev/null
fi
