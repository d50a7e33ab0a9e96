#!/usr/bin/env bash
# Debian packages the site needs beyond Python: WeasyPrint's libraries and the fonts for the
# PDFs (Latin, Arabic, Chinese), and Debian's chromium for the browser tests and `make audit`.
# Idempotent: installs only what is missing, and refreshes the package lists once when needed.
set -euo pipefail

PACKAGES=(
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
    # Browser tests (Playwright for Python, axe-core) and Lighthouse
    chromium
    chromium-driver
)

missing=()
for package in "${PACKAGES[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed"; then
        missing+=("$package")
    fi
done

if [ ${#missing[@]} -eq 0 ]; then
    echo "System packages already installed."
    exit 0
fi

if [ "$(id -u)" -ne 0 ]; then
    if command -v sudo >/dev/null 2>&1; then
        exec sudo "$0" "$@"
    fi
    echo "Run as root to install: ${missing[*]}" >&2
    exit 1
fi

echo "Installing: ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
# A package unknown to the local lists means they are missing or stale: refresh them once.
if ! apt-get install --yes --no-install-recommends "${missing[@]}"; then
    apt-get update
    apt-get install --yes --no-install-recommends "${missing[@]}"
fi
