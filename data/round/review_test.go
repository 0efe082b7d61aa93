package round

import (
	"errors"
	"os"
	"strings"
	"testing"

	"liangsaibi/data"
	"liangsaibi/data/review"
	"liangsaibi/data/seal"
	"liangsaibi/data/store"
	"liangsaibi/i18n"
	"liangsaibi/scoring"
)

// withReview is the example with rules.review set to mode.
func withReview(t *testing.T, mode string) string {
	t.Helper()
	path := copyExample(t)
	raw, _ := os.ReadFile(path)
	text := strings.Replace(string(raw), "\nrules:", "\nrules:\n  review: "+mode, 1)
	if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

func set(r *Round, who string, s, i, k int, v scoring.Slot) (Ack, error) {
	return r.Do(Op{Kind: Set, Street: s, Item: i, Slot: k, Value: v, Operator: who, Source: Source{Kind: Keyboard}})
}

func reviewOp(r *Round, kind OpKind, who string, s, i, k int, v scoring.Slot, reason string) error {
	_, err := r.Do(Op{Kind: kind, Street: s, Item: i, Slot: k, Value: v, Operator: who, Reason: reason,
		Source: Source{Kind: Phone, Addr: "10.0.0.7"}})
	return err
}

func TestConfirmNeedsAnotherOperatorAndSurvivesRestart(t *testing.T) {
	path := withReview(t, "confirm")
	r := open(t, path, Options{Operator: "甲"})
	s, i, k := cell(r.State().Comp, 0)
	if _, err := set(r, "甲", s, i, k, value(3)); err != nil {
		t.Fatal(err)
	}
	st := r.State()
	if got := st.Review.At(st.Comp, s, i, k); got.Status != review.Pending || got.By != "甲" {
		t.Fatalf("after entry: %+v, want pending by 甲", got)
	}
	err := reviewOp(r, Confirm, "甲", s, i, k, scoring.Slot{}, "")
	if !errors.Is(err, ErrOwnEntry) || !strings.Contains(data.ErrorText(err, i18n.Zh), "不能复核自己录入的分数") {
		t.Fatalf("own confirm: %v, want ErrOwnEntry in plain words", err)
	}
	if err := reviewOp(r, Return, "乙", s, i, k, scoring.Slot{}, " "); !errors.Is(err, ErrNoReason) {
		t.Fatalf("return without reason: %v", err)
	}
	if err := reviewOp(r, Confirm, "乙", s, i, k, scoring.Slot{}, ""); err != nil {
		t.Fatal(err)
	}
	if err := r.Close(); err != nil {
		t.Fatal(err)
	}
	r2 := open(t, path, Options{Operator: "丙"})
	st = r2.State()
	got := st.Review.At(st.Comp, s, i, k)
	if got.Status != review.Confirmed || got.By != "甲" || got.Checker != "乙" {
		t.Fatalf("after restart: %+v, want confirmed, entered by 甲, checked by 乙", got)
	}
	// A change makes it pending again, entered by whoever changed it.
	if _, err := set(r2, "丙", s, i, k, value(4)); err != nil {
		t.Fatal(err)
	}
	st = r2.State()
	if got := st.Review.At(st.Comp, s, i, k); got.Status != review.Pending || got.By != "丙" {
		t.Fatalf("after a change: %+v", got)
	}
}

func TestBlindSecondEntry(t *testing.T) {
	path := withReview(t, "blind")
	r := open(t, path, Options{Operator: "甲"})
	c := r.State().Comp
	s, i, k := cell(c, 0)
	s2, i2, k2 := cell(c, 1)
	set(r, "甲", s, i, k, value(3))
	set(r, "甲", s2, i2, k2, value(5))
	// 乙 enters the same street again: one matches, one differs.
	ack, err := set(r, "乙", s, i, k, value(3))
	if err != nil || len(ack.Applied) != 1 || ack.Applied[0].Kind != Check {
		t.Fatalf("second entry: %v %+v, want a Check", err, ack.Applied)
	}
	if _, err := set(r, "乙", s2, i2, k2, value(6)); err != nil {
		t.Fatal(err)
	}
	st := r.State()
	if got := st.Review.At(st.Comp, s, i, k); got.Status != review.Confirmed || got.Checker != "乙" {
		t.Fatalf("matching: %+v", got)
	}
	got := st.Review.At(st.Comp, s2, i2, k2)
	if got.Status != review.Mismatch || got.Value != "3.5" || got.Second != "4" {
		t.Fatalf("differing: %+v, want 3.5 beside 4", got)
	}
	if st.Comp.Scores[s2][i2][k2] != value(5) {
		t.Fatal("a blind second entry changed the score")
	}
	// 甲 cannot choose 甲's own value; 甲 may choose 乙's.
	if err := reviewOp(r, Decide, "甲", s2, i2, k2, value(5), ""); !errors.Is(err, ErrOwnEntry) {
		t.Fatalf("deciding for one's own value: %v", err)
	}
	if err := reviewOp(r, Decide, "甲", s2, i2, k2, value(7), ""); !errors.Is(err, ErrChoice) {
		t.Fatalf("a third value: %v", err)
	}
	if err := reviewOp(r, Decide, "甲", s2, i2, k2, value(6), ""); err != nil {
		t.Fatal(err)
	}
	r.Close()
	r2 := open(t, path, Options{Operator: "丙"})
	st = r2.State()
	got = st.Review.At(st.Comp, s2, i2, k2)
	if st.Comp.Scores[s2][i2][k2] != value(6) || got.Status != review.Confirmed || got.By != "乙" || got.Checker != "甲" {
		t.Fatalf("after the decision and a restart: %v %+v", st.Comp.Scores[s2][i2][k2], got)
	}
}

func TestSealFreezesEveryWriter(t *testing.T) {
	path := withReview(t, "confirm")
	r := open(t, path, Options{Operator: "甲"})
	s, i, k := cell(r.State().Comp, 0)
	set(r, "甲", s, i, k, value(3))
	if err := reviewOp(r, Seal, "甲", 0, 0, 0, scoring.Slot{}, ""); !errors.Is(err, ErrOpen) {
		t.Fatalf("seal with scores awaiting review: %v", err)
	}
	for _, o := range r.State().Review.Open(r.State().Comp) {
		if err := reviewOp(r, Confirm, "乙", o.Street, o.Item, o.Slot, scoring.Slot{}, ""); err != nil {
			t.Fatal(err)
		}
	}
	if err := reviewOp(r, Seal, "甲", 0, 0, 0, scoring.Slot{}, ""); err != nil {
		t.Fatal(err)
	}
	st := r.State()
	if !st.Review.Sealed() || st.Review.Seal.Digest != seal.Digest(st.Comp) || st.Unsaved != 0 {
		t.Fatalf("seal %+v, unsaved %d", st.Review.Seal, st.Unsaved)
	}
	for _, src := range []SourceKind{Keyboard, Import, Phone} {
		_, err := r.Do(Op{Kind: Set, Street: s, Item: i, Slot: k, Value: value(9), Operator: "乙", Source: Source{Kind: src}})
		if !errors.Is(err, ErrSealed) || !strings.Contains(data.ErrorText(err, i18n.Zh), "已封存") {
			t.Fatalf("%s on a sealed round: %v", src, err)
		}
	}
	if _, err := r.Do(Op{Kind: Undo, Operator: "甲"}); !errors.Is(err, ErrSealed) {
		t.Fatalf("undo on a sealed round: %v", err)
	}
	r.Close()
	r2 := open(t, path, Options{Operator: "丙"})
	if _, err := set(r2, "丙", s, i, k, value(9)); !errors.Is(err, ErrSealed) {
		t.Fatalf("after a restart: %v", err)
	}
	if err := reviewOp(r2, Unseal, "丙", 0, 0, 0, scoring.Slot{}, ""); !errors.Is(err, ErrNoReason) {
		t.Fatalf("unseal without a reason: %v", err)
	}
	if err := reviewOp(r2, Unseal, "丙", 0, 0, 0, scoring.Slot{}, "评委乙分数录错"); err != nil {
		t.Fatal(err)
	}
	if _, err := set(r2, "丙", s, i, k, value(9)); err != nil {
		t.Fatal(err)
	}
	if u := r2.State().Review.Unseal; u == nil || u.Reason != "评委乙分数录错" || u.Operator != "丙" {
		t.Fatalf("unseal record %+v", u)
	}
	if seal.Digest(r2.State().Comp) == r2.State().Review.Unseal.Digest {
		t.Fatal("a change after unsealing kept the digest")
	}
}

// An audit record that cannot be written is never dropped: the operator
// is told, and it is written with the next one.
func TestAuditRecordOwedIsToldAndWrittenLater(t *testing.T) {
	path := copyExample(t)
	r := open(t, path, Options{Operator: "甲"})
	audit := store.AuditPath(path)
	startWritten(t, r, audit) // on its own goroutine: it must not land after the Remove
	os.Remove(audit)
	if err := os.Mkdir(audit, 0o755); err != nil {
		t.Fatal(err)
	}
	s, i, k := cell(r.State().Comp, 0)
	ack, err := set(r, "甲", s, i, k, value(3))
	if !errors.Is(err, data.ErrAuditUnwritten) || !strings.Contains(data.ErrorText(err, i18n.Zh), "审计记录未能写入") {
		t.Fatalf("commit with an unwritable audit log: %v", err)
	}
	if ack.State.Comp.Scores[s][i][k] != value(3) {
		t.Fatal("the score is in the journal and must show")
	}
	os.Remove(audit)
	if _, err := set(r, "甲", s, i, k+1, value(4)); err != nil {
		t.Fatal(err)
	}
	entries, _ := store.ReadAudit(audit)
	if len(entries) != 2 || entries[0].New != "2.5" || entries[1].New != "3" {
		t.Fatalf("audit log %+v, want both records in order", entries)
	}
	// Review records are refused outright when they cannot be written.
	path2 := withReview(t, "confirm")
	r2 := open(t, path2, Options{Operator: "甲"})
	set(r2, "甲", s, i, k, value(3))
	a2 := store.AuditPath(path2)
	os.Remove(a2)
	os.Mkdir(a2, 0o755)
	if err := reviewOp(r2, Confirm, "乙", s, i, k, scoring.Slot{}, ""); !errors.Is(err, data.ErrAuditUnwritten) {
		t.Fatalf("confirm with an unwritable log: %v", err)
	}
	if st := r2.State(); st.Review.At(st.Comp, s, i, k).Status != review.Pending {
		t.Fatal("a confirmation that was not recorded counts")
	}
}
