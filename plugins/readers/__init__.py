"""First-party readers: one file in, documents out."""
