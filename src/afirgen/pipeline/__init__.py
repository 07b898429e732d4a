"""The AI pipeline: extraction, composition and model assistance for one complaint."""
