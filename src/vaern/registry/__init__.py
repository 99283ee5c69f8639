"""Channel registry: an organisation's channels, their verification, and its versioned
communication policy (how it contacts customers and how it never does)."""
