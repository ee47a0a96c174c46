"""Imported by the workers' fork server: the pipeline and the shipped registry's spaCy
pipeline built once there, so every worker forked from it starts ready to read."""

from pipeline.process import resources_for

resources_for(None)
