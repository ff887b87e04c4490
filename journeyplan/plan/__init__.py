"""The plan format, declared once: the model, its fields, validation, references, JSON Schema."""
