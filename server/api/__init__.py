"""HTTP routers of the hub, one module per concern, all under /api/v1."""
