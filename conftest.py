"""Repository-level pytest setup: make ``pytest --nbval notebooks/`` work as typed.

When nbval is on (``--nbval``/``--nbval-lax``, from the command line or from
``addopts`` in pyproject.toml), default to

- the sanitizer file ``nbval-sanitize.cfg`` at the repository root, resolved
  from the root so that pytest works from any directory;
- ``--nbval-current-env``: run the notebooks in this interpreter's environment
  (the venv pytest runs in), whatever ``python`` on PATH is,

unless those options were given explicitly. Notebooks are otherwise collected
by nbval itself; see docs/notebooks.md.
"""
from __future__ import annotations

import os

SANITIZE = "nbval-sanitize.cfg"


def pytest_configure(config):
    opt = config.option
    if not (getattr(opt, "nbval", False) or getattr(opt, "nbval_lax", False)):
        return
    root = str(config.rootpath)
    given = getattr(opt, "nbval_sanitize_with", None)
    if given is None:
        opt.nbval_sanitize_with = os.path.join(root, SANITIZE)
    elif not os.path.isabs(given) and not os.path.exists(given) and os.path.exists(os.path.join(root, given)):
        opt.nbval_sanitize_with = os.path.join(root, given)
    if not getattr(opt, "nbval_kernel_name", None):
        opt.nbval_current_env = True
