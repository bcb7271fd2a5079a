"""Small shared helpers for the course exercises."""
