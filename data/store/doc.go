// Package store is the file mechanics that make sure no entered score is
// lost. It knows nothing of YAML: the caller renders and applies content.
//
// Files next to a competition file FILE (after symbolic links are resolved,
// so every path to one file shares them; they are never followed
// themselves, see ErrSymlink):
//
//	FILE.lock         one-writer lock (Lock), names its holder
//	FILE.journal      every committed score, synced before "saved" (Journal)
//	FILE.audit.jsonl  trail of changes, reviews and seals, a hash chain (AppendAudit, ReadAudit, VerifyAudit)
//	FILE.audit.head   the hash of the newest audit record (audit_chain.go)
//
// A writing session:
//
//	lk, err := store.Lock(file)            // *LockedError: open read-only, show lk.Holder
//	defer lk.Unlock()
//	h, _ := store.HashFile(file)           // hash of the bytes the loader read
//	j, rec, err := store.OpenJournal(store.JournalPath(file), h)
//	                                       // *CorruptError: stop, overwrite nothing
//	apply rec.Pending in order; say len(rec.Pending) recovered;
//	rec.Orphans: made on another version of the file: j.Adopt them and merge
//	             them like an outside edit (data.Session does)
//	on each commit: j.AppendBatch(records), then AppendAudits;
//	               show "saved" only after AppendBatch returned
//	to save:        upTo := j.LastSeq(); content := render(); j.SaveChecked(file, content, upTo)
//	               ErrChangedOnDisk: merge, then save again; IsDiskFull/IsReadOnly: show it
//
// Errors that touch the disk are *FileError; classify them with IsDiskFull
// and IsReadOnly. User-visible wording belongs to the caller's catalog.
package store
