"""committee-papers: council committee papers to a canonical action-plan dataset."""

__version__ = "0.1.0"
