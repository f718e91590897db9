"""Speed and scale measurements (``python -m dyad.bench``, ``make bench``).

``synth`` writes synthetic articles; ``__main__`` times the pipeline stages, the store and the
queries the API runs, and prints a table (``--json`` for a machine-readable copy).
"""
