"""wsr-edu: offline rights education for Worker-driven Social Responsibility programmes."""

__version__ = "0.1.0"
