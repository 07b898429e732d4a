"""HTTP layer: routes, dependencies, schemas and middleware."""
