package round

import (
	"errors"
	"time"

	"liangsaibi/data"
)

// Save writes every committed score into the file now (the close
// handshake's first half; autosave does the same on its own).
func (r *Round) Save() error {
	var err error
	if rerr := r.run(func() { err = r.saveNow() }); rerr != nil {
		return rerr
	}
	return err
}

// save is autosave: failures are published, not returned.
func (r *Round) save() { _ = r.saveNow() }

// saveNow saves on the owner goroutine. A file changed on disk since it
// was read is merged first and the save tried once more.
func (r *Round) saveNow() error {
	r.idle.Stop()
	r.due = time.Time{}
	prev := r.State()
	if prev.Mode != Writer || prev.Unsaved == 0 {
		return nil
	}
	err := r.sess.Save()
	if errors.Is(err, data.ErrChanged) {
		r.onDisk()
		if len(r.sess.Conflicts()) == 0 && r.sess.Invalid() == nil {
			err = r.sess.Save()
		}
		prev = r.State()
	}
	next := r.snapshot(prev, nil)
	switch {
	case err == nil:
		r.dirty = 0
		next.SaveErr = nil
		r.publish(next, Notice{Kind: Saved})
	case errors.Is(err, data.ErrUnresolved), errors.Is(err, data.ErrInvalidOnDisk):
		// A state the operator is already shown: waiting, not failing.
		next.SaveErr = nil
		r.publish(next)
	default:
		next.SaveErr = err
		r.publish(next, Notice{Kind: SaveFailed, Msg: errMessage(err)})
	}
	return err
}

// Overwrite writes the state shown over a file that became invalid on
// disk, when the operator chooses to.
func (r *Round) Overwrite() error {
	var err error
	if rerr := r.run(func() {
		r.sess.Overwrite()
		err = r.saveNow()
	}); rerr != nil {
		return rerr
	}
	return err
}
