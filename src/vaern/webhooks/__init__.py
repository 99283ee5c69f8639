"""Webhooks of every domain: one subscription table and one delivery log, keyed by
organisation and topic (``cases``, ``monitoring``, ``warnings``), HMAC-signed POSTs with
the secret kept in the vault, the egress guard, retries with backoff (``vaern.delivery``)."""
