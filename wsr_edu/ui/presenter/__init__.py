"""Presenting a module: the audience screen, the presenter's console and what joins them."""
