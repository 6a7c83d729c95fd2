"""The dashboard server: the built app and its data, on 127.0.0.1 only."""
