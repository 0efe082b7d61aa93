package round

import (
	"errors"
	"fmt"
	"os"
	"strings"
	"sync"
	"testing"
	"time"

	"liangsaibi/data/store"
	"liangsaibi/scoring"
)

// judgedSlots lists every judged slot of c, street by street.
func judgedSlots(c *scoring.Competition) [][3]int {
	var out [][3]int
	for s := range c.Streets {
		for i, it := range c.Items {
			if it.Kind != scoring.Judged {
				continue
			}
			for k := range c.Judges {
				out = append(out, [3]int{s, i, k})
			}
		}
	}
	return out
}

// writerOps are writer w's ops: per slots of its own, value v.
func writerOps(slots [][3]int, w, per int, v scoring.Slot) []Op {
	ops := make([]Op, per)
	for k := range ops {
		s := slots[w*per+k]
		ops[k] = Op{Kind: Set, Street: s[0], Item: s[1], Slot: s[2], Value: v,
			Operator: fmt.Sprintf("评委%d", w), Source: Source{Kind: Phone, Addr: fmt.Sprintf("10.0.0.%d", w)}}
	}
	return ops
}

// Many writers at once: every request is applied and acknowledged with
// its own ops, a request the Policy refuses or that names a slot outside
// the competition sinks no other and is not half applied, the writes are
// coalesced (far fewer fsyncs than requests: each write syncs the journal
// and the audit log once), and every audit line names its own writer and
// device.
func TestGroupCommitAcrossWriters(t *testing.T) {
	path := copyExample(t)
	var first sync.Once
	refusal := errors.New("refused by policy")
	policy := func(st *State, ops []Op) error {
		// The first request takes a while, so the others queue behind it.
		first.Do(func() { time.Sleep(100 * time.Millisecond) })
		if ops[0].Operator == "评委7" {
			return refusal
		}
		return nil
	}
	r := open(t, path, Options{Operator: "staff", Policy: policy, SaveIdle: time.Hour, SaveEvery: 1 << 20})
	slots := judgedSlots(r.State().Comp)
	const writers, per = 15, 2
	if len(slots) < writers*per {
		t.Fatalf("only %d judged slots", len(slots))
	}
	v := scoring.Number(scoring.Dec(4_500_000))
	// One request alone: what one write syncs (journal, audit log, its head).
	before := store.Syncs()
	direct := r.State().Comp.FindItem("show.renovation") // no writer's slot
	if _, err := r.Do(Op{Kind: Set, Street: 0, Item: direct, Value: v, Operator: "staff"}); err != nil {
		t.Fatal(err)
	}
	perWrite := store.Syncs() - before
	first = sync.Once{}
	before = store.Syncs()
	acks := make([]Ack, writers)
	errs := make([]error, writers)
	var wg sync.WaitGroup
	for w := range writers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			ops := writerOps(slots, w, per, v)
			if w == 11 {
				ops[1].Street = 999 // made against another shape of the file
			}
			acks[w], errs[w] = r.Do(ops...)
		}()
	}
	wg.Wait()
	syncs := store.Syncs() - before
	c := r.State().Comp
	for w := range writers {
		if w == 7 || w == 11 {
			if want := map[int]error{7: refusal, 11: ErrNotOpen}[w]; !errors.Is(errs[w], want) || len(acks[w].Applied) != 0 {
				t.Fatalf("writer %d: %v, applied %d; want %v", w, errs[w], len(acks[w].Applied), want)
			}
			s := slots[w*per]
			if c.Scores[s[0]][s[1]][s[2]] == v {
				t.Fatalf("writer %d's refused request is half applied", w)
			}
			continue
		}
		if errs[w] != nil || len(acks[w].Applied) != per {
			t.Fatalf("writer %d: %v, applied %d", w, errs[w], len(acks[w].Applied))
		}
		for _, o := range acks[w].Applied {
			if o.Operator != fmt.Sprintf("评委%d", w) {
				t.Fatalf("writer %d acknowledged %s's op", w, o.Operator)
			}
			if acks[w].State.Comp.Scores[o.Street][o.Item][o.Slot] != v || c.Scores[o.Street][o.Item][o.Slot] != v {
				t.Fatalf("writer %d: slot %v not in the acknowledged state", w, o)
			}
		}
	}
	if syncs > 2*perWrite { // the first request alone, then the 14 queued behind it: 2 writes
		t.Fatalf("%d fsyncs for %d requests (%d per write): the writes were not coalesced", syncs, writers, perWrite)
	}
	t.Logf("%d requests, %d fsyncs (%d per write)", writers, syncs, perWrite)

	audit, err := os.ReadFile(store.AuditPath(path))
	if err != nil {
		t.Fatal(err)
	}
	var lines []string // the start record aside
	for _, l := range strings.Split(strings.TrimSpace(string(audit)), "\n") {
		if strings.Contains(l, `"operator":"评委`) {
			lines = append(lines, l)
		}
	}
	if len(lines) != (writers-2)*per {
		t.Fatalf("%d audit lines, want %d", len(lines), (writers-2)*per)
	}
	for _, l := range lines {
		var w int
		if _, err := fmt.Sscanf(l[strings.Index(l, `"operator":"评委`)+len(`"operator":"评委`):], "%d", &w); err != nil {
			t.Fatalf("audit line without a judge: %s", l)
		}
		if !strings.Contains(l, fmt.Sprintf(`"source":"phone@10.0.0.%d"`, w)) {
			t.Fatalf("audit line of 评委%d names another device: %s", w, l)
		}
	}
}

