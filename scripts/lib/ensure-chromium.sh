# Sourced by scripts/test.sh: Playwright drives Debian's chromium (its own browser download cannot
# work here). Installs it as root, or stops with the exact command — never a silent skip.
CHROMIUM="${CHROMIUM_PATH:-/usr/bin/chromium}"
if [ ! -x "$CHROMIUM" ]; then
  if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
    echo "› installing Debian's chromium and CJK fonts (about a minute)"
    apt-get update -qq >/dev/null
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-noto-cjk >/dev/null
  else
    echo "Chromium is missing at $CHROMIUM. Install it, then run the tests again:" >&2
    echo "    sudo apt-get update && sudo apt-get install -y chromium fonts-noto-cjk" >&2
    exit 1
  fi
fi
