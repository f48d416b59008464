"""ghcli: split, analyse and export trade-union newspaper issues.

Stages (each a plain function over plain records, importable without the CLI):
read (ghcli.sources) -> repair (ghcli.repair) -> split (ghcli.split)
-> extract (ghcli.extract) -> aggregate (ghcli.aggregate) -> export (ghcli.writers).
"""

__version__ = "0.1.0"
