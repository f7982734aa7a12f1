"""Executes notebooks headless on the project's Java kernel and saves each executed copy and its charts.

Run with Debian's /usr/bin/python3 (nbclient, nbformat, jupyter_client from Debian packages); notebooks/run-notebooks.sh
sets JUPYTER_PATH and the data folder. For each notebook: start the kernel, wait a few seconds (the kernel has a
start-up race), run a probe cell; if the start or the probe hangs, shut that kernel down and start again, up to three
times. Then run every cell, stopping at the first error. The executed notebook and every image/png output are written
to <out>/<notebook name>/; a notebook that drew no chart fails.
"""

import argparse
import base64
import copy
import os
import re
import sys
import time

import nbformat
from nbclient import NotebookClient
from nbclient.exceptions import CellExecutionError, CellTimeoutError, DeadKernelError

START_ATTEMPTS = 3
SETTLE_SECONDS = 3
PROBE_TIMEOUT = 30
ANSI = re.compile(r"\x1b\[[0-9;]*m")
CHART_MARKER = re.compile(r"^\s*//\s*chart:\s*([A-Za-z0-9_.-]+)", re.MULTILINE)


class KernelStartHang(Exception):
    pass


class NoChart(Exception):
    pass


def log(message):
    print(message, flush=True)


def run_cells(client, nb):
    """Runs the probe, then every code cell; a start-up hang raises KernelStartHang, a cell error CellExecutionError."""
    # nbclient writes an executed cell back to nb.cells[index], so the probe sits at index 0 while it runs.
    nb.cells.insert(0, nbformat.v4.new_code_cell("1 + 1"))
    client.timeout = PROBE_TIMEOUT
    try:
        client.execute_cell(nb.cells[0], 0, store_history=False)
    except (CellTimeoutError, DeadKernelError, TimeoutError, RuntimeError) as e:
        raise KernelStartHang("probe cell did not answer: %s" % e) from e
    finally:
        nb.cells.pop(0)
    client.timeout = client.cell_timeout
    for index, cell in enumerate(nb.cells):
        if cell.cell_type == "code":
            client.execute_cell(cell, index)
            if CHART_MARKER.search(cell.source) and not any("image/png" in o.get("data", {}) for o in cell.outputs):
                raise NoChart("cell %d is marked '// chart:' but drew nothing" % index)


def execute(path, kernel, cell_timeout, kernel_log):
    """Returns the executed notebook; raises on a cell error or when every start attempt hung."""
    source = nbformat.read(path, as_version=4)
    last = None
    for attempt in range(1, START_ATTEMPTS + 1):
        nb = copy.deepcopy(source)
        client = NotebookClient(nb, kernel_name=kernel, timeout=cell_timeout, startup_timeout=30, allow_errors=False,
                                record_timing=True, resources={"metadata": {"path": os.path.dirname(path)}})
        client.cell_timeout = cell_timeout
        try:
            with client.setup_kernel(stderr=kernel_log):
                time.sleep(SETTLE_SECONDS)
                run_cells(client, nb)
            return nb
        except (CellExecutionError, NoChart) as e:
            e.notebook = nb
            raise
        except KernelStartHang as e:
            last = e
        except (RuntimeError, TimeoutError, DeadKernelError) as e:
            if any(cell.get("outputs") for cell in nb.cells):
                raise
            last = e
        log("  kernel start %d/%d failed (%s)%s" % (attempt, START_ATTEMPTS, str(last).splitlines()[0],
                                                 ", retrying" if attempt < START_ATTEMPTS else ""))
    raise RuntimeError("the kernel did not start after %d attempts: %s" % (START_ATTEMPTS, last))


def save(nb, out_dir):
    """Writes the notebook and its PNG outputs; returns the PNG paths."""
    os.makedirs(out_dir, exist_ok=True)
    for old in os.listdir(out_dir):
        if old.endswith(".png"):
            os.remove(os.path.join(out_dir, old))
    pngs = []
    for index, cell in enumerate(nb.cells):
        if cell.cell_type != "code":
            continue
        images = [o for o in cell.get("outputs", []) if "image/png" in o.get("data", {})]
        marker = CHART_MARKER.search(cell.source)
        for k, output in enumerate(images):
            name = marker.group(1) if marker else "cell%02d" % index
            name += "" if len(images) == 1 else "-%d" % (k + 1)
            png = os.path.join(out_dir, "%02d-%s.png" % (len(pngs) + 1, name))
            with open(png, "wb") as f:
                f.write(base64.b64decode(output["data"]["image/png"]))
            pngs.append(png)
    return pngs


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("notebooks", nargs="+", help=".ipynb files to execute, in order")
    parser.add_argument("--out", required=True, help="folder for the executed notebooks and their PNGs")
    parser.add_argument("--kernel", default="newslens-java", help="kernel name (default newslens-java)")
    parser.add_argument("--cell-timeout", type=int, default=300, help="seconds one cell may take (default 300)")
    args = parser.parse_args()

    failures = []
    total = time.time()
    for path in args.notebooks:
        path = os.path.abspath(path)
        name = os.path.splitext(os.path.basename(path))[0]
        out_dir = os.path.join(args.out, name)
        log("== %s" % os.path.basename(path))
        started = time.time()
        os.makedirs(out_dir, exist_ok=True)
        try:
            # The kernel logs every message it handles on stderr: keep that in a file beside the results.
            with open(os.path.join(out_dir, "kernel.log"), "w") as kernel_log:
                nb = execute(path, args.kernel, args.cell_timeout, kernel_log)
        except (CellExecutionError, NoChart) as e:
            failures.append(name)
            save(e.notebook, out_dir)
            nbformat.write(e.notebook, os.path.join(out_dir, name + ".ipynb"))
            log("FAILED %s: a cell raised an error (executed copy: %s):\n%s"
                % (name, os.path.relpath(os.path.join(out_dir, name + ".ipynb")), ANSI.sub("", str(e))[-3000:]))
            continue
        except Exception as e:  # a hung kernel or a dead one: report and go on with the next notebook
            failures.append(name)
            log("FAILED %s: %s" % (name, e))
            continue
        executed = os.path.join(out_dir, name + ".ipynb")
        pngs = save(nb, out_dir)
        nbformat.write(nb, executed)
        if not pngs:
            failures.append(name)
            log("FAILED %s: drew no chart (%s)" % (name, executed))
            continue
        log("ok %s in %.1f s: %s, %d chart%s" % (name, time.time() - started, os.path.relpath(executed),
                                               len(pngs), "" if len(pngs) == 1 else "s"))
        for png in pngs:
            log("   %s" % os.path.relpath(png))
    log("notebooks: %d of %d ok in %.1f s" % (len(args.notebooks) - len(failures), len(args.notebooks),
                                              time.time() - total))
    if failures:
        log("notebooks: FAILED: %s" % ", ".join(failures))
        sys.exit(1)


if __name__ == "__main__":
    main()
