"""Extractors: one class per claim kind, each turning a sentence into Mentions (see base.py for the protocol)."""
