"""The provincial hub: receives booth facts exactly once and publishes the catalog."""
