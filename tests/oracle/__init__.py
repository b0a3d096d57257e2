"""The SDK oracle: Kalshi's official generated SDK judging the suite's Kalshi traffic (see kalshi_sdk.py)."""
