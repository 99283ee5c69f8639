"""The data-protection officer's product: data-subject requests, breaches, legal holds,
the records of processing and the privacy notice, over every domain's personal data."""
