"""Takedown requests for scam domains and numbers (see ``flows``)."""
