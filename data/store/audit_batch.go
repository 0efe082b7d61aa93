package store

// AppendAudits adds entries to the audit log with one open and one write,
// for a batch committed together (group commit), chained and synced like
// AppendAudit.
func AppendAudits(path string, entries []AuditEntry) error {
	if len(entries) == 0 {
		return nil
	}
	return appendChained(path, entries)
}
