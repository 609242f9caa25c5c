#!/usr/bin/env bash
# Sets up LocalCloudLab Console on Debian 12 and runs it or its tests. Idempotent: run it as often as you like.
#
#   installer/setup.sh demo    install what is missing, build (release), start the console on the demo lab
#   installer/setup.sh test    install what is missing, build (dev), run the whole test suite
#   installer/setup.sh deps    only install the Debian packages
#   installer/setup.sh build [PRESET]   only build (default preset: release)
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
top="$(cd "$here/.." && pwd)"

# Build and runtime dependencies, then the tools the tests drive (real Prometheus, Alertmanager, kubectl's
# Python counterpart, a virtual X server, image tools).
packages=(
    cmake ninja-build g++ ccache pkg-config
    qt6-base-dev qt6-charts-dev qt6-svg-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    libqt6opengl6-dev libxkbcommon-dev libgl-dev qt6-translations-l10n
    libyaml-cpp-dev libcurl4-openssl-dev libspdlog-dev libsimdjson-dev nlohmann-json3-dev
    libgraphviz-dev graphviz libcpp-httplib-dev prometheus-cpp-dev libssl-dev zlib1g-dev
    fonts-dejavu-core tzdata
    prometheus prometheus-alertmanager python3 python3-kubernetes xvfb xauth imagemagick
    appstream desktop-file-utils openssl curl nghttp2-server
)

as_root() {
    if [ "$(id -u)" -eq 0 ]; then
        "$@"
    elif command -v sudo >/dev/null 2>&1; then
        sudo "$@"
    else
        echo "setup: need root to install packages: run as root or install sudo" >&2
        exit 1
    fi
}

install_deps() {
    local missing=()
    for p in "${packages[@]}"; do
        dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
    done
    if [ ${#missing[@]} -eq 0 ]; then
        echo "setup: all ${#packages[@]} Debian packages are installed"
        return
    fi
    echo "setup: installing ${#missing[@]} Debian packages: ${missing[*]}"
    as_root env DEBIAN_FRONTEND=noninteractive apt-get update -q
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${missing[@]}"
}

build() {
    local preset="$1"
    # Let ccache reuse objects across checkouts in different folders (relative paths, no cwd in the hash).
    export CCACHE_BASEDIR="$top" CCACHE_NOHASHDIR=1
    shift
    cd "$top"
    cmake --preset "$preset" >/dev/null
    cmake --build --preset "$preset" "$@"
}

cmd="${1:-}"
case "$cmd" in
deps)
    install_deps
    ;;
build)
    install_deps
    build "${2:-release}"
    ;;
demo)
    install_deps
    build release --target lclab-console lclab-sim
    shift
    if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ] && [ -z "${QT_QPA_PLATFORM:-}" ]; then
        echo "setup: no display found (DISPLAY is not set); starting the console under xvfb-run." >&2
        echo "setup: for a headless health report instead, run: build/release/bin/lclab-console --demo --report" >&2
        exec xvfb-run -a -s "-screen 0 1920x1080x24" "$top/build/release/bin/lclab-console" --demo "$@"
    fi
    exec "$top/build/release/bin/lclab-console" --demo "$@"
    ;;
test)
    install_deps
    build dev
    cd "$top"
    exec ctest --preset dev
    ;;
*)
    sed -n '2,8p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'
    exit 2
    ;;
esac
