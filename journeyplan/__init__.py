"""journeyplan: plan, check and draw recruitment-marketing candidate journeys kept as YAML in git."""

__version__ = "0.1.0"
