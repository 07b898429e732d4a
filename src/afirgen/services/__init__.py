"""Business rules: numbering, the review workflow, access, and their side effects."""
