"""The library: the curricula on this computer, their modules, and opening new ones."""
