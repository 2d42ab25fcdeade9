"""Benchmarks that print figures; never timed asserts in tests."""
