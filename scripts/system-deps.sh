#!/bin/sh
# Debian packages AFIRGen needs beside its Python wheels: Tesseract language data
# for OCR (English, Hindi, orientation/script detection), and for the tests and
# evaluation sets espeak-ng and sox (speech) and Noto fonts (letters), and
# chromium for the console's browser tests (Playwright drives it; it downloads none).
# As root they are installed with apt-get; otherwise the missing ones are named
# (and text complaints still work).
# `system-deps.sh --eval` adds the handwriting-style fonts of eval/media.
set -eu

PACKAGES="tesseract-ocr-eng tesseract-ocr-hin tesseract-ocr-osd espeak-ng sox fonts-noto-core chromium"
if [ "${1:-}" = "--eval" ]; then
  PACKAGES="$PACKAGES fonts-comic-neue fonts-deva-extra"
fi

missing=""
for package in $PACKAGES; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" \
    || missing="$missing $package"
done
[ -z "$missing" ] && exit 0

if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
  echo "installing Debian packages:$missing"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $missing >/dev/null
else
  echo "NOTE: AFIRGen needs these Debian packages:$missing" >&2
  echo "      install them as root: sudo apt-get install$missing" >&2
  echo "      until then image complaints fail with this reason and media tests skip." >&2
fi
