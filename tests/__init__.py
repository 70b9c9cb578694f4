"""Tests of the Magnesium integration."""