// Undo twice from one operator in one group takes back two steps, not the
// same one twice.
func TestGroupCommitUndoInOneGroup(t *testing.T) {
	path := copyExample(t)
	var first sync.Once
	hold := func(*State, []Op) error { first.Do(func() { time.Sleep(50 * time.Millisecond) }); return nil }
	r := open(t, path, Options{Operator: "staff", Policy: hold, SaveIdle: time.Hour, SaveEvery: 1 << 20})
	slots := judgedSlots(r.State().Comp)
	orig := r.State().Comp
	for n := range 2 {
		s := slots[n]
		if _, err := r.Commit(s[0], s[1], s[2], value(n)); err != nil {
			t.Fatal(err)
		}
	}
	first = sync.Once{}
	var wg sync.WaitGroup
	for range 2 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if _, err := r.Do(Op{Kind: Undo, Operator: "staff"}); err != nil {
				t.Error(err)
			}
		}()
	}
	wg.Wait()
	c := r.State().Comp
	for n := range 2 {
		s := slots[n]
		if c.Scores[s[0]][s[1]][s[2]] != orig.Scores[s[0]][s[1]][s[2]] {
			t.Fatalf("slot %d not taken back: %v", n, c.Scores[s[0]][s[1]][s[2]])
		}
	}
}

// Writers that keep coming go before a due autosave, but never put it off
// for good: the file is saved while they are still writing.
func TestAutosaveIsNotStarvedByWriters(t *testing.T) {
	path := copyExample(t)
	// One op per write, so that the queue never empties.
	defer func(n int) { maxGroupOps = n }(maxGroupOps)
	maxGroupOps = 1
	r := open(t, path, Options{Operator: "staff", SaveIdle: time.Hour, SaveEvery: 1})
	sub := r.Subscribe()
	defer sub.Cancel()
	slots := judgedSlots(r.State().Comp)
	stop := make(chan struct{})
	var wg sync.WaitGroup
	for w := range 64 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for n := 0; ; n++ {
				select {
				case <-stop:
					return
				default:
				}
				s := slots[w%len(slots)]
				r.Do(Op{Kind: Set, Street: s[0], Item: s[1], Slot: s[2], Value: value(n + w), Operator: fmt.Sprintf("w%d", w)})
			}
		}()
	}
	defer func() { close(stop); wg.Wait() }()
	time.Sleep(50 * time.Millisecond) // the queue fills; saves before that do not count
	for drained := false; !drained; {
		select {
		case <-sub.C():
		default:
			drained = true
		}
	}
	deadline := time.After(5 * time.Second) // maxSaveWait is 1 s
	for {
		select {
		case ev := <-sub.C():
			for _, n := range ev.Notices {
				if n.Kind == Saved {
					return
				}
			}
		case <-deadline:
			t.Fatal("no autosave in 5 s while writers kept writing")
		}
	}
}

// The Policy sees standings scored over the competition it is shown, for
// every request of a group (each a few more scores than the one before).
func TestPolicySeesTheGroupsStandings(t *testing.T) {
	path := copyExample(t)
	var first sync.Once
	var mu sync.Mutex
	var wrong []string
	policy := func(st *State, ops []Op) error {
		first.Do(func() { time.Sleep(50 * time.Millisecond) }) // the others queue: one group
		want := scoring.Compute(st.Comp)
		mu.Lock()
		defer mu.Unlock()
		for i, row := range st.Standings().Rows {
			if row.Street != want.Rows[i].Street || row.Total != want.Rows[i].Total {
				wrong = append(wrong, fmt.Sprintf("row %d: street %d total %v, want street %d total %v",
					i, row.Street, row.Total, want.Rows[i].Street, want.Rows[i].Total))
			}
		}
		return nil
	}
	r := open(t, path, Options{Operator: "staff", Policy: policy, SaveIdle: time.Hour, SaveEvery: 1 << 20})
	slots := judgedSlots(r.State().Comp)
	var wg sync.WaitGroup
	for w := range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			s := slots[w*7%len(slots)]
			if _, err := r.Do(Op{Kind: Set, Street: s[0], Item: s[1], Slot: s[2], Value: value(w), Operator: "staff"}); err != nil {
				t.Error(err)
			}
		}()
	}
	wg.Wait()
	if len(wrong) > 0 {
		t.Fatalf("the Policy saw standings of another competition:\n%s", strings.Join(wrong, "\n"))
	}
}
