"""Customer reports of scam messages, campaign grouping and takedown requests."""
