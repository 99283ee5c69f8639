"""What the server and the command line serve: every domain of ``vaern.domains``, the
DPO product, which works over all of them (and so reads that list itself), and the
site-wide pages (front page, sign-in, language, health, metrics: ``vaern.pages``)."""

from __future__ import annotations

from vaern import pages
from vaern.domains import DOMAINS
from vaern.dpo.manifest import DOMAIN as DPO
from vaern.jobs import Job
from vaern.manifest import Domain

SITE = Domain(name="site", routers=(pages.router,))
SERVED: tuple[Domain, ...] = (*DOMAINS, DPO, SITE)


def jobs() -> dict[str, Job]:
    """Every scheduled job by name."""
    return {job.name: job for domain in SERVED for job in domain.jobs}
