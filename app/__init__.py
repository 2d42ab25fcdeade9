"""OCOP Booth: offline-first point of sale for OCOP booths and sale points."""

__version__ = "0.1.0"
