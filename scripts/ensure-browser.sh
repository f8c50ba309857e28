#!/usr/bin/env bash
# Makes sure Playwright has a Chromium to drive. Playwright's own download is the usual path on a
# developer laptop; machines without it (CI here cannot download browsers) get Debian's chromium.
set -euo pipefail
if [ -n "${PLAYWRIGHT_CHROMIUM:-}" ] && [ -x "$PLAYWRIGHT_CHROMIUM" ]; then exit 0; fi
if command -v chromium >/dev/null 2>&1 || [ -x /usr/bin/chromium ]; then exit 0; fi
# Playwright's own browser, if one was installed with `npx playwright install chromium`.
if ls "${PLAYWRIGHT_BROWSERS_PATH:-$HOME/.cache/ms-playwright}"/chromium* >/dev/null 2>&1; then exit 0; fi
if command -v apt-get >/dev/null 2>&1 && [ "$(id -u)" = "0" ]; then
  echo "ensure-browser: installing Debian's chromium (about a minute)..."
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq chromium >/dev/null
  exit 0
fi
echo "ensure-browser: no Chromium found. Run 'npx playwright install chromium' (or install your distribution's chromium) and retry." >&2
exit 1
