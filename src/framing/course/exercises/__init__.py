"""One module per notebook (``nbNN.py``), each registering its exercises' checkers."""
