package store

// AppendAudit adds one entry to the audit log at path, chained like every
// append (the program itself appends batches: AppendAudits).
func AppendAudit(path string, e AuditEntry) error {
	return appendChained(path, []AuditEntry{e})
}
