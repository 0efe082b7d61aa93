package main

import (
	"fmt"

	"liangsaibi/data"
	"liangsaibi/data/review"
	"liangsaibi/data/seal"
	"liangsaibi/data/store"
	"liangsaibi/display"
	"liangsaibi/scoring"
)

// auditChange is what an audit record did, as people read it: old → new
// for a score; confirmed, returned, sealed… for the others.
func auditChange(e *env, a store.AuditEntry) string {
	v := auditValue(e, a.New)
	switch a.Note {
	case review.NoteConfirm:
		return e.t("audit.did.confirm", v)
	case review.NoteReturn:
		return e.t("audit.did.return", v, a.Reason)
	case review.NoteCheck:
		return e.t("audit.did.check", v)
	case review.NoteDecide:
		return e.t("audit.did.decide", v)
	case review.NoteSeal:
		return e.t("audit.did.seal", seal.Short(a.Digest))
	case review.NoteUnseal:
		return e.t("audit.did.unseal", a.Reason)
	case review.NoteStart:
		return e.t("audit.did.start")
	case "merge":
		return e.t("audit.did.merge")
	}
	return auditValue(e, a.Old) + " → " + v
}

// runAuditVerify is `audit FILE --verify`: the audit log's chain, and the
// file (with its journal) against the log. Exit 1 when anything is wrong.
func runAuditVerify(e *env, encoding, path string) int {
	doc, err := data.LoadWithJournal(path, data.Options{Encoding: encoding})
	if err != nil {
		printProblems(e, err)
		return exitFile
	}
	journalWarnings(e, doc)
	rep, err := review.Verify(path, doc.Comp)
	if err != nil {
		e.errorf("audit.read", store.AuditPath(path), data.Why(err))
		return exitFile
	}
	ch, c := rep.Chain, doc.Comp
	log := store.AuditPath(path)
	fmt.Fprintln(e.stdout, e.t("verify.records", log, len(ch.Entries)))
	if ch.Unverified > 0 {
		fmt.Fprintln(e.stdout, e.t("verify.unverified", ch.Unverified))
	}
	if ch.AfterHead > 0 {
		fmt.Fprintln(e.stdout, e.t("verify.after_head", ch.AfterHead))
	}
	problems := 0
	if ch.Break != store.Intact {
		problems++
		a := ch.Entries[ch.At]
		who := e.t("verify.record", ch.At+1, ch.Line, a.Time.Local().Format("2006-01-02 15:04:05"), a.Operator)
		switch ch.Break {
		case store.Edited:
			if ch.Lines[ch.At] == ch.Line {
				fmt.Fprintln(e.stdout, e.t("verify.edited_who", who))
			} else {
				fmt.Fprintln(e.stdout, e.t("verify.edited", ch.Line))
			}
		case store.Gap:
			fmt.Fprintln(e.stdout, e.t("verify.gap", who))
		case store.Unchained:
			fmt.Fprintln(e.stdout, e.t("verify.unchained", who))
		case store.TailRemoved:
			fmt.Fprintln(e.stdout, e.t("verify.tail", who))
		case store.HeadMissing:
			fmt.Fprintln(e.stdout, e.t("verify.head_missing", store.HeadPath(log)))
		}
	} else {
		fmt.Fprintln(e.stdout, e.t("verify.chain_ok"))
	}
	if !rep.StartOK {
		problems++
		fmt.Fprintln(e.stdout, e.t("verify.start_changed"))
	}
	for _, u := range rep.Unexplained {
		problems++
		name := slotName(c, u.Street, u.Item, u.Slot)
		if u.Log == "" {
			fmt.Fprintln(e.stdout, e.t("verify.no_record", name, auditValue(e, u.File)))
		} else {
			fmt.Fprintln(e.stdout, e.t("verify.differs", name, auditValue(e, u.File), auditValue(e, u.Log)))
		}
	}
	if len(rep.Unexplained) == 0 && rep.StartOK {
		fmt.Fprintln(e.stdout, e.t("verify.scores_ok"))
	}
	if b := rep.Book; b.Sealed() {
		s := b.Seal
		fmt.Fprintln(e.stdout, e.t("verify.sealed", s.Time.Local().Format("2006-01-02 15:04"), s.Operator, seal.Short(s.Digest)))
		if s.Digest != rep.Digest {
			problems++
			fmt.Fprintln(e.stdout, e.t("verify.seal_differs", seal.Short(rep.Digest)))
		}
	}
	if c.Rules.Review != scoring.ReviewNone {
		n := rep.Book.Count(c)
		fmt.Fprintln(e.stdout, e.t("verify.review", n.Confirmed, n.Pending, n.Returned, n.Mismatch))
	}
	if problems > 0 {
		fmt.Fprintln(e.stdout, e.t("verify.bad", problems))
		return exitFile
	}
	fmt.Fprintln(e.stdout, e.t("verify.good"))
	return exitOK
}

// slotName is a score's street · item · judge, by name.
func slotName(c *scoring.Competition, s, i, k int) string {
	name := c.Streets[s].Name + " · " + c.Items[i].Name
	if c.Items[i].Kind == scoring.Judged {
		name += " · " + c.Judges[k].Name
	}
	return display.Sanitize(name)
}
