"""The settings types and their parsers: pure functions of a plain `Mapping[str, str]`.

Nothing here reads the process environment; `brokerspec.config` does, once, and hands the mapping to these
parsers. `variables` names every variable, `problems` says what is wrong with one, `brokers` / `broker_env`
are the broker settings and their parser, `keys` loads the Kalshi key, `safety` the trading limits and the
state directory, `server` the audit log, rate-limit overrides, HTTP transport and sandbox flag.
"""
