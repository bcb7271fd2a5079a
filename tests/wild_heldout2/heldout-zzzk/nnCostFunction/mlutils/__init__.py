"""Small helpers shared by the ex4 scripts."""
