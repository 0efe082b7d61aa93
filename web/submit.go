package web

import (
	"encoding/json"
	"errors"
	"net/http"
	"strings"

	"liangsaibi/data"
	"liangsaibi/data/round"
	"liangsaibi/scoring"
)

// submission is one street's sheet sent by a judge's page.
type submission struct {
	Street  string            `json:"street"`
	Recused bool              `json:"recused"`
	Values  map[string]string `json:"values"` // item id -> the number as typed
}

// answer is what the page is told. Final answers (refused) are not tried
// again; the page keeps the numbers and shows the message.
type answer struct {
	OK      bool   `json:"ok"`
	Gen     uint64 `json:"gen,omitempty"` // the round's state with the scores in it
	At      string `json:"at,omitempty"`
	Error   string `json:"error,omitempty"`
	Item    string `json:"item,omitempty"` // the item whose number is wrong
	Final   bool   `json:"final,omitempty"`
	Applied int    `json:"applied,omitempty"`
}

func writeJSON(w http.ResponseWriter, code int, v any) {
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.WriteHeader(code)
	_ = json.NewEncoder(w).Encode(v)
}

// submit applies a judge's street through the round owner.
func (s *Server) submit(w http.ResponseWriter, r *http.Request, l *link) {
	lang := s.opts.Lang
	refuse := func(code int, final bool, item, key string, args ...any) {
		writeJSON(w, code, answer{Error: msgs.T(lang, key, args...), Item: item, Final: final})
	}
	if !sameOrigin(r) || !jsonBody(r) || r.Header.Get("X-Token") != l.token {
		refuse(http.StatusForbidden, true, "", "err.forbidden")
		return
	}
	if !s.limits.allow("judge:"+l.judge, s.opts.Now()) {
		refuse(http.StatusTooManyRequests, false, "", "err.rate")
		return
	}
	var sub submission
	dec := json.NewDecoder(r.Body)
	dec.DisallowUnknownFields()
	if err := dec.Decode(&sub); err != nil {
		var tooBig *http.MaxBytesError
		if errors.As(err, &tooBig) {
			refuse(http.StatusRequestEntityTooLarge, true, "", "err.too_large")
			return
		}
		refuse(http.StatusBadRequest, true, "", "err.bad_request")
		return
	}
	code, a, kept := s.apply(l, sub, remoteHost(r))
	if kept { // a return answered, or numbers sent again: a restart must show it
		s.keepMu.Lock()
		_ = s.keep("") // a failure is in the console's log; the scores are saved
		s.keepMu.Unlock()
	}
	writeJSON(w, code, a)
}

// apply checks a submission and applies it through the round owner, unless
// its street is closed. keep says the console's state beside the file
// must be written: the submission answered a return, or changed no score
// (the audit log will not have it).
func (s *Server) apply(l *link, sub submission, addr string) (code int, a answer, keep bool) {
	lang := s.opts.Lang
	refuse := func(code int, final bool, item, key string, args ...any) (int, answer, bool) {
		return code, answer{Error: msgs.T(lang, key, args...), Item: item, Final: final}, false
	}
	s.applyMu.RLock()
	defer s.applyMu.RUnlock()
	st := s.round.State()
	ops, item, key, args := s.opsFor(st.Comp, l, sub, addr)
	if key != "" {
		return refuse(http.StatusUnprocessableEntity, true, item, key, args...)
	}
	s.mu.Lock()
	closed := s.closed[sub.Street]
	s.mu.Unlock()
	if closed {
		if len(ops) == 0 { // a retry of what is already in: say so
			return http.StatusOK, answer{OK: true, Gen: st.Gen}, false
		}
		s.refused(l, sub.Street, "log.refused_closed")
		return refuse(http.StatusConflict, true, "", "err.closed", s.streetName(sub.Street))
	}
	ack, err := s.round.Do(ops...)
	if err != nil {
		s.refused(l, sub.Street, "log.refused_round", data.ErrorText(err, lang))
		key := "err.round"
		if errors.Is(err, data.ErrReadOnly) {
			key = "err.read_only"
		}
		return refuse(http.StatusServiceUnavailable, false, "", key)
	}
	now := s.opts.Now()
	s.mu.Lock()
	c := s.cell(l.judge, sub.Street)
	unchanged := len(ack.Applied) == 0
	keep = c.Returned != "" || unchanged || c.unchanged
	c.At, c.Addr, c.Recused, c.Returned, c.unchanged = now, addr, sub.Recused, "", unchanged
	s.note("log.submitted", l.name, s.streetName(sub.Street), addr, len(ack.Applied))
	s.bump()
	s.mu.Unlock()
	return http.StatusOK, answer{OK: true, Gen: ack.State.Gen, At: now.Format("15:04:05"), Applied: len(ack.Applied)}, keep
}

// refused counts and logs a submission that was not applied, and keeps
// the count (the links file) so a restart shows it too.
func (s *Server) refused(l *link, street, key string, args ...any) {
	s.keepMu.Lock()
	defer s.keepMu.Unlock()
	s.mu.Lock()
	s.cell(l.judge, street).Refused++
	args = append([]any{l.name, s.streetName(street)}, args...)
	s.mu.Unlock()
	s.keep(key, args...)
}

// opsFor checks every number of a submission and makes its ops (only the
// slots that change). A problem is a message key with the item it is about.
func (s *Server) opsFor(c *scoring.Competition, l *link, sub submission, addr string) (ops []round.Op, item, key string, args []any) {
	si, ji := c.FindStreet(sub.Street), c.FindJudge(l.judge)
	if si < 0 || ji < 0 {
		return nil, "", "err.no_street", nil
	}
	src := round.Source{Kind: round.Phone, Addr: addr}
	for id := range sub.Values {
		if ii := c.FindItem(id); ii < 0 || c.Items[ii].Kind != scoring.Judged {
			return nil, id, "err.no_item", nil
		}
	}
	for ii := range c.Items {
		it := &c.Items[ii]
		if it.Kind != scoring.Judged {
			continue
		}
		v := scoring.Slot{State: scoring.Recused}
		if !sub.Recused {
			var bad string
			v, bad = parseScore(it, sub.Values[it.ID], phoneDecimals(c))
			if bad != "" {
				return nil, it.ID, bad, []any{it.Name, it.Max.String(), phoneDecimals(c)}
			}
		}
		if c.Scores[si][ii][ji] == v {
			continue
		}
		ops = append(ops, round.Op{Kind: round.Set, Street: si, Item: ii, Slot: ji, Value: v,
			Operator: l.name, Source: src})
	}
	return ops, "", "", nil
}

// parseScore reads a judge's number: full-width digits and the Chinese
// full stop as typed by an input method are accepted. The problem is a
// message key ("" when the number is good).
func parseScore(it *scoring.Item, text string, decimals int) (scoring.Slot, string) {
	text = strings.TrimSpace(strings.Map(func(r rune) rune {
		switch {
		case r >= '０' && r <= '９':
			return '0' + (r - '０')
		case r == '．' || r == '。':
			return '.'
		}
		return r
	}, text))
	if text == "" {
		return scoring.Slot{}, "err.empty"
	}
	d, err := scoring.ParseDec(text)
	switch {
	case errors.Is(err, scoring.ErrTooManyDecimal):
		return scoring.Slot{}, "err.decimals"
	case err != nil:
		return scoring.Slot{}, "err.number"
	case d.Decimals() > decimals:
		return scoring.Slot{}, "err.decimals"
	case data.CheckValue(it, d) != "":
		return scoring.Slot{}, "err.range"
	}
	return scoring.Number(d), ""
}
