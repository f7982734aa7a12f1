#!/usr/bin/env bash
# Installs what the notebooks need on a fresh Debian 12 machine, and is quick when everything is already there:
#   1. Jupyter from Debian packages (nbclient, nbconvert, jupyter-core, jupyter-client) and fonts for the charts;
#      apt-get runs only when a package is missing, and needs root.
#   2. The Java kernel, DuckDB JDBC and XChart from Maven Central (notebooks/pom.xml) into target/notebooks/:
#      jupyter/kernels/newslens-java/ (the committed kernel.json + the kernel jar) and lib/ (what %jar loads).
# Usage: notebooks/setup.sh [--no-apt]   (--no-apt: check the Debian packages, never install them)
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
OUT="$ROOT/target/notebooks"
KERNEL_DIR="$OUT/jupyter/kernels/newslens-java"
KERNEL_JAR="rapaio-jupyter-kernel-3.0.1.jar"
PACKAGES=(jupyter-nbconvert python3-nbclient jupyter-core python3-jupyter-client fontconfig fonts-dejavu-core)
NO_APT=0
case "${1:-}" in
  "") ;;
  --no-apt) NO_APT=1 ;;
  -h|--help) sed -n '2,8p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
  *) echo "notebooks/setup.sh: unknown option '$1' (see --help)" >&2; exit 2 ;;
esac

missing=()
for p in "${PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  if [ $NO_APT = 1 ] || [ "$(id -u)" != 0 ]; then
    echo "notebooks/setup.sh: missing Debian packages: ${missing[*]}" >&2
    echo "  install them with: sudo apt-get install -y --no-install-recommends ${missing[*]}" >&2
    exit 2
  fi
  echo "notebooks: installing Debian packages: ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get install -y -q --no-install-recommends "${missing[@]}" >/dev/null \
    || { apt-get update -q >/dev/null && apt-get install -y -q --no-install-recommends "${missing[@]}" >/dev/null; }
fi
/usr/bin/python3 -c 'import nbclient, nbformat, jupyter_client' \
  || { echo "notebooks/setup.sh: /usr/bin/python3 cannot import nbclient, nbformat and jupyter_client" >&2; exit 2; }

# Maven only when a jar is missing or the pom changed since the last copy.
stamp="$OUT/.setup-stamp"
want="$(cat "$ROOT/notebooks/pom.xml" | sha256sum | cut -d' ' -f1)"
if [ ! -f "$KERNEL_DIR/$KERNEL_JAR" ] || [ ! -f "$OUT/lib/duckdb_jdbc-2.0.0.1.jar" ] \
  || [ ! -f "$OUT/lib/xchart-4.0.3.jar" ] || [ "$(cat "$stamp" 2>/dev/null)" != "$want" ]; then
  command -v mvn >/dev/null || { echo "notebooks/setup.sh: Maven (mvn) is needed" >&2; exit 2; }
  echo "notebooks: fetching the Java kernel, DuckDB JDBC and XChart with Maven into $OUT"
  rm -rf "$OUT/lib" "$KERNEL_DIR"
  mvn -q -B -f "$ROOT/notebooks/pom.xml" package
  echo "$want" > "$stamp"
fi
# The kernel spec is copied beside its jar, so {resource_dir} in kernel.json points at the jar; JUPYTER_PATH selects it.
cp "$ROOT/notebooks/kernels/newslens-java/kernel.json" "$KERNEL_DIR/kernel.json"
echo "notebooks: ready (kernel newslens-java; JUPYTER_PATH=$OUT/jupyter)"
