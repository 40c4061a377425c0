"""Paper: the PDF groundwork (fonts, shaping, right-to-left) and the printables for workers."""
