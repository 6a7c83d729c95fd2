"""Dataset metrics and reports: diversity, coverage, pattern and score summaries."""
