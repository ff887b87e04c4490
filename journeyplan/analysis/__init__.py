"""What is computed from a valid plan: the journey graph, the coverage matrix, the diff."""
