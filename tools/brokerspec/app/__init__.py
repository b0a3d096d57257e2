"""The application: the composition root, the trading use cases, the MCP tools and their models, the CLI, the demo."""
