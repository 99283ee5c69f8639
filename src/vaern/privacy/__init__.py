"""Personal data: recognisers and redaction, the vault, the audit chain, retention.

The recognisers compiled by ``make install`` (privacy/compiled.py) are read from the
environment when their build fits the source: their directory comes first on the
package's path, so ``vaern.privacy.recognizers`` is the compiled module there and the
source everywhere else."""

from vaern.privacy import compiled as _compiled

_BUILT = _compiled.built()
if _BUILT is not None:
    __path__.insert(0, _BUILT)
