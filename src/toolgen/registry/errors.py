"""The one exception the registry raises: nothing usable could be loaded."""

from __future__ import annotations


class RegistryError(Exception):
    """Nothing usable was loaded; the message is one line and names the path."""
