"""Fraud cases: playbooks with deadlines, the victim's guide and evidence packs."""
