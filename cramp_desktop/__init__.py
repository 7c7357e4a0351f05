"""Leg Cramp Companion: a private, offline desktop companion for people who get leg cramps."""

__version__ = "0.1.0"
APP_NAME = "Leg Cramp Companion"
