"""Re-run the notebooks in place so the committed outputs match what nbval will see.

    .venv/bin/python notebooks/refresh_outputs.py            # all four
    .venv/bin/python notebooks/refresh_outputs.py 02_compare_years.ipynb

Each notebook runs top to bottom in this interpreter's environment (the same
kernel ``pytest --nbval --nbval-current-env`` uses), from the notebooks
directory, with its default parameters. No execution timestamps are recorded,
so re-running an unchanged notebook gives an unchanged file. The time each
notebook took is printed here, never stored in it.

The notebook metadata is written exactly as JupyterLab would set it on opening
(``kernelspec`` of the python3 kernel, ``language_info`` as the kernel reports
it), so that opening a committed notebook does not mark it modified. JupyterLab
only rewrites metadata that differs; ``language_info.version`` is the Python
version the outputs were made with, and a reader on another Python version will
see that one field change.
"""
from __future__ import annotations

import os
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
KERNELSPEC = {"display_name": "Python 3 (ipykernel)", "language": "python", "name": "python3"}


def clean(nb) -> None:
    """Metadata a reader's JupyterLab would not change, and nothing machine-specific in the cells."""
    for cell in nb.cells:
        cell.metadata.pop("execution", None)  # timestamps
        cell.metadata.pop("trusted", None)  # trust is local to each machine (nbformat keeps it out of files)
        cell.metadata.pop("collapsed", None)
        cell.metadata.pop("scrolled", None)
    nb.metadata["kernelspec"] = dict(KERNELSPEC)
    for key in ("widgets", "papermill", "toc", "varInspector"):
        nb.metadata.pop(key, None)


def refresh(path: str) -> float:
    import nbformat
    from nbclient import NotebookClient

    nb = nbformat.read(path, as_version=4)
    client = NotebookClient(nb, timeout=600, kernel_name="python3", record_timing=False,
                            resources={"metadata": {"path": HERE}})
    # The "python3" kernelspec says "python"; jupyter_client runs that as sys.executable.
    start = time.perf_counter()
    client.execute()  # also records the kernel's language_info, as JupyterLab will
    took = time.perf_counter() - start
    clean(nb)
    nbformat.validate(nb)
    nbformat.write(nb, path)
    return took


def main(argv: list[str]) -> int:
    names = argv or sorted(f for f in os.listdir(HERE) if f.endswith(".ipynb"))
    for name in names:
        path = name if os.path.isabs(name) else os.path.join(HERE, os.path.basename(name))
        took = refresh(path)
        print(f"{os.path.basename(path)}: {took:.1f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
