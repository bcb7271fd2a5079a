from .cost import compute_cost_multi
