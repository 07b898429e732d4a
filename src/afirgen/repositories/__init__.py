"""Data access: all SQL lives here, with cache-aside reads."""
