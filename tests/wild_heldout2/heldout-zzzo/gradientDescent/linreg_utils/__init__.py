from .cost import compute_cost
