"""The floor of the benchmark: compose every plan file with PyYAML's C loader, nothing else.

``python benchmarks/floor.py PATH`` finds the same files as ``journeyplan check PATH``
(``*.yaml``/``*.yml`` below PATH in sorted order, hidden folders and ``journey-maps``
skipped) and, for each, reads it and runs ``yaml.compose(text, Loader=yaml.CSafeLoader)``.
No validation, no model, no output: what any tool that reads these files as YAML nodes
must at least spend. It runs in a fresh process, like ``check``.
"""

import os
import sys

import yaml


def main(path: str) -> int:
    found = []
    if os.path.isfile(path):
        found.append(path)
    for dirpath, dirnames, filenames in os.walk(path):
        dirnames[:] = [d for d in dirnames if not d.startswith(".") and d != "journey-maps"]
        found += [
            os.path.join(dirpath, f)
            for f in filenames
            if not f.startswith(".") and f.endswith((".yaml", ".yml"))
        ]
    nodes = 0
    for name in sorted(found):
        with open(name, encoding="utf-8-sig") as fh:
            text = fh.read()
        if yaml.compose(text, Loader=yaml.CSafeLoader) is not None:
            nodes += 1
    print(f"{len(found)} files, {nodes} composed")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
