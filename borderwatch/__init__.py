"""borderwatch: news pages in, an evidence-backed record of border crossings out."""

__version__ = "0.1.0"
__all__ = ["__version__"]
