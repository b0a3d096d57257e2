"""What may be sent: the safety gate, preview tokens, the daily ledger and the audit log. Knows no broker."""
