"""Warnings about scams in an organisation's name: pages, feeds, widget, matching."""
