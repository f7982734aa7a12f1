#!/usr/bin/env bash
# bin/newslens notebooks: executes the notebooks headless on the project's Java kernel and saves the executed copies
# and their charts under target/notebooks/<notebook>/. Fails when a cell errors, a query reads no rows, or a notebook
# draws no chart.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
OUT="$ROOT/target/notebooks"

usage() {
  cat <<USAGE
usage: bin/newslens notebooks [NOTEBOOK.ipynb ...]

Executes notebooks/*.ipynb (or the ones given) on the newslens Java kernel with /usr/bin/python3 and nbclient,
saving each executed notebook and its PNG charts under target/notebooks/<name>/.
Data: \$NEWSLENS_DATA (default target/demo/output); when the default is absent, bin/newslens demo makes it first.
Setup: notebooks/setup.sh installs Jupyter from Debian packages (needs root) and fetches the kernel, DuckDB and
XChart jars; this command runs its Maven part itself and stops if the Debian packages are missing.
Environment: NEWSLENS_NOTEBOOK_CELL_TIMEOUT (seconds per cell, default 300).
USAGE
}

notebooks=()
for arg in "$@"; do
  case "$arg" in
    -h|--help) usage; exit 0 ;;
    -*) echo "newslens notebooks: unknown option '$arg' (see --help)" >&2; exit 2 ;;
    *) [ -f "$arg" ] || { echo "newslens notebooks: no such notebook: $arg" >&2; exit 2; }; notebooks+=("$arg") ;;
  esac
done
[ ${#notebooks[@]} -gt 0 ] || notebooks=("$ROOT"/notebooks/*.ipynb)

bash "$ROOT/notebooks/setup.sh" --no-apt

if [ -n "${NEWSLENS_DATA:-}" ]; then
  [ -d "$NEWSLENS_DATA" ] || { echo "newslens notebooks: NEWSLENS_DATA=$NEWSLENS_DATA is not a folder" >&2; exit 2; }
else
  export NEWSLENS_DATA="$ROOT/target/demo/output"
  if [ ! -d "$NEWSLENS_DATA/articles" ]; then
    echo "notebooks: no demo output in $NEWSLENS_DATA; running bin/newslens demo first"
    "$ROOT/bin/newslens" demo
  fi
fi
export NEWSLENS_DATA="$(cd "$NEWSLENS_DATA" && pwd)"
export JUPYTER_PATH="$OUT/jupyter"
# Keep Jupyter's runtime files (connection files) inside target/, away from the user's home.
export JUPYTER_RUNTIME_DIR="$OUT/runtime"
mkdir -p "$JUPYTER_RUNTIME_DIR"
echo "notebooks: data $NEWSLENS_DATA"
exec /usr/bin/python3 "$ROOT/notebooks/run_notebooks.py" --out "$OUT" \
  --cell-timeout "${NEWSLENS_NOTEBOOK_CELL_TIMEOUT:-300}" "${notebooks[@]}"
