"""matcher: cross-source matching. aliases → candidate pairs → compare values → verdict → facts and quote support."""
