"""The check pipeline: model -> rule findings -> configuration -> suppression -> verdicts."""
