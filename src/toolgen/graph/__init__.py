"""The endpoint graph: edge rules, indexed build, artifacts (and later the chain sampler).

Import submodules directly (`toolgen.graph.build`); nothing heavy happens at import time.
"""
