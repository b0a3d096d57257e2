"""Pure values: money, identifiers, order intents, the normalized portfolio. No I/O, no other brokerspec layer."""
