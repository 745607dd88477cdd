"""reports: the findings document (contract), its JSON / text / HTML renderers and the Typer CLI."""
