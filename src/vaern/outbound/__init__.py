"""Outbound log: what an organisation and its partners sent, stored as fingerprints."""
