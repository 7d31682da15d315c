#!/usr/bin/env bash
# Prints the home of a JDK 21 or newer: JAVA_HOME first, then the java on PATH, then /usr/lib/jvm/*.
# Sourced by ./igf and .ci/run; exits 1 with a clear message when there is none.
java_major() {  # $1 = path to a java binary
  "$1" -XshowSettings:properties -version 2>&1 | awk -F'= ' '/java.specification.version/ {print $2; exit}' | cut -d. -f1
}
is_jdk21() {  # $1 = candidate JDK home
  [ -x "$1/bin/java" ] && [ -x "$1/bin/javac" ] || return 1
  local v; v=$(java_major "$1/bin/java"); [ -n "$v" ] && [ "$v" -ge 21 ]
}
find_jdk() {
  local c
  if [ -n "${JAVA_HOME:-}" ] && is_jdk21 "$JAVA_HOME"; then echo "$JAVA_HOME"; return 0; fi
  if command -v javac >/dev/null 2>&1; then
    c=$(dirname "$(dirname "$(readlink -f "$(command -v javac)")")")
    if is_jdk21 "$c"; then echo "$c"; return 0; fi
  fi
  for c in $(ls -d /usr/lib/jvm/*/ 2>/dev/null | sort -rV); do
    c=${c%/}
    if is_jdk21 "$c"; then echo "$c"; return 0; fi
  done
  echo "igf: no JDK 21 or newer found (looked at JAVA_HOME, the javac on PATH and /usr/lib/jvm/*)." >&2
  echo "igf: install one (e.g. 'apt-get install openjdk-21-jdk' or a Temurin 21+) or point JAVA_HOME at it." >&2
  return 1
}
