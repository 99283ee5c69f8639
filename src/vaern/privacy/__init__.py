"""Personal data: recognisers and redaction, the vault, the audit chain, retention.

The recognisers compiled by ``make install`` (text/compiled.py) are read from the
environment when their build fits the source: their directory comes first on the
package's path, so ``vaern.privacy.recognizers`` is the compiled module there and the
source everywhere else (``vaern.text`` puts the build's text modules first on its own)."""

from vaern.text import BUILT as _BUILT

if _BUILT is not None:
    __path__.insert(0, _BUILT)
