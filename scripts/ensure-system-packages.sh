#!/usr/bin/env bash
# Debian packages that Værn uses at run time and in the tests, installed when missing and
# we may (root with apt-get): Tesseract with the Danish and English models (text
# recognition of SMS screenshots; the models ship in the packages, nothing is downloaded
# at run time) and wrk (the feed benchmark's load generator). With --optional a failure
# is only reported: `make run` works without them (the screenshot check then answers
# "text recognition is not available on this server").
set -u
optional=0
[ "${1:-}" = "--optional" ] && optional=1
missing=()
command -v tesseract >/dev/null 2>&1 || missing+=(tesseract-ocr)
for lang in dan eng; do
  if ! tesseract --list-langs 2>/dev/null | grep -qx "$lang"; then missing+=("tesseract-ocr-$lang"); fi
done
command -v wrk >/dev/null 2>&1 || missing+=(wrk)
[ ${#missing[@]} -eq 0 ] && exit 0
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
  echo "installing Debian packages: ${missing[*]}"
  if apt-get -o DPkg::Lock::Timeout=600 update -qq &&
    DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=600 install -y -qq \
      "${missing[@]}" >/dev/null; then
    exit 0
  fi
fi
echo "missing and not installed here: ${missing[*]} (apt-get install ${missing[*]})" >&2
[ $optional = 1 ] && exit 0
exit 1
