"""Leg Cramp Companion: a private, offline desktop companion for people who get leg cramps."""

__version__ = "0.1.0"
APP_NAME = "Leg Cramp Companion"
# Where new versions are published (pyproject.toml's "Releases" URL). The app never
# connects to it: Help → Check for updates… opens it in the user's browser.
RELEASES_URL = "https://github.com/legcrampcompanion/cramp-desktop/releases"
