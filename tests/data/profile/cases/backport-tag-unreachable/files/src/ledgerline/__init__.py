"""Double-entry bookkeeping for Python applications."""
