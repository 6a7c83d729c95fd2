"""Exports of a generated dataset: the dashboard bundle (and, later, training formats)."""
