package projector

import "liangsaibi/scoring"

// Fixed parts of the screen, in lines.
const (
	headerLines = 3 // title, round, blank
	footerLines = 2 // blank, status
	minWidth    = 40
	minHeight   = 12
	cardMin     = 22 // narrowest podium card
	colMin      = 50 // narrowest list column
	colMax      = 72 // widest list column: wider is hard to follow by eye
	colGap      = 4
)

// layout is where everything goes for one screen size and one standings.
type layout struct {
	tooSmall bool
	scale    int   // block digits scale 1 or 2; 0: plain podium lines
	podium   []int // positions in Rows shown on the podium
	list     []int // positions in Rows shown in the paged list
	cardW    int
	podiumH  int
	listH    int
	used     int // lines of listH the list fills; the rest centres the body
	cols     int
	colW     int
	step     int // lines per list row: 2 leaves a blank line between rows
	perPage  int
	pages    int
}

func computeLayout(w, h int, st *scoring.Standings) layout {
	var l layout
	if w < minWidth || h < minHeight {
		l.tooSmall = true
		l.pages = 1
		return l
	}
	n := 0
	if st != nil {
		for n < st.Ranked && st.Rows[n].Rank <= 3 {
			n++
		}
		l.podium = make([]int, 0, n)
		for p := range n {
			if p < min(5, max(1, w/cardMin)) {
				l.podium = append(l.podium, p)
			}
		}
		for p := len(l.podium); p < len(st.Rows); p++ {
			l.list = append(l.list, p)
		}
	}
	switch {
	case len(l.podium) == 0:
		l.podiumH = 2 // a note and a blank line
	case w >= 66 && h >= 24:
		l.scale = 1
		if w >= 160 && h >= 50 {
			l.scale = 2
		}
		l.cardW = min(w/len(l.podium), 60)
		l.podiumH = glyphRows*l.scale + 5
	default:
		l.podiumH = len(l.podium) + 1
	}
	l.listH = max(0, h-headerLines-l.podiumH-footerLines)
	l.arrangeList(w)
	return l
}

// arrangeList picks columns and spacing so that the list is large and
// spaced when it fits, and dense enough otherwise to need few pages.
func (l *layout) arrangeList(w int) {
	l.pages = 1
	items := len(l.list)
	maxCols := 1
	for c := 2; c <= 3; c++ {
		if c*colMin+(c-1)*colGap <= w-2 {
			maxCols = c
		}
	}
	l.cols, l.step = 1, 1
	if l.listH <= 0 || items == 0 {
		l.colW = min(colMax, w-2)
		return
	}
	spaced := (l.listH + 1) / 2
	switch {
	case items <= maxCols*spaced:
		l.step = 2
		l.cols = ceilDiv(items, spaced)
	case l.listH >= 24:
		l.step = 2
		l.cols = maxCols
	default:
		l.cols = min(maxCols, ceilDiv(items, l.listH))
	}
	perCol := l.listH
	if l.step == 2 {
		perCol = spaced
	}
	l.perPage = perCol * l.cols
	l.pages = max(1, ceilDiv(items, l.perPage))
	l.used = l.listH
	if l.pages == 1 { // balance the columns of a single page
		rows := ceilDiv(items, l.cols)
		l.perPage = rows * l.cols
		l.used = (rows-1)*l.step + 1
	}
	l.colW = min(colMax, (w-2-(l.cols-1)*colGap)/l.cols)
}

// pageOf is the page showing the row at position p, or -1.
func (l *layout) pageOf(p int) int {
	for i, q := range l.list {
		if q == p && l.perPage > 0 {
			return i / l.perPage
		}
	}
	return -1
}

func ceilDiv(a, b int) int { return (a + b - 1) / b }
