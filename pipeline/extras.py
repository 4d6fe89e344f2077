"""Optional extras (dask, notebook): a missing one is a one-line message naming the install command.

The core install reads papers; engines and reports that need more say what to install rather
than ending in an ImportError traceback.
"""

from __future__ import annotations

import importlib
import importlib.util

EXTRAS = {
    "dask": ("dask.distributed",),
    "notebook": ("nbformat", "nbclient", "nbconvert", "ipykernel", "matplotlib"),
}
USES = {"dask": "--engine dask", "notebook": "the benchmarking report"}


class MissingExtra(Exception):
    """An optional extra is not installed; str() is the one line to show."""


def message(extra: str, module: str) -> str:
    return f'{USES[extra]} needs {module}, which is not installed: pip install -e ".[{extra}]"'


def _available(module: str, import_it: bool) -> bool:
    try:
        if import_it:
            importlib.import_module(module)
            return True
        return importlib.util.find_spec(module) is not None
    except ImportError:
        return False
    except ValueError:  # a module whose __spec__ is None (blocked, or half-imported)
        return False


def require(extra: str, import_modules: bool = True) -> None:
    """Raise MissingExtra unless every module of `extra` can be imported.

    `import_modules=False` only looks them up (for modules that a child process imports, such as
    the notebook kernel's matplotlib), which is quicker.
    """
    for module in EXTRAS[extra]:
        if not _available(module, import_modules):
            raise MissingExtra(message(extra, module))
