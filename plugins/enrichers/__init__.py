"""First-party enrichers: columns added to whole batches."""
