package store

// AppendAudits adds entries to the audit log with one open and one write,
// for a batch committed together (group commit). Like AppendAudit it does
// not sync: the journal is the durable record.
func AppendAudits(path string, entries []AuditEntry) error {
	switch len(entries) {
	case 0:
		return nil
	case 1:
		return AppendAudit(path, entries[0])
	}
	var b []byte
	for _, e := range entries {
		line, err := auditLine(e)
		if err != nil {
			return fileErr("encode", path, err)
		}
		b = append(b, line...)
	}
	return appendAuditBytes(path, b)
}
